//! The gallery's search documents: one row per confirmed nominee of every edition, derived
//! from the catalogue and written again with every change to it, in the change's own
//! transaction ([`super::commit`]). A search only reads them.
//!
//! The documents carry the catalogue's version they were written at (`content_versions`,
//! `gallery`). A change committed without [`super::commit`] (the triggers moved the
//! version) leaves them behind it; the server's job finds that within a second and writes
//! them ([`catch_up`]). Whoever writes them claims the writing in the database first, so
//! that instances sharing one PostgreSQL write them once.
//!
//! The index itself is each engine's own (see the migration `gallery_search`): on SQLite an
//! FTS5 trigram table over the documents, rebuilt with them; on PostgreSQL a `pg_trgm` GIN
//! index, kept by the database.

use std::collections::HashMap;

use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseBackend, DatabaseConnection,
    EntityTrait, QueryFilter, QueryOrder, Set,
};

use super::{change::CATALOGUE, load::nominees_of};
use crate::{
    countries::region_of,
    entity::{category, columns::Chosen, content_version, edition, gallery_document},
    error::DomainError,
    i18n::collation::{keys_fingerprint, root_key},
};

/// The `content_versions` row holding the catalogue's version the documents were written at.
const GALLERY: &str = "gallery";

/// Rows per insert: well under either engine's limit on bound values.
const CHUNK: usize = 200;

/// What a search matches a document's words against: its title, organisation and summary,
/// lower-cased (the search lower-cases its terms the same way).
pub fn search_text(title: &str, organisation: &str, description: &str) -> String {
    format!("{title}\n{organisation}\n{description}").to_lowercase()
}

/// The `content_versions` row holding the fingerprint of the collation the documents' sort
/// keys were made with.
const COLLATION: &str = "collation";

/// Marks the documents stale when their titles' sort keys were made by another collation
/// than this build's (a newer CLDR or ICU4X changes the keys): [`catch_up`] then writes them
/// again. Run once at start-up, under the start-up lock, before [`catch_up`].
///
/// # Errors
/// Database failures.
pub async fn check_collation(db: &DatabaseConnection) -> Result<(), DomainError> {
    let fingerprint = keys_fingerprint();
    let stored = content_version::Entity::find_by_id(COLLATION.to_owned())
        .one(db)
        .await?;
    if stored.as_ref().map(|v| v.version) == Some(fingerprint) {
        return Ok(());
    }
    let txn = crate::db::begin_write(db).await?;
    let row = content_version::ActiveModel {
        name: Set(COLLATION.to_owned()),
        version: Set(fingerprint),
    };
    if stored.is_some() {
        row.update(&txn).await?;
    } else {
        row.insert(&txn).await?;
    }
    txn.execute_unprepared(&format!(
        "UPDATE content_versions SET version = -1 WHERE name = '{GALLERY}'"
    ))
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Writes the documents again, in `txn`, if they were written at another version of the
/// catalogue. Returns whether it wrote them.
///
/// # Errors
/// Database failures.
pub async fn write_if_stale(txn: &impl ConnectionTrait) -> Result<bool, DomainError> {
    // The claim: on PostgreSQL a second writer waits on the row, then finds it claimed and
    // written.
    let claim = format!(
        "UPDATE content_versions SET version = \
         (SELECT version FROM content_versions WHERE name = '{CATALOGUE}') \
         WHERE name = '{GALLERY}' AND version <> \
         (SELECT version FROM content_versions WHERE name = '{CATALOGUE}')"
    );
    if txn.execute_unprepared(&claim).await?.rows_affected() == 0 {
        return Ok(false);
    }
    write(txn).await?;
    Ok(true)
}

/// Brings the documents up to the catalogue's version, if a change was committed without
/// them (the server's job calls it every second).
///
/// # Errors
/// Database failures.
pub async fn catch_up(db: &DatabaseConnection) -> Result<(), DomainError> {
    // A read first: most seconds nothing changed, and a write transaction would take
    // SQLite's lock for nothing.
    let versions = content_version::Entity::find()
        .filter(content_version::Column::Name.is_in([CATALOGUE, GALLERY]))
        .all(db)
        .await?;
    let version = |name: &str| versions.iter().find(|v| v.name == name).map(|v| v.version);
    if version(CATALOGUE) == version(GALLERY) {
        return Ok(());
    }
    let txn = crate::db::begin_write(db).await?;
    if write_if_stale(&txn).await? {
        txn.commit().await?;
        tracing::info!("search documents written after a change made elsewhere");
    }
    Ok(())
}

/// Writes every document afresh.
async fn write(conn: &impl ConnectionTrait) -> Result<(), DomainError> {
    gallery_document::Entity::delete_many().exec(conn).await?;
    let editions = edition::Entity::find()
        .order_by_desc(edition::Column::Year)
        .all(conn)
        .await?;
    let mut rows = Vec::new();
    for e in editions {
        let categories: HashMap<i64, category::Model> = category::Entity::find()
            .filter(category::Column::EditionId.eq(e.id))
            .all(conn)
            .await?
            .into_iter()
            .map(|c| (c.id, c))
            .collect();
        for (category_id, nominees) in nominees_of(conn, e.id).await? {
            let Some(c) = categories.get(&category_id) else {
                continue;
            };
            for n in nominees {
                let sdgs: String = n.sdgs.iter().map(|g| format!(",{g}")).collect();
                rows.push(gallery_document::ActiveModel {
                    submission_id: Set(n.submission_id),
                    edition_id: Set(e.id),
                    year: Set(e.year),
                    category_code: Set(c.code.clone()),
                    category_number: Set(c.number),
                    search_text: Set(search_text(&n.title, &n.organisation, &n.short_description)),
                    title_key: Set(root_key(&n.title)),
                    title: Set(n.title),
                    organisation: Set(n.organisation),
                    short_description: Set(n.short_description),
                    region: Set(Chosen(region_of(&n.country))),
                    country: Set(n.country),
                    stakeholder: Set(Chosen(n.stakeholder)),
                    sdgs: Set(format!("{sdgs},")),
                    picture_id: Set(n.picture_id),
                });
            }
        }
    }
    let mut rows = rows.into_iter().peekable();
    while rows.peek().is_some() {
        let chunk: Vec<_> = rows.by_ref().take(CHUNK).collect();
        gallery_document::Entity::insert_many(chunk)
            .exec(conn)
            .await?;
    }
    match conn.get_database_backend() {
        DatabaseBackend::Sqlite => {
            conn.execute_unprepared("INSERT INTO gallery_text(gallery_text) VALUES ('rebuild')")
                .await?;
        }
        // Fresh statistics at once, so that PostgreSQL's planner knows the documents just
        // written (until autovacuum comes by it would guess, and scan the whole table for a
        // word its trigram index finds in a few pages). Inside the transaction, ANALYZE counts
        // the rows it wrote as live; its statistics are committed with them.
        DatabaseBackend::Postgres => {
            conn.execute_unprepared("ANALYZE gallery_documents").await?;
        }
        _ => {}
    }
    Ok(())
}
