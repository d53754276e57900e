//! The gallery's search documents: one row per confirmed nominee of every edition, derived
//! from the nominee lists and written again whenever the editions change (a list confirmed, a
//! nominee withdrawn, organisations merged), so that no use case has to remember the index.
//!
//! Each instance checks at most once a second (through [`crate::versioned`], under the
//! editions' name) whether the documents were written at the editions' current version; the
//! first to see they were not claims the writing in the database, so that instances sharing
//! one PostgreSQL write them once, and the others find them written.
//!
//! The index itself is each engine's own (see the migration `gallery_search`): on SQLite an
//! FTS5 trigram table over the documents, rebuilt with them; on PostgreSQL a `pg_trgm` GIN
//! index, kept by the database.

use std::collections::HashMap;

use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseBackend, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, Set,
};

use super::rules::search_text;
use crate::{
    countries::region_of,
    editions::lookups::{self, EDITIONS},
    entity::{category, edition, gallery_document},
    error::DomainError,
    state::AppContext,
};

/// The `content_versions` row holding the editions' version the documents were written at.
const GALLERY: &str = "gallery";

/// Rows per insert: well under either engine's limit on bound values.
const CHUNK: usize = 200;

/// Proof, held in memory, that the documents were written at the editions' version.
struct Written;

/// Makes sure the documents match the editions: a check from memory, at most one version
/// read a second, and the writing when the editions changed.
///
/// # Errors
/// Database failures.
pub async fn ensure_written(ctx: &AppContext) -> Result<(), DomainError> {
    ctx.memory
        .of::<Written>(EDITIONS)
        .get(&ctx.db, || async {
            write_if_stale(&ctx.db).await?;
            Ok(Written)
        })
        .await
        .map(|_| ())
}

/// Writes the documents again if they were written at another version of the editions.
async fn write_if_stale(db: &DatabaseConnection) -> Result<(), DomainError> {
    let txn = crate::db::begin_write(db).await?;
    // The claim is the transaction's first statement: on PostgreSQL a second instance waits
    // on the row, then finds it claimed and written.
    let claim = format!(
        "UPDATE content_versions SET version = \
         (SELECT version FROM content_versions WHERE name = '{EDITIONS}') \
         WHERE name = '{GALLERY}' AND version <> \
         (SELECT version FROM content_versions WHERE name = '{EDITIONS}')"
    );
    let claimed = txn.execute_unprepared(&claim).await?.rows_affected();
    if claimed == 0 {
        return Ok(());
    }
    write(&txn).await?;
    txn.commit().await?;
    // Fresh statistics at once, so that PostgreSQL's planner knows the documents just
    // written (until autovacuum comes by it would guess, and scan the whole table for a
    // word its trigram index finds in a few pages). SQLite plans without them.
    if db.get_database_backend() == DatabaseBackend::Postgres {
        db.execute_unprepared("ANALYZE gallery_documents").await?;
    }
    tracing::info!("gallery documents written");
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
        for (category_id, nominees) in lookups::nominees_of(conn, e.id).await? {
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
                    title: Set(n.title),
                    organisation: Set(n.organisation),
                    short_description: Set(n.short_description),
                    region: Set(region_of(&n.country).map_or("", |r| r.code()).to_owned()),
                    country: Set(n.country),
                    stakeholder: Set(n.stakeholder),
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
    if conn.get_database_backend() == DatabaseBackend::Sqlite {
        conn.execute_unprepared("INSERT INTO gallery_text(gallery_text) VALUES ('rebuild')")
            .await?;
    }
    Ok(())
}
