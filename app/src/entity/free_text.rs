//! Every `String` column left in the entities is free text, and says so here: a closed set or
//! JSON stored as a bare string is a new column that fails this test until it is typed (a
//! code of `crate::codes`, `Json`, `Chosen`) or, if it truly is free text, listed below with
//! what it holds.

use std::{collections::BTreeSet, fs, path::Path};

/// `entity.column`, and what it holds.
const FREE_TEXT: &[(&str, &str)] = &[
    ("account.email", "an address, checked at registration"),
    ("account.password_hash", "argon2's own format"),
    ("account.name", "as typed"),
    ("account.organisation", "as typed"),
    (
        "account.country",
        "an ISO 3166 code, checked against the region table where typed",
    ),
    (
        "account.privacy_version",
        "the notice's version consented to (a date)",
    ),
    ("account_token.token_hash", "a SHA-256, hex"),
    (
        "audit_entry.target_id",
        "the id of what was acted on, in its own shape",
    ),
    ("audit_entry.reason", "as typed"),
    ("audit_entry.prev_hash", "a SHA-256, hex"),
    ("audit_entry.hash", "a SHA-256, hex"),
    ("award.reason", "as typed"),
    (
        "category.code",
        "the edition's own codes (C1 … C11, special prizes)",
    ),
    ("category_text.title", "as typed"),
    ("category_text.description", "as typed"),
    ("content_version.name", "the name of what is held in memory"),
    ("disposable_domain.domain", "a mail domain"),
    ("edition.title", "as typed"),
    (
        "edition.time_zone",
        "an IANA zone name, checked against the zone database where typed",
    ),
    ("expert_invitation.email", "an address"),
    ("expert_invitation.token_hash", "a SHA-256, hex"),
    ("expert_tie.value", "as typed"),
    (
        "expert_tie.normalised",
        "a normalised name or a country code",
    ),
    ("gallery_document.category_code", "copied from the category"),
    ("gallery_document.title", "copied from the submission"),
    (
        "gallery_document.organisation",
        "copied from the organisation",
    ),
    (
        "gallery_document.short_description",
        "copied from the submission",
    ),
    ("gallery_document.country", "copied from the organisation"),
    (
        "gallery_document.sdgs",
        "the goals as `,3,9,`, for a LIKE search",
    ),
    (
        "gallery_document.search_text",
        "what a search matches, lower-cased",
    ),
    ("mail.to_address", "an address"),
    ("mail.subject", "as written"),
    ("mail.body_text", "as written"),
    ("mail.last_error", "the mail server's words"),
    ("mail_stop.stop_key", "random, hex"),
    ("mailing_version.subject", "as typed"),
    ("mailing_version.body", "as typed"),
    ("organisation.name", "as typed"),
    (
        "organisation.normalised_name",
        "the name normalised for matching",
    ),
    (
        "organisation.country",
        "an ISO 3166 code, or empty in a draft",
    ),
    ("past_winner.category_code", "as imported"),
    ("past_winner.title", "as imported"),
    ("past_winner.organisation", "as imported"),
    ("past_winner.country", "as imported"),
    (
        "past_winner.normalised_title",
        "the title normalised for matching",
    ),
    (
        "past_winner.normalised_organisation",
        "the name normalised for matching",
    ),
    ("review.comment", "as typed"),
    ("review_assignment.override_reason", "as typed"),
    ("review_assignment.release_reason", "as typed"),
    ("review_comment.body", "as typed"),
    ("review_conflict.note", "as typed"),
    ("review_criterion.code", "the rubric's own codes"),
    ("review_criterion.title", "as typed"),
    ("review_revision.comment", "as typed"),
    ("review_round.seed", "random, hex"),
    ("review_round.seed_commitment", "a SHA-256, hex"),
    ("screening_decision.reason", "as typed"),
    ("submission_message.body", "as typed"),
    ("submission_note.body", "as typed"),
    ("story.challenge", "as typed"),
    ("story.solution", "as typed"),
    ("story.results", "as typed"),
    ("story.partners", "as typed"),
    ("story.lessons", "as typed"),
    ("story.changes_asked", "as typed"),
    ("submission.title", "as typed"),
    ("submission.short_description", "as typed"),
    ("submission.impact_qualitative", "as typed"),
    ("submission.impact_quantitative", "as typed"),
    ("submission.partnerships", "as typed"),
    ("submission.challenges", "as typed"),
    ("submission.start_date", "`YYYY-MM` as typed"),
    ("submission.website", "an address as typed"),
    ("submission.changes_message", "as typed"),
    ("submission_flag.detail", "what the screener reads"),
    ("submission_invitation.email", "an address"),
    ("submission_invitation.token_hash", "a SHA-256, hex"),
    ("vote.receipt", "random, hex"),
    ("vote.network", "a keyed hash, hex"),
    ("vote.fingerprint", "a keyed hash, hex"),
    ("vote.email_domain", "a mail domain"),
    ("void_vote.receipt", "random, hex"),
    ("void_vote.network", "a keyed hash, hex"),
    ("void_vote.fingerprint", "a keyed hash, hex"),
    ("void_vote.email_domain", "a mail domain"),
    (
        "vote_flag.group_key",
        "what the group shares: a hash, a domain, a time",
    ),
    ("vote_flag.reason", "as typed"),
    ("vote_result.head", "a SHA-256, hex"),
];

/// Every `String` (or `Option<String>`) field of every entity's `Model`, as `entity.column`.
fn string_columns() -> BTreeSet<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/entity");
    let mut found = BTreeSet::new();
    for entry in fs::read_dir(&dir).expect("the entities' folder") {
        let path = entry.expect("an entry").path();
        let Some(name) = path.file_stem().and_then(|s| s.to_str()) else {
            continue;
        };
        let source = fs::read_to_string(&path).expect("an entity's source");
        let Some(model) = source.split("pub struct Model {").nth(1) else {
            continue;
        };
        let body = model.split("\n}").next().unwrap_or_default();
        for line in body.lines() {
            let line = line.trim();
            let Some((field, ty)) = line
                .strip_prefix("pub ")
                .and_then(|l| l.trim_end_matches(',').split_once(": "))
            else {
                continue;
            };
            if ty == "String" || ty == "Option<String>" {
                found.insert(format!("{name}.{field}"));
            }
        }
    }
    found
}

#[test]
fn every_string_column_left_is_free_text() {
    let listed: BTreeSet<String> = FREE_TEXT.iter().map(|(c, _)| (*c).to_owned()).collect();
    let found = string_columns();
    let unlisted: Vec<_> = found.difference(&listed).collect();
    let gone: Vec<_> = listed.difference(&found).collect();
    assert!(
        unlisted.is_empty(),
        "String columns that are not listed as free text (type them, or list them with what \
         they hold): {unlisted:?}"
    );
    assert!(
        gone.is_empty(),
        "listed but no longer String columns: {gone:?}"
    );
}
