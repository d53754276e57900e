//! The success stories of a published demo edition, through the stories' services: the
//! secretariat invites the owners of two in three of its champions and winners, who write
//! their story and send it, and the secretariat approves it; the rest stand in for their
//! short description in the book (and the secretariat's list shows what is missing, and
//! offers to invite their owners).

use rand::{Rng, SeedableRng, rngs::StdRng, seq::IndexedRandom};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

use super::{
    DAY, Stage,
    people::{self, Person},
};
use crate::{
    catalogue,
    codes::PhaseKind,
    countries::country_name,
    entity::{account, story, submission},
    error::DomainError,
    i18n::Locale,
    phases,
    publication::{book::holders, rules::StoryForm, stories},
    state::AppContext,
};

const CHALLENGES: [&str; 4] = [
    "Before the project began, people in {country} waited weeks for services that {organisation} knew could be delivered in days.",
    "In {country}, too many people were still cut off from the information and services they needed, above all outside the cities.",
    "{organisation} saw that paper forms, long journeys and missing connectivity kept the most vulnerable from what was theirs by right.",
    "Small businesses and communities in {country} had no affordable way to reach the digital services larger players took for granted.",
];

const SOLUTIONS: [&str; 4] = [
    "\"{title}\" brings the service to a phone: it works offline, synchronises when a connection appears, and speaks the users' own languages.",
    "With \"{title}\", {organisation} built a shared platform that local partners run themselves, on open standards and open-source software.",
    "\"{title}\" trains local facilitators, equips community centres and publishes everything it learns, so that others can copy it.",
    "\"{title}\" joins public data, mobile networks and a simple web interface, designed with the people who use it every day.",
];

const RESULTS: [&str; 3] = [
    "In {years} years the project reached {people} people across {sites} sites, and cut the time to obtain the service by {share} %.",
    "{people} people now use it every month; costs per user fell by {share} % and {sites} local organisations joined as partners.",
    "The project trained {people} people in {sites} communities; {share} % of them say it changed how they work or learn.",
];

const PARTNERS: [&str; 3] = [
    "The national regulator, two universities and a network of community radios.",
    "Local government, mobile network operators and civil-society organisations.",
    "The ministry in charge of ICTs, UN agencies in the country and volunteers.",
];

const LESSONS: [&str; 3] = [
    "Design with the people who will use the service, and measure from the first day.",
    "Start small, publish what fails as well as what works, and let local partners lead.",
    "Connectivity is not enough: skills and trust decide whether people use a service.",
];

/// Fills a template's `{…}` names.
fn filled(
    template: &str,
    title: &str,
    organisation: &str,
    country: &str,
    rng: &mut StdRng,
) -> String {
    template
        .replace("{title}", title)
        .replace("{organisation}", organisation)
        .replace("{country}", country)
        .replace("{years}", &rng.random_range(2..=6).to_string())
        .replace("{people}", &(rng.random_range(12..=950) * 100).to_string())
        .replace("{sites}", &rng.random_range(4..=120).to_string())
        .replace("{share}", &rng.random_range(15..=70).to_string())
}

/// Writes approved stories for two holders in three of the edition of `year`, a day after
/// its publication opened, unless it has stories already. Returns how many were approved.
///
/// # Errors
/// Not found (no such edition, or no publication phase); database failures; a service
/// refusing a step (a fault of the demo).
pub async fn write_stories(ctx: &AppContext, year: i32) -> Result<u64, DomainError> {
    let editions = catalogue::read(ctx).await?;
    let content = editions.by_year(year).ok_or(DomainError::NotFound)?;
    let edition_id = content.loaded.edition.id;
    if story::Entity::find()
        .filter(story::Column::EditionId.eq(edition_id))
        .count(&ctx.db)
        .await?
        > 0
    {
        return Ok(0);
    }
    let published = content
        .loaded
        .calendar
        .iter()
        .find(|w| w.kind == PhaseKind::Publication)
        .map(|w| w.opens_at)
        .ok_or(DomainError::NotFound)?;
    let stage = Stage::new(ctx, published + DAY);
    let secretariat = people::secretariat(&ctx.db, published).await?;
    let tz = content.loaded.tz()?;
    let deadline = phases::format_local_input(published + 29 * DAY, &tz);
    let admin = secretariat.actor();
    // Two in three write; the others are left for the secretariat to invite.
    let writers: Vec<_> = holders(ctx, content)
        .await?
        .into_iter()
        .enumerate()
        .filter(|(i, _)| i % 3 != 2)
        .collect();
    let ids: Vec<i64> = writers
        .iter()
        .map(|(_, h)| h.nominee.submission_id)
        .collect();
    stories::invite_some(
        stage.at(published + DAY),
        &admin,
        &year.to_string(),
        &deadline,
        Some(&ids),
    )
    .await?;
    let mut rng = StdRng::seed_from_u64(u64::try_from(year).unwrap_or(2026) ^ 0x5707);
    let mut approved = 0;
    for (i, h) in writers {
        let n = h.nominee;
        let country = country_name(&n.country, Locale::En);
        let mut text = |options: &[&str]| {
            let template = options.choose(&mut rng).copied().unwrap_or_default();
            filled(template, &n.title, &n.organisation, &country, &mut rng)
        };
        let form = StoryForm {
            challenge: format!("{}\n\n{}", text(&CHALLENGES), text(&CHALLENGES)),
            solution: format!("{}\n\n{}", text(&SOLUTIONS), text(&SOLUTIONS)),
            results: text(&RESULTS),
            partners: text(&PARTNERS),
            lessons: text(&LESSONS),
        };
        // A story is addressed by its project.
        let id = n.submission_id;
        let owner = owner_of(ctx, n.submission_id).await?;
        let at = published + 2 * DAY + i64::try_from(i).unwrap_or(0) * 600;
        stories::save(stage.at(at), &owner.actor(), id, &form, true).await?;
        stories::approve(stage.at(at + 3 * DAY), &admin, id).await?;
        approved += 1;
    }
    Ok(approved)
}

/// The owner of the project `submission_id`, as who writes its story.
async fn owner_of(ctx: &AppContext, submission_id: i64) -> Result<Person, DomainError> {
    let s = submission::Entity::find_by_id(submission_id)
        .one(&ctx.db)
        .await?
        .ok_or(DomainError::NotFound)?;
    let account = account::Entity::find_by_id(s.owner_id)
        .one(&ctx.db)
        .await?
        .ok_or(DomainError::NotFound)?;
    Ok(Person {
        account,
        roles: Vec::new(),
    })
}
