//! Faults: a server killed in a flood of votes, and two instances on one database.

use super::*;

/// Puts the calendar so that voting is open by the real clock, and this instance's clock
/// back to it, so that an instance running as a process of its own agrees on what is open.
async fn voting_in_real_time(app: &TestApp) {
    use sea_orm::sea_query::Expr;
    let real = jiff::Timestamp::now().as_second();
    app.ctx.clock.advance(real - app.ctx.clock.now());
    let day = 86_400;
    for (kind, opens, closes) in [
        ("submission", real - 3 * day, real - 2 * day),
        ("screening", real - 2 * day, real - 60),
        ("voting", real - 60, real + day),
        ("selection", real + day, real + 2 * day),
        ("publication", real + 2 * day, real + 300 * day),
    ] {
        phase::Entity::update_many()
            .col_expr(phase::Column::OpensAt, Expr::value(opens))
            .col_expr(phase::Column::ClosesAt, Expr::value(closes))
            .filter(phase::Column::Kind.eq(kind))
            .exec(&app.ctx.db)
            .await
            .expect("the calendar moved");
    }
    // This instance reads the new calendar at once (another within a second).
    app::catalogue::forget(&app.ctx);
}

/// Another instance of the application, as a process of its own on the same database: the
/// release of a crash test, and the second of two instances. Killed when dropped.
struct Instance {
    child: std::process::Child,
    url: String,
    _dir: crate::support::tempdir::TempDir,
}

impl Drop for Instance {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

async fn instance(app: &TestApp) -> Instance {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    let dir = crate::support::tempdir::TempDir::new();
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_wsis-prizes"));
    cmd.arg("serve").env_clear();
    if let Ok(path) = std::env::var("PATH") {
        cmd.env("PATH", path);
    }
    let child = cmd
        .env("DATABASE_URL", &app.database_url)
        .env("WSIS_DATA_DIR", &dir.0)
        .env("LEPTOS_SITE_ADDR", format!("127.0.0.1:{port}"))
        .env("LEPTOS_SITE_ROOT", dir.0.join("site"))
        // The same signing secret as the test's own instance: its sessions hold here too.
        .env(
            "WSIS_JWT_SECRET",
            "a test signing secret that is long enough",
        )
        .env("WSIS_PUBLIC_URL", "http://wsis.test")
        .env("RUST_LOG", "error")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("the second instance");
    let url = format!("http://127.0.0.1:{port}");
    let mut server = Instance {
        child,
        url,
        _dir: dir,
    };
    let client = reqwest::Client::new();
    for _ in 0..600 {
        if client
            .get(format!("{}/health", server.url))
            .send()
            .await
            .is_ok_and(|r| r.status().is_success())
        {
            return server;
        }
        if let Ok(Some(status)) = server.child.try_wait() {
            panic!("the second instance exited: {status}");
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("the second instance did not answer within 30 s");
}

/// Casts a vote at the instance at `base`, with `voter`'s session.
async fn cast_at(
    voter: &TestApp,
    base: &str,
    category: &str,
    nominee: &str,
) -> Result<(StatusCode, String), reqwest::Error> {
    let res = voter
        .client
        .post(format!("{base}/api/voting/cast"))
        .form(&[("category", category), ("nominee", nominee)])
        .send()
        .await?;
    let status = res.status();
    Ok((status, res.text().await.unwrap_or_default()))
}

/// Every vote row, as (voter, category, receipt).
async fn all_votes(app: &TestApp) -> Vec<(i64, i64, String)> {
    vote::Entity::find()
        .all(&app.ctx.db)
        .await
        .expect("the votes")
        .into_iter()
        .map(|v| (v.voter_id, v.category_id, v.receipt))
        .collect()
}

#[tokio::test]
async fn every_vote_acknowledged_before_a_crash_is_there_after_restart_and_none_is_twice() {
    let Contest { app, c74, c1, .. } = contest(Options::default()).await;
    voting_in_real_time(&app).await;
    let mut voters = Vec::new();
    for i in 0..20 {
        voters.push(other_person(&app, &format!("crash{i}@public.example")).await);
    }
    let server = instance(&app).await;
    // The flood, paced so that the crash falls in its middle.
    let acked = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let ballots: Vec<(usize, &str, &str)> = (0..voters.len())
        .flat_map(|i| [(i, "C7.4", c74[i % 2].as_str()), (i, "C1", c1.as_str())])
        .collect();
    let url = server.url.clone();
    let flood = ballots
        .iter()
        .enumerate()
        .map(|(n, (i, category, nominee))| {
            let (voter, base, acked) = (&voters[*i], url.clone(), acked.clone());
            async move {
                tokio::time::sleep(std::time::Duration::from_millis(n as u64 * 20)).await;
                if let Ok((StatusCode::OK, body)) = cast_at(voter, &base, category, nominee).await {
                    let receipt: String = serde_json::from_str(&body).expect("a receipt");
                    acked
                        .lock()
                        .expect("the list")
                        .push(receipt.replace('-', ""));
                }
            }
        });
    let seen = acked.clone();
    let crash = async move {
        // SIGKILL once a dozen votes are acknowledged: no shutdown, no flush.
        for _ in 0..400 {
            if seen.lock().expect("the list").len() >= 12 {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(10)).await;
        }
        drop(server);
    };
    tokio::join!(futures::future::join_all(flood), crash);
    let acked = acked.lock().expect("the list").clone();
    assert!(
        acked.len() >= 12 && acked.len() < ballots.len(),
        "the crash fell in the middle of the flood: {} of {}",
        acked.len(),
        ballots.len()
    );

    // After a restart, every acknowledged vote is there, and no voter has two in a category.
    let restarted = instance(&app).await;
    let stored = all_votes(&app).await;
    for receipt in &acked {
        assert!(
            stored.iter().any(|(_, _, r)| r == receipt),
            "acknowledged vote {receipt} lost"
        );
    }
    let pairs: std::collections::BTreeSet<(i64, i64)> =
        stored.iter().map(|(v, c, _)| (*v, *c)).collect();
    assert_eq!(pairs.len(), stored.len(), "a duplicate vote");
    // The voters try again: what was committed is refused, the rest is recorded.
    for (i, category, nominee) in &ballots {
        let (status, body) = cast_at(&voters[*i], &restarted.url, category, nominee)
            .await
            .expect("the restarted instance answers");
        assert!(
            status == StatusCode::OK || status == StatusCode::CONFLICT,
            "{status}: {body}"
        );
    }
    assert_eq!(all_votes(&app).await.len(), ballots.len());
}

#[tokio::test]
async fn two_instances_on_one_database_record_each_vote_once() {
    let Contest { app, c74, c1, .. } = contest(Options::default()).await;
    voting_in_real_time(&app).await;
    let mut voters = Vec::new();
    for i in 0..12 {
        voters.push(other_person(&app, &format!("twice{i}@public.example")).await);
    }
    let second = instance(&app).await;
    // Every voter sends the same vote to both instances at once.
    let (first, other) = (app.address.as_str(), second.url.as_str());
    let tries = voters.iter().enumerate().flat_map(|(i, voter)| {
        [("C7.4", c74[i % 2].clone()), ("C1", c1.clone())]
            .into_iter()
            .map(move |(category, nominee)| async move {
                {
                    let (a, b) = tokio::join!(
                        cast_at(voter, first, category, &nominee),
                        cast_at(voter, other, category, &nominee)
                    );
                    [
                        a.expect("the first instance").0,
                        b.expect("the second instance").0,
                    ]
                }
            })
    });
    let answers = futures::future::join_all(tries).await;
    for pair in &answers {
        let ok = pair.iter().filter(|s| **s == StatusCode::OK).count();
        assert_eq!(
            ok, 1,
            "one instance records it, the other refuses: {pair:?}"
        );
        assert!(pair.contains(&StatusCode::CONFLICT), "{pair:?}");
    }
    let stored = all_votes(&app).await;
    assert_eq!(stored.len(), voters.len() * 2);
    drop(second);
}
