//! Success stories and the book through the real server, on both engines: the secretariat
//! invites the champions' owners, an owner writes and sends, the secretariat asks for
//! changes and approves; the story shows on the project's page, in the book (web and PDF)
//! and in the open data once the results are published, and nowhere before.

use std::collections::BTreeSet;

use app::{
    entity::{award, phase, submission, submission_member},
    publication::{
        ApproveStory, AskStoryChanges, Book, GetBook, GetStories, GetStory, InviteStories,
        SaveStory, StoriesOverview, StoryStatus, StoryView,
    },
};
use reqwest::StatusCode;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
use serde_json::Value;

use crate::support::{
    PASSWORD, TestApp, account_id, pdf_text, phase_of, rename_organisation, spawn_with_past_edition,
};

/// A story's text: each required section a few sentences, the challenge with markup in it.
fn story_form<'a>(id: &'a str, results: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("id", id),
        (
            "challenge",
            "Rural clinics had no records. <script>alert('story')</script>\n\nPatients walked for days.",
        ),
        (
            "solution",
            "A mobile record that works offline and syncs over SMS.",
        ),
        ("results", results),
        ("partners", ""),
        (
            "lessons",
            "Start with the nurses. </textarea><img src=x onerror=alert(1)>",
        ),
    ]
}

/// Uploads a story's picture as its page's form does (without JavaScript).
async fn upload_story_picture(app: &TestApp, id: &str, bytes: Vec<u8>) -> reqwest::Response {
    let part = reqwest::multipart::Part::bytes(bytes).file_name("photo.jpg");
    app.client
        .post(app.url(&format!("/stories/{id}/picture")))
        .header("accept", "text/html")
        .multipart(reqwest::multipart::Form::new().part("picture", part))
        .send()
        .await
        .expect("the upload")
}

/// A photograph-like JPEG.
fn photograph() -> Vec<u8> {
    let mut out = std::io::Cursor::new(Vec::new());
    image::DynamicImage::ImageRgb8(image::RgbImage::from_fn(640, 400, |x, y| {
        image::Rgb([(x % 256) as u8, (y % 256) as u8, 90])
    }))
    .write_to(&mut out, image::ImageFormat::Jpeg)
    .expect("a JPEG");
    out.into_inner()
}

/// A GET of `path`, as `app`'s browser.
async fn fetch(app: &TestApp, path: &str) -> reqwest::Response {
    app.client
        .get(app.url(path))
        .send()
        .await
        .unwrap_or_else(|e| panic!("{path}: {e}"))
}

async fn story(app: &TestApp, id: i64) -> reqwest::Response {
    app.call::<GetStory>(&[("id", &id.to_string())]).await
}

async fn field_error(res: reqwest::Response) -> (StatusCode, String) {
    let status = res.status();
    (status, res.text().await.unwrap_or_default())
}

/// Renames the organisation of the submission `submission_id`.
async fn rename_organisation_of(app: &TestApp, submission_id: i64, name: &str) {
    let s = submission::Entity::find_by_id(submission_id)
        .one(&app.ctx.db)
        .await
        .expect("the submissions")
        .expect("the submission");
    rename_organisation(app, s.organisation_id.expect("an organisation"), name).await;
}

/// Moves the opening of a publication phase, and makes the application see it.
async fn publication_opens_at(app: &TestApp, p: &phase::Model, at: i64) {
    let mut row: phase::ActiveModel = p.clone().into();
    row.opens_at = Set(at);
    row.update(&app.ctx.db).await.expect("the phase moved");
    app::catalogue::forget(&app.ctx);
}

#[tokio::test]
async fn champions_write_their_stories_the_secretariat_approves_them_and_the_book_prints_them() {
    let (app, past) = spawn_with_past_edition().await;
    let now = app.ctx.clock.now();
    let db = &app.ctx.db;
    let year = past.year.to_string();

    // The awards of the published edition: a winner whose story will be written, and two
    // champions named in Arabic and Chinese (before anything reads the editions). The Arabic
    // name has no lam-alef: pdftotext gives that ligature's letters back in the wrong order.
    let awards = award::Entity::find().all(db).await.expect("the awards");
    let winner = awards
        .iter()
        .find(|a| a.kind.code() == "winner")
        .expect("a winner")
        .submission_id;
    let holders: BTreeSet<i64> = awards
        .iter()
        .filter(|a| matches!(a.kind.code(), "winner" | "champion"))
        .map(|a| a.submission_id)
        .collect();
    let others: Vec<i64> = holders.iter().copied().filter(|h| *h != winner).collect();
    rename_organisation_of(&app, others[0], "هيئة تقنية المعلومات").await;
    rename_organisation_of(&app, others[1], "中国信息通信研究院").await;
    app::catalogue::forget(&app.ctx);

    let secretariat = app.beside();
    secretariat
        .signed_in_secretariat("stories@itu.example")
        .await;
    let owner = app.beside();
    owner.signed_in_account("owner@clinic.example").await;
    let owner_id = account_id(&app, "owner@clinic.example").await;
    submission_member::ActiveModel {
        submission_id: Set(winner),
        account_id: Set(owner_id),
        role: Set(app::codes::MemberRole::CoOwner),
        added_at: Set(now),
    }
    .insert(db)
    .await
    .expect("a member of the winner");
    let stranger = app.beside();
    stranger.signed_in_account("stranger@example.org").await;
    let visitor = app.beside();

    // Nothing to write before the invitation; only the secretariat invites.
    assert_eq!(story(&owner, winner).await.status(), StatusCode::NOT_FOUND);
    let tz = jiff::tz::TimeZone::get("Europe/Zurich").expect("a time zone");
    let deadline = app::phases::format_local_input(now + 10 * 86_400, &tz);
    let res = owner
        .call::<InviteStories>(&[("edition", &year), ("deadline", &deadline)])
        .await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    let past_deadline = app::phases::format_local_input(now - 86_400, &tz);
    let (status, body) = field_error(
        secretariat
            .call::<InviteStories>(&[("edition", &year), ("deadline", &past_deadline)])
            .await,
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert!(body.contains("story-deadline-invalid"), "{body}");
    let invited: u64 = secretariat
        .call_ok::<InviteStories>(&[("edition", &year), ("deadline", &deadline)])
        .await;
    assert_eq!(invited, holders.len() as u64);
    // Inviting again invites nobody twice.
    let again: u64 = secretariat
        .call_ok::<InviteStories>(&[("edition", &year), ("deadline", &deadline)])
        .await;
    assert_eq!(again, 0);
    let mail = app.last_mail_to("owner@clinic.example").await;
    assert_eq!(mail.kind.code(), "story");
    assert!(
        mail.body_text.contains(&format!("/stories/{winner}")),
        "{}",
        mail.body_text
    );

    // The owner reads and writes; a stranger cannot even see it.
    let view: StoryView = owner
        .call_ok::<GetStory>(&[("id", &winner.to_string())])
        .await;
    assert_eq!(view.status, StoryStatus::Invited);
    assert_eq!(view.award.as_deref(), Some("winner"));
    assert!(view.can_edit && !view.secretariat);
    assert_eq!(
        story(&stranger, winner).await.status(),
        StatusCode::NOT_FOUND
    );
    let id = winner.to_string();
    let res = stranger
        .call::<SaveStory>(&story_form(&id, "Fewer deaths."))
        .await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    // Too long, even as a draft.
    let long = vec!["word"; 301].join(" ");
    let (status, body) = field_error(owner.call::<SaveStory>(&story_form(&id, &long)).await).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert!(body.contains("story-section-too-long"), "{body}");
    // A draft may lack its results; sending it may not.
    let res = owner.call::<SaveStory>(&story_form(&id, "")).await;
    assert_eq!(res.status(), StatusCode::OK);
    let view: StoryView = owner.call_ok::<GetStory>(&[("id", &id)]).await;
    assert_eq!(view.status, StoryStatus::Draft);
    // The story's own page shows the text back in its textareas, escaped.
    let (status, page) = owner.get_page(&format!("/stories/{id}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(!page.contains("<img src=x onerror"), "{page}");
    assert!(
        page.contains("&lt;/textarea&gt;&lt;img src=x onerror=alert(1)&gt;"),
        "{page}"
    );
    // A picture: what is not one is refused with the page; a photograph is kept, seen by
    // the project's people only until the story is published.
    let res = upload_story_picture(&owner, &id, b"GIF89a not really".to_vec()).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.headers().get("location").is_none());
    let res = upload_story_picture(&owner, &id, photograph()).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        res.headers().get("location").and_then(|v| v.to_str().ok()),
        Some(format!("/stories/{id}?picture=1").as_str())
    );
    let view: StoryView = owner.call_ok::<GetStory>(&[("id", &id)]).await;
    let picture = view.picture_id.expect("the story's picture");
    for (who, expected) in [
        (&owner, StatusCode::OK),
        (&stranger, StatusCode::NOT_FOUND),
        (&visitor, StatusCode::NOT_FOUND),
    ] {
        let res = fetch(who, &format!("/pictures/{picture}/display")).await;
        assert_eq!(res.status(), expected);
    }
    let mut sending = story_form(&id, "");
    sending.push(("send", "1"));
    let (status, body) = field_error(owner.call::<SaveStory>(&sending).await).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert!(body.contains("story-section-required"), "{body}");
    let mut sending = story_form(&id, "Visits to clinics rose by 40 % in two years.");
    sending.push(("send", "1"));
    assert_eq!(
        owner.call::<SaveStory>(&sending).await.status(),
        StatusCode::OK
    );
    let view: StoryView = owner.call_ok::<GetStory>(&[("id", &id)]).await;
    assert_eq!(view.status, StoryStatus::Sent);
    assert!(!view.can_edit);
    // Sent: the owners wait for the secretariat.
    let res = owner.call::<SaveStory>(&story_form(&id, "Changed.")).await;
    assert_eq!(res.status(), StatusCode::CONFLICT);

    // The secretariat asks for changes, with a message; the owner may edit past the deadline.
    let res = owner.call::<ApproveStory>(&[("id", &id)]).await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    let (status, body) = field_error(
        secretariat
            .call::<AskStoryChanges>(&[("id", &id), ("message", "  ")])
            .await,
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    let ask = "Give the number of clinics.";
    let res = secretariat
        .call::<AskStoryChanges>(&[("id", &id), ("message", ask)])
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let mail = app.last_mail_to("owner@clinic.example").await;
    assert!(mail.body_text.contains(ask), "{}", mail.body_text);
    app.ctx.clock.advance(11 * 86_400);
    // Sessions lapse over eleven days: both sign in again.
    for (who, email) in [
        (&owner, "owner@clinic.example"),
        (&secretariat, "stories@itu.example"),
    ] {
        assert_eq!(who.login(email, PASSWORD).await.status(), StatusCode::OK);
    }
    let view: StoryView = owner.call_ok::<GetStory>(&[("id", &id)]).await;
    assert_eq!(view.status, StoryStatus::ChangesAsked);
    assert_eq!(view.changes_asked.as_deref(), Some(ask));
    assert!(view.can_edit);
    let results = "Visits to the 37 clinics rose by 40 % in two years.";
    let mut sending = story_form(&id, results);
    sending.push(("send", "1"));
    assert_eq!(
        owner.call::<SaveStory>(&sending).await.status(),
        StatusCode::OK
    );
    assert_eq!(
        secretariat
            .call::<ApproveStory>(&[("id", &id)])
            .await
            .status(),
        StatusCode::OK
    );
    assert_eq!(
        secretariat
            .call::<ApproveStory>(&[("id", &id)])
            .await
            .status(),
        StatusCode::CONFLICT
    );
    let view: StoryView = owner.call_ok::<GetStory>(&[("id", &id)]).await;
    assert_eq!(view.status, StoryStatus::Approved);
    let overview: StoriesOverview = secretariat
        .call_ok::<GetStories>(&[("edition", &year)])
        .await;
    assert_eq!(overview.rows.len(), holders.len());
    assert_eq!(overview.missing, holders.len() - 1);
    assert_eq!(
        overview
            .rows
            .iter()
            .find(|r| r.submission_id == winner)
            .and_then(|r| r.status),
        Some(StoryStatus::Approved)
    );
    assert_eq!(
        owner
            .call::<GetStories>(&[("edition", &year)])
            .await
            .status(),
        StatusCode::FORBIDDEN
    );

    // Published: the project's page shows the story, escaped.
    let (status, page) = visitor.get_page(&format!("/projects/{winner}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains("data-testid=\"project-story\""),
        "the story on the page"
    );
    assert!(page.contains(results));
    assert!(!page.contains("<script>alert('story')</script>"));
    assert!(page.contains("&lt;script&gt;"));

    // The book: every champion and winner, each category's winner first, the approved story
    // printed and the others' short descriptions standing in.
    let book: Book = visitor.call_ok::<GetBook>(&[("edition", &year)]).await;
    assert!(!book.preview);
    let entries: Vec<_> = book.chapters.iter().flat_map(|c| &c.entries).collect();
    assert_eq!(entries.len(), holders.len());
    for c in &book.chapters {
        let first_champion = c.entries.iter().position(|e| e.award == "champion");
        let last_winner = c.entries.iter().rposition(|e| e.award == "winner");
        if let (Some(f), Some(l)) = (first_champion, last_winner) {
            assert!(l < f, "winners first in {}", c.category_code);
        }
    }
    let written = entries
        .iter()
        .find(|e| e.submission_id == winner)
        .expect("the winner in the book");
    assert!(written.stand_in.is_none() && written.sections.len() == 4);
    assert!(
        entries
            .iter()
            .filter(|e| e.submission_id != winner)
            .all(|e| e.stand_in.is_some() && e.sections.is_empty())
    );
    let (status, page) = visitor.get_page(&format!("/book?edition={year}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("book-contents") && page.contains(results));
    assert!(!page.contains("<script>alert('story')</script>"));

    let res = fetch(&visitor, &format!("/pictures/{picture}/display")).await;
    assert_eq!(
        res.status(),
        StatusCode::OK,
        "the story's picture, published"
    );

    // The open data lists the one approved story, as JSON and CSV.
    let res = fetch(&visitor, &format!("/api/v1/editions/{year}/stories")).await;
    assert_eq!(res.status(), StatusCode::OK);
    let body: Value = res.json().await.expect("JSON");
    let listed = body["data"].as_array().expect("a list");
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0]["project"], winner);
    assert_eq!(listed[0]["results"], results);
    let csv = fetch(
        &visitor,
        &format!("/api/v1/editions/{year}/stories?format=csv"),
    )
    .await
    .text()
    .await
    .expect("text");
    assert!(csv.starts_with("project,year,category"), "{csv}");
    assert!(csv.contains("37 clinics"));

    // The PDF: a cover, the contents with page numbers, every project on the page the
    // contents give, names in Arabic and Chinese.
    let res = fetch(&visitor, &format!("/book/{year}.pdf")).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(
        res.headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok()),
        Some("application/pdf")
    );
    let pdf = res.bytes().await.expect("the PDF").to_vec();
    assert!(pdf.starts_with(b"%PDF-"));
    let text = pdf_text(&pdf, None);
    assert!(text.contains("WSIS Stocktaking: Success Stories"), "{text}");
    assert!(text.contains("Contents"));
    assert!(
        text.contains("هيئة تقنية المعلومات"),
        "the Arabic name in:\n{text}"
    );
    assert!(
        text.contains("中国信息通信研究院"),
        "the Chinese name in:\n{text}"
    );
    assert!(text.contains("37 clinics"));
    assert!(text.contains("short description stands in"));
    // The winner's contents line ends with its page number, and that page holds its story.
    let lines: Vec<&str> = text.lines().collect();
    let start: String = written.title.chars().take(20).collect();
    let at = lines
        .iter()
        .position(|l| l.contains(&start))
        .unwrap_or_else(|| panic!("the winner in the contents:\n{text}"));
    let line = lines[at..]
        .iter()
        .find(|l| {
            l.split_whitespace()
                .last()
                .is_some_and(|n| n.parse::<usize>().is_ok())
        })
        .unwrap_or_else(|| panic!("a page number after {:?}", lines[at]));
    let page: usize = line
        .split_whitespace()
        .last()
        .and_then(|n| n.parse().ok())
        .unwrap_or_default();
    assert!(page > 2, "{line}");
    let that_page = pdf_text(&pdf, Some(page));
    assert!(
        that_page.contains("The challenge"),
        "page {page}:\n{that_page}"
    );
    assert!(that_page.contains("Rural clinics had no records."));
    // Printed at the foot of that page.
    assert!(
        that_page
            .lines()
            .rev()
            .find(|l| !l.trim().is_empty())
            .map(str::trim)
            == Some(&page.to_string()),
        "page {page}'s number at its foot:\n{that_page}"
    );

    // The embargo: before publication, nothing of it shows to anyone but the secretariat.
    let publication = phase_of(db, past.year, "publication").await;
    publication_opens_at(&app, &publication, app.ctx.clock.now() + 86_400).await;
    let (_, page) = visitor.get_page(&format!("/projects/{winner}")).await;
    assert!(!page.contains(results), "no story before publication");
    // The invited owner knows the project is a champion, from the invitation, and nothing
    // more: neither the story's server functions nor its page nor any mail says it won.
    let view: StoryView = owner.call_ok::<GetStory>(&[("id", &id)]).await;
    assert_eq!(view.award, None, "the award before publication");
    let (status, page) = owner.get_page(&format!("/stories/{id}")).await;
    assert_eq!(status, StatusCode::OK);
    let lead = page
        .split_once("data-testid=\"story-lead\"")
        .and_then(|(_, rest)| rest.split_once("</p>"))
        .map(|(lead, _)| lead.to_owned())
        .expect("the story's lead line");
    assert!(
        !lead.contains("Winner") && !lead.contains("Champion"),
        "{lead}"
    );
    let preview: StoryView = secretariat.call_ok::<GetStory>(&[("id", &id)]).await;
    assert_eq!(preview.award.as_deref(), Some("winner"));
    let mails = app::entity::mail::Entity::find()
        .filter(app::entity::mail::Column::ToAddress.eq("owner@clinic.example"))
        .all(db)
        .await
        .expect("the owner's mails")
        .into_iter()
        .filter(|m| m.kind.code() == "story")
        .collect::<Vec<_>>();
    assert!(mails.len() >= 3, "invited, changes asked, approved");
    for m in &mails {
        assert!(
            !m.body_text.contains("Winner") && !m.body_text.contains("winner of"),
            "{}",
            m.body_text
        );
    }
    let invitation = mails
        .iter()
        .find(|m| m.subject.starts_with("Your success story"))
        .expect("the invitation");
    let published_on =
        app::i18n::dates::format_datetime(publication.opens_at, &tz, app::i18n::Locale::En);
    assert!(
        invitation
            .body_text
            .contains("confidential until the results are published on")
            && invitation.body_text.contains(&published_on),
        "{}",
        invitation.body_text
    );
    let res = fetch(&visitor, &format!("/pictures/{picture}/display")).await;
    assert_eq!(
        res.status(),
        StatusCode::NOT_FOUND,
        "no story picture before publication"
    );
    for path in [
        format!("/book/{year}.pdf"),
        format!("/api/v1/editions/{year}/stories"),
    ] {
        let res = fetch(&visitor, &path).await;
        assert_eq!(res.status(), StatusCode::NOT_FOUND, "{path}");
    }
    assert_eq!(
        visitor
            .call::<GetBook>(&[("edition", &year)])
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    let preview: Book = secretariat.call_ok::<GetBook>(&[("edition", &year)]).await;
    assert!(preview.preview);
    let res = fetch(&secretariat, &format!("/book/{year}.pdf")).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert!(
        res.headers()
            .get("cache-control")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.contains("no-store"))
    );
    publication_opens_at(&app, &publication, publication.opens_at).await;
}
