//! The book as PDF, drawn with `krilla`: a cover, the table of contents with page numbers,
//! then a chapter per category (the winner first, then the champions), every page after the
//! cover numbered, and bookmarks for each chapter and project.
//!
//! The book is in English, but organisations are named in every script: `text` sets lines
//! as Unicode says (where they break, in which order their pieces read, which script each
//! piece is in) and `fonts` draws each script with its own Noto face, read from the
//! system's fonts (Debian's `fonts-noto-core` and `fonts-noto-cjk`) and embedded as subsets.

mod fonts;
mod text;

use std::collections::HashMap;

pub use fonts::look_first_in;
use krilla::{
    Document,
    color::rgb,
    destination::XyzDestination,
    geom::{Point, Size, Transform},
    image::Image,
    metadata::Metadata,
    outline::{Outline, OutlineNode},
    page::PageSettings,
    paint::Fill,
    text::TextDirection,
};
use text::{Line, lines_of};

use super::{Book, BookEntry};

/// What a page holds, placed.
enum Item {
    Text {
        x: f32,
        y: f32,
        size: f32,
        grey: bool,
        line: Line,
    },
    Picture {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        id: i64,
    },
}

const PAGE_W: f32 = 595.0;
const PAGE_H: f32 = 842.0;
const MARGIN: f32 = 60.0;
const TOP: f32 = 70.0;
const BOTTOM: f32 = PAGE_H - 70.0;
const TEXT_W: f32 = PAGE_W - 2.0 * MARGIN;
const BODY: f32 = 10.5;

/// Pages being filled, top to bottom.
struct Pages {
    pages: Vec<Vec<Item>>,
    y: f32,
}

impl Pages {
    fn new() -> Self {
        Self {
            pages: Vec::new(),
            y: BOTTOM,
        }
    }

    fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = TOP;
    }

    /// Makes room for `height` points, on a new page if this one is too full.
    fn room(&mut self, height: f32) {
        if self.pages.is_empty() || self.y + height > BOTTOM {
            self.new_page();
        }
    }

    fn push(&mut self, item: Item) {
        if let Some(page) = self.pages.last_mut() {
            page.push(item);
        }
    }

    /// Sets a paragraph, `before` points below what precedes it.
    fn paragraph(
        &mut self,
        text: &str,
        size: f32,
        bold: bool,
        grey: bool,
        before: f32,
    ) -> Result<(), String> {
        let leading = size * 1.45;
        let lines = lines_of(text, bold, size, TEXT_W)?;
        // A heading keeps its first line with what follows.
        let keep = if bold { leading * 3.0 } else { leading };
        self.room(before + keep);
        self.y += before;
        for line in lines {
            self.room(leading);
            self.y += leading;
            let y = self.y;
            self.push(Item::Text {
                x: MARGIN,
                y,
                size,
                grey,
                line,
            });
        }
        Ok(())
    }

    /// A line with `left` at the margin and `right` against the right margin.
    fn leader(
        &mut self,
        left: &str,
        right: &str,
        size: f32,
        bold: bool,
        indent: f32,
    ) -> Result<(), String> {
        let leading = size * 1.5;
        let right_line = lines_of(right, false, size, TEXT_W)?
            .into_iter()
            .next()
            .unwrap_or_default();
        let room = TEXT_W - indent - right_line.width - 12.0;
        let lines = lines_of(left, bold, size, room.max(50.0))?;
        let count = lines.len();
        for (i, line) in lines.into_iter().enumerate() {
            self.room(leading);
            self.y += leading;
            let y = self.y;
            self.push(Item::Text {
                x: MARGIN + indent,
                y,
                size,
                grey: false,
                line,
            });
            if i + 1 == count {
                self.push(Item::Text {
                    x: PAGE_W - MARGIN - right_line.width,
                    y,
                    size,
                    grey: false,
                    line: right_line.clone(),
                });
            }
        }
        Ok(())
    }
}

/// Where each chapter and project of the book starts: its body page (0-based among the
/// body's pages).
struct Placed {
    chapter_pages: Vec<usize>,
    entry_pages: Vec<Vec<usize>>,
}

impl Placed {
    fn chapter(&self, c: usize) -> usize {
        self.chapter_pages.get(c).copied().unwrap_or(0)
    }

    fn entry(&self, c: usize, i: usize) -> usize {
        self.entry_pages
            .get(c)
            .and_then(|p| p.get(i))
            .copied()
            .unwrap_or(0)
    }
}

fn award_label(award: &str) -> &'static str {
    match award {
        "winner" => "Winner",
        _ => "Champion",
    }
}

fn section_title(section: super::Section) -> &'static str {
    use super::Section;
    match section {
        Section::Challenge => "The challenge",
        Section::Solution => "The solution",
        Section::Results => "Results",
        Section::Partners => "Partners",
        Section::Lessons => "Lessons learned",
    }
}

/// The largest size at most `max_w` × `max_h` with the picture's proportions.
fn fitted(w: u32, h: u32, max_w: f32, max_h: f32) -> (f32, f32) {
    // Picture sides are small integers: exact as f32.
    let (w, h) = (w.max(1) as f32, h.max(1) as f32);
    let scale = (max_w / w).min(max_h / h).min(1.0);
    (w * scale, h * scale)
}

/// Sets a project on pages of its own; returns the first one's index.
fn entry_pages(
    pages: &mut Pages,
    e: &BookEntry,
    pictures: &HashMap<i64, Picture>,
) -> Result<usize, String> {
    pages.new_page();
    let first = pages.pages.len() - 1;
    pages.paragraph(&e.title, 16.0, true, false, 0.0)?;
    pages.paragraph(
        &format!(
            "{} · {} · {}",
            e.organisation,
            e.country,
            award_label(&e.award)
        ),
        BODY,
        false,
        true,
        4.0,
    )?;
    if let Some(p) = e
        .picture_id
        .and_then(|id| pictures.get(&id).map(|p| (id, p)))
    {
        let (w, h) = fitted(p.1.width, p.1.height, TEXT_W, 220.0);
        pages.room(12.0 + h);
        pages.y += 12.0;
        let y = pages.y;
        pages.push(Item::Picture {
            x: MARGIN,
            y,
            w,
            h,
            id: p.0,
        });
        pages.y += h;
    }
    if let Some(text) = &e.stand_in {
        pages.paragraph(
            "No story was approved for this project: its short description stands in.",
            9.0,
            false,
            true,
            12.0,
        )?;
        pages.paragraph(text, BODY, false, false, 6.0)?;
    }
    for (section, paragraphs) in &e.sections {
        pages.paragraph(section_title(*section), 12.0, true, false, 12.0)?;
        for p in paragraphs {
            pages.paragraph(p, BODY, false, false, 5.0)?;
        }
    }
    Ok(first)
}

/// A picture to print: its JPEG bytes and size.
pub struct Picture {
    pub jpeg: Vec<u8>,
    pub width: u32,
    pub height: u32,
}

fn body(book: &Book, pictures: &HashMap<i64, Picture>) -> Result<(Vec<Vec<Item>>, Placed), String> {
    let mut pages = Pages::new();
    let mut placed = Placed {
        chapter_pages: Vec::new(),
        entry_pages: Vec::new(),
    };
    for chapter in &book.chapters {
        pages.new_page();
        placed.chapter_pages.push(pages.pages.len() - 1);
        pages.paragraph(&chapter.category_code, 12.0, true, true, 120.0)?;
        pages.paragraph(&chapter.category_title, 24.0, true, false, 8.0)?;
        let count = chapter.entries.len();
        pages.paragraph(
            &format!(
                "{count} project{} in this chapter.",
                if count == 1 { "" } else { "s" }
            ),
            BODY,
            false,
            true,
            16.0,
        )?;
        let mut mine = Vec::new();
        for e in &chapter.entries {
            mine.push(entry_pages(&mut pages, e, pictures)?);
        }
        placed.entry_pages.push(mine);
    }
    Ok((pages.pages, placed))
}

/// The table of contents, with the body's page numbers offset by `first_body` (the printed
/// number of the body's first page).
fn contents(book: &Book, placed: &Placed, first_body: usize) -> Result<Vec<Vec<Item>>, String> {
    let mut pages = Pages::new();
    pages.new_page();
    pages.paragraph("Contents", 22.0, true, false, 0.0)?;
    for (c, chapter) in book.chapters.iter().enumerate() {
        pages.y += 8.0;
        let page = placed.chapter(c) + first_body;
        pages.leader(
            &format!("{} {}", chapter.category_code, chapter.category_title),
            &page.to_string(),
            11.0,
            true,
            0.0,
        )?;
        for (i, e) in chapter.entries.iter().enumerate() {
            let page = placed.entry(c, i) + first_body;
            pages.leader(
                &format!(
                    "{} — {} ({})",
                    e.title,
                    e.organisation,
                    award_label(&e.award)
                ),
                &page.to_string(),
                BODY,
                false,
                14.0,
            )?;
        }
    }
    Ok(pages.pages)
}

fn draw(surface: &mut krilla::surface::Surface<'_>, items: &[Item], images: &HashMap<i64, Image>) {
    for item in items {
        match item {
            Item::Text {
                x,
                y,
                size,
                grey,
                line,
            } => {
                let colour = if *grey {
                    rgb::Color::new(90, 90, 90)
                } else {
                    rgb::Color::new(20, 20, 20)
                };
                surface.set_fill(Some(Fill {
                    paint: colour.into(),
                    ..Fill::default()
                }));
                let mut at = *x;
                for run in &line.runs {
                    let direction = if run.rtl {
                        TextDirection::RightToLeft
                    } else {
                        TextDirection::LeftToRight
                    };
                    surface.draw_text(
                        Point::from_xy(at, *y),
                        run.face.font.clone(),
                        *size,
                        &run.text,
                        false,
                        direction,
                    );
                    at += run.width;
                }
            }
            Item::Picture { x, y, w, h, id } => {
                let (Some(image), Some(size)) = (images.get(id), Size::from_wh(*w, *h)) else {
                    continue;
                };
                surface.push_transform(&Transform::from_translate(*x, *y));
                surface.draw_image(image.clone(), size);
                surface.pop();
            }
        }
    }
}

/// The page number at the foot of a page.
fn folio(number: usize) -> Result<Item, String> {
    let line = lines_of(&number.to_string(), false, 9.0, TEXT_W)?
        .into_iter()
        .next()
        .unwrap_or_default();
    Ok(Item::Text {
        x: (PAGE_W - line.width) / 2.0,
        y: PAGE_H - 36.0,
        size: 9.0,
        grey: true,
        line,
    })
}

/// The book as a PDF file.
///
/// # Errors
/// The fonts are missing or unreadable; krilla could not write the file.
pub fn render(book: &Book, pictures: &HashMap<i64, Picture>) -> Result<Vec<u8>, String> {
    let (body_pages, placed) = body(book, pictures)?;
    // The contents' length does not depend on the numbers printed in it: set it once to
    // count its pages, then again with the body's real numbers.
    let contents_len = contents(book, &placed, 0)?.len();
    let first_body = 2 + contents_len;
    let contents_pages = contents(book, &placed, first_body)?;

    let title = format!("WSIS Stocktaking: Success Stories {}", book.year);
    let mut cover = Pages::new();
    cover.new_page();
    cover.paragraph("WSIS Prizes", 14.0, true, true, 180.0)?;
    cover.paragraph(&title, 28.0, true, false, 12.0)?;
    cover.paragraph(&book.edition_title, 14.0, false, false, 16.0)?;
    let entries: usize = book.chapters.iter().map(|c| c.entries.len()).sum();
    cover.paragraph(
        &format!(
            "The winners and champions of the WSIS Prizes {}: {entries} projects in {} categories.",
            book.year,
            book.chapters.len()
        ),
        BODY,
        false,
        true,
        24.0,
    )?;
    if let Some(head) = &book.ledger_head {
        cover.paragraph(
            "The public vote's ledger ends on this hash:",
            BODY,
            false,
            true,
            24.0,
        )?;
        cover.paragraph(head, 9.0, false, true, 4.0)?;
    }

    let images: HashMap<i64, Image> = pictures
        .iter()
        .filter_map(|(id, p)| {
            Image::from_jpeg(p.jpeg.clone().into(), true)
                .ok()
                .map(|i| (*id, i))
        })
        .collect();

    let mut document = Document::new();
    document.set_metadata(
        Metadata::new()
            .title(title.clone())
            .language("en".to_owned())
            .creator("WSIS Prizes platform".to_owned()),
    );
    let all = cover
        .pages
        .into_iter()
        .chain(contents_pages)
        .chain(body_pages);
    for (index, mut items) in all.enumerate() {
        if index > 0 {
            items.push(folio(index + 1)?);
        }
        let settings = PageSettings::from_wh(PAGE_W, PAGE_H).ok_or("page size")?;
        let mut page = document.start_page_with(settings);
        let mut surface = page.surface();
        draw(&mut surface, &items, &images);
        surface.finish();
        page.finish();
    }

    let mut outline = Outline::new();
    for (c, chapter) in book.chapters.iter().enumerate() {
        let at = |p: usize| XyzDestination::new(p + first_body - 1, Point::from_xy(0.0, 0.0));
        let mut node = OutlineNode::new(
            format!("{} {}", chapter.category_code, chapter.category_title),
            at(placed.chapter(c)),
        );
        for (i, e) in chapter.entries.iter().enumerate() {
            node.push_child(OutlineNode::new(e.title.clone(), at(placed.entry(c, i))));
        }
        outline.push_child(node);
    }
    document.set_outline(outline);
    document.finish().map_err(|e| format!("{e:?}"))
}
