//! A submission's thread: its owners and the secretariat write to each other in the page;
//! each message is mailed to the other side in a frame in the reader's language, the text as
//! written; the owners' messages reach the secretariat's inbox, counted until read, and its
//! configured address. Nobody else reads or writes it.

use app::{
    entity::account,
    i18n::Locale,
    nominations::{GetInbox, GetThread, InboxView, PostMessage, ThreadView},
};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, sea_query::Expr};

use super::*;
use crate::support::{TestApp, again, expert, ok};

async fn thread(app: &TestApp, id: &str) -> ThreadView {
    app.call_ok::<GetThread>(&[("id", id)]).await
}

async fn write(app: &TestApp, id: &str, body: &str) {
    ok(
        app.call::<PostMessage>(&[("id", id), ("body", body)]).await,
        "a message",
    )
    .await;
}

#[tokio::test]
async fn owners_and_the_secretariat_write_to_each_other_in_a_submissions_thread_mailed_to_the_other_side()
 {
    let app = spawn_app().await;
    app.signed_in_secretariat("secretariat@itu.example").await;
    let owner = other_person(&app, "owner@thread.example").await;
    let id = sent_submission(
        &owner,
        "C1",
        "Open budgets",
        "Gamma",
        &description("Open budgets", 170),
    )
    .await;
    // A co-owner who reads in French.
    ok(
        owner
            .call::<InviteCoOwner>(&[("id", &id), ("email", "partner@thread.example")])
            .await,
        "an invitation",
    )
    .await;
    let token = owner.token_from_mail("partner@thread.example").await;
    let partner = other_person(&app, "partner@thread.example").await;
    ok(
        partner.call::<AcceptInvitation>(&[("token", &token)]).await,
        "the invitation accepted",
    )
    .await;
    account::Entity::update_many()
        .col_expr(account::Column::Locale, Expr::value(Locale::Fr))
        .filter(account::Column::Email.eq("partner@thread.example"))
        .exec(&app.ctx.db)
        .await
        .expect("the partner's language");

    // Nothing yet on either side.
    assert!(thread(&owner, &id).await.messages.is_empty());
    let inbox: InboxView = app.call_ok::<GetInbox>(&[]).await;
    assert_eq!((inbox.unread, inbox.threads.len()), (0, 0));

    // The owner asks; the text goes as written, to the configured secretariat address.
    let question =
        "Can we add a partner's <b>letter</b> after the deadline?\nIt is signed on Monday.";
    write(&owner, &id, question).await;
    let to_secretariat = app.mails_to(&app.ctx.config.contact_email, "message").await;
    assert_eq!(to_secretariat.len(), 1);
    assert!(
        to_secretariat[0].body_text.contains(question),
        "{}",
        to_secretariat[0].body_text
    );
    assert!(
        to_secretariat[0]
            .body_text
            .contains(&format!("/admin/screening/{id}#thread")),
        "{}",
        to_secretariat[0].body_text
    );
    assert!(to_secretariat[0].subject.contains("Open budgets"));
    let inbox: InboxView = app.call_ok::<GetInbox>(&[]).await;
    assert_eq!(inbox.unread, 1);
    assert_eq!(inbox.threads.len(), 1);
    assert_eq!(inbox.threads[0].submission_id.to_string(), id);
    assert_eq!((inbox.threads[0].unread, inbox.threads[0].messages), (1, 1));
    assert_eq!(inbox.threads[0].title, "Open budgets");
    assert!(!inbox.threads[0].last_from_secretariat);
    let (status, page) = app.get_page("/admin/inbox").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("data-testid=\"inbox-unread\""), "{page}");
    assert!(
        page.contains(&format!("/admin/screening/{id}#thread")),
        "{page}"
    );

    // The secretariat opens the thread: the question is new to it once, then read.
    let seen = thread(&app, &id).await;
    assert_eq!(seen.messages.len(), 1);
    assert_eq!(seen.messages[0].body, question);
    assert!(seen.messages[0].new && !seen.messages[0].from_secretariat);
    assert!(!thread(&app, &id).await.messages[0].new);
    let inbox: InboxView = app.call_ok::<GetInbox>(&[]).await;
    assert_eq!((inbox.unread, inbox.threads[0].unread), (0, 0));

    // It answers, without JavaScript: back to the screening page's thread; each owner is
    // mailed in their own language, the answer as written.
    let answer = "Yes: send it here by Friday. Ne traduisez pas ceci.";
    let res = app
        .post_plain::<PostMessage>(
            &[("id", &id), ("body", answer)],
            &format!("/admin/screening/{id}"),
        )
        .await;
    assert_eq!(res.status(), StatusCode::FOUND);
    assert_eq!(
        res.headers().get("location").and_then(|v| v.to_str().ok()),
        Some(format!("/admin/screening/{id}?written=1#thread").as_str())
    );
    let to_owner = app.mails_to("owner@thread.example", "message").await;
    let to_partner = app.mails_to("partner@thread.example", "message").await;
    assert_eq!((to_owner.len(), to_partner.len()), (1, 1));
    assert!(to_owner[0].body_text.contains(answer));
    assert!(to_partner[0].body_text.contains(answer));
    assert!(
        to_owner[0]
            .body_text
            .contains("The WSIS Prizes secretariat wrote"),
        "{}",
        to_owner[0].body_text
    );
    assert!(
        to_partner[0]
            .body_text
            .contains("Le secrétariat des Prix du SMSI a écrit"),
        "{}",
        to_partner[0].body_text
    );
    assert!(
        to_partner[0]
            .body_text
            .contains(&format!("/submissions/{id}#thread"))
    );
    // No copy of the secretariat's own answer goes to its address.
    assert_eq!(
        app.mails_to(&app.ctx.config.contact_email, "message")
            .await
            .len(),
        1
    );

    // The owners read both, the secretariat as one voice; the answer is new to them.
    let read = thread(&partner, &id).await;
    assert_eq!(
        read.messages
            .iter()
            .map(|m| m.body.as_str())
            .collect::<Vec<_>>(),
        [question, answer]
    );
    assert!(read.messages[1].from_secretariat && read.messages[1].new);
    // The page's language is the reader's request's; the mails went in each account's.
    assert_eq!(read.messages[1].author, "WSIS Prizes secretariat");
    assert!(!read.messages[1].author.contains("secretariat@itu.example"));
    // The owner replies from the page without JavaScript: back to the submission's thread.
    let res = owner
        .post_plain::<PostMessage>(
            &[("id", &id), ("body", "Thank you.")],
            &format!("/submissions/{id}"),
        )
        .await;
    assert_eq!(
        res.headers().get("location").and_then(|v| v.to_str().ok()),
        Some(format!("/submissions/{id}?written=1#thread").as_str())
    );
    assert_eq!(app.call_ok::<GetInbox>(&[]).await.unread, 1);
    // Both pages show the thread, the markup typed escaped.
    for (who, path) in [
        (&owner, format!("/submissions/{id}")),
        (&app, format!("/admin/screening/{id}")),
    ] {
        let (status, page) = who.get_page(&path).await;
        assert_eq!(status, StatusCode::OK);
        assert!(page.contains("data-testid=\"thread\""), "{page}");
        assert!(page.contains("&lt;b&gt;letter&lt;/b&gt;"), "{page}");
        assert!(!page.contains("<b>letter</b>"), "{page}");
        assert!(page.contains("Ne traduisez pas ceci."), "{page}");
    }
}

#[tokio::test]
async fn a_thread_is_its_owners_and_the_secretariats_only_and_its_messages_are_checked() {
    let app = spawn_app().await;
    app.signed_in_secretariat("secretariat@itu.example").await;
    let owner = other_person(&app, "owner@thread.example").await;
    let id = sent_submission(
        &owner,
        "C1",
        "Open budgets",
        "Gamma",
        &description("Open budgets", 170),
    )
    .await;
    write(&owner, &id, "A private question.").await;
    let stranger = other_person(&app, "stranger@thread.example").await;
    let reviewer = expert(&app, "expert@thread.example").await;
    for who in [&stranger, &reviewer] {
        let res = who.call::<GetThread>(&[("id", &id)]).await;
        assert_eq!(res.status(), StatusCode::NOT_FOUND);
        let res = who
            .call::<PostMessage>(&[("id", &id), ("body", "Let me in")])
            .await;
        assert_eq!(res.status(), StatusCode::NOT_FOUND);
        let res = who.call::<GetInbox>(&[]).await;
        assert_eq!(res.status(), StatusCode::FORBIDDEN);
        let (_, page) = who.get_page(&format!("/submissions/{id}")).await;
        assert!(!page.contains("A private question."), "{page}");
    }
    let res = owner.call::<GetInbox>(&[]).await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    for (body, why) in [
        ("  \n ", "thread-empty"),
        (&"x".repeat(4_001)[..], "thread-too-long"),
    ] {
        let res = owner
            .call::<PostMessage>(&[("id", &id), ("body", body)])
            .await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.text().await.unwrap_or_default().contains(why), "{why}");
    }
    // A draft has no thread yet: the secretariat does not see it, and its owner is told to
    // send it first.
    let draft = new_draft(&owner, "C3").await;
    let res = app.call::<GetThread>(&[("id", &draft)]).await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    assert!(!thread(&owner, &draft).await.open);
    let res = owner
        .call::<PostMessage>(&[("id", &draft), ("body", "Hello?")])
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        res.text()
            .await
            .unwrap_or_default()
            .contains("thread-draft")
    );
    // An owner writes at most ten messages an hour; the secretariat is not held to it.
    for i in 1..10 {
        write(&owner, &id, &format!("Question {i}")).await;
    }
    let res = owner
        .call::<PostMessage>(&[("id", &id), ("body", "One more")])
        .await;
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    for i in 0..12 {
        write(&app, &id, &format!("Answer {i}")).await;
    }
    // An hour on (signed in again: a session lasts an hour here), the owner writes again.
    app.ctx.clock.advance(3_601);
    again(&owner, "owner@thread.example").await;
    again(&app, "secretariat@itu.example").await;
    write(&owner, &id, "One more").await;
    assert_eq!(thread(&owner, &id).await.messages.len(), 1 + 9 + 12 + 1);
}
