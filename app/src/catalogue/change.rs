//! The one way a change to what the public reads is committed.
//!
//! The guarantee: once [`commit`] returns, the instance that made the change shows it on its
//! next request, every other instance within [`crate::versioned::CHECK_EVERY`] and one
//! reload, and the gallery's search documents match it (written in the same transaction).
//!
//! The mechanism: the catalogue's version (`content_versions`) moves inside the change's
//! transaction, so that it moves if and only if the change is committed. Triggers in the
//! database move it, on every table the catalogue is read from and only for what the public
//! can see (an edition, its calendar, a category, a nominee list, an award; a nominated
//! submission's public fields; its organisation's name and country): a draft saved moves
//! nothing, so it makes no instance reload (migration `catalogue_triggers`). So no write can
//! forget it, whether or not it comes here. What [`commit`] adds: the search documents
//! written in the same transaction, and this instance's copy dropped at once. A change
//! committed without it is shown by this instance within a second too, and its documents
//! are written by the server's job ([`super::documents::catch_up`]).

use sea_orm::DatabaseTransaction;

use super::{documents, held::Catalogue};
use crate::{error::DomainError, state::AppContext};

/// The name of the catalogue's version in `content_versions` (its first name, kept so that
/// existing databases carry on).
pub const CATALOGUE: &str = "editions";

/// Commits `txn`, a write that may have changed what the public reads: where it did (the
/// triggers moved the catalogue's version), the search documents are written again in it;
/// and this instance drops what it held, so that its next request reads the change.
///
/// # Errors
/// Database failures (nothing is committed then).
pub async fn commit(ctx: &AppContext, txn: DatabaseTransaction) -> Result<(), DomainError> {
    commit_unheld(txn).await?;
    forget(ctx);
    Ok(())
}

/// [`commit`] for a process that holds no catalogue in memory (the command line, the first
/// start before serving): the documents are written, nothing to drop.
///
/// # Errors
/// Database failures (nothing is committed then).
pub async fn commit_unheld(txn: DatabaseTransaction) -> Result<(), DomainError> {
    documents::write_if_stale(&txn).await?;
    txn.commit().await?;
    Ok(())
}

/// Makes this instance read the catalogue afresh. [`commit`] does it; a test that changed the
/// database behind the services' back does it too.
pub fn forget(ctx: &AppContext) {
    ctx.memory.of::<Catalogue>(CATALOGUE).forget();
}
