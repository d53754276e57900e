//! What the public reads is held in memory by every instance (the catalogue), which reloads
//! it when its version (`content_versions`, row `editions`) moves. These triggers move that
//! version in the transaction of every write that changes what the public can see, so that
//! no write can leave the instances showing the past:
//! - any row written in `editions`, `phases`, `categories`, `category_texts`,
//!   `nominee_lists`, `nominees` and `awards`;
//! - a nominated submission whose public fields change (status, title, summary, picture,
//!   organisation, goals): a draft saved moves nothing, so it makes no instance reload;
//! - a nominee's organisation renamed, moved to another country or type.
//!
//! An index on `nominees(submission_id)` keeps the "is it a nominee?" question one lookup.

use sea_orm::ConnectionTrait;

use crate::prelude::*;

/// The tables of which every row written moves the version.
const WHOLE: [&str; 7] = [
    "editions",
    "phases",
    "categories",
    "category_texts",
    "nominee_lists",
    "nominees",
    "awards",
];

/// The public fields of a submission.
const SUBMISSION_FIELDS: [&str; 6] = [
    "status",
    "title",
    "short_description",
    "picture_id",
    "organisation_id",
    "sdgs",
];

/// The public fields of an organisation.
const ORGANISATION_FIELDS: [&str; 3] = ["name", "country", "stakeholder_type"];

const BUMP: &str = "UPDATE content_versions SET version = version + 1 WHERE name = 'editions'";

const IS_NOMINEE: &str = "EXISTS (SELECT 1 FROM nominees WHERE submission_id = NEW.id)";

const HAS_NOMINEE: &str = "EXISTS (SELECT 1 FROM submissions s JOIN nominees n \
     ON n.submission_id = s.id WHERE s.organisation_id = NEW.id)";

/// `OLD.a IS DISTINCT FROM NEW.a OR …` in the engine's spelling.
fn any_changed(fields: &[&str], distinct: &str) -> String {
    fields
        .iter()
        .map(|f| format!("OLD.{f} {distinct} NEW.{f}"))
        .collect::<Vec<_>>()
        .join(" OR ")
}

fn sqlite_up() -> Vec<String> {
    let mut sql = Vec::new();
    for table in WHOLE {
        for event in ["INSERT", "UPDATE", "DELETE"] {
            sql.push(format!(
                "CREATE TRIGGER catalogue_{table}_{} AFTER {event} ON {table} \
                 BEGIN {BUMP}; END",
                event.to_lowercase()
            ));
        }
    }
    sql.push(format!(
        "CREATE TRIGGER catalogue_submissions_update AFTER UPDATE OF {} ON submissions \
         WHEN ({}) AND {IS_NOMINEE} BEGIN {BUMP}; END",
        SUBMISSION_FIELDS.join(", "),
        any_changed(&SUBMISSION_FIELDS, "IS NOT")
    ));
    sql.push(format!(
        "CREATE TRIGGER catalogue_organisations_update AFTER UPDATE OF {} ON organisations \
         WHEN ({}) AND {HAS_NOMINEE} BEGIN {BUMP}; END",
        ORGANISATION_FIELDS.join(", "),
        any_changed(&ORGANISATION_FIELDS, "IS NOT")
    ));
    sql
}

fn sqlite_down() -> Vec<String> {
    let mut sql: Vec<String> = WHOLE
        .iter()
        .flat_map(|t| {
            ["insert", "update", "delete"]
                .map(|e| format!("DROP TRIGGER IF EXISTS catalogue_{t}_{e}"))
        })
        .collect();
    sql.push("DROP TRIGGER IF EXISTS catalogue_submissions_update".into());
    sql.push("DROP TRIGGER IF EXISTS catalogue_organisations_update".into());
    sql
}

fn postgres_up() -> Vec<String> {
    let mut sql = vec![
        format!(
            "CREATE FUNCTION catalogue_changed() RETURNS trigger LANGUAGE plpgsql AS $$ \
             BEGIN {BUMP}; RETURN NULL; END $$"
        ),
        // A trigger's WHEN may not hold a subquery: the nominee test is in the function.
        format!(
            "CREATE FUNCTION catalogue_submission_changed() RETURNS trigger LANGUAGE plpgsql \
             AS $$ BEGIN IF {IS_NOMINEE} THEN {BUMP}; END IF; RETURN NULL; END $$"
        ),
        format!(
            "CREATE FUNCTION catalogue_organisation_changed() RETURNS trigger \
             LANGUAGE plpgsql AS $$ BEGIN IF {HAS_NOMINEE} THEN {BUMP}; END IF; \
             RETURN NULL; END $$"
        ),
    ];
    for table in WHOLE {
        sql.push(format!(
            "CREATE TRIGGER catalogue_changed AFTER INSERT OR UPDATE OR DELETE ON {table} \
             FOR EACH ROW EXECUTE FUNCTION catalogue_changed()"
        ));
    }
    sql.push(format!(
        "CREATE TRIGGER catalogue_changed AFTER UPDATE OF {} ON submissions FOR EACH ROW \
         WHEN ({}) EXECUTE FUNCTION catalogue_submission_changed()",
        SUBMISSION_FIELDS.join(", "),
        any_changed(&SUBMISSION_FIELDS, "IS DISTINCT FROM")
    ));
    sql.push(format!(
        "CREATE TRIGGER catalogue_changed AFTER UPDATE OF {} ON organisations FOR EACH ROW \
         WHEN ({}) EXECUTE FUNCTION catalogue_organisation_changed()",
        ORGANISATION_FIELDS.join(", "),
        any_changed(&ORGANISATION_FIELDS, "IS DISTINCT FROM")
    ));
    sql
}

fn postgres_down() -> Vec<String> {
    let mut sql: Vec<String> = WHOLE
        .iter()
        .chain(&["submissions", "organisations"])
        .map(|t| format!("DROP TRIGGER IF EXISTS catalogue_changed ON {t}"))
        .collect();
    for f in [
        "catalogue_changed",
        "catalogue_submission_changed",
        "catalogue_organisation_changed",
    ] {
        sql.push(format!("DROP FUNCTION IF EXISTS {f}()"));
    }
    sql
}

pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_index(
                Index::create()
                    .name("idx_nominees_submission")
                    .table(Alias::new("nominees"))
                    .col(Alias::new("submission_id"))
                    .to_owned(),
            )
            .await?;
        let statements = match manager.get_database_backend() {
            sea_orm::DatabaseBackend::Sqlite => sqlite_up(),
            _ => postgres_up(),
        };
        let db = manager.get_connection();
        for s in statements {
            db.execute_unprepared(&s).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let statements = match manager.get_database_backend() {
            sea_orm::DatabaseBackend::Sqlite => sqlite_down(),
            _ => postgres_down(),
        };
        let db = manager.get_connection();
        for s in statements {
            db.execute_unprepared(&s).await?;
        }
        manager
            .drop_index(
                Index::drop()
                    .name("idx_nominees_submission")
                    .table(Alias::new("nominees"))
                    .to_owned(),
            )
            .await
    }
}
