use crate::codes::VoteStatus;
use sea_orm::{ConnectionTrait, DbBackend, Statement, entity::prelude::*};

/// A vote made void by its nominee's withdrawal while the vote ran: moved out of `votes`
/// (whose unique index keeps one live vote per voter and category) under its own id, so
/// that its voter may vote once more in the category. The ledger still shows it, not valid.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "void_votes")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: i64,
    pub category_id: i64,
    pub voter_id: i64,
    /// The withdrawn nominee's submission.
    pub submission_id: i64,
    pub cast_at: i64,
    pub receipt: String,
    pub network: String,
    pub fingerprint: String,
    pub email_domain: String,
    pub account_created_at: i64,
    /// The status the vote had when it became void.
    pub status: VoteStatus,
    pub voided_at: i64,
    /// When its voter was told (`None`: not yet).
    pub told_at: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

/// The columns a vote and its void copy share, in one order.
const COLUMNS: &str = "id, category_id, voter_id, submission_id, cast_at, receipt, network, \
                       fingerprint, email_domain, account_created_at, status";

/// Moves the votes for `submission_id` in `category_id` out of `votes` into this table, as
/// void since `now`; returns how many. Both statements find the votes by the (category,
/// nominee) index.
///
/// # Errors
/// Database failures.
pub async fn move_aside(
    conn: &impl ConnectionTrait,
    category_id: i64,
    submission_id: i64,
    now: i64,
) -> Result<u64, DbErr> {
    let backend = conn.get_database_backend();
    let (a, b, c) = if backend == DbBackend::Postgres {
        ("$1", "$2", "$3")
    } else {
        ("?", "?", "?")
    };
    let copy = format!(
        "INSERT INTO void_votes ({COLUMNS}, voided_at) SELECT {COLUMNS}, {a} FROM votes \
         WHERE category_id = {b} AND submission_id = {c}"
    );
    conn.execute_raw(Statement::from_sql_and_values(
        backend,
        copy,
        [now.into(), category_id.into(), submission_id.into()],
    ))
    .await?;
    let (a, b) = if backend == DbBackend::Postgres {
        ("$1", "$2")
    } else {
        ("?", "?")
    };
    let moved = conn
        .execute_raw(Statement::from_sql_and_values(
            backend,
            format!("DELETE FROM votes WHERE category_id = {a} AND submission_id = {b}"),
            [category_id.into(), submission_id.into()],
        ))
        .await?
        .rows_affected();
    Ok(moved)
}
