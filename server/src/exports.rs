//! The secretariat's downloads (`POST /admin/exports`): CSV written to the response a page of
//! rows at a time; XLSX written row by row into a temporary file in constant-memory mode, then
//! sent from the file. Neither holds an export whole in memory.

use app::{
    auth::Actor,
    error::{AppError, DomainError},
    exports::{
        Cell, EXPORT_ENDPOINT, ExportFormat, ExportRequest,
        tables::{self, Spec},
    },
    state::AppContext,
};
use axum::{
    Extension, Form,
    body::{Body, Bytes},
    extract::{FromRequest, Request, State},
    http::{HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};
use tokio::io::AsyncReadExt;

use crate::{routes::answer_failed_post, state::AppState};

pub async fn download(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    req: Request,
) -> Response {
    let (parts, body) = req.into_parts();
    let form =
        Form::<ExportRequest>::from_request(Request::from_parts(parts.clone(), body), &state).await;
    let request = form.map(|Form(f)| f).unwrap_or_default();
    let result = tables::begin(&state.ctx, &actor, &request).await;
    let spec = match result {
        Ok(spec) => spec,
        Err(e) => {
            let err = AppError::from(e);
            let status = app::server_fn::status_of(&err);
            // What was typed comes back in its fields (the reason; never a secret).
            let values = vec![
                ("what".to_owned(), request.what.clone()),
                ("reason".to_owned(), request.reason.clone()),
            ];
            return answer_failed_post(
                &state,
                parts,
                "/admin/exports".to_owned(),
                EXPORT_ENDPOINT.to_owned(),
                values,
                err,
                status,
                None,
            )
            .await;
        }
    };
    let body = match spec.format {
        ExportFormat::Csv => Body::from_stream(csv_stream(state.ctx.clone(), spec.clone())),
        ExportFormat::Xlsx => match xlsx_file(state.ctx.clone(), spec.clone()).await {
            Ok(file) => Body::from_stream(file_stream(file)),
            Err(e) => {
                tracing::error!(error = %e, "writing an export failed");
                return (StatusCode::INTERNAL_SERVER_ERROR, "The export failed.").into_response();
            }
        },
    };
    let mut res = body.into_response();
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(match spec.format {
            ExportFormat::Csv => "text/csv; charset=utf-8",
            ExportFormat::Xlsx => {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            }
        }),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{}\"", spec.file_name()))
    {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    res
}

/// A CSV line of `cells`, every text neutralised against formulas.
fn csv_line(cells: impl IntoIterator<Item = String>) -> Result<Vec<u8>, DomainError> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(
        cells
            .into_iter()
            .map(|c| app::spreadsheet::neutralised(&c).into_owned()),
    )
    .map_err(|e| DomainError::caused_by("csv", e))?;
    w.into_inner()
        .map_err(|e| DomainError::caused_by("csv", e.into_error()))
}

fn cell_text(c: Cell) -> String {
    match c {
        Cell::Text(s) => s,
        Cell::Int(n) => n.to_string(),
        Cell::Num(n) => n.to_string(),
        Cell::Bool(b) => if b { "yes" } else { "no" }.to_owned(),
        Cell::Empty => String::new(),
    }
}

/// The CSV, a page of rows per chunk.
fn csv_stream(
    ctx: AppContext,
    spec: Spec,
) -> impl futures::Stream<Item = Result<Bytes, DomainError>> {
    // The state: the key the next page starts after, `None` once the last one is sent.
    futures::stream::unfold(Some(-1_i64), move |after| {
        let (ctx, spec) = (ctx.clone(), spec.clone());
        async move {
            let after = after?;
            if after < 0 {
                let header = csv_line(tables::headers(&spec).into_iter().map(str::to_owned));
                return Some((header.map(Bytes::from), Some(0)));
            }
            match tables::page(&ctx, &spec, after).await {
                Ok(rows) if rows.is_empty() => None,
                Ok(rows) => {
                    let next = rows.last().map(|(k, _)| *k);
                    let mut chunk = Vec::new();
                    for (_, row) in rows {
                        match csv_line(row.into_iter().map(cell_text)) {
                            Ok(line) => chunk.extend(line),
                            Err(e) => return Some((Err(e), None)),
                        }
                    }
                    Some((Ok(Bytes::from(chunk)), next))
                }
                Err(e) => Some((Err(e), None)),
            }
        }
    })
}

/// Writes the XLSX into a temporary file, row by row (constant-memory mode keeps one row in
/// memory), on a blocking thread that reads the pages from the runtime. The file is opened
/// and removed from its folder before it is sent: nothing is left behind.
async fn xlsx_file(ctx: AppContext, spec: Spec) -> Result<tokio::fs::File, DomainError> {
    let handle = tokio::runtime::Handle::current();
    let dir = std::env::temp_dir();
    let path = dir.join(format!(
        "wsis-export-{}.xlsx",
        hex::encode(rand::random::<[u8; 12]>())
    ));
    let target = path.clone();
    tokio::task::spawn_blocking(move || -> Result<(), DomainError> {
        use rust_xlsxwriter::Workbook;
        let fail = |e: rust_xlsxwriter::XlsxError| DomainError::caused_by("xlsx", e);
        let mut book = Workbook::new();
        book.set_tempdir(&dir).map_err(fail)?;
        let sheet = book.add_worksheet_with_constant_memory().map_err(fail)?;
        sheet.set_name(spec.kind.code()).map_err(fail)?;
        for (col, h) in tables::headers(&spec).into_iter().enumerate() {
            sheet
                .write_string(0, u16::try_from(col).unwrap_or(u16::MAX), h)
                .map_err(fail)?;
        }
        let mut row_no: u32 = 1;
        let mut after = 0;
        loop {
            let rows = handle.block_on(tables::page(&ctx, &spec, after))?;
            let Some(last) = rows.last().map(|(k, _)| *k) else {
                break;
            };
            after = last;
            for (_, row) in rows {
                for (col, cell) in row.into_iter().enumerate() {
                    let col = u16::try_from(col).unwrap_or(u16::MAX);
                    match cell {
                        // Text is written as text: a leading `=` is never a formula here.
                        Cell::Text(s) if !s.is_empty() => {
                            sheet.write_string(row_no, col, s).map_err(fail)?;
                        }
                        // Ids and counts stay far below 2^53: exact as a spreadsheet number.
                        Cell::Int(n) => {
                            sheet.write_number(row_no, col, n as f64).map_err(fail)?;
                        }
                        Cell::Num(n) => {
                            sheet.write_number(row_no, col, n).map_err(fail)?;
                        }
                        Cell::Bool(b) => {
                            sheet.write_boolean(row_no, col, b).map_err(fail)?;
                        }
                        Cell::Text(_) | Cell::Empty => {}
                    }
                }
                row_no = row_no.saturating_add(1);
            }
        }
        book.save(&target).map_err(fail)
    })
    .await
    .map_err(DomainError::internal)??;
    let file = tokio::fs::File::open(&path)
        .await
        .map_err(DomainError::internal)?;
    let _ = tokio::fs::remove_file(&path).await;
    Ok(file)
}

/// A file's bytes, 64 KB at a time.
fn file_stream(
    file: tokio::fs::File,
) -> impl futures::Stream<Item = Result<Bytes, std::io::Error>> {
    futures::stream::unfold(Some(file), |file| async move {
        let mut file = file?;
        let mut buf = vec![0; 64 * 1024];
        match file.read(&mut buf).await {
            Ok(0) => None,
            Ok(n) => {
                buf.truncate(n);
                Some((Ok(Bytes::from(buf)), Some(file)))
            }
            Err(e) => Some((Err(e), None)),
        }
    })
}
