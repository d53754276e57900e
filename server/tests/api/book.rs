//! The book's PDF in every script, through the real server: each script in its own Noto
//! face, names that mix directions read in order, and lines broken where Unicode allows.

use std::collections::BTreeSet;

use app::entity::{award, submission};
use reqwest::StatusCode;
use sea_orm::{ActiveModelTrait, EntityTrait, Set};

use crate::support::{
    TestApp, pdf_fonts, pdf_raw_text, pdf_text, rename_organisation, spawn_with_past_edition,
};

/// The winners and champions of the published edition, by submission.
async fn holders(app: &TestApp) -> Vec<i64> {
    let awards = award::Entity::find()
        .all(&app.ctx.db)
        .await
        .expect("the awards");
    let ids: BTreeSet<i64> = awards.iter().map(|a| a.submission_id).collect();
    ids.into_iter().collect()
}

async fn submission(app: &TestApp, id: i64) -> submission::Model {
    submission::Entity::find_by_id(id)
        .one(&app.ctx.db)
        .await
        .expect("the submissions")
        .expect("the submission")
}

/// Writes a nominee's short description (what stands in for a story not written), through
/// the catalogue's commit as a correction would.
async fn describe(app: &TestApp, id: i64, text: &str) {
    let txn = app::db::begin_write(&app.ctx.db)
        .await
        .expect("a transaction");
    let mut row: submission::ActiveModel = submission(app, id).await.into();
    row.short_description = Set(text.to_owned());
    row.update(&txn).await.expect("described");
    app::catalogue::commit(&app.ctx, txn)
        .await
        .expect("committed");
}

/// A Japanese paragraph long enough to break over several lines, with its commas and full
/// stops where a naive breaker would start a line with them.
fn japanese() -> String {
    "日本の地方自治体は、情報通信技術を活用して、住民サービスを改善した。\
     遠隔医療、電子申請、防災情報の配信が、山間部の村にも広がった。"
        .repeat(6)
}

#[tokio::test]
async fn the_book_sets_every_script_in_its_own_face_in_reading_order() {
    let (app, past) = spawn_with_past_edition().await;
    let holders = holders(&app).await;
    assert!(holders.len() >= 4, "{holders:?}");
    let names = [
        "جمعية 2030",
        "מכון ויצמן למדע",
        "สำนักงานพัฒนาธุรกรรมทางอิเล็กทรอนิกส์",
    ];
    for (id, name) in holders.iter().zip(names) {
        let org = submission(&app, *id)
            .await
            .organisation_id
            .expect("an organisation");
        rename_organisation(&app, org, name).await;
    }
    describe(&app, holders[3], &japanese()).await;

    let res = app
        .client
        .get(app.url(&format!("/book/{}.pdf", past.year)))
        .send()
        .await
        .expect("the book");
    assert_eq!(res.status(), StatusCode::OK);
    let pdf = res.bytes().await.expect("the PDF").to_vec();

    // Each script in its own face, every glyph found (pdffonts lists what is embedded).
    let fonts = pdf_fonts(&pdf);
    for face in [
        "NotoSansArabic",
        "NotoSansHebrew",
        "NotoSansThai",
        "NotoSansCJK",
        "NotoSans-Regular",
    ] {
        assert!(fonts.contains(face), "{face} in:\n{fonts}");
    }

    // The digits of an Arabic name read in their order, drawn left to right.
    let raw = pdf_raw_text(&pdf);
    assert!(raw.contains("2030"), "the name's number in:\n{raw}");
    assert!(!raw.contains("0302"), "the number reversed in:\n{raw}");

    // No line starts with a closing mark.
    let text = pdf_text(&pdf, None);
    assert!(
        text.contains("住民サービス"),
        "the Japanese text in:\n{text}"
    );
    let broken: Vec<&str> = text
        .lines()
        .map(str::trim_start)
        .filter(|l| l.starts_with('。') || l.starts_with('、'))
        .collect();
    assert!(
        broken.is_empty(),
        "lines that start with a mark: {broken:?}"
    );
}
