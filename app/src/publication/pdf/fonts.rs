//! The book's faces: one Noto family per script, found among the system's fonts and read
//! the first time a book needs it.
//!
//! Latin, Greek and Cyrillic share Noto Sans; Chinese, Japanese and Korean share the "SC"
//! face of Noto Sans CJK (it has the kana and Hangul too); every other script has its own
//! family, named after the script as Noto names them (`NotoSansHebrew`, `NotoSansThai`,
//! `NotoSansDevanagari`…), as Debian's `fonts-noto-core` ships them. A face is read once for
//! the life of the process and kept: there are as many as the scripts printed, a few dozen
//! at most. A script whose family is not installed is drawn with Noto Sans (its letters then
//! print as empty boxes) and a warning names the missing file.

use std::{
    collections::HashMap,
    path::{Path, PathBuf},
    sync::{Arc, Mutex, OnceLock, PoisonError},
};

use krilla::text::Font;
use unicode_script::Script;

/// Where Debian puts fonts, looked at after the configured folder.
const FONT_DIRS: [&str; 2] = ["/usr/share/fonts", "/usr/local/share/fonts"];
/// The CJK collection's "SC" face (simplified Chinese), which also has kana and Hangul.
const CJK_SC_INDEX: u32 = 2;

/// A family of faces: what a script is drawn with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Family {
    /// Noto Sans: Latin, Greek, Cyrillic, and what no other family claims.
    Latin,
    /// Noto Sans CJK: Han, kana, Hangul, Bopomofo.
    Cjk,
    /// The Noto Sans family named after this script.
    Own(Script),
}

impl Family {
    /// The family that draws a script; `None` for what any family draws (spaces, digits,
    /// common punctuation, combining marks), which stays with the text around it.
    pub fn of(script: Script) -> Option<Self> {
        match script {
            Script::Common | Script::Inherited | Script::Unknown => None,
            Script::Latin | Script::Greek | Script::Cyrillic => Some(Self::Latin),
            Script::Han
            | Script::Hiragana
            | Script::Katakana
            | Script::Hangul
            | Script::Bopomofo => Some(Self::Cjk),
            other => Some(Self::Own(other)),
        }
    }

    /// The file and face index of this family's regular or bold face.
    fn file(self, bold: bool) -> (String, u32) {
        let weight = if bold { "Bold" } else { "Regular" };
        match self {
            Self::Latin => (format!("NotoSans-{weight}.ttf"), 0),
            Self::Cjk => (format!("NotoSansCJK-{weight}.ttc"), CJK_SC_INDEX),
            Self::Own(script) => (
                format!(
                    "NotoSans{}-{weight}.ttf",
                    script.full_name().replace('_', "")
                ),
                0,
            ),
        }
    }
}

/// One face, read: as krilla draws it and as the shaper measures it.
pub struct Face {
    pub family: Family,
    pub bold: bool,
    pub font: Font,
    pub shaper: rustybuzz::Face<'static>,
}

impl std::fmt::Debug for Face {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Face")
            .field("family", &self.family)
            .field("bold", &self.bold)
            .finish_non_exhaustive()
    }
}

impl Face {
    /// Whether this face has a glyph for `c`.
    pub fn has(&self, c: char) -> bool {
        self.shaper.glyph_index(c).is_some()
    }
}

/// The folder looked at before the system's, set once at start-up from the configuration.
static CONFIGURED: OnceLock<PathBuf> = OnceLock::new();

/// Looks for the book's fonts in `dir` before the system's folders. The first call wins:
/// it is made once, at start-up.
pub fn look_first_in(dir: PathBuf) {
    let _ = CONFIGURED.set(dir);
}

/// The faces read so far, and the files found missing (`None`), for the process's life.
type Read = HashMap<(Family, bool), Option<&'static Face>>;

fn read_faces() -> &'static Mutex<Read> {
    static READ: OnceLock<Mutex<Read>> = OnceLock::new();
    READ.get_or_init(Mutex::default)
}

/// The face of `family` in the weight asked for: its bold falls back to its regular, and a
/// family not installed to Noto Sans.
///
/// # Errors
/// Noto Sans itself is missing or unreadable: nothing can be printed.
pub fn face(family: Family, bold: bool) -> Result<&'static Face, String> {
    if let Some(found) = exact(family, bold) {
        return Ok(found);
    }
    if bold && let Some(found) = exact(family, false) {
        return Ok(found);
    }
    if family != Family::Latin {
        return face(Family::Latin, bold);
    }
    let (file, _) = family.file(false);
    Err(format!(
        "font {file} not found (install fonts-noto-core and fonts-noto-cjk)"
    ))
}

/// The face of `family` in exactly that weight, read on first use.
fn exact(family: Family, bold: bool) -> Option<&'static Face> {
    let mut read = read_faces().lock().unwrap_or_else(PoisonError::into_inner);
    *read.entry((family, bold)).or_insert_with(|| {
        let (file, index) = family.file(bold);
        match load(&file) {
            Ok(data) => {
                let font = Font::new(Arc::clone(&data).into(), index)?;
                // Kept for the life of the process: the shaper borrows the bytes.
                let kept: &'static Arc<Vec<u8>> = Box::leak(Box::new(data));
                let shaper = rustybuzz::Face::from_slice(kept.as_slice(), index)?;
                Some(&*Box::leak(Box::new(Face {
                    family,
                    bold,
                    font,
                    shaper,
                })))
            }
            Err(e) => {
                tracing::warn!("the book's font {file}: {e}");
                None
            }
        }
    })
}

fn load(name: &str) -> Result<Arc<Vec<u8>>, String> {
    let dirs = CONFIGURED
        .get()
        .cloned()
        .into_iter()
        .chain(FONT_DIRS.iter().map(PathBuf::from));
    let path = dirs
        .into_iter()
        .find_map(|dir| find_in(&dir, name, 4))
        .ok_or_else(|| "not found".to_owned())?;
    std::fs::read(&path)
        .map(Arc::new)
        .map_err(|e| format!("{}: {e}", path.display()))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_script_names_its_own_noto_family() {
        let file = |s| Family::of(s).map(|f| f.file(false).0);
        assert_eq!(file(Script::Latin).as_deref(), Some("NotoSans-Regular.ttf"));
        assert_eq!(
            file(Script::Cyrillic).as_deref(),
            Some("NotoSans-Regular.ttf")
        );
        assert_eq!(
            file(Script::Katakana).as_deref(),
            Some("NotoSansCJK-Regular.ttc")
        );
        assert_eq!(
            file(Script::Hebrew).as_deref(),
            Some("NotoSansHebrew-Regular.ttf")
        );
        assert_eq!(
            file(Script::Devanagari).as_deref(),
            Some("NotoSansDevanagari-Regular.ttf")
        );
        assert_eq!(file(Script::Common), None);
    }
}
