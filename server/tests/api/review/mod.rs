//! Expert review through the real server: invitations, ties and conflicts, assignment,
//! blind scoring with revisions, the ranking with its published draw, the confirmation of
//! nominees, and the CSV exports.

use app::{
    accounts::UpdateProfile,
    entity::{phase, review, review_assignment, review_revision},
    nominations::{AcceptInvitation, InviteCoOwner, MergeOrganisations},
    review::{
        AcceptExpertInvitation, AddRoundExpert, AssignByHand, AssignmentReport, CategoryRanking,
        ConfirmNominees, DecideAward, DeclareConflict, GetCategoryRanking, GetFinalRanking,
        GetMyReviews, GetMyTies, GetRound, GetScoreSheet, InviteExpert, JoinNewExpert, MyReviews,
        RemoveAssignment, RoundOverview, RunAssignment, SaveRound, SaveTies, ScoreSheet,
    },
};
use reqwest::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

use crate::support::{
    PASSWORD, TestApp, account_id, add_to_category, again, close_shortlisting, description,
    eligible, expert, open_shortlisting, other_person, path_of, reviews_per_entry, scores,
    selection_scores, send_review, sent_submission, spawn_app,
};

mod discussion;
mod experts;
mod ranking;
mod scoring;

async fn my_list(x: &TestApp) -> MyReviews {
    x.call_ok::<GetMyReviews>(&[]).await
}

/// The newcomer's form on the invitation page, as a plain post sends it.
fn newcomer(token: &str, password: &str) -> Vec<(&'static str, String)> {
    vec![
        ("token", token.to_owned()),
        ("password", password.to_owned()),
        ("name", "Nadia Expert".to_owned()),
        ("organisation", "Institute of Rural Networks".to_owned()),
        ("country", "SN".to_owned()),
        ("stakeholder_type", "academia".to_owned()),
        ("consent", "yes".to_owned()),
    ]
}

async fn join_new(x: &TestApp, form: &[(&'static str, String)]) -> reqwest::Response {
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    x.call::<JoinNewExpert>(&pairs).await
}

async fn accounts_named(app: &TestApp, email: &str) -> u64 {
    app::entity::account::Entity::find()
        .filter(app::entity::account::Column::Email.eq(email))
        .count(&app.ctx.db)
        .await
        .unwrap_or_else(|e| panic!("{e}"))
}
