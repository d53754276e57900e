//! Languages: the six UN languages, Fluent message files under `app/locales/`, and the
//! choice of language for a visitor (switcher cookie, else `Accept-Language`).
//!
//! The language is chosen once per page load on the server and handed to the views as
//! context. Switching language is a plain link that sets a cookie, so it works without
//! JavaScript.
//!
//! The message catalogues live on the server only: pages are rendered there, and an island
//! receives the few words it shows as props ([`PluralText`] where it shows a count), so the
//! browser never downloads a catalogue.

#[cfg(feature = "ssr")]
use std::{borrow::Cow, collections::HashMap};

#[cfg(feature = "ssr")]
use fluent_templates::{LanguageIdentifier, fluent_bundle::FluentValue, langid, static_loader};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

mod plural;
pub use plural::{Plural, PluralText};

#[cfg(feature = "ssr")]
static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        // Bidi isolation marks around arguments would end up inside e-mail subjects and
        // form values; the pages set `dir` themselves.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// Name of the cookie that remembers the language picked in the switcher.
pub const LANG_COOKIE: &str = "wsis_lang";

/// The language the address named (`/fr/…`), set by the server before routing: the request
/// context prefers it, and the page names that address as its canonical one.
#[derive(Clone, Copy, Debug)]
pub struct PathLocale(pub Locale);

/// One of the six UN languages. English is the reference. On the server, the type of the
/// columns that hold a language (by its code; an unknown code fails to load).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(
    feature = "ssr",
    derive(sea_orm::DeriveValueType),
    sea_orm(value_type = "String")
)]
pub enum Locale {
    #[default]
    En,
    Fr,
    Es,
    Ru,
    Zh,
    Ar,
}

/// Reads a stored code: only our own codes are written (unlike [`Locale::from_code`],
/// which reads what a browser sends, such as `fr-CH`).
#[cfg(feature = "ssr")]
impl std::str::FromStr for Locale {
    type Err = UnknownLocale;

    fn from_str(code: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|l| l.code() == code)
            .ok_or_else(|| UnknownLocale(code.to_owned()))
    }
}

/// A language code read back that is none of ours.
#[cfg(feature = "ssr")]
#[derive(Debug, thiserror::Error)]
#[error("unknown locale {0:?} in the database")]
pub struct UnknownLocale(pub String);

/// A language is never a number: a key that holds one is never made from a row count.
#[cfg(feature = "ssr")]
impl sea_orm::TryFromU64 for Locale {
    fn try_from_u64(_: u64) -> Result<Self, sea_orm::DbErr> {
        Err(sea_orm::DbErr::ConvertFromU64("Locale"))
    }
}

/// Writes the stored code.
#[cfg(feature = "ssr")]
impl std::fmt::Display for Locale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(feature = "ssr")]
static EN: LanguageIdentifier = langid!("en");
#[cfg(feature = "ssr")]
static FR: LanguageIdentifier = langid!("fr");
#[cfg(feature = "ssr")]
static ES: LanguageIdentifier = langid!("es");
#[cfg(feature = "ssr")]
static RU: LanguageIdentifier = langid!("ru");
#[cfg(feature = "ssr")]
static ZH: LanguageIdentifier = langid!("zh");
#[cfg(feature = "ssr")]
static AR: LanguageIdentifier = langid!("ar");

impl Locale {
    /// In the order the switcher shows them: the UN's alphabetical order of the English names.
    pub const ALL: [Locale; 6] = [
        Locale::Ar,
        Locale::Zh,
        Locale::En,
        Locale::Fr,
        Locale::Ru,
        Locale::Es,
    ];

    /// The BCP 47 code, as used in `<html lang>`, cookies and the database.
    /// The six languages with English, the reference, first: the order of the forms that
    /// take a text in each (a category's, a group message's).
    pub fn english_first() -> impl Iterator<Item = Locale> {
        std::iter::once(Locale::En).chain(Self::ALL.into_iter().filter(|l| *l != Locale::En))
    }

    pub fn code(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Fr => "fr",
            Locale::Es => "es",
            Locale::Ru => "ru",
            Locale::Zh => "zh",
            Locale::Ar => "ar",
        }
    }

    /// Parses a language code such as `fr`, `fr-CH` or `zh-Hans`.
    pub fn from_code(code: &str) -> Option<Locale> {
        let primary = code.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Locale::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The language's name in itself, for the switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Fr => "Français",
            Locale::Es => "Español",
            Locale::Ru => "Русский",
            Locale::Zh => "中文",
            Locale::Ar => "العربية",
        }
    }

    /// Text direction for `<html dir>`.
    pub fn dir(self) -> &'static str {
        if self == Locale::Ar { "rtl" } else { "ltr" }
    }

    /// Writes a whole number as this language does (CLDR's grouping; Western digits).
    pub fn format_count(self, n: i64) -> String {
        #[cfg(feature = "ssr")]
        {
            numbers::format(self, n)
        }
        #[cfg(not(feature = "ssr"))]
        {
            plural::grouped(self, n)
        }
    }

    /// Picks the best of our languages from an `Accept-Language` header, honouring q-values.
    pub fn negotiate(accept_language: &str) -> Option<Locale> {
        let mut best: Option<(f32, Locale)> = None;
        for part in accept_language.split(',') {
            let mut pieces = part.split(';');
            let tag = pieces.next().unwrap_or_default();
            let q = pieces
                .find_map(|p| p.trim().strip_prefix("q="))
                .and_then(|q| q.parse::<f32>().ok())
                .unwrap_or(1.0);
            if let Some(locale) = Locale::from_code(tag)
                && q > 0.0
                && best.is_none_or(|(bq, _)| q > bq)
            {
                best = Some((q, locale));
            }
        }
        best.map(|(_, l)| l)
    }
}

/// The catalogue: on the server only.
#[cfg(feature = "ssr")]
impl Locale {
    fn langid(self) -> &'static LanguageIdentifier {
        match self {
            Locale::En => &EN,
            Locale::Fr => &FR,
            Locale::Es => &ES,
            Locale::Ru => &RU,
            Locale::Zh => &ZH,
            Locale::Ar => &AR,
        }
    }

    /// The message `key` with `args` in this language, else in English, else the key.
    /// Our six languages are the catalogues' own: a lookup goes straight to the language,
    /// without negotiating a chain of fallbacks on every one of the page's messages.
    fn lookup(self, key: &str, args: Option<&HashMap<Cow<'static, str>, FluentValue>>) -> String {
        LOCALES
            .lookup_single_language(self.langid(), key, args)
            .or_else(|_| LOCALES.lookup_single_language(&EN, key, args))
            .unwrap_or_else(|_| key.to_owned())
    }

    /// The message `key` in this language, falling back to English.
    pub fn t(self, key: &str) -> String {
        match PLAIN.get(&self).and_then(|m| m.get(key)) {
            Some(text) => text.clone(),
            None => self.lookup(key, None),
        }
    }

    /// The message `key` with named arguments.
    pub fn t_args(self, key: &str, args: &[(&'static str, String)]) -> String {
        let args: HashMap<Cow<'static, str>, FluentValue> = args
            .iter()
            .map(|(k, v)| (Cow::Borrowed(*k), FluentValue::from(v.clone())))
            .collect();
        self.lookup(key, Some(&args))
    }
    /// The message `key` with one number argument, so that the message can choose its plural
    /// form (`{ $seconds -> [one] … *[other] … }`).
    pub fn t_number(self, key: &str, name: &'static str, value: i64) -> String {
        let mut args: HashMap<Cow<'static, str>, FluentValue> = HashMap::new();
        args.insert(Cow::Borrowed(name), FluentValue::from(value));
        self.lookup(key, Some(&args))
    }

    /// The message `key`, which shows a count `$n` and chooses its words by `$count`, as one
    /// template per plural category of this language, for an island to fill in as the count
    /// changes in the browser. `args` are the message's other arguments.
    pub fn plural_text(self, key: &str, args: &[(&'static str, String)]) -> PluralText {
        let forms = Plural::samples(self)
            .into_iter()
            .map(|(category, sample)| {
                let mut all: HashMap<Cow<'static, str>, FluentValue> = args
                    .iter()
                    .map(|(k, v)| (Cow::Borrowed(*k), FluentValue::from(v.clone())))
                    .collect();
                all.insert(Cow::Borrowed("count"), FluentValue::from(sample));
                all.insert(Cow::Borrowed("n"), FluentValue::from(PluralText::SLOT));
                (category, self.lookup(key, Some(&all)))
            })
            .collect();
        PluralText::new(self, forms)
    }
}

/// Every message of the catalogue written out without arguments, per language. A page shows
/// dozens of them; formatting each through Fluent on every request cost more than rendering
/// the rest of the page. Filled on first use, from the English catalogue's message ids (the
/// reference: every language falls back to it); the text is exactly what [`Locale::lookup`]
/// gives, as it depends on nothing else.
#[cfg(feature = "ssr")]
static PLAIN: std::sync::LazyLock<HashMap<Locale, HashMap<&'static str, String>>> =
    std::sync::LazyLock::new(|| {
        let ids = message_ids(include_str!("../../locales/en/main.ftl"));
        Locale::ALL
            .into_iter()
            .map(|locale| {
                let texts = ids
                    .iter()
                    .map(|id| (*id, locale.lookup(id, None)))
                    .collect();
                (locale, texts)
            })
            .collect()
    });

/// The message ids of a Fluent resource: the lines that begin with one (terms, comments,
/// attributes and continuation lines do not).
#[cfg(feature = "ssr")]
fn message_ids(ftl: &'static str) -> Vec<&'static str> {
    ftl.lines()
        .filter(|line| line.starts_with(|c: char| c.is_ascii_alphabetic()))
        .filter_map(|line| line.split_once('='))
        .map(|(id, _)| id.trim())
        .filter(|id| {
            id.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        })
        .collect()
}

/// The language of the page being rendered.
pub fn use_locale() -> Locale {
    use_context::<Locale>().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_templates::Loader;

    #[test]
    fn messages_written_out_once_are_what_fluent_gives() {
        let ids = message_ids(include_str!("../../locales/en/main.ftl"));
        assert!(ids.len() > 500, "{} ids", ids.len());
        for id in [
            "site-name",
            "review-mail-invitation-body",
            "category-counts",
        ] {
            assert!(ids.contains(&id), "{id}");
        }
        // Continuation lines and variants are not ids.
        assert!(
            !ids.iter()
                .any(|id| id.starts_with("Hello") || id.contains(' '))
        );
        for locale in Locale::ALL {
            for id in &ids {
                assert_eq!(locale.t(id), locale.lookup(id, None), "{id} in {locale:?}");
            }
            assert_eq!(locale.t("no-such-message"), "no-such-message");
        }
        assert_eq!(
            Locale::Fr.t("review-join-title"),
            "Rejoindre le groupe d'experts"
        );
    }

    #[test]
    fn accept_language_prefers_the_highest_q_value_we_speak() {
        assert_eq!(
            Locale::negotiate("de-CH, fr;q=0.8, en;q=0.9"),
            Some(Locale::En)
        );
        assert_eq!(Locale::negotiate("ar-EG,ar;q=0.9"), Some(Locale::Ar));
        assert_eq!(Locale::negotiate("de, it"), None);
        assert_eq!(Locale::negotiate("fr;q=0, es"), Some(Locale::Es));
    }

    #[test]
    fn every_language_has_every_english_message_or_falls_back() {
        for locale in Locale::ALL {
            let text = locale.t("nav-home");
            assert!(
                !text.is_empty() && !text.contains("Unknown localization"),
                "{locale:?}: {text}"
            );
        }
        assert_eq!(Locale::Fr.t("nav-sign-in"), "Se connecter");
    }

    fn keys_of(ftl: &str) -> std::collections::BTreeSet<String> {
        ftl.lines()
            .filter_map(|l| l.split_once(" =").map(|(k, _)| k))
            .filter(|k| {
                !k.is_empty()
                    && k.chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            })
            .map(str::to_owned)
            .collect()
    }

    #[test]
    fn french_has_every_message_and_the_four_other_languages_have_the_shell() {
        let english = keys_of(include_str!("../../locales/en/main.ftl"));
        assert!(english.len() > 300);
        let french = keys_of(include_str!("../../locales/fr/main.ftl"));
        assert_eq!(
            english.difference(&french).collect::<Vec<_>>(),
            Vec::<&String>::new()
        );
        let shell: Vec<&String> = english
            .iter()
            .filter(|k| {
                ["nav-", "login-", "home-", "register-", "site-"]
                    .iter()
                    .any(|p| k.starts_with(p))
            })
            .collect();
        for (name, ftl) in [
            ("ar", include_str!("../../locales/ar/main.ftl")),
            ("zh", include_str!("../../locales/zh/main.ftl")),
            ("ru", include_str!("../../locales/ru/main.ftl")),
            ("es", include_str!("../../locales/es/main.ftl")),
        ] {
            let keys = keys_of(ftl);
            for key in &shell {
                assert!(keys.contains(*key), "{name} lacks {key}");
            }
        }
        // Every file parses: a message without arguments comes back translated.
        for locale in Locale::ALL {
            assert!(
                LOCALES.try_lookup(locale.langid(), "nav-sign-in").is_some(),
                "{locale:?}"
            );
        }
    }

    #[test]
    fn arabic_is_right_to_left_and_the_others_are_not() {
        assert_eq!(Locale::Ar.dir(), "rtl");
        assert!(Locale::ALL.iter().filter(|l| l.dir() == "rtl").count() == 1);
    }

    #[test]
    fn a_number_argument_selects_the_plural_form() {
        assert_eq!(
            Locale::En.t_number("error-rate-limited", "seconds", 1),
            "Too many attempts. Try again in one second."
        );
        assert_eq!(
            Locale::En.t_number("error-rate-limited", "seconds", 30),
            "Too many attempts. Try again in 30 seconds."
        );
        assert_eq!(
            Locale::Fr.t_number("error-rate-limited", "seconds", 1),
            "Trop de tentatives. Réessayez dans une seconde."
        );
    }

    #[test]
    fn counts_are_grouped_the_way_each_language_writes_them() {
        assert_eq!(Locale::En.format_count(1234567), "1,234,567");
        assert_eq!(Locale::Fr.format_count(1234), "1\u{202f}234");
        assert_eq!(Locale::Es.format_count(999), "999");
        assert_eq!(Locale::Es.format_count(1234), "1234");
        assert_eq!(Locale::Ru.format_count(1234), "1\u{a0}234");
    }
}

#[cfg(feature = "ssr")]
pub mod collation;
#[cfg(feature = "ssr")]
pub mod dates;
#[cfg(feature = "ssr")]
mod numbers;
