//! Draft reminders: the owners and co-owners of a draft not yet sent are reminded a week and
//! two days before submission closes, once each, in their language; a sent submission's
//! owners are not; nothing is sent once submission has closed.

use app::nominations::reminders;
use sea_orm::EntityTrait;

use super::*;
use crate::support::{TestApp, phase_of};

async fn reminders_to(app: &TestApp, to: &str) -> Vec<app::entity::mail::Model> {
    app.mails_to(to, "draft_reminder").await
}

#[tokio::test]
async fn drafts_not_yet_sent_are_reminded_a_week_and_two_days_before_the_close_once_each() {
    let app = spawn_app().await;
    let day = 86_400;
    let drafter = other_person(&app, "drafter@owner.example").await;
    let draft = new_draft(&drafter, "C7.4").await;
    let sender = other_person(&app, "sender@owner.example").await;
    sent_submission(
        &sender,
        "C1",
        "Open budgets",
        "Gamma",
        &description("Open budgets", 170),
    )
    .await;
    let closes = phase_of(&app.ctx.db, current_year(&app).await, "submission")
        .await
        .closes_at;

    // More than a week left: nothing yet.
    app.ctx
        .clock
        .advance(closes - 8 * day - app.ctx.clock.now());
    assert_eq!(
        reminders::send_due(&app.ctx, app.ctx.clock.now())
            .await
            .expect("the job"),
        0
    );
    // Six days left: the first reminder, once.
    app.ctx.clock.advance(2 * day);
    let now = app.ctx.clock.now();
    assert_eq!(
        reminders::send_due(&app.ctx, now).await.expect("the job"),
        1
    );
    assert_eq!(
        reminders::send_due(&app.ctx, now).await.expect("the job"),
        0
    );
    let mails = reminders_to(&app, "drafter@owner.example").await;
    assert_eq!(mails.len(), 1);
    assert!(
        mails[0]
            .body_text
            .contains(&format!("/submissions/{draft}")),
        "{}",
        mails[0].body_text
    );
    assert!(
        mails[0].body_text.contains("C7.4"),
        "{}",
        mails[0].body_text
    );
    assert!(reminders_to(&app, "sender@owner.example").await.is_empty());
    // A draft started now, with less than a week left, is reminded at once.
    let late = other_person(&app, "late@owner.example").await;
    new_draft(&late, "C3").await;
    assert_eq!(
        reminders::send_due(&app.ctx, now + 60)
            .await
            .expect("the job"),
        1
    );
    // Two days left: the second reminder, to both drafts, once.
    app.ctx.clock.advance(4 * day + 60);
    let now = app.ctx.clock.now();
    assert_eq!(
        reminders::send_due(&app.ctx, now).await.expect("the job"),
        2
    );
    assert_eq!(
        reminders::send_due(&app.ctx, now).await.expect("the job"),
        0
    );
    assert_eq!(reminders_to(&app, "drafter@owner.example").await.len(), 2);
    assert_eq!(reminders_to(&app, "late@owner.example").await.len(), 2);
    // A draft started on the last day and not yet reminded when submission closes: once
    // closed, nobody is reminded of anything.
    let last = other_person(&app, "last@owner.example").await;
    new_draft(&last, "C5").await;
    app.ctx.clock.advance(3 * day);
    assert_eq!(
        reminders::send_due(&app.ctx, app.ctx.clock.now())
            .await
            .expect("the job"),
        0
    );
    assert!(reminders_to(&app, "last@owner.example").await.is_empty());
    assert!(reminders_to(&app, "sender@owner.example").await.is_empty());
}

async fn current_year(app: &TestApp) -> i32 {
    app::entity::edition::Entity::find()
        .one(&app.ctx.db)
        .await
        .expect("the edition")
        .expect("an edition")
        .year
}
