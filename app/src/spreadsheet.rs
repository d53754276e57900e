//! CSV files that spreadsheets open safely: cells quoted where they must be, and any cell a
//! spreadsheet would run as a formula made plain text. Every export the platform writes (the
//! review's rankings, the open data) goes through here.

use crate::error::DomainError;

/// A spreadsheet cell that cannot run: text starting with `=`, `+`, `-`, `@`, a tab or a
/// carriage return gets a leading apostrophe, so that no spreadsheet reads it as a formula.
/// A plain number (a negative z-score) is left as it is: it cannot run, and stays a number.
pub fn neutralised(cell: &str) -> std::borrow::Cow<'_, str> {
    let number = cell.bytes().any(|b| b.is_ascii_digit())
        && cell
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b'-');
    let plain_number = number && cell.parse::<f64>().is_ok();
    if !plain_number && cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}").into()
    } else {
        cell.into()
    }
}

/// `rows` as CSV text, every cell neutralised.
///
/// # Errors
/// Writing failed (never, into memory).
pub fn csv_of(rows: Vec<Vec<String>>) -> Result<String, DomainError> {
    let mut w = csv::Writer::from_writer(Vec::new());
    for row in rows {
        w.write_record(row.iter().map(|c| neutralised(c).into_owned()))
            .map_err(|e| DomainError::caused_by("csv", e))?;
    }
    let bytes = w
        .into_inner()
        .map_err(|e| DomainError::caused_by("csv", e.into_error()))?;
    String::from_utf8(bytes).map_err(|e| DomainError::caused_by("csv", e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_that_a_spreadsheet_would_run_are_neutralised() {
        assert_eq!(neutralised("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(neutralised("+1"), "'+1");
        assert_eq!(neutralised("-2+3"), "'-2+3");
        assert_eq!(neutralised("-0.612"), "-0.612");
        assert_eq!(neutralised("-"), "'-");
        assert_eq!(neutralised("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(neutralised("\tx"), "'\tx");
        assert_eq!(neutralised("Open clinic"), "Open clinic");
        assert_eq!(neutralised("7.5"), "7.5");
    }

    #[test]
    fn an_export_quotes_commas_and_neutralises_formulas() {
        let text = csv_of(vec![
            vec!["title".into(), "note".into()],
            vec!["Health, everywhere".into(), "=1+1".into()],
        ])
        .unwrap_or_default();
        assert_eq!(text, "title,note\n\"Health, everywhere\",'=1+1\n");
    }
}
