//! What the tests read files back with: Debian's poppler-utils for the book's PDF.

/// Runs the poppler tool `tool` with `args` on the PDF `bytes` and returns what it prints.
fn poppler(tool: &str, args: &[&str], bytes: &[u8]) -> String {
    let dir = super::tempdir::TempDir::new();
    let file = dir.0.join("book.pdf");
    std::fs::write(&file, bytes).expect("the PDF written");
    let out = std::process::Command::new(tool)
        .args(args)
        .arg(&file)
        .args(if tool == "pdftotext" {
            &["-"][..]
        } else {
            &[][..]
        })
        .output()
        .unwrap_or_else(|e| panic!("{tool} (Debian's poppler-utils) runs: {e}"));
    assert!(out.status.success(), "{tool} failed: {out:?}");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The text of a PDF (or of its page `page`) as `pdftotext -layout` reads it: laid out as
/// printed.
pub fn pdf_text(bytes: &[u8], page: Option<usize>) -> String {
    let page = page.map(|p| p.to_string());
    let mut args = vec!["-layout"];
    if let Some(p) = &page {
        args.extend(["-f", p, "-l", p]);
    }
    poppler("pdftotext", &args, bytes)
}

/// The text of a PDF in the order it is drawn (`pdftotext -raw`).
pub fn pdf_raw_text(bytes: &[u8]) -> String {
    poppler("pdftotext", &["-raw"], bytes)
}

/// The fonts a PDF embeds, as `pdffonts` lists them.
pub fn pdf_fonts(bytes: &[u8]) -> String {
    poppler("pdffonts", &[], bytes)
}
