//! The book as PDF, drawn with `krilla`: a cover, the table of contents with page numbers,
//! then a chapter per category (the winner first, then the champions), every page after the
//! cover numbered, and bookmarks for each chapter and project.
//!
//! The book is in English, but organisations are named in every script: each piece of text
//! is drawn with the Noto font that has its script (Noto Sans for Latin, Greek and Cyrillic,
//! Noto Sans Arabic, Noto Sans CJK), taken from the system's fonts (Debian's
//! `fonts-noto-core` and `fonts-noto-cjk`) and embedded as subsets. Lines are broken here,
//! on words (and between any two CJK characters), from widths measured with the shaper
//! krilla draws with; a run of Arabic is shaped right to left as one piece.

use std::{
    collections::HashMap,
    path::{Path, PathBuf},
    sync::{Arc, OnceLock},
};

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
    text::{Font, TextDirection},
};

use super::{Book, BookEntry};

/// The fonts' files, looked for under the system's font folders.
const REGULAR: &str = "NotoSans-Regular.ttf";
const BOLD: &str = "NotoSans-Bold.ttf";
const ARABIC: &str = "NotoSansArabic-Regular.ttf";
/// A collection; its "SC" face (simplified Chinese) also has Japanese kana and Hangul.
const CJK: &str = "NotoSansCJK-Regular.ttc";
const CJK_SC_INDEX: u32 = 2;

/// Where Debian puts fonts; `WSIS_FONTS_DIR` is looked at first.
const FONT_DIRS: [&str; 2] = ["/usr/share/fonts", "/usr/local/share/fonts"];

/// A font's bytes, read once for the life of the process.
struct FontFile {
    data: Arc<Vec<u8>>,
    index: u32,
}

/// The fonts the book is set in.
struct Fonts {
    regular: FontFile,
    bold: FontFile,
    arabic: FontFile,
    cjk: FontFile,
}

fn find(name: &str) -> Option<PathBuf> {
    let dirs = std::env::var("WSIS_FONTS_DIR")
        .ok()
        .into_iter()
        .map(PathBuf::from)
        .chain(FONT_DIRS.iter().map(PathBuf::from));
    for dir in dirs {
        if let Some(found) = find_in(&dir, name, 4) {
            return Some(found);
        }
    }
    None
}

fn find_in(dir: &Path, name: &str, depth: u8) -> Option<PathBuf> {
    let direct = dir.join(name);
    if direct.is_file() {
        return Some(direct);
    }
    if depth == 0 {
        return None;
    }
    let mut subdirs: Vec<PathBuf> = std::fs::read_dir(dir)
        .ok()?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    subdirs.sort();
    subdirs.iter().find_map(|d| find_in(d, name, depth - 1))
}

fn load(name: &str, index: u32) -> Result<FontFile, String> {
    let path = find(name).ok_or_else(|| {
        format!("font {name} not found (install fonts-noto-core and fonts-noto-cjk)")
    })?;
    let data = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(FontFile {
        data: Arc::new(data),
        index,
    })
}

fn fonts() -> Result<&'static Fonts, String> {
    static FONTS: OnceLock<Result<Fonts, String>> = OnceLock::new();
    FONTS
        .get_or_init(|| {
            Ok(Fonts {
                regular: load(REGULAR, 0)?,
                bold: load(BOLD, 0)?,
                arabic: load(ARABIC, 0)?,
                cjk: load(CJK, CJK_SC_INDEX)?,
            })
        })
        .as_ref()
        .map_err(Clone::clone)
}

/// Which of the fonts a piece of text is drawn with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Face {
    Regular,
    Bold,
    Arabic,
    Cjk,
}

fn is_arabic(c: char) -> bool {
    matches!(c as u32, 0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF)
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x11FF | 0x2E80..=0x2FDF | 0x3000..=0x30FF | 0x3130..=0x318F
        | 0x31F0..=0x31FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF
        | 0xF900..=0xFAFF | 0xFF00..=0xFFEF | 0x20000..=0x2FA1F)
}

/// The face a character asks for; `None` for what any face draws (spaces, digits, common
/// punctuation), which stays with the run it is in.
fn face_of(c: char, bold: bool) -> Option<Face> {
    if is_arabic(c) {
        Some(Face::Arabic)
    } else if is_cjk(c) {
        Some(Face::Cjk)
    } else if c.is_alphabetic() {
        Some(if bold { Face::Bold } else { Face::Regular })
    } else {
        None
    }
}

/// Fonts as krilla draws them and as the shaper measures them.
struct Shaper {
    krilla: HashMap<Face, Font>,
    faces: HashMap<Face, rustybuzz::Face<'static>>,
}

impl Shaper {
    fn new(fonts: &'static Fonts) -> Result<Self, String> {
        let mut krilla = HashMap::new();
        let mut faces = HashMap::new();
        for (face, file) in [
            (Face::Regular, &fonts.regular),
            (Face::Bold, &fonts.bold),
            (Face::Arabic, &fonts.arabic),
            (Face::Cjk, &fonts.cjk),
        ] {
            let font = Font::new(Arc::clone(&file.data).into(), file.index)
                .ok_or_else(|| format!("unreadable font for {face:?}"))?;
            let shaped = rustybuzz::Face::from_slice(file.data.as_slice(), file.index)
                .ok_or_else(|| format!("unreadable font for {face:?}"))?;
            krilla.insert(face, font);
            faces.insert(face, shaped);
        }
        Ok(Self { krilla, faces })
    }

    /// The width of `text` set in `face` at `size` points.
    fn width(&self, face: Face, text: &str, size: f32) -> f32 {
        let Some(f) = self.faces.get(&face) else {
            return 0.0;
        };
        let mut buffer = rustybuzz::UnicodeBuffer::new();
        buffer.push_str(text);
        buffer.guess_segment_properties();
        let shaped = rustybuzz::shape(f, &[], buffer);
        let units: i32 = shaped.glyph_positions().iter().map(|p| p.x_advance).sum();
        // Advances are small integers: exact as f32.
        units as f32 * size / f.units_per_em().max(1) as f32
    }
}

/// A piece of a line drawn in one face.
#[derive(Clone, Debug)]
struct Run {
    face: Face,
    text: String,
    width: f32,
}

/// A line of text, ready to draw.
#[derive(Clone, Debug, Default)]
struct Line {
    runs: Vec<Run>,
    width: f32,
}

/// Splits `text` into runs of one face each; `bold` picks the Latin face.
fn runs_of(shaper: &Shaper, text: &str, bold: bool, size: f32) -> Vec<Run> {
    let latin = if bold { Face::Bold } else { Face::Regular };
    let mut runs: Vec<(Face, String)> = Vec::new();
    for c in text.chars() {
        let wanted = face_of(c, bold);
        match (runs.last_mut(), wanted) {
            (Some((_, s)), None) => s.push(c),
            (Some((face, s)), Some(w)) if *face == w => s.push(c),
            (_, w) => runs.push((w.unwrap_or(latin), c.to_string())),
        }
    }
    // Spaces and punctuation after a right-to-left run belong to what follows it: drawn
    // within the run, they would land on its left.
    for i in 1..runs.len() {
        if runs[i - 1].0 == Face::Arabic {
            let prev = &runs[i - 1].1;
            let keep = prev
                .char_indices()
                .rev()
                .find(|(_, c)| face_of(*c, bold).is_some())
                .map_or(0, |(at, c)| at + c.len_utf8());
            let moved = prev[keep..].to_owned();
            runs[i - 1].1.truncate(keep);
            runs[i].1.insert_str(0, &moved);
        }
    }
    runs.retain(|(_, text)| !text.is_empty());
    runs.into_iter()
        .map(|(face, text)| Run {
            width: shaper.width(face, &text, size),
            face,
            text,
        })
        .collect()
}

/// Breaks `text` into lines at most `max` points wide: between words, and between any two
/// CJK characters. A word wider than a line stands alone on its line.
fn lines_of(shaper: &Shaper, text: &str, bold: bool, size: f32, max: f32) -> Vec<Line> {
    // Tokens: words, with every CJK character a token of its own, and whether a space
    // goes before each.
    let mut tokens: Vec<(bool, String)> = Vec::new();
    for word in text.split_whitespace() {
        let mut spaced = true;
        let mut current = String::new();
        for c in word.chars() {
            if is_cjk(c) {
                if !current.is_empty() {
                    tokens.push((spaced, std::mem::take(&mut current)));
                    spaced = false;
                }
                tokens.push((spaced, c.to_string()));
                spaced = false;
            } else {
                current.push(c);
            }
        }
        if !current.is_empty() {
            tokens.push((spaced, current));
        }
    }
    let space = shaper.width(if bold { Face::Bold } else { Face::Regular }, " ", size);
    let mut lines: Vec<(String, f32)> = Vec::new();
    let mut line = String::new();
    let mut width = 0.0;
    for (spaced, token) in tokens {
        let w: f32 = runs_of(shaper, &token, bold, size)
            .iter()
            .map(|r| r.width)
            .sum();
        let gap = if spaced && !line.is_empty() {
            space
        } else {
            0.0
        };
        if !line.is_empty() && width + gap + w > max {
            lines.push((std::mem::take(&mut line), width));
            width = 0.0;
        } else if gap > 0.0 {
            line.push(' ');
            width += gap;
        }
        line.push_str(&token);
        width += w;
    }
    if !line.is_empty() {
        lines.push((line, width));
    }
    lines
        .into_iter()
        .map(|(text, _)| {
            let runs = runs_of(shaper, &text, bold, size);
            let width = runs.iter().map(|r| r.width).sum();
            Line { runs, width }
        })
        .collect()
}

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
struct Pages<'s> {
    shaper: &'s Shaper,
    pages: Vec<Vec<Item>>,
    y: f32,
}

impl<'s> Pages<'s> {
    fn new(shaper: &'s Shaper) -> Self {
        Self {
            shaper,
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
    fn paragraph(&mut self, text: &str, size: f32, bold: bool, grey: bool, before: f32) {
        let leading = size * 1.45;
        let lines = lines_of(self.shaper, text, bold, size, TEXT_W);
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
    }

    /// A line with `left` at the margin and `right` against the right margin.
    fn leader(&mut self, left: &str, right: &str, size: f32, bold: bool, indent: f32) {
        let leading = size * 1.5;
        let right_line = lines_of(self.shaper, right, false, size, TEXT_W)
            .into_iter()
            .next()
            .unwrap_or_default();
        let room = TEXT_W - indent - right_line.width - 12.0;
        let lines = lines_of(self.shaper, left, bold, size, room.max(50.0));
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
fn entry_pages(pages: &mut Pages<'_>, e: &BookEntry, pictures: &HashMap<i64, Picture>) -> usize {
    pages.new_page();
    let first = pages.pages.len() - 1;
    pages.paragraph(&e.title, 16.0, true, false, 0.0);
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
    );
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
        );
        pages.paragraph(text, BODY, false, false, 6.0);
    }
    for (section, paragraphs) in &e.sections {
        pages.paragraph(section_title(*section), 12.0, true, false, 12.0);
        for p in paragraphs {
            pages.paragraph(p, BODY, false, false, 5.0);
        }
    }
    first
}

/// A picture to print: its JPEG bytes and size.
pub struct Picture {
    pub jpeg: Vec<u8>,
    pub width: u32,
    pub height: u32,
}

fn body(
    book: &Book,
    shaper: &Shaper,
    pictures: &HashMap<i64, Picture>,
) -> (Vec<Vec<Item>>, Placed) {
    let mut pages = Pages::new(shaper);
    let mut placed = Placed {
        chapter_pages: Vec::new(),
        entry_pages: Vec::new(),
    };
    for chapter in &book.chapters {
        pages.new_page();
        placed.chapter_pages.push(pages.pages.len() - 1);
        pages.paragraph(&chapter.category_code, 12.0, true, true, 120.0);
        pages.paragraph(&chapter.category_title, 24.0, true, false, 8.0);
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
        );
        let mut mine = Vec::new();
        for e in &chapter.entries {
            mine.push(entry_pages(&mut pages, e, pictures));
        }
        placed.entry_pages.push(mine);
    }
    (pages.pages, placed)
}

/// The table of contents, with the body's page numbers offset by `first_body` (the printed
/// number of the body's first page).
fn contents(book: &Book, shaper: &Shaper, placed: &Placed, first_body: usize) -> Vec<Vec<Item>> {
    let mut pages = Pages::new(shaper);
    pages.new_page();
    pages.paragraph("Contents", 22.0, true, false, 0.0);
    for (c, chapter) in book.chapters.iter().enumerate() {
        pages.y += 8.0;
        let page = placed.chapter(c) + first_body;
        pages.leader(
            &format!("{} {}", chapter.category_code, chapter.category_title),
            &page.to_string(),
            11.0,
            true,
            0.0,
        );
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
            );
        }
    }
    pages.pages
}

fn draw(
    surface: &mut krilla::surface::Surface<'_>,
    shaper: &Shaper,
    items: &[Item],
    images: &HashMap<i64, Image>,
) {
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
                    let Some(font) = shaper.krilla.get(&run.face) else {
                        continue;
                    };
                    let direction = if run.face == Face::Arabic {
                        TextDirection::RightToLeft
                    } else {
                        TextDirection::Auto
                    };
                    surface.draw_text(
                        Point::from_xy(at, *y),
                        font.clone(),
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
fn folio(shaper: &Shaper, number: usize) -> Item {
    let line = lines_of(shaper, &number.to_string(), false, 9.0, TEXT_W)
        .into_iter()
        .next()
        .unwrap_or_default();
    Item::Text {
        x: (PAGE_W - line.width) / 2.0,
        y: PAGE_H - 36.0,
        size: 9.0,
        grey: true,
        line,
    }
}

/// The book as a PDF file.
///
/// # Errors
/// The fonts are missing or unreadable; krilla could not write the file.
pub fn render(book: &Book, pictures: &HashMap<i64, Picture>) -> Result<Vec<u8>, String> {
    let shaper = Shaper::new(fonts()?)?;
    let (body_pages, placed) = body(book, &shaper, pictures);
    // The contents' length does not depend on the numbers printed in it: set it once to
    // count its pages, then again with the body's real numbers.
    let contents_len = contents(book, &shaper, &placed, 0).len();
    let first_body = 2 + contents_len;
    let contents_pages = contents(book, &shaper, &placed, first_body);

    let title = format!("WSIS Stocktaking: Success Stories {}", book.year);
    let mut cover = Pages::new(&shaper);
    cover.new_page();
    cover.paragraph("WSIS Prizes", 14.0, true, true, 180.0);
    cover.paragraph(&title, 28.0, true, false, 12.0);
    cover.paragraph(&book.edition_title, 14.0, false, false, 16.0);
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
    );

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
            items.push(folio(&shaper, index + 1));
        }
        let settings = PageSettings::from_wh(PAGE_W, PAGE_H).ok_or("page size")?;
        let mut page = document.start_page_with(settings);
        let mut surface = page.surface();
        draw(&mut surface, &shaper, &items, &images);
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
