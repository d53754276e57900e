//! Rate limits of the actions that cost the server work or send mail, kept in each instance's
//! memory (behind a load balancer each instance counts on its own).
//!
//! Keys are bounded before use: a client is keyed by its network (an IPv4 address, or the
//! /64 an IPv6 client is given, since one subscriber holds a whole /64), an account by its
//! parsed, lower-cased e-mail address (at most 254 bytes) or its id.
//!
//! Signing in is limited per network, and per account across all networks; the owner coming
//! from a network they have signed in from before is not held by the per-account limit, so
//! that nobody can lock another person out by typing wrong passwords for them.

use std::{
    collections::HashMap,
    net::{IpAddr, Ipv6Addr},
    num::NonZeroU32,
    sync::Mutex,
    time::{Duration, Instant},
};

use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter, clock::Clock as _};

use crate::error::DomainError;

/// Per-action quotas.
#[derive(Clone, Copy, Debug)]
pub struct Quotas {
    /// Sign-in attempts per client network per minute (and, times six, per account per hour).
    pub login_per_minute: u32,
    /// Registrations per client network, and per e-mail address, per hour.
    pub register_per_hour: u32,
    /// Password-reset requests per client network, and per account, per hour.
    pub reset_per_hour: u32,
    /// Links followed (confirmation, reset, invitation) per client network per hour.
    pub links_per_hour: u32,
    /// Picture uploads per account per hour.
    pub uploads_per_hour: u32,
    /// Gallery searches (and the pages that run one) per client network per minute.
    pub searches_per_minute: u32,
    /// Open-data requests (`/api/v1`) per client network per minute.
    pub open_data_per_minute: u32,
    /// Votes cast per client network per minute: sized for the many voters one carrier's NAT
    /// or one ministry's network puts behind a single address.
    pub votes_per_minute_network: u32,
    /// Votes cast per account per minute: the fine limit (a ballot has 18 categories).
    pub votes_per_minute_account: u32,
}

impl Default for Quotas {
    fn default() -> Self {
        Self {
            login_per_minute: 10,
            register_per_hour: 20,
            reset_per_hour: 5,
            links_per_hour: 60,
            uploads_per_hour: 60,
            searches_per_minute: 120,
            open_data_per_minute: 120,
            votes_per_minute_network: 1_200,
            votes_per_minute_account: 30,
        }
    }
}

/// When anomaly review flags a group of votes. The defaults suit an edition of a few million
/// votes; an instance may set its own (`WSIS_FLAG_*`, see the README).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FlagThresholds {
    /// Votes from one network within `window_secs` that make a burst.
    pub burst_votes: usize,
    /// Accounts created within `window_secs` of each other (and within a week before the
    /// vote opened, or during it) that voted.
    pub bulk_accounts: usize,
    /// Voters sharing exactly the same complete ballot.
    pub uniform_ballots: usize,
    pub window_secs: i64,
}

impl Default for FlagThresholds {
    fn default() -> Self {
        Self {
            burst_votes: 200,
            bulk_accounts: 30,
            uniform_ballots: 50,
            window_secs: 600,
        }
    }
}

/// The network a client address belongs to, for keying limits: IPv4 addresses as they are,
/// IPv6 addresses by their /64 (an IPv4-mapped IPv6 address counts as the IPv4 address).
pub fn client_net(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V4(v4) => IpAddr::V4(v4),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => {
                let s = v6.segments();
                IpAddr::V6(Ipv6Addr::new(s[0], s[1], s[2], s[3], 0, 0, 0, 0))
            }
        },
    }
}

/// The key of an account named by an e-mail address typed by anyone: lower-cased and trimmed,
/// and none at all when it cannot be an address (so that a limiter never stores unbounded
/// keys).
pub fn account_key(email: &str) -> Option<String> {
    let key = email.trim().to_lowercase();
    (!key.is_empty() && key.len() <= 254 && key.contains('@')).then_some(key)
}

fn nz(n: u32) -> NonZeroU32 {
    NonZeroU32::new(n.max(1)).unwrap_or(NonZeroU32::MIN)
}

fn check<K: std::hash::Hash + Eq + Clone>(
    limiter: &DefaultKeyedRateLimiter<K>,
    key: &K,
) -> Result<(), DomainError> {
    limiter.check_key(key).map_err(|not_until| {
        DomainError::RateLimited(
            not_until.wait_time_from(governor::clock::DefaultClock::default().now()),
        )
    })
}

/// A limit keyed by client network and, when known, by account.
pub struct Limiter {
    by_net: DefaultKeyedRateLimiter<IpAddr>,
    by_account: DefaultKeyedRateLimiter<String>,
}

impl Limiter {
    fn new(quota: Quota) -> Self {
        Self {
            by_net: RateLimiter::keyed(quota),
            by_account: RateLimiter::keyed(quota),
        }
    }

    /// Takes one unit for this client's network (and this account, when known).
    ///
    /// # Errors
    /// [`DomainError::RateLimited`] with the time to wait.
    pub fn check(&self, ip: IpAddr, account: Option<&str>) -> Result<(), DomainError> {
        check(&self.by_net, &client_net(ip))?;
        if let Some(key) = account.and_then(account_key) {
            check(&self.by_account, &key)?;
        }
        Ok(())
    }

    fn retain_recent(&self) {
        self.by_net.retain_recent();
        self.by_account.retain_recent();
    }
}

/// How many (account, network) pairs that signed in successfully are remembered.
const KNOWN_NETWORKS_MAX: usize = 200_000;
/// How long a network stays known to an account after its last successful sign-in.
const KNOWN_NETWORK_TTL: Duration = Duration::from_secs(60 * 86_400);

/// The sign-in limits.
pub struct LoginLimiter {
    by_net: DefaultKeyedRateLimiter<IpAddr>,
    by_account: DefaultKeyedRateLimiter<String>,
    known: Mutex<HashMap<(String, IpAddr), Instant>>,
}

impl LoginLimiter {
    fn new(per_minute: u32) -> Self {
        Self {
            by_net: RateLimiter::keyed(Quota::per_minute(nz(per_minute))),
            by_account: RateLimiter::keyed(Quota::per_hour(nz(per_minute.saturating_mul(6)))),
            known: Mutex::new(HashMap::new()),
        }
    }

    fn is_known(&self, key: &(String, IpAddr)) -> bool {
        self.known
            .lock()
            .map(|k| k.get(key).is_some_and(|t| t.elapsed() < KNOWN_NETWORK_TTL))
            .unwrap_or(false)
    }

    /// Takes one sign-in attempt for `email` from `ip`.
    ///
    /// # Errors
    /// [`DomainError::RateLimited`] with the time to wait.
    pub fn check(&self, ip: IpAddr, email: &str) -> Result<(), DomainError> {
        let net = client_net(ip);
        check(&self.by_net, &net)?;
        if let Some(key) = account_key(email)
            && !self.is_known(&(key.clone(), net))
        {
            check(&self.by_account, &key)?;
        }
        Ok(())
    }

    /// Remembers that `email` signed in from `ip`'s network.
    pub fn remember(&self, ip: IpAddr, email: &str) {
        let Some(key) = account_key(email) else {
            return;
        };
        if let Ok(mut known) = self.known.lock() {
            if known.len() >= KNOWN_NETWORKS_MAX {
                known.retain(|_, t| t.elapsed() < KNOWN_NETWORK_TTL);
                if known.len() >= KNOWN_NETWORKS_MAX {
                    // Still full of recent entries: start again rather than grow without bound.
                    known.clear();
                }
            }
            known.insert((key, client_net(ip)), Instant::now());
        }
    }

    fn retain_recent(&self) {
        self.by_net.retain_recent();
        self.by_account.retain_recent();
        if let Ok(mut known) = self.known.lock() {
            known.retain(|_, t| t.elapsed() < KNOWN_NETWORK_TTL);
        }
    }
}

/// A limit keyed by account id (actions of signed-in accounts).
pub struct AccountLimiter(DefaultKeyedRateLimiter<i64>);

impl AccountLimiter {
    /// Takes one unit for this account.
    ///
    /// # Errors
    /// [`DomainError::RateLimited`] with the time to wait.
    pub fn check(&self, account_id: i64) -> Result<(), DomainError> {
        check(&self.0, &account_id)
    }
}

/// Casting votes: per client network, with room for a shared address, and per account.
pub struct VoteLimiter {
    by_net: DefaultKeyedRateLimiter<IpAddr>,
    by_account: DefaultKeyedRateLimiter<i64>,
}

impl VoteLimiter {
    fn new(q: &Quotas) -> Self {
        Self {
            by_net: RateLimiter::keyed(Quota::per_minute(nz(q.votes_per_minute_network))),
            by_account: RateLimiter::keyed(Quota::per_minute(nz(q.votes_per_minute_account))),
        }
    }

    /// Takes one vote for this account, then for its network: a voter who casts too fast is
    /// held before they use up their network's share.
    ///
    /// # Errors
    /// [`DomainError::RateLimited`] with the time to wait.
    pub fn check(&self, ip: IpAddr, account_id: i64) -> Result<(), DomainError> {
        check(&self.by_account, &account_id)?;
        check(&self.by_net, &client_net(ip))
    }

    fn retain_recent(&self) {
        self.by_net.retain_recent();
        self.by_account.retain_recent();
    }
}

/// The rate limits of one instance.
pub struct RateLimits {
    pub login: LoginLimiter,
    /// Changing the password while signed in: per account, apart from sign-in.
    pub change_password: AccountLimiter,
    pub register: Limiter,
    pub reset: Limiter,
    /// Links followed from mail (confirmation, reset, invitation), per network.
    pub links: Limiter,
    /// Invitations sent by mail (co-owners): the same quota as registrations.
    pub invite: Limiter,
    pub uploads: AccountLimiter,
    /// Gallery searches, per network: anyone may search, and each costs queries.
    pub search: Limiter,
    /// The open data, per network: anyone may read it, and each answer costs queries.
    pub open_data: Limiter,
    pub votes: VoteLimiter,
}

impl Quotas {
    /// No limit at all: for the platform's own scripted calls (the demo), never for a
    /// request.
    pub fn lifted() -> Self {
        Self {
            login_per_minute: u32::MAX,
            register_per_hour: u32::MAX,
            reset_per_hour: u32::MAX,
            links_per_hour: u32::MAX,
            uploads_per_hour: u32::MAX,
            searches_per_minute: u32::MAX,
            open_data_per_minute: u32::MAX,
            votes_per_minute_network: u32::MAX,
            votes_per_minute_account: u32::MAX,
        }
    }
}

impl RateLimits {
    pub fn new(q: Quotas) -> Self {
        Self {
            login: LoginLimiter::new(q.login_per_minute),
            change_password: AccountLimiter(RateLimiter::keyed(Quota::per_minute(nz(
                q.login_per_minute
            )))),
            register: Limiter::new(Quota::per_hour(nz(q.register_per_hour))),
            reset: Limiter::new(Quota::per_hour(nz(q.reset_per_hour))),
            links: Limiter::new(Quota::per_hour(nz(q.links_per_hour))),
            invite: Limiter::new(Quota::per_hour(nz(q.register_per_hour))),
            uploads: AccountLimiter(RateLimiter::keyed(Quota::per_hour(nz(q.uploads_per_hour)))),
            search: Limiter::new(Quota::per_minute(nz(q.searches_per_minute))),
            open_data: Limiter::new(Quota::per_minute(nz(q.open_data_per_minute))),
            votes: VoteLimiter::new(&q),
        }
    }

    /// Drops keys that have fully replenished, so memory stays bounded.
    pub fn retain_recent(&self) {
        self.login.retain_recent();
        self.change_password.0.retain_recent();
        self.register.retain_recent();
        self.reset.retain_recent();
        self.links.retain_recent();
        self.invite.retain_recent();
        self.uploads.0.retain_recent();
        self.search.retain_recent();
        self.open_data.retain_recent();
        self.votes.retain_recent();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ipv6_clients_are_grouped_by_their_64() {
        let a: IpAddr = "2001:db8:1:2:aaaa::1"
            .parse()
            .unwrap_or(IpAddr::V4([0; 4].into()));
        let b: IpAddr = "2001:db8:1:2:ffff:1:2:3"
            .parse()
            .unwrap_or(IpAddr::V4([0; 4].into()));
        let c: IpAddr = "2001:db8:1:3::1"
            .parse()
            .unwrap_or(IpAddr::V4([0; 4].into()));
        assert_eq!(client_net(a), client_net(b));
        assert_ne!(client_net(a), client_net(c));
        let mapped: IpAddr = "::ffff:203.0.113.7"
            .parse()
            .unwrap_or(IpAddr::V4([0; 4].into()));
        assert_eq!(client_net(mapped), IpAddr::V4([203, 0, 113, 7].into()));
    }

    #[test]
    fn account_keys_are_bounded_and_lower_case() {
        assert_eq!(
            account_key(" Amina@Example.ORG "),
            Some("amina@example.org".into())
        );
        assert_eq!(account_key(&format!("{}@x.org", "a".repeat(300))), None);
        assert_eq!(account_key("not an address"), None);
        assert_eq!(account_key(""), None);
    }

    #[test]
    fn wrong_passwords_from_elsewhere_do_not_lock_out_the_owner_at_home() {
        let limits = LoginLimiter::new(2);
        let home: IpAddr = [198, 51, 100, 1].into();
        limits.remember(home, "owner@example.org");
        // Attackers from many networks exhaust the account's bucket (2 × 6 an hour).
        for i in 0..40u8 {
            let _ = limits.check([203, 0, 113, i].into(), "owner@example.org");
        }
        assert!(
            limits
                .check([203, 0, 114, 1].into(), "owner@example.org")
                .is_err()
        );
        // The owner, at home, still gets in.
        assert!(limits.check(home, "Owner@Example.org").is_ok());
    }

    #[test]
    fn a_fast_voter_is_held_while_others_on_the_same_network_still_vote() {
        let limits = VoteLimiter::new(&Quotas {
            votes_per_minute_network: 50,
            votes_per_minute_account: 5,
            ..Quotas::default()
        });
        let nat: IpAddr = [203, 0, 113, 9].into();
        for _ in 0..5 {
            assert!(limits.check(nat, 1).is_ok());
        }
        // The flood from account 1 is held by its own limit...
        for _ in 0..20 {
            assert!(limits.check(nat, 1).is_err());
        }
        // ...without using up the network's share: other voters behind the address vote.
        for voter in 2..10 {
            assert!(limits.check(nat, voter).is_ok());
        }
    }

    #[test]
    fn one_network_is_held_whatever_the_account() {
        let limits = LoginLimiter::new(3);
        let ip: IpAddr = [203, 0, 113, 9].into();
        for i in 0..3 {
            assert!(limits.check(ip, &format!("a{i}@example.org")).is_ok());
        }
        assert!(limits.check(ip, "another@example.org").is_err());
    }
}
