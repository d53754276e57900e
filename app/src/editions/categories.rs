//! The secretariat's categories: the list with every language's texts, and the edits of a
//! category (special prizes included), audited.

use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};

use super::{
    CategoryAdmin, CategoryAdminRow,
    rules::{self, CategoryInput, CategoryText},
};
use crate::{
    audit,
    auth::{Actor, Role},
    catalogue,
    codes::PhaseKind,
    entity::{category, category_text, edition},
    error::{DomainError, FieldError},
    i18n::Locale,
    state::AppContext,
};

/// The categories of the edition of `year` (the current one by default), as the secretariat
/// edits them.
///
/// # Errors
/// Unauthenticated, forbidden, not found.
pub async fn get_categories_admin(
    ctx: &AppContext,
    actor: &Actor,
    year: Option<i32>,
) -> Result<CategoryAdmin, DomainError> {
    actor.require(Role::Secretariat)?;
    let now = ctx.clock.now();
    // The next edition is prepared by its year while the current one runs.
    let loaded = catalogue::of_year(ctx, year)
        .await?
        .ok_or(DomainError::NotFound)?;
    let cats = category::Entity::find()
        .filter(category::Column::EditionId.eq(loaded.edition.id))
        .order_by_asc(category::Column::Number)
        .all(&ctx.db)
        .await?;
    let texts = category_text::Entity::find()
        .filter(category_text::Column::CategoryId.is_in(cats.iter().map(|c| c.id)))
        .all(&ctx.db)
        .await?;
    Ok(CategoryAdmin {
        edition_id: loaded.edition.id,
        year: loaded.edition.year,
        submission_opened: loaded.has_opened(PhaseKind::Submission, now),
        rows: cats
            .iter()
            .map(|c| {
                let mut input = CategoryInput {
                    code: c.code.clone(),
                    number: c.number.to_string(),
                    nominees: c.nominees.to_string(),
                    champions: c.champions.to_string(),
                    winners: c.winners.to_string(),
                    is_special: c.is_special,
                    ..CategoryInput::default()
                };
                for locale in Locale::ALL {
                    let t = texts
                        .iter()
                        .find(|t| t.category_id == c.id && t.locale == locale);
                    input.set_texts(
                        locale,
                        t.map(|t| t.title.clone()).unwrap_or_default(),
                        t.map(|t| t.description.clone()).unwrap_or_default(),
                    );
                }
                CategoryAdminRow { id: c.id, input }
            })
            .collect(),
    })
}

/// The stored texts of a category, by language.
type Texts = std::collections::BTreeMap<&'static str, (String, String)>;

async fn texts_of(conn: &impl ConnectionTrait, category_id: i64) -> Result<Texts, DomainError> {
    Ok(category_text::Entity::find()
        .filter(category_text::Column::CategoryId.eq(category_id))
        .all(conn)
        .await?
        .into_iter()
        .map(|t| (t.locale.code(), (t.title, t.description)))
        .collect())
}

/// Writes the texts typed, each language's title and description over the stored ones
/// (a field left out of the form keeps its stored text); a language left with neither has
/// no row, and shows English.
async fn put_texts(
    conn: &impl ConnectionTrait,
    category_id: i64,
    typed: &[CategoryText],
    stored: &Texts,
) -> Result<(), DomainError> {
    for t in typed {
        let (old_title, old_description) = stored.get(t.locale.code()).cloned().unwrap_or_default();
        let title = t.title.clone().unwrap_or(old_title);
        let description = t.description.clone().unwrap_or(old_description);
        put_text(conn, category_id, t.locale, &title, &description).await?;
    }
    Ok(())
}

async fn put_text(
    conn: &impl ConnectionTrait,
    category_id: i64,
    locale: Locale,
    title: &str,
    description: &str,
) -> Result<(), DomainError> {
    category_text::Entity::delete_by_id((category_id, locale))
        .exec(conn)
        .await?;
    if title.is_empty() && description.is_empty() {
        return Ok(());
    }
    category_text::ActiveModel {
        category_id: Set(category_id),
        locale: Set(locale),
        title: Set(title.to_owned()),
        description: Set(description.to_owned()),
    }
    .insert(conn)
    .await?;
    Ok(())
}

/// Creates a category (`category_id` = `None`, e.g. a special prize) or changes one.
///
/// Once the edition's submission phase has opened, submitters rely on the categories: a
/// change then needs a reason. Every change is audited with the old and new rules.
///
/// # Errors
/// Unauthenticated, forbidden, not found, invalid fields (including a code already used).
#[tracing::instrument(skip(ctx, actor, input))]
pub async fn save_category(
    ctx: &AppContext,
    actor: &Actor,
    edition_id: i64,
    category_id: Option<i64>,
    input: &CategoryInput,
    reason: &str,
) -> Result<i32, DomainError> {
    let session = actor.require(Role::Secretariat)?;
    let now = ctx.clock.now();
    let edition = edition::Entity::find_by_id(edition_id)
        .one(&ctx.db)
        .await?
        .ok_or(DomainError::NotFound)?;
    let mut errors = Vec::new();
    let parsed = rules::parse_category(input)
        .map_err(|e| errors.extend(e))
        .ok();
    let reason = audit::Reason::optional(reason, "reason")
        .map_err(|e| errors.extend(e.fields()))
        .ok()
        .flatten();
    let calendar = catalogue::load::calendar_of(&ctx.db, edition.id).await?;
    if crate::phases::has_opened(&calendar, PhaseKind::Submission, now)
        && reason.is_none()
        && errors.iter().all(|e| e.field != "reason")
    {
        errors.push(FieldError::new("reason", "category-reason-required"));
    }
    let Some(rules) = parsed.filter(|_| errors.is_empty()) else {
        return Err(DomainError::Invalid(errors));
    };
    let old = match category_id {
        Some(id) => Some(
            category::Entity::find_by_id(id)
                .one(&ctx.db)
                .await?
                .filter(|c| c.edition_id == edition.id)
                .ok_or(DomainError::NotFound)?,
        ),
        None => None,
    };
    let txn = crate::db::begin_write(&ctx.db).await?;
    let mut model = category::ActiveModel {
        edition_id: Set(edition.id),
        number: Set(rules.number),
        code: Set(rules.code.clone()),
        nominees: Set(rules.nominees),
        champions: Set(rules.champions),
        winners: Set(rules.winners),
        is_special: Set(rules.is_special),
        ..Default::default()
    };
    let saved = match &old {
        Some(o) => {
            model.id = sea_orm::Unchanged(o.id);
            model.update(&txn).await
        }
        None => model.insert(&txn).await,
    }
    .map_err(|e| match DomainError::from(e) {
        DomainError::Conflict(_) => DomainError::invalid("code", "category-code-taken"),
        other => other,
    })?;
    let stored = texts_of(&txn, saved.id).await?;
    put_texts(&txn, saved.id, &rules.texts, &stored).await?;
    let written = texts_of(&txn, saved.id).await?;
    // The languages whose texts changed, before and after.
    let changed: Vec<&str> = Locale::ALL
        .iter()
        .map(|l| l.code())
        .filter(|l| stored.get(l) != written.get(l))
        .collect();
    let side = |texts: &Texts| -> serde_json::Map<String, serde_json::Value> {
        changed
            .iter()
            .map(|l| {
                let (title, description) = texts.get(l).cloned().unwrap_or_default();
                (
                    (*l).to_owned(),
                    serde_json::json!({ "title": title, "description": description }),
                )
            })
            .collect()
    };
    let summary = |c: &category::Model| {
        serde_json::json!({
            "code": c.code, "number": c.number, "nominees": c.nominees,
            "champions": c.champions, "winners": c.winners, "is_special": c.is_special,
        })
    };
    audit::record(
        &txn,
        audit::Entry {
            actor_id: Some(session.account_id),
            action: if old.is_some() {
                audit::Action::CategoryUpdate
            } else {
                audit::Action::CategoryCreate
            },
            target_type: audit::TargetType::Category,
            target_id: format!("{}/{}", edition.year, saved.code),
            reason,
            details: serde_json::json!({
                "old": old.as_ref().map(summary),
                "new": summary(&saved),
                "title_en": rules.title_en,
                "texts": { "old": side(&stored), "new": side(&written) },
            }),
        },
        now,
    )
    .await?;
    catalogue::commit(ctx, txn).await?;
    Ok(edition.year)
}
