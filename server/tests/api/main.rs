//! Integration tests: the real application on port 0, over real HTTP, on a fresh database.
//! `WSIS_TEST_DB=sqlite` (default) or `WSIS_TEST_DB=postgres` picks the engine; the same
//! tests run on both. PostgreSQL being unreachable is a failure, never a skip.

mod accounts;
mod admin;
mod demo;
mod editions;
mod helpers;
mod mail;
mod nominations;
mod phases;
mod pictures;
mod races;
mod screening;
mod security;
mod squatting;
mod startup;
