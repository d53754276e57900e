//! Who reviews what: the experts of each category, the spreading of entries over them, the
//! secretariat's adjustments by hand, and the facts conflict detection reads.
//!
//! Assignment is incremental and idempotent: a run adds only what is missing and never
//! moves an assignment, so a submitted review stays where it is, and an entry found eligible
//! after the round opened simply gets its reviewers on the next run.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

use super::{
    AssignmentReport, CategoryProgress, CriterionView, ExpertProgress, RoundOverview, ShortEntry,
    rounds::{self, Round, Window},
    rules::{
        AssignmentPlan, AwardKind, ConflictReason, CountryPolicy, EntryParties, ExpertSlot,
        ExpertTies, OpenEntry, RoundKind, conflict_between, conflicts::mail_domain,
        plan_assignments,
    },
};
use crate::{
    audit::{self, Reason},
    auth::{Actor, Role},
    codes::TieKind,
    entity::{
        account, account_role, award, category, expert_tie, nominee_list, organisation, review,
        review_assignment, review_conflict, review_round, round_expert, submission,
        submission_member,
    },
    error::DomainError,
    i18n::Locale,
    mail,
    nominations::rules::{SubmissionStatus, normalise_name},
    state::AppContext,
};

/// Why an assignment was taken back. The row stays, with this code.
pub mod release {
    /// The expert declared a conflict.
    pub const DECLARED_CONFLICT: &str = "declared_conflict";
    /// The secretariat removed it.
    pub const REMOVED: &str = "removed";
    /// The expert became an owner or co-owner of the entry.
    pub const OWN_ENTRY: &str = crate::nominations::members::RELEASED_AS_OWNER;
}

/// The entries a round reviews: the eligible submissions for shortlisting, the champions
/// (an award of kind `champion` in the selection round) for selection.
///
/// # Errors
/// Database failures.
pub async fn entries_of(
    conn: &impl ConnectionTrait,
    round: &Round,
) -> Result<Vec<submission::Model>, DomainError> {
    let query = submission::Entity::find()
        .filter(submission::Column::EditionId.eq(round.edition.edition.id));
    Ok(match round.kind() {
        RoundKind::Shortlisting => {
            query
                .filter(submission::Column::Status.eq(SubmissionStatus::Eligible))
                .all(conn)
                .await?
        }
        RoundKind::Selection => {
            let champions: Vec<i64> = award::Entity::find()
                .filter(award::Column::RoundId.eq(round.model.id))
                .filter(award::Column::Kind.eq(AwardKind::Champion))
                .all(conn)
                .await?
                .into_iter()
                .map(|a| a.submission_id)
                .collect();
            query
                .filter(submission::Column::Id.is_in(champions))
                .all(conn)
                .await?
        }
    })
}

/// Live assignments of a round (not released).
///
/// # Errors
/// Database failures.
pub async fn live_assignments(
    conn: &impl ConnectionTrait,
    round_id: i64,
) -> Result<Vec<review_assignment::Model>, DomainError> {
    Ok(review_assignment::Entity::find()
        .filter(review_assignment::Column::RoundId.eq(round_id))
        .filter(review_assignment::Column::ReleasedAt.is_null())
        .all(conn)
        .await?)
}

/// Everything conflict detection needs about a round's experts and entries.
pub struct Facts {
    pub experts: BTreeMap<i64, ExpertTies>,
    pub entries: BTreeMap<i64, EntryParties>,
    pub policy: CountryPolicy,
}

impl Facts {
    /// Why `expert` may not review `submission`, if they may not.
    pub fn conflict(&self, expert: i64, submission: i64) -> Option<ConflictReason> {
        let (Some(x), Some(e)) = (self.experts.get(&expert), self.entries.get(&submission)) else {
            return None;
        };
        conflict_between(x, e, self.policy)
    }
}

/// Gathers the ties of `experts` and the parties behind `entries`.
///
/// # Errors
/// Database failures.
pub async fn facts(
    conn: &impl ConnectionTrait,
    round: &review_round::Model,
    experts: &BTreeSet<i64>,
    entries: &[submission::Model],
) -> Result<Facts, DomainError> {
    let mut ties: BTreeMap<i64, ExpertTies> = BTreeMap::new();
    for a in account::Entity::find()
        .filter(account::Column::Id.is_in(experts.iter().copied()))
        .all(conn)
        .await?
    {
        let x = ties.entry(a.id).or_default();
        x.mail_domains.extend(mail_domain(&a.email));
        x.own_organisation = normalise_name(&a.organisation);
    }
    for t in expert_tie::Entity::find()
        .filter(expert_tie::Column::AccountId.is_in(experts.iter().copied()))
        .all(conn)
        .await?
    {
        let x = ties.entry(t.account_id).or_default();
        match t.kind {
            TieKind::Organisation => x.organisations.push(t.normalised),
            TieKind::Country => x.countries.push(t.normalised),
            _ => {}
        }
    }
    for c in review_conflict::Entity::find()
        .filter(review_conflict::Column::RoundId.eq(round.id))
        .all(conn)
        .await?
    {
        ties.entry(c.expert_id)
            .or_default()
            .declared
            .push(c.submission_id);
    }

    // Organisations, with every organisation merged into each.
    let orgs = organisation::Entity::find().all(conn).await?;
    let mut names: HashMap<i64, Vec<String>> = HashMap::new();
    let mut country: HashMap<i64, String> = HashMap::new();
    for o in &orgs {
        let root = root_of(&orgs, o.id);
        names
            .entry(root)
            .or_default()
            .push(o.normalised_name.clone());
        if o.id == root {
            country.insert(root, o.country.clone());
        }
    }
    let members = submission_member::Entity::find()
        .filter(submission_member::Column::SubmissionId.is_in(entries.iter().map(|s| s.id)))
        .all(conn)
        .await?;
    for m in &members {
        if experts.contains(&m.account_id) {
            ties.entry(m.account_id)
                .or_default()
                .own_entries
                .push(m.submission_id);
        }
    }
    let member_mail: HashMap<i64, String> = account::Entity::find()
        .filter(account::Column::Id.is_in(members.iter().map(|m| m.account_id)))
        .all(conn)
        .await?
        .into_iter()
        .map(|a| (a.id, a.email))
        .collect();
    let mut parties = BTreeMap::new();
    for s in entries {
        let root = s.organisation_id.map(|id| root_of(&orgs, id));
        let domains = members
            .iter()
            .filter(|m| m.submission_id == s.id)
            .filter_map(|m| member_mail.get(&m.account_id))
            .filter_map(|e| mail_domain(e))
            .collect();
        parties.insert(
            s.id,
            EntryParties {
                submission_id: s.id,
                organisations: root
                    .and_then(|r| names.get(&r).cloned())
                    .unwrap_or_default(),
                country: root
                    .and_then(|r| country.get(&r).cloned())
                    .unwrap_or_default(),
                mail_domains: domains,
            },
        );
    }
    Ok(Facts {
        experts: ties,
        entries: parties,
        policy: if round.country_conflicts {
            CountryPolicy::Conflict
        } else {
            CountryPolicy::Ignore
        },
    })
}

/// The organisation an organisation was merged into, followed to the end (merges never
/// loop, but a bound keeps a damaged row from hanging a request).
fn root_of(orgs: &[organisation::Model], id: i64) -> i64 {
    let mut at = id;
    for _ in 0..16 {
        match orgs.iter().find(|o| o.id == at).and_then(|o| o.merged_into) {
            Some(next) => at = next,
            None => break,
        }
    }
    at
}

/// The experts of a round, with their categories.
///
/// # Errors
/// Database failures.
pub async fn experts_of(
    conn: &impl ConnectionTrait,
    round_id: i64,
) -> Result<BTreeMap<i64, BTreeSet<i64>>, DomainError> {
    let mut experts: BTreeMap<i64, BTreeSet<i64>> = BTreeMap::new();
    for r in round_expert::Entity::find()
        .filter(round_expert::Column::RoundId.eq(round_id))
        .all(conn)
        .await?
    {
        experts
            .entry(r.account_id)
            .or_default()
            .insert(r.category_id);
    }
    Ok(experts)
}

/// Makes an account an expert of a category in the current round of `kind`. The account
/// must hold the expert role.
///
/// # Errors
/// Forbidden; not found (account, category); invalid when the account is not an expert;
/// phase closed once the round closed.
pub async fn add_expert(
    ctx: &AppContext,
    actor: &Actor,
    kind: RoundKind,
    email: &str,
    category_code: &str,
) -> Result<(), DomainError> {
    let session = actor.require(Role::Secretariat)?;
    let round = rounds::current(ctx, kind).await?;
    if round.window == Window::Closed {
        return Err(DomainError::PhaseClosed("round-closed"));
    }
    let account = account::Entity::find()
        .filter(account::Column::Email.eq(email.trim().to_lowercase()))
        .one(&ctx.db)
        .await?
        .ok_or_else(|| DomainError::invalid("email", "round-expert-unknown"))?;
    let is_expert = account_role::Entity::find()
        .filter(account_role::Column::AccountId.eq(account.id))
        .filter(account_role::Column::Role.eq(Role::Expert))
        .one(&ctx.db)
        .await?
        .is_some();
    if !is_expert {
        return Err(DomainError::invalid("email", "round-expert-not-expert"));
    }
    let category = round
        .category(&ctx.db, category_code)
        .await?
        .ok_or_else(|| DomainError::invalid("category", "round-category-unknown"))?;
    let now = ctx.clock.now();
    let txn = crate::db::begin_write(&ctx.db).await?;
    round_expert::ActiveModel {
        round_id: Set(round.model.id),
        account_id: Set(account.id),
        category_id: Set(category.id),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await
    .map_err(|e| match DomainError::from(e) {
        DomainError::Conflict(_) => DomainError::Conflict("round-expert-already"),
        other => other,
    })?;
    audit::record(
        &txn,
        audit::Entry {
            actor_id: Some(session.account_id),
            action: audit::Action::ExpertAdded,
            target_type: audit::TargetType::ReviewRound,
            target_id: round.model.id.to_string(),
            reason: None,
            details: serde_json::json!({ "expert": account.id, "category": category.code }),
        },
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Spreads the round's entries over its experts (see the module header), records the new
/// assignments, and mails each expert who got some.
///
/// # Errors
/// Forbidden; phase closed once the round closed.
#[tracing::instrument(skip_all, fields(kind = kind.code()))]
pub async fn run(
    ctx: &AppContext,
    actor: &Actor,
    kind: RoundKind,
) -> Result<AssignmentReport, DomainError> {
    let session = actor.require(Role::Secretariat)?;
    let round = rounds::current(ctx, kind).await?;
    if round.window == Window::Closed {
        return Err(DomainError::PhaseClosed("round-closed"));
    }
    let now = ctx.clock.now();
    let txn = crate::db::begin_write(&ctx.db).await?;
    let entries = entries_of(&txn, &round).await?;
    let experts = experts_of(&txn, round.model.id).await?;
    let live = live_assignments(&txn, round.model.id).await?;
    let ids: BTreeSet<i64> = experts.keys().copied().collect();
    let facts = facts(&txn, &round.model, &ids, &entries).await?;

    let mut load: BTreeMap<i64, usize> = BTreeMap::new();
    let mut assigned: BTreeMap<i64, BTreeSet<i64>> = BTreeMap::new();
    for a in &live {
        *load.entry(a.expert_id).or_default() += 1;
        assigned
            .entry(a.submission_id)
            .or_default()
            .insert(a.expert_id);
    }
    // A released pair is never offered again: the expert stepped back from that entry.
    let released: BTreeSet<(i64, i64)> = review_assignment::Entity::find()
        .filter(review_assignment::Column::RoundId.eq(round.model.id))
        .filter(review_assignment::Column::ReleasedAt.is_not_null())
        .all(&txn)
        .await?
        .into_iter()
        .map(|a| (a.expert_id, a.submission_id))
        .collect();
    let open: Vec<OpenEntry> = entries
        .iter()
        .map(|s| OpenEntry {
            submission_id: s.id,
            category_id: s.category_id,
            assigned: assigned.remove(&s.id).unwrap_or_default(),
        })
        .collect();
    let slots: Vec<ExpertSlot> = experts
        .iter()
        .map(|(id, categories)| ExpertSlot {
            expert_id: *id,
            categories: categories.clone(),
            load: load.get(id).copied().unwrap_or(0),
        })
        .collect();
    let AssignmentPlan { added, short } =
        plan_assignments(&open, &slots, round.reviews_per_entry(), |x, s| {
            released.contains(&(x, s)) || facts.conflict(x, s).is_some()
        });
    for (submission_id, expert_id) in &added {
        review_assignment::ActiveModel {
            round_id: Set(round.model.id),
            submission_id: Set(*submission_id),
            expert_id: Set(*expert_id),
            assigned_by: Set(None),
            override_reason: Set(None),
            created_at: Set(now),
            released_at: Set(None),
            release_reason: Set(None),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
    }
    let mut per_expert: BTreeMap<i64, usize> = BTreeMap::new();
    for (_, x) in &added {
        *per_expert.entry(*x).or_default() += 1;
    }
    notify_assigned(ctx, &txn, &per_expert, now).await?;
    audit::record(
        &txn,
        audit::Entry {
            actor_id: Some(session.account_id),
            action: audit::Action::AssignmentRun,
            target_type: audit::TargetType::ReviewRound,
            target_id: round.model.id.to_string(),
            reason: None,
            details: serde_json::json!({ "added": added.len(), "short": short.len() }),
        },
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(AssignmentReport {
        added: added.len(),
        short,
    })
}

/// Mails each expert how many entries they were just given.
async fn notify_assigned(
    ctx: &AppContext,
    conn: &impl ConnectionTrait,
    per_expert: &BTreeMap<i64, usize>,
    now: i64,
) -> Result<(), DomainError> {
    let accounts = account::Entity::find()
        .filter(account::Column::Id.is_in(per_expert.keys().copied()))
        .all(conn)
        .await?;
    let link = format!("{}/review", ctx.config.public_url);
    for a in accounts {
        let locale = a.locale;
        let count = per_expert.get(&a.id).copied().unwrap_or(0);
        let args = [("name", a.name.clone()), ("link", link.clone())];
        let body = format!(
            "{}\n\n{}",
            locale.t_number("review-mail-assigned-count", "count", count as i64),
            locale.t_args("review-mail-assigned-body", &args)
        );
        mail::enqueue(
            conn,
            ctx.config.delivery,
            mail::Outgoing {
                kind: mail::MailKind::Review,
                to: &a.email,
                subject: &locale.t("review-mail-assigned-subject"),
                body: &body,
            },
            now,
        )
        .await?;
    }
    Ok(())
}

/// The message refusing a hand assignment past a conflict no one may set aside.
fn refusal_key(c: ConflictReason) -> &'static str {
    match c {
        ConflictReason::OwnEntry => "round-conflict-own-entry",
        ConflictReason::OwnOrganisation => "round-conflict-own-organisation",
        _ => "round-conflict-declared",
    }
}

/// The conflict no one may set aside between `expert_id` and one entry, if there is one:
/// the expert owns or co-owns it, it is of their own organisation, or they declared one.
/// The score sheet and the sending of a review ask again, since an account's organisation
/// can change after the assignment.
///
/// # Errors
/// Database failures.
pub async fn standing_conflict(
    conn: &impl ConnectionTrait,
    round: &review_round::Model,
    expert_id: i64,
    entry: &submission::Model,
) -> Result<Option<ConflictReason>, DomainError> {
    let facts = facts(
        conn,
        round,
        &BTreeSet::from([expert_id]),
        std::slice::from_ref(entry),
    )
    .await?;
    Ok(facts
        .conflict(expert_id, entry.id)
        .filter(|c| !c.may_be_overridden()))
}

/// Assigns one entry to one expert by hand. A detected conflict refuses it unless the
/// secretariat gives a reason to override, which is audited; an expert's own entry, their
/// own organisation's, and a conflict they declared are refused whatever the reason.
///
/// # Errors
/// Forbidden; not found; invalid (not an entry of the round, not an expert of its category,
/// conflicted without a reason); conflict when already assigned.
pub async fn assign_by_hand(
    ctx: &AppContext,
    actor: &Actor,
    kind: RoundKind,
    submission_id: i64,
    expert_id: i64,
    override_reason: &str,
) -> Result<(), DomainError> {
    let session = actor.require(Role::Secretariat)?;
    let round = rounds::current(ctx, kind).await?;
    if round.window == Window::Closed {
        return Err(DomainError::PhaseClosed("round-closed"));
    }
    let now = ctx.clock.now();
    let txn = crate::db::begin_write(&ctx.db).await?;
    let entries = entries_of(&txn, &round).await?;
    let entry = entries
        .iter()
        .find(|s| s.id == submission_id)
        .ok_or_else(|| DomainError::invalid("submission", "round-not-an-entry"))?;
    let experts = experts_of(&txn, round.model.id).await?;
    if !experts
        .get(&expert_id)
        .is_some_and(|c| c.contains(&entry.category_id))
    {
        return Err(DomainError::invalid(
            "expert",
            "round-expert-not-in-category",
        ));
    }
    let facts = facts(
        &txn,
        &round.model,
        &BTreeSet::from([expert_id]),
        std::slice::from_ref(entry),
    )
    .await?;
    let conflict = facts.conflict(expert_id, submission_id);
    let reason = match conflict {
        Some(c) if !c.may_be_overridden() => {
            return Err(DomainError::invalid("expert", refusal_key(c)));
        }
        Some(_) => Some(Reason::parse(override_reason, "reason")?),
        None => Reason::optional(override_reason, "reason")?,
    };
    review_assignment::ActiveModel {
        round_id: Set(round.model.id),
        submission_id: Set(submission_id),
        expert_id: Set(expert_id),
        assigned_by: Set(Some(session.account_id)),
        override_reason: Set(reason.as_ref().map(|r| r.as_str().to_owned())),
        created_at: Set(now),
        released_at: Set(None),
        release_reason: Set(None),
        ..Default::default()
    }
    .insert(&txn)
    .await
    .map_err(|e| match DomainError::from(e) {
        DomainError::Conflict(_) => DomainError::Conflict("round-already-assigned"),
        other => other,
    })?;
    audit::record(
        &txn,
        audit::Entry {
            actor_id: Some(session.account_id),
            action: audit::Action::AssignedByHand,
            target_type: audit::TargetType::Submission,
            target_id: submission_id.to_string(),
            reason,
            details: serde_json::json!({
                "expert": expert_id,
                "conflict": conflict.map(ConflictReason::code),
            }),
        },
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Takes an assignment back by hand, with a reason. An assignment whose review was
/// submitted is never moved.
///
/// # Errors
/// Forbidden; not found; conflict when its review was submitted; invalid without a reason.
pub async fn remove_by_hand(
    ctx: &AppContext,
    actor: &Actor,
    assignment_id: i64,
    reason: &str,
) -> Result<(), DomainError> {
    let session = actor.require(Role::Secretariat)?;
    let reason = Reason::parse(reason, "reason")?;
    // Once the round has closed, its assignments are the record of who was to review what.
    let round_id = review_assignment::Entity::find_by_id(assignment_id)
        .one(&ctx.db)
        .await?
        .ok_or(DomainError::NotFound)?
        .round_id;
    let kind = review_round::Entity::find_by_id(round_id)
        .one(&ctx.db)
        .await?
        .map(|r| r.kind)
        .ok_or(DomainError::NotFound)?;
    let round = rounds::current(ctx, kind).await?;
    if round.model.id != round_id || round.window == Window::Closed {
        return Err(DomainError::PhaseClosed("round-closed"));
    }
    let now = ctx.clock.now();
    let txn = crate::db::begin_write(&ctx.db).await?;
    let a = review_assignment::Entity::find_by_id(assignment_id)
        .filter(review_assignment::Column::ReleasedAt.is_null())
        .one(&txn)
        .await?
        .ok_or(DomainError::NotFound)?;
    let reviewed = review::Entity::find()
        .filter(review::Column::AssignmentId.eq(a.id))
        .one(&txn)
        .await?
        .is_some();
    if reviewed {
        return Err(DomainError::Conflict("round-review-submitted"));
    }
    let mut active: review_assignment::ActiveModel = a.clone().into();
    active.released_at = Set(Some(now));
    active.release_reason = Set(Some(release::REMOVED.to_owned()));
    active.update(&txn).await?;
    audit::record(
        &txn,
        audit::Entry {
            actor_id: Some(session.account_id),
            action: audit::Action::AssignmentRemoved,
            target_type: audit::TargetType::Submission,
            target_id: a.submission_id.to_string(),
            reason: Some(reason),
            details: serde_json::json!({ "expert": a.expert_id }),
        },
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// A round as the secretariat runs it: its settings and rubric, its experts with their
/// progress, each category's progress, and the entries short of reviewers.
///
/// # Errors
/// Forbidden.
#[tracing::instrument(skip_all, fields(kind = kind.code()))]
pub async fn overview(
    ctx: &AppContext,
    actor: &Actor,
    kind: RoundKind,
    locale: Locale,
    year: Option<i32>,
) -> Result<RoundOverview, DomainError> {
    actor.require(Role::Secretariat)?;
    let round = rounds::of_year(ctx, kind, year).await?;
    let current = rounds::current(ctx, kind).await?.model.id == round.model.id;
    let entries = entries_of(&ctx.db, &round).await?;
    let experts = experts_of(&ctx.db, round.model.id).await?;
    let live = live_assignments(&ctx.db, round.model.id).await?;
    let reviewed: BTreeSet<i64> = review::Entity::find()
        .filter(review::Column::RoundId.eq(round.model.id))
        .all(&ctx.db)
        .await?
        .into_iter()
        .map(|r| r.assignment_id)
        .collect();
    let cats: BTreeMap<i64, category::Model> = category::Entity::find()
        .filter(category::Column::EditionId.eq(round.edition.edition.id))
        .all(&ctx.db)
        .await?
        .into_iter()
        .map(|c| (c.id, c))
        .collect();
    let confirmed: BTreeSet<i64> = nominee_list::Entity::find()
        .filter(nominee_list::Column::RoundId.eq(round.model.id))
        .all(&ctx.db)
        .await?
        .into_iter()
        .map(|l| l.category_id)
        .collect();
    let accounts: BTreeMap<i64, account::Model> = account::Entity::find()
        .filter(account::Column::Id.is_in(experts.keys().copied()))
        .all(&ctx.db)
        .await?
        .into_iter()
        .map(|a| (a.id, a))
        .collect();
    let per_entry = round.reviews_per_entry();
    let seen = Seen {
        live: &live,
        reviewed: &reviewed,
        cats: &cats,
        per_entry,
    };
    Ok(RoundOverview {
        round: kind,
        year: round.edition.edition.year,
        current,
        window: match round.window {
            Window::NotYetOpen => "not_yet_open",
            Window::Open => "open",
            Window::Closed => "closed",
        }
        .to_owned(),
        reviews_per_entry: round.model.reviews_per_entry,
        normalisation: round.normalisation(),
        country_conflicts: round.model.country_conflicts,
        discussion: round.model.discussion,
        formula_experts: round.model.formula_experts,
        formula_votes: round.model.formula_votes,
        criteria: round
            .criteria
            .iter()
            .map(|c| CriterionView {
                code: c.code.clone(),
                title: c.title.clone(),
                weight: c.weight,
                scale: c.scale,
                value: String::new(),
            })
            .collect(),
        seed_commitment: round.model.seed_commitment.clone(),
        voting_opens: match kind {
            RoundKind::Shortlisting => {
                let tz = crate::catalogue::time_zone_of(&round.edition.edition)?;
                round
                    .edition
                    .calendar
                    .iter()
                    .find(|w| w.kind == crate::codes::PhaseKind::Voting)
                    .map(|w| crate::i18n::dates::format_datetime(w.opens_at, &tz, locale))
            }
            RoundKind::Selection => None,
        },
        experts: seen.experts(&experts, &accounts),
        categories: seen.categories(&entries, &confirmed),
        short: seen.short(&entries),
    })
}

/// What a round's overview counts from: its live assignments, those reviewed, the edition's
/// categories, and the reviews each entry should get.
struct Seen<'a> {
    live: &'a [review_assignment::Model],
    reviewed: &'a BTreeSet<i64>,
    cats: &'a BTreeMap<i64, category::Model>,
    per_entry: usize,
}

impl Seen<'_> {
    fn code(&self, id: &i64) -> String {
        self.cats
            .get(id)
            .map(|c| c.code.clone())
            .unwrap_or_default()
    }

    /// Each category's entries and reviews, in the categories' order.
    fn categories(
        &self,
        entries: &[submission::Model],
        confirmed: &BTreeSet<i64>,
    ) -> Vec<CategoryProgress> {
        let mut cats: Vec<&category::Model> = self.cats.values().collect();
        cats.sort_by_key(|c| c.number);
        cats.into_iter()
            .map(|c| {
                let ids: BTreeSet<i64> = entries
                    .iter()
                    .filter(|s| s.category_id == c.id)
                    .map(|s| s.id)
                    .collect();
                CategoryProgress {
                    code: c.code.clone(),
                    entries: ids.len(),
                    reviews_done: self
                        .live
                        .iter()
                        .filter(|a| ids.contains(&a.submission_id) && self.reviewed.contains(&a.id))
                        .count(),
                    reviews_needed: ids.len() * self.per_entry,
                    nominees_confirmed: confirmed.contains(&c.id),
                }
            })
            .collect()
    }

    /// Each expert's categories and reviews.
    fn experts(
        &self,
        experts: &BTreeMap<i64, BTreeSet<i64>>,
        accounts: &BTreeMap<i64, account::Model>,
    ) -> Vec<ExpertProgress> {
        experts
            .iter()
            .map(|(id, categories)| {
                let mine: Vec<&review_assignment::Model> =
                    self.live.iter().filter(|a| a.expert_id == *id).collect();
                let account = accounts.get(id);
                ExpertProgress {
                    account_id: *id,
                    name: account.map(|a| a.name.clone()).unwrap_or_default(),
                    email: account.map(|a| a.email.clone()).unwrap_or_default(),
                    categories: categories.iter().map(|c| self.code(c)).collect(),
                    assigned: mine.len(),
                    done: mine
                        .iter()
                        .filter(|a| self.reviewed.contains(&a.id))
                        .count(),
                }
            })
            .collect()
    }

    /// The entries with fewer experts assigned than they should have.
    fn short(&self, entries: &[submission::Model]) -> Vec<ShortEntry> {
        let mut assigned_to: BTreeMap<i64, usize> = BTreeMap::new();
        for a in self.live {
            *assigned_to.entry(a.submission_id).or_default() += 1;
        }
        entries
            .iter()
            .filter_map(|s| {
                let have = assigned_to.get(&s.id).copied().unwrap_or(0);
                (have < self.per_entry).then(|| ShortEntry {
                    submission_id: s.id,
                    title: s.title.clone(),
                    category_code: self.code(&s.category_id),
                    missing: self.per_entry - have,
                })
            })
            .collect()
    }
}
