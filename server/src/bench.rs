//! What the vote benchmark (`BENCH_ONLY=vote make bench`) needs from the command line:
//! voters with sessions on a demo edition whose vote is open, and the raw single-row commit
//! rate of SQLite with the platform's settings. Refused on an edition that does not hold
//! demonstration data, so that it never touches a real contest.

use std::{io::Write as _, path::Path, time::Instant};

use anyhow::{Context as _, bail};
use app::{
    auth::jwt::{JwtKeys, cookie_name},
    catalogue,
    entity::{account, phase},
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    Set, sea_query::Expr,
};
use secrecy::SecretString;

const DAY: i64 = 86_400;

/// Opens the vote of the current (demo) edition now, creates `voters` confirmed accounts and
/// writes, for each of them and each category on the ballot, a line
/// `cookie<TAB>category<TAB>nominee` to `out`. Returns the number of lines.
///
/// # Errors
/// No current edition, or one without demonstration data; database or file failures.
pub async fn prepare_vote(
    db: &DatabaseConnection,
    secret: &SecretString,
    voters: usize,
    out: &Path,
) -> anyhow::Result<usize> {
    let now = jiff::Timestamp::now().as_second();
    let Some(loaded) = catalogue::load::current_stored(db, now).await? else {
        bail!("no current edition: load the demo edition first (wsis-prizes demo)");
    };
    if !loaded.edition.holds_demo_data {
        bail!(
            "the current edition holds real data: the vote benchmark runs on the demo edition only"
        );
    }
    for (kind, opens, closes) in [
        ("submission", now - 3 * DAY, now - 2 * DAY),
        ("screening", now - 2 * DAY, now - 60),
        ("voting", now - 60, now + 30 * DAY),
        ("selection", now + 30 * DAY, now + 40 * DAY),
        ("publication", now + 40 * DAY, now + 300 * DAY),
    ] {
        phase::Entity::update_many()
            .col_expr(phase::Column::OpensAt, Expr::value(opens))
            .col_expr(phase::Column::ClosesAt, Expr::value(closes))
            .filter(phase::Column::EditionId.eq(loaded.edition.id))
            .filter(phase::Column::Kind.eq(kind))
            .exec(db)
            .await?;
    }
    // The phases' triggers moved the catalogue's version: a running server reads them.
    // The ballot: each category's first nominee (the choice does not change the cost).
    let ballot = ballot_of(db, loaded.edition.id).await?;
    if ballot.is_empty() {
        bail!("the demo edition has no confirmed nominees");
    }
    let keys = JwtKeys::new(secret);
    let mut file = std::io::BufWriter::new(
        std::fs::File::create(out).with_context(|| format!("creating {}", out.display()))?,
    );
    let mut lines = 0;
    for i in 0..voters {
        let email = format!("bench-voter-{i:06}@bench.invalid");
        let existing = account::Entity::find()
            .filter(account::Column::Email.eq(&email))
            .one(db)
            .await?;
        let voter = match existing {
            Some(a) => a,
            None => {
                account::ActiveModel {
                    email: Set(email),
                    email_confirmed_at: Set(Some(now - 400 * DAY)),
                    // No password: nobody signs in as a bench voter.
                    password_hash: Set("!".to_owned()),
                    name: Set(format!("Bench voter {i}")),
                    organisation: Set(String::new()),
                    country: Set("CH".to_owned()),
                    stakeholder_type: Set(app::codes::StakeholderType::CivilSociety),
                    locale: Set(app::i18n::Locale::En),
                    token_version: Set(0),
                    created_at: Set(now - 400 * DAY),
                    updated_at: Set(now - 400 * DAY),
                    ..Default::default()
                }
                .insert(db)
                .await?
            }
        };
        let token = keys
            .issue(voter.id, voter.token_version, now, 3 * 3600)
            .context("signing a session")?;
        for (category, nominee) in &ballot {
            writeln!(
                file,
                "{}={token}\t{category}\t{nominee}",
                cookie_name(false)
            )?;
            lines += 1;
        }
    }
    file.flush()?;
    Ok(lines)
}

/// Each category with confirmed nominees, with its first nominee.
async fn ballot_of(db: &DatabaseConnection, edition_id: i64) -> anyhow::Result<Vec<(String, i64)>> {
    use app::{
        entity::{category, nominee, nominee_list},
        review::{RoundKind, rounds},
    };
    let Some(round) = rounds::find(db, edition_id, RoundKind::Shortlisting).await? else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    for list in nominee_list::Entity::find()
        .filter(nominee_list::Column::RoundId.eq(round.id))
        .all(db)
        .await?
    {
        let first = nominee::Entity::find()
            .filter(nominee::Column::ListId.eq(list.id))
            .one(db)
            .await?;
        let cat = category::Entity::find_by_id(list.category_id)
            .one(db)
            .await?;
        if let (Some(n), Some(c)) = (first, cat) {
            out.push((c.code, n.submission_id));
        }
    }
    Ok(out)
}

/// The rate of single-row commits, one after the other, on a scratch SQLite file in `dir`
/// with the platform's settings (WAL, `synchronous=FULL`), once its WAL has grown.
///
/// # Errors
/// Database failures.
pub async fn sqlite_commit_rate(dir: &Path, seconds: u64) -> anyhow::Result<f64> {
    let file = dir.join("commit-rate.db");
    let _ = std::fs::remove_file(&file);
    let url = SecretString::from(format!("sqlite://{}?mode=rwc", file.display()));
    let db = crate::db::connect(&url).await?;
    db.execute_unprepared("CREATE TABLE rows (id INTEGER PRIMARY KEY, body TEXT NOT NULL)")
        .await?;
    // Grow the WAL first, as a database in service has.
    for _ in 0..2_000 {
        db.execute_unprepared(
            "INSERT INTO rows (body) VALUES ('warm-up row of about sixty bytes, like a vote')",
        )
        .await?;
    }
    let start = Instant::now();
    let mut commits = 0_u64;
    while start.elapsed().as_secs() < seconds {
        db.execute_unprepared(
            "INSERT INTO rows (body) VALUES ('a row of about sixty bytes, like a vote')",
        )
        .await?;
        commits += 1;
    }
    let rate = commits as f64 / start.elapsed().as_secs_f64();
    db.close().await?;
    let _ = std::fs::remove_file(&file);
    Ok(rate)
}
