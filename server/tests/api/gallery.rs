//! The gallery's search through the real server, on both engines: words in any script,
//! every filter, paging, and the embargo (no award, no order and no count that tells one
//! before the results are published), with clear answers to bad input.

use std::collections::{BTreeMap, BTreeSet};

use app::{
    entity::{award, edition, nominee, nominee_list, organisation, review_round, submission},
    gallery::{SearchGallery, SearchResults, rules::PAGE_SIZE},
};
use reqwest::StatusCode;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};

use crate::support::{
    Options, TestApp, phase_of, rename_organisation, spawn_app, spawn_app_with,
    spawn_with_past_edition,
};

/// A public project as the database holds it: edition year, category code, country,
/// stakeholder type, goals.
#[derive(Clone, Debug)]
struct Known {
    year: i32,
    country: String,
    stakeholder: String,
    sdgs: Vec<u8>,
    organisation_id: Option<i64>,
}

/// Every confirmed nominee still in the contest, by submission id, read from the tables.
async fn nominees_in(db: &sea_orm::DatabaseConnection) -> BTreeMap<i64, Known> {
    let years: BTreeMap<i64, i32> = edition::Entity::find()
        .all(db)
        .await
        .expect("the editions")
        .into_iter()
        .map(|e| (e.id, e.year))
        .collect();
    let rounds: BTreeMap<i64, i64> = review_round::Entity::find()
        .filter(review_round::Column::Kind.eq("shortlisting"))
        .all(db)
        .await
        .expect("the rounds")
        .into_iter()
        .map(|r| (r.id, r.edition_id))
        .collect();
    let lists: BTreeSet<i64> = nominee_list::Entity::find()
        .all(db)
        .await
        .expect("the lists")
        .into_iter()
        .filter(|l| rounds.contains_key(&l.round_id))
        .map(|l| l.id)
        .collect();
    let chosen: BTreeSet<i64> = nominee::Entity::find()
        .all(db)
        .await
        .expect("the nominees")
        .into_iter()
        .filter(|n| lists.contains(&n.list_id))
        .map(|n| n.submission_id)
        .collect();
    let organisations: BTreeMap<i64, organisation::Model> = organisation::Entity::find()
        .all(db)
        .await
        .expect("the organisations")
        .into_iter()
        .map(|o| (o.id, o))
        .collect();
    submission::Entity::find()
        .filter(submission::Column::Id.is_in(chosen))
        .filter(submission::Column::Status.ne("withdrawn"))
        .all(db)
        .await
        .expect("the submissions")
        .into_iter()
        .map(|s| {
            let org = s.organisation_id.and_then(|id| organisations.get(&id));
            (
                s.id,
                Known {
                    year: years[&s.edition_id],
                    country: org.map(|o| o.country.clone()).unwrap_or_default(),
                    stakeholder: org
                        .and_then(|o| o.stakeholder_type.get())
                        .map_or("", |t| t.code())
                        .to_owned(),
                    sdgs: s.sdgs.0.clone(),
                    organisation_id: s.organisation_id,
                },
            )
        })
        .collect()
}

/// Which public projects a filter should keep.
type Keep = Box<dyn Fn(&Known) -> bool>;

async fn search(visitor: &TestApp, form: &[(&str, &str)]) -> SearchResults {
    visitor.call_ok::<SearchGallery>(form).await
}

/// Every project a search finds, page after page.
async fn all_found(visitor: &TestApp, form: &[(&str, &str)]) -> Vec<app::gallery::ProjectCard> {
    let mut found = Vec::new();
    let mut page = 1;
    loop {
        let p = page.to_string();
        let mut with_page = form.to_vec();
        with_page.push(("page", &p));
        let r = search(visitor, &with_page).await;
        assert_eq!(r.page, page);
        assert!(r.projects.len() <= PAGE_SIZE as usize);
        found.extend(r.projects);
        if page >= r.pages {
            assert_eq!(found.len() as u64, r.total, "{form:?}");
            return found;
        }
        page += 1;
    }
}

fn ids(cards: &[app::gallery::ProjectCard]) -> BTreeSet<i64> {
    cards.iter().map(|c| c.submission_id).collect()
}

#[tokio::test]
async fn the_gallery_finds_public_projects_in_any_script_by_words_and_filters_winners_first() {
    let (app, past) = spawn_with_past_edition().await;
    let db = &app.ctx.db;
    let visitor = app.beside();
    let nominees = nominees_in(db).await;
    let public: BTreeMap<i64, Known> = nominees
        .iter()
        .filter(|(_, k)| k.year == past.year)
        .map(|(id, k)| (*id, k.clone()))
        .collect();
    assert!(
        public.len() > PAGE_SIZE as usize,
        "more than a page of nominees"
    );

    // Organisations named in three scripts, and a submission that is no nominee with a
    // word found nowhere else (before the first search writes the documents).
    let mut named = public
        .iter()
        .filter_map(|(id, k)| Some((*id, k.organisation_id?)));
    let (chinese, org) = named.next().expect("a nominee");
    rename_organisation(&app, org, "中国信息通信研究院").await;
    let (arabic, org) = named
        .find(|(_, o)| *o != org)
        .expect("a nominee of another organisation");
    rename_organisation(&app, org, "هيئة الاتصالات والفضاء والتقنية").await;
    let first_two = [chinese, arabic];
    // An organisation with no other nominee, so that the two renamed before keep their names.
    let (cyrillic, cyrillic_org) = named
        .find(|(id, o)| {
            !first_two.contains(id)
                && nominees
                    .values()
                    .filter(|k| k.organisation_id == Some(*o))
                    .count()
                    == 1
        })
        .expect("a third nominee");
    rename_organisation(&app, cyrillic_org, "Министерство цифрового развития").await;
    let hidden = submission::Entity::find()
        .filter(submission::Column::Id.is_not_in(nominees.keys().copied()))
        .one(db)
        .await
        .expect("the submissions")
        .expect("a submission that is no nominee");
    let mut hidden_model: submission::ActiveModel = hidden.clone().into();
    hidden_model.title = Set("Quetzalcoatl observatory".to_owned());
    hidden_model.update(db).await.expect("retitled");

    // Nothing typed: every public project, the current edition's (its vote not open) left
    // out, the published edition's winners first, then its champions.
    let everything = all_found(&visitor, &[]).await;
    assert_eq!(ids(&everything), public.keys().copied().collect());
    let ranks: Vec<u8> = everything
        .iter()
        .map(|c| match c.award.as_deref() {
            Some("winner") => 0,
            Some("champion") => 1,
            _ => 2,
        })
        .collect();
    assert!(ranks.windows(2).all(|w| w[0] <= w[1]), "{ranks:?}");
    let winners = ranks.iter().filter(|r| **r == 0).count() as u64;
    let awarded = ranks.iter().filter(|r| **r <= 1).count();
    assert_eq!(winners, past.vote.winners);
    assert_eq!(awarded, past.vote.champions);
    let first = search(&visitor, &[]).await;
    assert_eq!(first.choices.editions, vec![past.year]);
    assert_eq!(first.choices.categories.len(), 18);
    // A picture is shown at display size, the thumbnail offered to small screens.
    let pictured = everything
        .iter()
        .find(|c| c.thumb.is_some())
        .expect("a project with a picture");
    let (status, project) = visitor
        .get_page(&format!("/projects/{}", pictured.submission_id))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(project.contains("/display\""), "{project}");
    assert!(project.contains("/thumb 480w, /pictures/"), "{project}");

    // Words in any script: a part of a word, capitals or not, every word needed.
    for (q, want) in [
        ("信息通信", chinese),
        ("研究", chinese),
        ("الاتصالات", arabic),
        ("ЦИФРОВОГО", cyrillic),
        ("цифрового развития", cyrillic),
    ] {
        let found = search(&visitor, &[("q", q)]).await;
        assert!(ids(&found.projects).contains(&want), "{q}: {found:?}");
    }
    for q in [
        "цифрового zzqqxx",
        "Quetzalcoatl",
        "_",
        "%%",
        "' OR 1=1 --",
        "\"Quetzalcoatl\"",
        "NEAR(a b)",
    ] {
        let found = search(&visitor, &[("q", q)]).await;
        assert_eq!(found.total, 0, "{q}: {found:?}");
    }

    // Each filter, against what the tables say.
    let region_of = |k: &Known| app::countries::region_of(&k.country).map(|r| r.code());
    let checks: Vec<(&str, String, Keep)> = vec![
        (
            "region",
            "africa".into(),
            Box::new(move |k| region_of(k) == Some("africa")),
        ),
        (
            "stakeholder",
            "government".into(),
            Box::new(|k| k.stakeholder == "government"),
        ),
        ("sdg", "9".into(), Box::new(|k| k.sdgs.contains(&9))),
        ("edition", past.year.to_string(), Box::new(|_| true)),
    ];
    for (field, value, keep) in checks {
        let want: BTreeSet<i64> = public
            .iter()
            .filter(|(_, k)| keep(k))
            .map(|(id, _)| *id)
            .collect();
        let found = all_found(&visitor, &[(field, &value)]).await;
        assert_eq!(ids(&found), want, "{field}={value}");
        assert!(!want.is_empty(), "{field}={value} finds something");
    }
    let country = public[&chinese].country.clone();
    let found = all_found(&visitor, &[("country", &country), ("q", "研究")]).await;
    assert!(ids(&found).contains(&chinese));
    assert!(ids(&found).iter().all(|id| public[id].country == country));
    let elsewhere = if country == "RU" { "SN" } else { "RU" };
    let found = all_found(&visitor, &[("country", elsewhere), ("q", "研究")]).await;
    assert!(!ids(&found).contains(&chinese));
    let found = all_found(&visitor, &[("award", "winner")]).await;
    assert_eq!(found.len() as u64, past.vote.winners);
    assert!(found.iter().all(|c| c.award.as_deref() == Some("winner")));
    let found = all_found(&visitor, &[("award", "awarded")]).await;
    assert_eq!(found.len(), past.vote.champions);

    // Pages: the last one and beyond it, and what is no page.
    let last = search(&visitor, &[("page", &first.pages.to_string())]).await;
    assert!(!last.projects.is_empty());
    let beyond = search(&visitor, &[("page", &(first.pages + 1).to_string())]).await;
    assert!(beyond.projects.is_empty());
    assert_eq!(beyond.total, first.total);

    // The page is written in the visitor's language: caches keep one copy per language.
    let res = visitor
        .client
        .get(visitor.url("/gallery"))
        .send()
        .await
        .expect("the gallery");
    let vary: Vec<&str> = res
        .headers()
        .get_all("vary")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .collect();
    assert!(
        vary.iter().any(|v| v.contains("accept-language")),
        "{vary:?}"
    );

    // The page itself: plain HTML, the typed words escaped, bad input a message and a 4xx.
    let (status, page) = visitor.get_page("/gallery?q=%E7%A0%94%E7%A9%B6").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("data-testid=\"gallery-project\""));
    assert!(page.contains(&format!("href=\"/projects/{chinese}\"")));
    assert!(!page.contains(".wasm"), "a light page loads no wasm");
    let (status, page) = visitor
        .get_page("/gallery?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E")
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(!page.contains("<script>alert(1)"));
    assert!(page.contains("data-testid=\"gallery-none\""));
    for bad in [
        "/gallery?page=1001",
        "/gallery?page=-1",
        "/gallery?edition=next",
        "/gallery?region=mars",
        "/gallery?sdg=18",
        "/gallery?award=gold",
        "/gallery?country=ZZ",
    ] {
        let (status, page) = visitor.get_page(bad).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
        assert!(
            page.contains("class=\"field-error\"") || page.contains("gallery-error"),
            "{bad}: {page}"
        );
    }
    let long = "a".repeat(201);
    let res = visitor.call::<SearchGallery>(&[("q", &long)]).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    // The current edition, its vote not open: answered like an edition that does not exist.
    let current = (past.year + 1).to_string();
    let res = visitor
        .call::<SearchGallery>(&[("edition", &current)])
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);

    // Back in the past edition's selection phase: its awards are decided but not published.
    // No card, filter, order or count tells them.
    let selection = phase_of(db, past.year, "selection").await;
    app.ctx
        .clock
        .advance(selection.opens_at + 60 - app.ctx.clock.now());
    assert!(
        award::Entity::find()
            .all(db)
            .await
            .expect("the awards")
            .iter()
            .any(|a| public.contains_key(&a.submission_id)),
        "awards exist"
    );
    let embargoed = all_found(&visitor, &[]).await;
    assert_eq!(ids(&embargoed), public.keys().copied().collect());
    assert!(embargoed.iter().all(|c| c.award.is_none()));
    for award in ["winner", "champion", "awarded"] {
        let found = search(&visitor, &[("award", award)]).await;
        assert_eq!(found.total, 0, "{award} before publication");
    }
    // The order is the categories', whatever the awards.
    let position = |code: &str| first.choices.categories.iter().position(|(c, _)| c == code);
    let order: Vec<Option<usize>> = embargoed
        .iter()
        .map(|c| position(&c.category_code))
        .collect();
    assert!(order.windows(2).all(|w| w[0] <= w[1]), "{order:?}");
}

#[tokio::test]
async fn searches_are_limited_per_network() {
    let app = spawn_app_with(Options {
        quotas: app::limits::Quotas {
            searches_per_minute: 3,
            ..Options::default().quotas
        },
        ..Options::default()
    })
    .await;
    let visitor = app.beside();
    for _ in 0..3 {
        let res = visitor.call::<SearchGallery>(&[("q", "water")]).await;
        assert_eq!(res.status(), StatusCode::OK);
    }
    let res = visitor.call::<SearchGallery>(&[("q", "water")]).await;
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    let (status, _) = visitor.get_page("/gallery").await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test]
async fn the_language_in_the_address_wins_and_every_page_names_its_other_versions() {
    let app = spawn_app().await;
    let visitor = app.beside();
    let res = visitor
        .client
        .get(visitor.url("/fr/gallery?q=eau"))
        .header("accept-language", "ru")
        .send()
        .await
        .expect("the gallery in French");
    assert_eq!(res.status(), StatusCode::OK);
    let cookie = res
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .any(|v| v.starts_with("wsis_lang=fr"));
    assert!(cookie, "the language is remembered for the page's links");
    let page = res.text().await.expect("the page");
    assert!(page.contains("lang=\"fr\""));
    assert!(page.contains("Galerie des projets"));
    assert!(page.contains("value=\"eau\""), "the search is kept");
    for (lang, href) in [
        ("x-default", "http://wsis.test/gallery?q=eau"),
        ("ar", "http://wsis.test/ar/gallery?q=eau"),
        ("zh", "http://wsis.test/zh/gallery?q=eau"),
        ("en", "http://wsis.test/en/gallery?q=eau"),
    ] {
        assert!(
            page.contains(&format!("href=\"{href}\" hreflang=\"{lang}\"")),
            "{lang}: {page}"
        );
    }
    assert!(page.contains("href=\"http://wsis.test/fr/gallery?q=eau\" rel=\"canonical\""));
    // Addressed without a language, the page is the x-default version: its canonical address
    // is its own, not one of the languages' (which search engines read as a contradiction).
    let (_, plain) = visitor.get_page("/gallery?q=eau").await;
    assert!(
        plain.contains("href=\"http://wsis.test/gallery?q=eau\" rel=\"canonical\""),
        "{plain}"
    );
    assert!(page.contains("property=\"og:title\" content=\"Galerie des projets\""));
    // The switcher comes back to the same search.
    assert!(
        page.contains("href=\"/lang/ar?next=%2Fgallery%3Fq%3Deau\""),
        "{page}"
    );

    // The home page in Chinese, and its versions.
    let (status, home) = visitor.get_page("/zh").await;
    assert_eq!(status, StatusCode::OK);
    assert!(home.contains("lang=\"zh\""));
    assert!(home.contains("href=\"http://wsis.test/ru\" hreflang=\"ru\""));
    // What is not a language's address is not found.
    for path in ["/xx/gallery", "/FR/gallery", "/fr-CH/gallery"] {
        let (status, _) = visitor.get_page(path).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
    }
}

#[tokio::test]
async fn the_gallery_sorts_titles_in_the_root_collation_order_on_either_engine() {
    let (app, past) = spawn_with_past_edition().await;
    let known = nominees_in(&app.ctx.db).await;
    // Titles whose code points sort otherwise: capitals before small letters, accented
    // letters after "z".
    let words = [
        "Zèbre",
        "école",
        "Ecole",
        "apple",
        "Äpfel",
        "Ölkännchen",
        "Ñandú",
        "Nube",
        "Étoile",
        "zoo",
        "éducation",
        "Eau",
        "Ωmega",
        "Ärzte",
    ];
    let txn = app::db::begin_write(&app.ctx.db)
        .await
        .expect("a transaction");
    let mine = known.iter().filter(|(_, k)| k.year == past.year);
    for (i, (id, _)) in mine.enumerate() {
        let s = submission::Entity::find_by_id(*id)
            .one(&txn)
            .await
            .expect("the submissions")
            .expect("the submission");
        let mut s: submission::ActiveModel = s.into();
        s.title = Set(format!("{} {}", words[i % words.len()], i / words.len()));
        s.update(&txn).await.expect("retitled");
    }
    app::catalogue::commit(&app.ctx, txn)
        .await
        .expect("committed");

    let visitor = app.beside();
    let year = past.year.to_string();
    let cards = all_found(&visitor, &[("edition", &year)]).await;
    assert!(cards.len() > words.len(), "{}", cards.len());
    // Within a category and an award, by title in the root order, whatever the engine's
    // own collation.
    type Group = (String, Option<String>);
    let mut groups: Vec<(Group, Vec<String>)> = Vec::new();
    for c in cards {
        let key = (c.category_code.clone(), c.award.clone());
        match groups.last_mut() {
            Some((k, titles)) if *k == key => titles.push(c.title),
            _ => groups.push((key, vec![c.title])),
        }
    }
    let mut differs = false;
    for (key, titles) in &groups {
        let mut by_key = titles.clone();
        by_key.sort_by_key(|t| app::i18n::collation::root_key(t));
        assert_eq!(titles, &by_key, "{key:?}");
        let mut by_code_point = titles.clone();
        by_code_point.sort();
        differs |= &by_code_point != titles;
    }
    assert!(differs, "no group whose order tells the two apart");
}
