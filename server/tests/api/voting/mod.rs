//! The public vote through the real server: who may vote, on what, once per category, the
//! receipts, the ballot's progress, plain forms without JavaScript, races and rate limits.

use app::{
    accounts::ChangePassword,
    admin::ManageAccount,
    editions::{GetCalendarForm, UpdateCalendar},
    entity::{award, phase, vote, vote_result},
    gallery::GetProject,
    publication::GetBook,
    voting::{
        AddDisposableDomain, Ballot, CastVote, CheckReceipt, DecideFlag, GetBallot, GetFlags,
        GetResults, GetVoteOverview, ReceiptCheck, ResultsFinal, SweepNow, VotingWindow,
        rules::FlagKind,
    },
};
use reqwest::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

use crate::support::{
    Contest, Options, PASSWORD, TestApp, account_id, again, cast, contest, move_to, open_vote,
    other_person, path_of,
};

mod anomalies;
mod ballot;
mod faults;
mod results;
mod void;

async fn votes_of(app: &TestApp, email: &str) -> Vec<vote::Model> {
    let id = account_id(app, email).await;
    vote::Entity::find()
        .filter(vote::Column::VoterId.eq(id))
        .all(&app.ctx.db)
        .await
        .expect("the votes")
}
