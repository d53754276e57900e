//! The demo's success stories: approved stories for two champions or winners in three of a
//! published edition, so that a newcomer sees stories on the projects' pages and a book with
//! both written stories and short descriptions standing in (and the secretariat's list of
//! what is missing).

use rand::{Rng, SeedableRng, rngs::StdRng, seq::IndexedRandom};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, Set};

use super::{StoryStatus, book::holders};
use crate::{
    catalogue, countries::country_name, entity::story, error::DomainError, i18n::Locale,
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

/// Writes approved stories for two holders in three of the edition of `year`, unless it
/// has stories already. Returns how many were written.
///
/// # Errors
/// Not found (no such edition); database failures.
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
    let now = ctx.clock.now();
    let mut rng = StdRng::seed_from_u64(u64::try_from(year).unwrap_or(2026) ^ 0x5707);
    let txn = crate::db::begin_write(&ctx.db).await?;
    let mut written = 0;
    for (i, h) in holders(ctx, content).await?.into_iter().enumerate() {
        if i % 3 == 2 {
            continue;
        }
        let n = h.nominee;
        let country = country_name(&n.country, Locale::En);
        let mut text = |options: &[&str]| {
            let template = options.choose(&mut rng).copied().unwrap_or_default();
            filled(template, &n.title, &n.organisation, &country, &mut rng)
        };
        let challenge = format!("{}\n\n{}", text(&CHALLENGES), text(&CHALLENGES));
        let solution = format!("{}\n\n{}", text(&SOLUTIONS), text(&SOLUTIONS));
        let results = text(&RESULTS);
        let partners = text(&PARTNERS);
        let lessons = text(&LESSONS);
        story::ActiveModel {
            submission_id: Set(n.submission_id),
            edition_id: Set(edition_id),
            status: Set(StoryStatus::Approved),
            challenge: Set(challenge),
            solution: Set(solution),
            results: Set(results),
            partners: Set(partners),
            lessons: Set(lessons),
            picture_id: Set(None),
            deadline: Set(now),
            invited_at: Set(now),
            updated_at: Set(now),
            submitted_at: Set(Some(now)),
            approved_at: Set(Some(now)),
            approved_by: Set(None),
            changes_asked: Set(None),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        written += 1;
    }
    txn.commit().await?;
    Ok(written)
}
