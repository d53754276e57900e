//! Each category's texts in the six languages: the seeded categories come with all six, the
//! secretariat edits each language (audited, with the languages changed before and after), a
//! language left out of the form keeps its text, and a language without one shows the
//! English text, marked as such. Older databases get the seeded texts they lacked, once.

use app::{
    editions::{CategoryAdmin, GetCategoriesAdmin, SaveCategory},
    entity::{category, category_text},
    i18n::Locale,
};
use reqwest::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, sea_query::Expr};
use serde_json::Value;

use crate::support::{TestApp, ok, spawn_app};

async fn admin(app: &TestApp) -> CategoryAdmin {
    app.call_ok::<GetCategoriesAdmin>(&[]).await
}

async fn page(app: &TestApp, path: &str) -> String {
    let (status, page) = app.get_page(path).await;
    assert_eq!(status, StatusCode::OK, "{path}");
    page
}

#[tokio::test]
async fn the_seeded_categories_speak_six_languages_and_the_secretariat_edits_each_audited() {
    let app = spawn_app().await;
    app.signed_in_secretariat("secretariat@itu.example").await;
    let a = admin(&app).await;
    for row in &a.rows {
        for l in Locale::ALL {
            let (title, description) = row.input.texts(l);
            assert!(
                title.is_some_and(|t| !t.is_empty()) && description.is_some_and(|d| !d.is_empty()),
                "{} in {}",
                row.input.code,
                l.code()
            );
        }
    }
    // Read in Spanish and Arabic, the seeded texts are theirs, nothing marked.
    let visitor = app.beside();
    let c1 = a.rows.iter().find(|r| r.input.code == "C1").expect("C1");
    for l in [Locale::Es, Locale::Ar] {
        let html = page(&visitor, &format!("/{}/categories/C1", l.code())).await;
        let (title, description) = c1.input.texts(l);
        assert!(html.contains(title.unwrap_or_default()), "{html}");
        assert!(html.contains(description.unwrap_or_default()), "{html}");
        assert!(!html.contains("data-testid=\"in-english\""), "{html}");
    }

    // The secretariat rewrites C1 in Russian and Chinese; Spanish and Arabic are left out of
    // the form and keep their texts. Submission is open: a reason is asked.
    let edition = a.edition_id.to_string();
    let id = c1.id.to_string();
    let i = &c1.input;
    let (title_fr, description_fr) = i.texts(Locale::Fr);
    let form = vec![
        ("edition_id", edition.as_str()),
        ("category_id", id.as_str()),
        ("code", "C1"),
        ("number", i.number.as_str()),
        ("nominees", i.nominees.as_str()),
        ("champions", i.champions.as_str()),
        ("winners", i.winners.as_str()),
        ("title_en", i.title_en.as_str()),
        ("description_en", i.description_en.as_str()),
        ("title_fr", title_fr.unwrap_or_default()),
        ("description_fr", description_fr.unwrap_or_default()),
        ("title_ru", "Роль правительств: новая редакция"),
        ("description_ru", "Новое описание <b>категории</b>."),
        ("title_zh", "政府的作用（修订）"),
        ("description_zh", ""),
        ("reason", "The council's new wording"),
    ];
    ok(app.call::<SaveCategory>(&form).await, "the category").await;
    let after = admin(&app).await;
    let c1_after = after
        .rows
        .iter()
        .find(|r| r.input.code == "C1")
        .expect("C1");
    assert_eq!(
        c1_after.input.texts(Locale::Ru),
        (
            Some("Роль правительств: новая редакция"),
            Some("Новое описание <b>категории</b>.")
        )
    );
    assert_eq!(c1_after.input.texts(Locale::Es), c1.input.texts(Locale::Es));
    assert_eq!(c1_after.input.texts(Locale::Ar), c1.input.texts(Locale::Ar));
    // Audited: the languages changed, before and after, and none other.
    let log = app.audit_log().await;
    let entry = log
        .rows
        .iter()
        .find(|e| e.action == "edition.category.update")
        .expect("the change audited");
    assert_eq!(entry.reason.as_deref(), Some("The council's new wording"));
    let details: Value = serde_json::from_str(&entry.details).expect("JSON");
    let changed: Vec<&String> = details["texts"]["new"]
        .as_object()
        .expect("the texts changed")
        .keys()
        .collect();
    assert_eq!(changed, ["ru", "zh"]);
    assert_eq!(
        details["texts"]["old"]["ru"]["title"],
        c1.input.texts(Locale::Ru).0.unwrap_or_default()
    );
    assert_eq!(details["texts"]["new"]["zh"]["description"], "");

    // The Russian page shows the new text, escaped; the Chinese page its new title, and the
    // English description, marked, where its own was emptied.
    let ru = page(&visitor, "/ru/categories/C1").await;
    assert!(ru.contains("Роль правительств: новая редакция"), "{ru}");
    assert!(
        ru.contains("Новое описание &lt;b&gt;категории&lt;/b&gt;."),
        "{ru}"
    );
    let zh = page(&visitor, "/zh/categories/C1").await;
    assert!(zh.contains("政府的作用（修订）"), "{zh}");
    assert!(zh.contains("data-testid=\"in-english\""), "{zh}");
    assert!(
        zh.contains(&format!(
            "<span lang=\"en\" dir=\"ltr\">{}</span>",
            i.description_en
        )),
        "{zh}"
    );
    // English itself is never marked.
    let en = page(&visitor, "/en/categories/C1").await;
    assert!(!en.contains("data-testid=\"in-english\""), "{en}");
    // The home page's cards mark a title shown in English too.
    let special = vec![
        ("edition_id", edition.as_str()),
        ("category_id", "0"),
        ("code", "SR"),
        ("number", "19"),
        ("nominees", "10"),
        ("champions", "3"),
        ("winners", "1"),
        ("is_special", "on"),
        ("title_en", "Special Recognition"),
        ("description_en", "Projects of exceptional merit."),
        ("reason", "A special prize this year"),
    ];
    ok(
        app.call::<SaveCategory>(&special).await,
        "the special prize",
    )
    .await;
    let home = page(&visitor, "/ar/").await;
    assert!(home.contains("Special Recognition"), "{home}");
    let card = home
        .split("category-card")
        .find(|c| c.contains("Special Recognition"))
        .expect("the card");
    assert!(card.contains("data-testid=\"in-english\""), "{card}");
}

#[tokio::test]
async fn a_database_seeded_before_gets_the_missing_texts_once_and_keeps_the_secretariats() {
    let app = spawn_app().await;
    let db = &app.ctx.db;
    let code_id = |code: &'static str| async move {
        category::Entity::find()
            .filter(category::Column::Code.eq(code))
            .one(db)
            .await
            .expect("the categories")
            .expect("the category")
            .id
    };
    let (c3, c5) = (code_id("C3").await, code_id("C5").await);
    // As a database seeded before: C3's Spanish description empty, its Russian text gone;
    // C5's English title rewritten by the secretariat, its Arabic text gone.
    category_text::Entity::update_many()
        .col_expr(category_text::Column::Description, Expr::value(""))
        .filter(category_text::Column::CategoryId.eq(c3))
        .filter(category_text::Column::Locale.eq(Locale::Es))
        .exec(db)
        .await
        .expect("emptied");
    category_text::Entity::delete_by_id((c3, Locale::Ru))
        .exec(db)
        .await
        .expect("deleted");
    category_text::Entity::update_many()
        .col_expr(category_text::Column::Title, Expr::value("Our own wording"))
        .filter(category_text::Column::CategoryId.eq(c5))
        .filter(category_text::Column::Locale.eq(Locale::En))
        .exec(db)
        .await
        .expect("rewritten");
    category_text::Entity::delete_by_id((c5, Locale::Ar))
        .exec(db)
        .await
        .expect("deleted");

    assert_eq!(
        app::editions::seed::complete_translations(db)
            .await
            .expect("completed"),
        2
    );
    assert_eq!(
        app::editions::seed::complete_translations(db)
            .await
            .expect("completed"),
        0
    );
    let texts = category_text::Entity::find()
        .filter(category_text::Column::CategoryId.is_in([c3, c5]))
        .all(db)
        .await
        .expect("the texts");
    let of = |id: i64, l: Locale| texts.iter().find(|t| t.category_id == id && t.locale == l);
    assert!(of(c3, Locale::Es).is_some_and(|t| !t.description.is_empty()));
    assert!(of(c3, Locale::Ru).is_some_and(|t| !t.title.is_empty() && !t.description.is_empty()));
    assert!(
        of(c5, Locale::Ar).is_none(),
        "the secretariat's category is left alone"
    );
    // The catalogue follows (within its check of the stored version, as for any change
    // written beside this instance): the Russian page of C3 shows its text, unmarked.
    app::catalogue::forget(&app.ctx);
    let visitor = app.beside();
    let mut ru = String::new();
    for _ in 0..50 {
        ru = page(&visitor, "/ru/categories/C3").await;
        if !ru.contains("data-testid=\"in-english\"") {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(!ru.contains("data-testid=\"in-english\""), "{ru}");
}
