//! Outcomes told, when they are public. The owners and co-owners of an entry learn, by mail
//! in their language and on "My submissions", whether it was shortlisted as a nominee (when
//! the vote opens and the ballot shows the nominees) and whether it is a champion, a winner
//! or a special recognition (when the results are published). Nothing is told earlier: the
//! catalogue's `nominees_public` and `awards_public` are the one rule for both. (The owners
//! of champions are invited to write their story before, and told only that it is a
//! champion: see `publication::stories`.)
//!
//! Each entry is told once at each stage: the row that records it is written under a unique
//! key in the same transaction as the mails, so that no instance, retry or restart tells
//! anyone twice.

use std::collections::{HashMap, HashSet};

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

use crate::{
    catalogue::{self, EditionContent},
    codes::{AwardKind, Outcome, OutcomeStage},
    entity::{award, outcome_notice, submission},
    error::DomainError,
    i18n::Locale,
    mail,
    nominations::rules::SubmissionStatus,
    state::AppContext,
};

/// The best award of each submission among `awards`: a winner is also a champion.
pub(crate) fn best_awards(
    awards: impl IntoIterator<Item = (i64, AwardKind)>,
) -> HashMap<i64, AwardKind> {
    let rank = |k: AwardKind| match k {
        AwardKind::Winner => 3,
        AwardKind::SpecialRecognition => 2,
        AwardKind::Champion => 1,
    };
    let mut best: HashMap<i64, AwardKind> = HashMap::new();
    for (id, kind) in awards {
        let better = best.get(&id).is_none_or(|b| rank(kind) > rank(*b));
        if better {
            best.insert(id, kind);
        }
    }
    best
}

/// The awards recorded in the categories of `content`, best per submission, whether public
/// or not (the caller applies the rule).
async fn awards_of(
    conn: &impl ConnectionTrait,
    content: &EditionContent,
) -> Result<HashMap<i64, AwardKind>, DomainError> {
    let categories: Vec<i64> = content
        .category_codes()
        .filter_map(|c| content.category_id(c))
        .collect();
    let rows = award::Entity::find()
        .filter(award::Column::CategoryId.is_in(categories))
        .all(conn)
        .await?;
    Ok(best_awards(
        rows.into_iter().map(|a| (a.submission_id, a.kind)),
    ))
}

/// What may be told of each entry of `content` at `now`, the stage it is told at first: an
/// award once the results are published, else nominee or not once the vote has opened. An
/// entry that was never eligible, or was withdrawn, has no outcome to tell.
pub struct Outcomes {
    nominees: HashSet<i64>,
    awards: HashMap<i64, AwardKind>,
    nominees_public: bool,
}

impl Outcomes {
    /// Reads the outcomes of `content` that are public at `now`.
    ///
    /// # Errors
    /// Database failures.
    pub async fn public(
        conn: &impl ConnectionTrait,
        content: &EditionContent,
        now: i64,
    ) -> Result<Self, DomainError> {
        let nominees_public = content.loaded.nominees_public(now);
        let nominees = if nominees_public {
            content
                .category_codes()
                .flat_map(|c| content.nominees(c).iter().map(|n| n.submission_id))
                .collect()
        } else {
            HashSet::new()
        };
        let awards = if content.loaded.awards_public(now) {
            awards_of(conn, content).await?
        } else {
            HashMap::new()
        };
        Ok(Self {
            nominees,
            awards,
            nominees_public,
        })
    }

    /// The outcome of `entry`, if one may be told.
    pub fn of(&self, entry: &submission::Model) -> Option<Outcome> {
        if let Some(kind) = self.awards.get(&entry.id) {
            return Some(match kind {
                AwardKind::Winner => Outcome::Winner,
                AwardKind::SpecialRecognition => Outcome::SpecialRecognition,
                AwardKind::Champion => Outcome::Champion,
            });
        }
        if !self.nominees_public || entry.status == SubmissionStatus::Withdrawn {
            return None;
        }
        if self.nominees.contains(&entry.id) {
            Some(Outcome::Nominee)
        } else if entry.status == SubmissionStatus::Eligible {
            Some(Outcome::NotNominee)
        } else {
            None
        }
    }
}

/// Tells the owners of every entry of the editions whose outcomes are public now and not yet
/// told; returns how many entries were told. Run by the background job every minute: outside
/// an edition's vote and publication, a read of the catalogue ends it.
///
/// # Errors
/// Database failures.
pub async fn send_due(ctx: &AppContext, now: i64) -> Result<u64, DomainError> {
    let editions = catalogue::read(ctx).await?;
    let mut told = 0;
    for content in editions.all() {
        let loaded = &content.loaded;
        if !loaded.nominees_public(now) || loaded.publication_over(now) {
            continue;
        }
        told += tell_edition(ctx, content, now).await?;
    }
    Ok(told)
}

/// Tells what is due in one edition.
async fn tell_edition(
    ctx: &AppContext,
    content: &EditionContent,
    now: i64,
) -> Result<u64, DomainError> {
    let outcomes = Outcomes::public(&ctx.db, content, now).await?;
    let entries = submission::Entity::find()
        .filter(submission::Column::EditionId.eq(content.loaded.edition.id))
        .filter(
            submission::Column::Status
                .is_in([SubmissionStatus::Eligible, SubmissionStatus::Withdrawn]),
        )
        .all(&ctx.db)
        .await?;
    let done: HashSet<(i64, OutcomeStage)> = outcome_notice::Entity::find()
        .filter(outcome_notice::Column::SubmissionId.is_in(entries.iter().map(|s| s.id)))
        .all(&ctx.db)
        .await?
        .into_iter()
        .map(|n| (n.submission_id, n.stage))
        .collect();
    let mut names = CategoryNames {
        content,
        by_locale: HashMap::new(),
    };
    let mut told = 0;
    for entry in &entries {
        let Some(outcome) = outcomes.of(entry) else {
            continue;
        };
        if done.contains(&(entry.id, outcome.stage())) {
            continue;
        }
        if tell(ctx, &mut names, entry, outcome, now).await? {
            told += 1;
        }
    }
    Ok(told)
}

/// An edition's category names ("C7.4 E-health") in each reader's language, written out
/// once per language for all the entries told in one run.
struct CategoryNames<'a> {
    content: &'a EditionContent,
    by_locale: HashMap<Locale, HashMap<String, String>>,
}

impl CategoryNames<'_> {
    fn name(&mut self, locale: Locale, code: &str) -> String {
        let content = self.content;
        self.by_locale
            .entry(locale)
            .or_insert_with(|| {
                content
                    .categories(locale)
                    .into_iter()
                    .map(|c| (c.code.clone(), format!("{} {}", c.code, c.title)))
                    .collect()
            })
            .get(code)
            .cloned()
            .unwrap_or_else(|| code.to_owned())
    }
}

/// Records and mails one outcome in one transaction; false when another instance did.
async fn tell(
    ctx: &AppContext,
    names: &mut CategoryNames<'_>,
    entry: &submission::Model,
    outcome: Outcome,
    now: i64,
) -> Result<bool, DomainError> {
    let content = names.content;
    let txn = crate::db::begin_write(&ctx.db).await?;
    let row = outcome_notice::ActiveModel {
        submission_id: Set(entry.id),
        stage: Set(outcome.stage()),
        outcome: Set(outcome),
        sent_at: Set(now),
        ..Default::default()
    };
    if !crate::db::insert_once(&txn, row).await? {
        // Another instance told it in the meantime.
        return Ok(false);
    }
    let accounts = super::queries::enabled_members(&txn, entry.id).await?;
    let code = content
        .category_codes()
        .find(|c| content.category_id(c) == Some(entry.category_id))
        .unwrap_or_default()
        .to_owned();
    let link = match outcome {
        Outcome::Nominee => format!("{}/categories/{code}", ctx.config.public_url),
        Outcome::NotNominee => format!("{}/submissions", ctx.config.public_url),
        _ => format!("{}/projects/{}", ctx.config.public_url, entry.id),
    };
    for a in &accounts {
        let locale = a.locale;
        let category = names.name(locale, &code);
        let args = [
            ("name", a.name.clone()),
            ("title", entry.title.clone()),
            ("year", content.loaded.edition.year.to_string()),
            ("category", category),
            ("link", link.clone()),
        ];
        let key = outcome.label_key().replacen("outcome-", "outcome-mail-", 1);
        mail::tell(
            &txn,
            ctx.config.delivery,
            mail::Letter {
                kind: mail::MailKind::Outcome,
                to: &a.email,
                locale,
                key: &key,
                args: &args,
            },
            now,
        )
        .await?;
    }
    txn.commit().await?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_winner_is_told_it_won_not_that_it_is_a_champion() {
        let best = best_awards([
            (1, AwardKind::Champion),
            (1, AwardKind::Winner),
            (2, AwardKind::Champion),
            (3, AwardKind::SpecialRecognition),
            (3, AwardKind::Champion),
        ]);
        assert_eq!(best.get(&1), Some(&AwardKind::Winner));
        assert_eq!(best.get(&2), Some(&AwardKind::Champion));
        assert_eq!(best.get(&3), Some(&AwardKind::SpecialRecognition));
    }
}
