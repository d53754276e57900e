//! Open data: the editions, their categories, and the projects the public may see (nominees
//! once the vote opens; champions and winners once the results are published), as JSON and
//! CSV under `/api/v1`, for anyone to reuse under the licence stated in every answer.
//!
//! The embargo is the gallery's: the documents read are the gallery's search documents, and
//! an award is read only for an edition whose publication has opened. What is not public yet
//! answers 404, like what does not exist.

pub mod service;

use serde::Serialize;
use utoipa::ToSchema;

/// The licence of the data, named in every answer.
pub const LICENCE_NAME: &str = "CC BY 4.0";
/// Where the licence is written.
pub const LICENCE_URL: &str = "https://creativecommons.org/licenses/by/4.0/";

/// The licence, as every answer states it.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct Licence {
    #[schema(example = "CC BY 4.0")]
    pub name: &'static str,
    pub url: &'static str,
}

impl Licence {
    pub const fn of_the_data() -> Self {
        Licence {
            name: LICENCE_NAME,
            url: LICENCE_URL,
        }
    }
}

/// One phase of an edition's calendar.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct Phase {
    /// `submission`, `screening`, `voting`, `selection` or `publication`.
    pub phase: String,
    /// RFC 3339, UTC.
    pub opens_at: String,
    /// RFC 3339, UTC.
    pub closes_at: String,
}

/// An edition of the contest.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct Edition {
    pub year: i32,
    pub title: String,
    /// Whether its results (champions, winners) are published.
    pub published: bool,
    pub phases: Vec<Phase>,
}

/// A category of an edition.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct Category {
    /// As `C7.4`.
    pub code: String,
    pub title: String,
}

/// A project the public may see.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct Project {
    pub id: i64,
    pub year: i32,
    /// Its category's code.
    pub category: String,
    pub title: String,
    pub organisation: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    /// The ITU region's code (`africa`, `americas`, `arab_states`, `asia_pacific`, `cis`,
    /// `europe`); empty when unknown.
    pub region: String,
    /// `government`, `business_sector`, `civil_society`, `international_organisation`,
    /// `academia` or `other`.
    pub stakeholder_type: String,
    /// The Sustainable Development Goals it serves, 1 to 17.
    pub sdgs: Vec<u8>,
    pub summary: String,
    /// Its public page.
    pub url: String,
    /// Its picture at display size, if it has one.
    pub picture: Option<String>,
    /// `winner` or `champion` once the results are published; otherwise none.
    pub award: Option<String>,
}

/// The editions, with the data's licence.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct EditionList {
    pub licence: Licence,
    pub data: Vec<Edition>,
}

/// An edition's categories, with the data's licence.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct CategoryList {
    pub licence: Licence,
    pub data: Vec<Category>,
}

/// Projects of an edition, with the data's licence.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct ProjectList {
    pub licence: Licence,
    pub data: Vec<Project>,
}

/// A champion's or winner's approved success story.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct Story {
    /// The project's id (as in the project lists).
    pub project: i64,
    pub year: i32,
    pub category: String,
    pub title: String,
    pub organisation: String,
    /// `winner` or `champion`.
    pub award: String,
    /// The sections, each as paragraphs separated by a blank line; empty when not written.
    pub challenge: String,
    pub solution: String,
    pub results: String,
    pub partners: String,
    pub lessons: String,
    /// The project's public page.
    pub url: String,
}

/// The approved stories of an edition, with the data's licence.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct StoryList {
    pub licence: Licence,
    pub data: Vec<Story>,
}

/// What went wrong, in words.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct Problem {
    pub error: String,
}

/// Which projects of an edition.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Which {
    /// Every nominee, from the opening of the vote.
    Nominees,
    /// Champions (winners among them), once published.
    Champions,
    /// Winners, once published.
    Winners,
}

impl Which {
    /// The list named in an address (`nominees`, `champions`, `winners`).
    pub fn from_name(name: &str) -> Option<Self> {
        match name {
            "nominees" => Some(Which::Nominees),
            "champions" => Some(Which::Champions),
            "winners" => Some(Which::Winners),
            _ => None,
        }
    }
}
