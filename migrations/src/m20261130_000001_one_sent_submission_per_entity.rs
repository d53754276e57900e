//! One sent submission per organisation and category in an edition, enforced by the database:
//! a partial unique index over the submissions that hold the place (sent, changes requested,
//! eligible). Drafts reserve nothing, and a submission found not eligible or withdrawn frees
//! the place. SQLite and PostgreSQL both have partial indexes, so no race and no second
//! instance can get past the rule.

use sea_orm::ConnectionTrait;

use crate::prelude::*;

pub struct Migration;

const INDEX: &str = "uq_submissions_one_sent_per_entity";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        // Two submissions of one entity may hold one place in a database written before the
        // rule was a constraint (after a merge of organisations). They are listed, for the
        // secretariat to resolve, rather than changed behind anyone's back.
        let pairs = db
            .query_all_raw(sea_orm::Statement::from_string(
                db.get_database_backend(),
                "SELECT a.id AS a, b.id AS b FROM submissions a JOIN submissions b \
                 ON a.edition_id = b.edition_id AND a.category_id = b.category_id \
                 AND a.organisation_id = b.organisation_id AND a.id < b.id \
                 WHERE a.status IN ('submitted', 'changes_requested', 'eligible') \
                 AND b.status IN ('submitted', 'changes_requested', 'eligible')",
            ))
            .await?;
        if !pairs.is_empty() {
            let list: Vec<String> = pairs
                .iter()
                .filter_map(|r| {
                    let a: i64 = r.try_get("", "a").ok()?;
                    let b: i64 = r.try_get("", "b").ok()?;
                    Some(format!("#{a} and #{b}"))
                })
                .collect();
            return Err(DbErr::Migration(format!(
                "these submissions are two of one organisation in one category: {}. Find one \
                 of each pair not eligible (or move it) with the previous version, then migrate again",
                list.join(", ")
            )));
        }
        db.execute_unprepared(&format!(
            "CREATE UNIQUE INDEX {INDEX} ON submissions (edition_id, category_id, organisation_id) \
             WHERE status IN ('submitted', 'changes_requested', 'eligible')"
        ))
        .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .get_connection()
            .execute_unprepared(&format!("DROP INDEX {INDEX}"))
            .await?;
        Ok(())
    }
}
