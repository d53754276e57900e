//! Text set in lines, as the Unicode standard says: where a line may break (UAX #14, with
//! `unicode-linebreak`), in which order its pieces read (UAX #9, with `unicode-bidi`), and
//! which face draws each piece (the script of each character, with `unicode-script`).
//!
//! The book is in English, so a paragraph reads left to right; a name in Arabic or Hebrew
//! inside it reads right to left, and the numbers in that name left to right again
//! ("جمعية 2030" prints "2030" at its left, digits in order). Lines break where UAX #14
//! allows: after spaces and hyphens, between two Chinese or Japanese characters, never
//! before a closing mark such as "。" or "、". Thai, Lao, Khmer and Burmese write words
//! without spaces and need a dictionary to break inside a phrase; without one (ICU's
//! segmenter is not built in) they break at spaces only.

use std::ops::Range;

use unicode_bidi::{BidiInfo, Level, ParagraphInfo};
use unicode_linebreak::{BreakOpportunity, linebreaks};
use unicode_script::{Script, UnicodeScript};

use super::fonts::{self, Face, Family};

/// A piece of a line drawn in one face and one direction.
#[derive(Clone, Debug)]
pub struct Run {
    pub face: &'static Face,
    pub text: String,
    pub rtl: bool,
    pub width: f32,
}

/// A line of text, its runs from left to right.
#[derive(Clone, Debug, Default)]
pub struct Line {
    pub runs: Vec<Run>,
    pub width: f32,
}

/// The width of `text` set in `face` at `size` points.
fn width(face: &Face, text: &str, size: f32, rtl: Option<bool>) -> f32 {
    let mut buffer = rustybuzz::UnicodeBuffer::new();
    buffer.push_str(text);
    buffer.guess_segment_properties();
    match rtl {
        Some(true) => buffer.set_direction(rustybuzz::Direction::RightToLeft),
        Some(false) => buffer.set_direction(rustybuzz::Direction::LeftToRight),
        None => {}
    }
    let shaped = rustybuzz::shape(&face.shaper, &[], buffer);
    let units: i32 = shaped.glyph_positions().iter().map(|p| p.x_advance).sum();
    // Advances are small integers: exact as f32.
    units as f32 * size / face.shaper.units_per_em().max(1) as f32
}

/// `text` cut into pieces of one face each, in reading order. A character of a script goes
/// to that script's family; what belongs to no script (spaces, digits, punctuation) stays
/// with the face before it when that face draws it, and goes to Noto Sans, then to the CJK
/// face, when not; combining marks always stay with the character they mark.
fn pieces(text: &str, bold: bool) -> Result<Vec<(&'static Face, Range<usize>)>, String> {
    let first = text.chars().find_map(|c| Family::of(c.script()));
    let mut current = fonts::face(first.unwrap_or(Family::Latin), bold)?;
    let mut out: Vec<(&'static Face, Range<usize>)> = Vec::new();
    for (at, c) in text.char_indices() {
        let script = c.script();
        let face = match Family::of(script) {
            Some(family) => fonts::face(family, bold)?,
            None if script == Script::Inherited || current.has(c) => current,
            None => common_face(c, bold)?.unwrap_or(current),
        };
        let end = at + c.len_utf8();
        match out.last_mut() {
            Some((f, range)) if std::ptr::eq(*f, face) => range.end = end,
            _ => out.push((face, at..end)),
        }
        current = face;
    }
    Ok(out)
}

/// The face that draws a character of no script, when the one before it does not.
fn common_face(c: char, bold: bool) -> Result<Option<&'static Face>, String> {
    for family in [Family::Latin, Family::Cjk] {
        let face = fonts::face(family, bold)?;
        if face.has(c) {
            return Ok(Some(face));
        }
    }
    Ok(None)
}

/// The width of `text` on a line, its pieces measured in their faces.
fn measure(text: &str, bold: bool, size: f32) -> Result<f32, String> {
    Ok(pieces(text, bold)?
        .into_iter()
        .map(|(face, range)| width(face, &text[range], size, None))
        .sum())
}

/// Breaks `text` into lines at most `max` points wide, where UAX #14 allows. What cannot
/// break and is wider than a line stands alone on its line.
///
/// # Errors
/// Noto Sans is missing: nothing can be measured.
pub fn lines_of(text: &str, bold: bool, size: f32, max: f32) -> Result<Vec<Line>, String> {
    let bidi = BidiInfo::new(text, Some(Level::ltr()));
    let mut lines = Vec::new();
    for para in &bidi.paragraphs {
        let range = para.range.clone();
        let (mut start, mut last, mut filled) = (range.start, range.start, 0.0);
        for (at, kind) in linebreaks(&text[range.clone()]) {
            let at = range.start + at;
            let segment = &text[last..at];
            if last > start && filled + measure(segment.trim_end(), bold, size)? > max {
                lines.extend(line(&bidi, para, start..last, bold, size)?);
                (start, filled) = (last, 0.0);
            }
            filled += measure(segment, bold, size)?;
            last = at;
            if kind == BreakOpportunity::Mandatory {
                lines.extend(line(&bidi, para, start..at, bold, size)?);
                (start, filled) = (at, 0.0);
            }
        }
        if start < last {
            lines.extend(line(&bidi, para, start..last, bold, size)?);
        }
    }
    Ok(lines)
}

/// The line `range` of a paragraph, its spaces at either end left out, in visual order: the
/// bidi runs from left to right, a right-to-left run's pieces from its right end.
fn line(
    bidi: &BidiInfo<'_>,
    para: &ParagraphInfo,
    range: Range<usize>,
    bold: bool,
    size: f32,
) -> Result<Option<Line>, String> {
    let text = bidi.text;
    let raw = &text[range.clone()];
    let body = raw.trim();
    if body.is_empty() {
        return Ok(None);
    }
    let start = range.start + (raw.len() - raw.trim_start().len());
    let (levels, runs) = bidi.visual_runs(para, start..start + body.len());
    let mut out = Line::default();
    for run in runs {
        let rtl = levels.get(run.start).is_some_and(|l| l.is_rtl());
        let mut pieces = pieces(&text[run.clone()], bold)?;
        if rtl {
            pieces.reverse();
        }
        for (face, piece) in pieces {
            let piece = &text[run.start + piece.start..run.start + piece.end];
            let w = width(face, piece, size, Some(rtl));
            out.width += w;
            out.runs.push(Run {
                face,
                text: piece.to_owned(),
                rtl,
                width: w,
            });
        }
    }
    Ok(Some(out))
}

/// How many characters of `text` its faces have no glyph for.
#[cfg(test)]
pub fn missing_glyphs(text: &str, bold: bool) -> usize {
    pieces(text, bold)
        .unwrap_or_default()
        .into_iter()
        .map(|(face, range)| {
            text[range]
                .chars()
                .filter(|c| !c.is_whitespace() && !face.has(*c))
                .count()
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(lines: &[Line]) -> Vec<String> {
        lines
            .iter()
            .map(|l| l.runs.iter().map(|r| r.text.as_str()).collect())
            .collect()
    }

    #[test]
    fn digits_in_an_arabic_name_keep_their_order() {
        let lines = lines_of("جمعية 2030", false, 10.0, 400.0).expect("the fonts");
        assert_eq!(lines.len(), 1);
        let runs = &lines[0].runs;
        // Visually: the number at the left, read left to right, then the Arabic word.
        assert_eq!(runs[0].text, "2030");
        assert!(!runs[0].rtl);
        assert!(runs.iter().any(|r| r.rtl && r.text.contains("جمعية")));
        assert_eq!(
            runs.last().map(|r| r.face.family),
            Some(Family::Own(Script::Arabic))
        );
    }

    #[test]
    fn an_english_line_with_a_hebrew_name_reads_left_to_right_around_it() {
        let lines = lines_of("Prize for שלום עולם in 2025", false, 10.0, 400.0).expect("fonts");
        let runs = &lines[0].runs;
        assert!(runs[0].text.starts_with("Prize for"));
        assert!(runs.last().is_some_and(|r| r.text.ends_with("2025")));
        // The two Hebrew words are one right-to-left run: the second word drawn first.
        let hebrew: Vec<&Run> = runs.iter().filter(|r| r.rtl).collect();
        assert_eq!(hebrew.len(), 1, "{runs:?}");
        assert_eq!(hebrew[0].face.family, Family::Own(Script::Hebrew));
    }

    #[test]
    fn each_script_takes_its_own_face_with_every_glyph() {
        for (text, script) in [
            ("מכון ויצמן למדע", Script::Hebrew),
            ("สำนักงานพัฒนาธุรกรรมทางอิเล็กทรอนิกส์", Script::Thai),
            ("भारतीय प्रौद्योगिकी संस्थान", Script::Devanagari),
            ("বাংলাদেশ কম্পিউটার কাউন্সিল", Script::Bengali),
        ] {
            let lines = lines_of(text, false, 10.0, 1000.0).expect("fonts");
            assert!(
                lines
                    .iter()
                    .flat_map(|l| &l.runs)
                    .all(|r| r.face.family == Family::Own(script)),
                "{text}"
            );
            assert_eq!(missing_glyphs(text, false), 0, "{text}");
            assert_eq!(missing_glyphs(text, true), 0, "{text} in bold");
        }
        assert_eq!(missing_glyphs("東京「情報」通信研究院。", false), 0);
    }

    #[test]
    fn no_line_starts_with_a_closing_mark() {
        let text = "日本の地方自治体は、情報通信技術を活用して、住民サービスを改善した。\
                    遠隔医療、電子申請、防災情報の配信が、山間部の村にも広がった。";
        for max in [30.0, 45.0, 60.0, 75.0, 90.0, 110.0] {
            let lines = read(&lines_of(text, false, 10.0, max).expect("fonts"));
            assert!(lines.len() > 1);
            assert_eq!(lines.concat(), text);
            for l in &lines {
                assert!(
                    !l.starts_with('。') && !l.starts_with('、'),
                    "{max}: {lines:?}"
                );
            }
        }
    }

    #[test]
    fn latin_breaks_between_words_within_the_measure() {
        let text = "Telemedicine for rural clinics in the highlands, with records kept offline.";
        let lines = lines_of(text, false, 10.0, 120.0).expect("fonts");
        assert!(lines.len() > 1);
        assert!(lines.iter().all(|l| l.width <= 120.0));
        assert_eq!(read(&lines).join(" "), text);
    }

    #[test]
    fn thai_breaks_at_spaces_only() {
        let words = ["สำนักงาน", "พัฒนา", "ธุรกรรม"];
        let lines = read(&lines_of(&words.join(" "), false, 10.0, 1.0).expect("fonts"));
        assert_eq!(lines, words);
    }
}
