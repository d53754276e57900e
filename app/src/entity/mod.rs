//! SeaORM entities: the rows as stored. They never cross the wire; DTOs do.

pub mod account;
pub mod account_role;
pub mod account_token;
pub mod audit_entry;
pub mod category;
pub mod category_text;
pub mod content_version;
pub mod edition;
pub mod mail;
pub mod organisation;
pub mod past_winner;
pub mod phase;
pub mod picture;
pub mod screening_decision;
pub mod submission;
pub mod submission_flag;
pub mod submission_invitation;
pub mod submission_member;
