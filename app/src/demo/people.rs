//! The demo's people: its owners, experts, voters and secretariat. Their accounts are the
//! one thing the demo writes beside the services: they have no password (nobody signs in
//! as them, and hashing thousands of passwords would be the whole load's time), and they
//! are confirmed from the start. Everything they then do goes through the services, as the
//! actor or claimant each is.

use rand::{Rng, rngs::StdRng};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

use super::corpus::{Corpus, pick};
use crate::{
    auth::{Actor, Claimant, Role, Session, password::NO_PASSWORD},
    codes::StakeholderType,
    entity::{account, account_role},
    error::DomainError,
    i18n::Locale,
};

/// The domain of every demo account (reserved: it can never receive mail).
pub const DEMO_DOMAIN: &str = "demo.wsis-prizes.invalid";
/// The domain of the demo's expert group, shared by every demo edition.
pub const PANEL_DOMAIN: &str = "panel.wsis-prizes.invalid";

/// One of the demo's people, as the services see them.
#[derive(Clone, Debug)]
pub struct Person {
    pub account: account::Model,
    pub roles: Vec<Role>,
}

impl Person {
    /// The person as the actor of a request.
    pub fn actor(&self) -> Actor {
        Actor(Some(Session {
            account_id: self.account.id,
            email: self.account.email.clone(),
            name: self.account.name.clone(),
            email_confirmed: true,
            roles: self.roles.clone(),
            token_version: self.account.token_version,
        }))
    }

    /// The person as a voter's token names them.
    pub fn claimant(&self) -> Claimant {
        Claimant {
            account_id: self.account.id,
            token_version: self.account.token_version,
        }
    }
}

/// What a new account is: its address, name, country, organisation and type, made at `at`.
pub struct NewAccount {
    pub email: String,
    pub name: String,
    pub country: String,
    pub organisation: String,
    pub stakeholder: StakeholderType,
    pub at: i64,
}

/// The account of `new.email` with `roles`, made confirmed at `new.at` if it does not exist
/// (an earlier load's person keeps their account).
///
/// # Errors
/// Database failures.
pub async fn account(
    conn: &impl ConnectionTrait,
    new: NewAccount,
    roles: &[Role],
) -> Result<Person, DomainError> {
    if let Some(a) = account::Entity::find()
        .filter(account::Column::Email.eq(&new.email))
        .one(conn)
        .await?
    {
        return Ok(Person {
            account: a,
            roles: roles.to_vec(),
        });
    }
    let a = account::ActiveModel {
        email: Set(new.email),
        email_confirmed_at: Set(Some(new.at)),
        password_hash: Set(NO_PASSWORD.to_owned()),
        name: Set(new.name),
        organisation: Set(new.organisation),
        country: Set(new.country),
        stakeholder_type: Set(new.stakeholder),
        locale: Set(Locale::En),
        token_version: Set(0),
        disabled_at: Set(None),
        created_at: Set(new.at),
        updated_at: Set(new.at),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    for role in roles {
        account_role::ActiveModel {
            account_id: Set(a.id),
            role: Set(*role),
            granted_at: Set(new.at),
            granted_by: Set(None),
        }
        .insert(conn)
        .await?;
    }
    Ok(Person {
        account: a,
        roles: roles.to_vec(),
    })
}

/// The demo's secretariat: who screens, confirms nominees, reviews the vote's anomalies,
/// fixes results and approves stories.
///
/// # Errors
/// Database failures.
pub async fn secretariat(conn: &impl ConnectionTrait, at: i64) -> Result<Person, DomainError> {
    account(
        conn,
        NewAccount {
            email: format!("secretariat@{DEMO_DOMAIN}"),
            name: "WSIS Prizes secretariat (demonstration)".to_owned(),
            country: "CH".to_owned(),
            organisation: "ITU".to_owned(),
            stakeholder: StakeholderType::InternationalOrganisation,
            at,
        },
        &[Role::Secretariat],
    )
    .await
}

/// `n` owners of submissions (`demo-0001@…`), made a minute apart from `base`.
///
/// # Errors
/// Database failures.
pub async fn owners(
    conn: &impl ConnectionTrait,
    corpus: &Corpus,
    n: usize,
    base: i64,
    rng: &mut StdRng,
) -> Result<Vec<Person>, DomainError> {
    let countries = corpus.countries();
    let mut owners = Vec::with_capacity(n);
    for i in 1..=n {
        let first = pick(rng, &corpus.first_names).clone();
        let last = pick(rng, &corpus.last_names).clone();
        let country = (*pick(rng, &countries)).clone();
        let stakeholder = *pick(rng, StakeholderType::ALL);
        let organisation = format!(
            "{last} {}",
            if stakeholder == StakeholderType::Academia {
                "Institute"
            } else {
                "Associates"
            }
        );
        let new = NewAccount {
            email: format!("demo-{i:04}@{DEMO_DOMAIN}"),
            name: format!("{first} {last}"),
            country,
            organisation,
            stakeholder,
            at: base + i64::try_from(i).unwrap_or(0) * 60,
        };
        owners.push(account(conn, new, &[]).await?);
    }
    Ok(owners)
}

/// A voter of `year`, number `n`, whose account was made at `at`.
///
/// # Errors
/// Database failures.
pub async fn voter(
    conn: &impl ConnectionTrait,
    corpus: &Corpus,
    year: i32,
    n: usize,
    at: i64,
    rng: &mut StdRng,
) -> Result<Person, DomainError> {
    let countries = corpus.countries();
    let first = pick(rng, &corpus.first_names).clone();
    let last = pick(rng, &corpus.last_names).clone();
    let new = NewAccount {
        email: format!("voter-{year}-{n:05}@{DEMO_DOMAIN}"),
        name: format!("{first} {last}"),
        country: (*pick(rng, &countries)).clone(),
        organisation: String::new(),
        stakeholder: StakeholderType::CivilSociety,
        at,
    };
    account(conn, new, &[]).await
}

/// Expert number `i` of the panel (`expert-NN@…`), made at `at`.
///
/// # Errors
/// Database failures.
pub async fn expert(
    conn: &impl ConnectionTrait,
    corpus: &Corpus,
    i: usize,
    at: i64,
    rng: &mut StdRng,
) -> Result<Person, DomainError> {
    let countries = corpus.countries();
    let first = pick(rng, &corpus.first_names).clone();
    let last = pick(rng, &corpus.last_names).clone();
    let country = (*pick(rng, &countries)).clone();
    // The draw is made whether or not the account exists, so that what follows draws alike.
    let _ = rng.random::<u8>();
    let new = NewAccount {
        email: format!("expert-{:02}@{PANEL_DOMAIN}", i + 1),
        name: format!("{first} {last}"),
        country,
        organisation: "WSIS Prizes expert group".to_owned(),
        stakeholder: StakeholderType::Academia,
        at,
    };
    account(conn, new, &[Role::Expert]).await
}
