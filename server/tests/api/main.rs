//! Integration tests: the real application on port 0, over real HTTP, on a fresh database.
//! `WSIS_TEST_DB=sqlite` (default) or `WSIS_TEST_DB=postgres` picks the engine; the same
//! tests run on both. PostgreSQL being unreachable is a failure, never a skip.
//!
//! Every module is test code (`cfg(test)`), so that clippy's `allow-expect-in-tests` covers
//! the shared helpers too.

#[cfg(test)]
mod access;
#[cfg(test)]
mod accounts;
#[cfg(test)]
mod admin;
#[cfg(test)]
mod book;
#[cfg(test)]
mod catalogue;
#[cfg(test)]
mod category_texts;
#[cfg(test)]
mod corrections;
#[cfg(test)]
mod demo;
#[cfg(test)]
mod editions;
#[cfg(test)]
mod exports;
#[cfg(test)]
mod gallery;
#[cfg(test)]
mod mail;
#[cfg(test)]
mod mailings;
#[cfg(test)]
mod memory;
#[cfg(test)]
mod next_edition;
#[cfg(test)]
mod nominations;
#[cfg(test)]
mod opendata;
#[cfg(test)]
mod phases;
#[cfg(test)]
mod pictures;
#[cfg(test)]
mod races;
#[cfg(test)]
mod review;
#[cfg(test)]
mod screening;
#[cfg(test)]
mod second_edition;
#[cfg(test)]
mod security;
#[cfg(test)]
mod serving;
#[cfg(test)]
mod squatting;
#[cfg(test)]
mod startup;
#[cfg(test)]
mod statistics;
#[cfg(test)]
mod stored;
#[cfg(test)]
mod stories;
#[cfg(test)]
mod support;
#[cfg(test)]
mod voting;
#[cfg(test)]
mod year_after_year;
