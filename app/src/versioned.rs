//! Content that every page shows and few people change (the editions with their calendars
//! and categories), held in memory by each instance instead of read on every request.
//!
//! A change moves the content's version in the database (`content_versions`), in the same
//! transaction as the change (for the catalogue, triggers do it: see [`crate::catalogue`]). The instance that made it forgets what it held at once; every
//! other instance compares the version with the one it holds at most once per
//! [`CHECK_EVERY`] (a one-row read by primary key) and reloads when it moved. So several
//! instances sharing one PostgreSQL show a change within [`CHECK_EVERY`] and the time of one
//! reload, and the instance that made the change shows it on the next request.

use std::{
    any::{Any, TypeId},
    collections::HashMap,
    future::Future,
    sync::{Arc, PoisonError, RwLock},
    time::{Duration, Instant},
};

use sea_orm::{ConnectionTrait, EntityTrait};

use crate::{entity::content_version, error::DomainError};

/// How stale another instance's change may be when a page shows it.
pub const CHECK_EVERY: Duration = Duration::from_secs(1);

/// One kind of content held in memory, with the version it was loaded at.
pub struct Versioned<T> {
    name: &'static str,
    held: RwLock<Option<Held<T>>>,
    /// One reload at a time: a burst of requests after a change waits for one load.
    reload: tokio::sync::Mutex<()>,
}

struct Held<T> {
    version: i64,
    checked: Instant,
    value: Arc<T>,
}

impl<T: Send + Sync + 'static> Versioned<T> {
    fn new(name: &'static str) -> Self {
        Self {
            name,
            held: RwLock::new(None),
            reload: tokio::sync::Mutex::new(()),
        }
    }

    /// What is held if it was checked less than [`CHECK_EVERY`] ago.
    fn fresh(&self) -> Option<Arc<T>> {
        let held = self.held.read().unwrap_or_else(PoisonError::into_inner);
        held.as_ref()
            .filter(|h| h.checked.elapsed() < CHECK_EVERY)
            .map(|h| Arc::clone(&h.value))
    }

    /// The content: from memory, or loaded by `load` when the version moved.
    ///
    /// # Errors
    /// Database failures, and those of `load`.
    pub async fn get<F, Fut>(
        &self,
        conn: &impl ConnectionTrait,
        load: F,
    ) -> Result<Arc<T>, DomainError>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<T, DomainError>>,
    {
        if let Some(value) = self.fresh() {
            return Ok(value);
        }
        let _one_at_a_time = self.reload.lock().await;
        if let Some(value) = self.fresh() {
            return Ok(value);
        }
        // The version is read before the content: a change that lands during the load is
        // seen at the next check and loaded then.
        let version = current_version(conn, self.name).await?;
        {
            let mut held = self.held.write().unwrap_or_else(PoisonError::into_inner);
            if let Some(h) = held.as_mut().filter(|h| h.version == version) {
                h.checked = Instant::now();
                return Ok(Arc::clone(&h.value));
            }
        }
        let value = Arc::new(load().await?);
        *self.held.write().unwrap_or_else(PoisonError::into_inner) = Some(Held {
            version,
            checked: Instant::now(),
            value: Arc::clone(&value),
        });
        Ok(value)
    }

    /// Forgets what is held, after this instance changed the content (once the change is
    /// committed), so that its next request reads the change.
    pub fn forget(&self) {
        *self.held.write().unwrap_or_else(PoisonError::into_inner) = None;
    }
}

async fn current_version(conn: &impl ConnectionTrait, name: &str) -> Result<i64, DomainError> {
    Ok(content_version::Entity::find_by_id(name.to_owned())
        .one(conn)
        .await?
        .map_or(0, |v| v.version))
}

/// One [`Versioned`], its type erased, under its name and type.
type Slots = HashMap<(&'static str, TypeId), Arc<dyn Any + Send + Sync>>;

/// The contents one instance holds in memory, one [`Versioned`] per name and type.
#[derive(Default)]
pub struct Memory {
    slots: RwLock<Slots>,
}

impl Memory {
    /// The content `name`, held as a `T`.
    pub fn of<T: Send + Sync + 'static>(&self, name: &'static str) -> Arc<Versioned<T>> {
        let key = (name, TypeId::of::<T>());
        let found = self
            .slots
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .get(&key)
            .cloned();
        let slot = found.unwrap_or_else(|| {
            let mut slots = self.slots.write().unwrap_or_else(PoisonError::into_inner);
            Arc::clone(
                slots
                    .entry(key)
                    .or_insert_with(|| Arc::new(Versioned::<T>::new(name))),
            )
        });
        // The key holds the type, so the slot is always a `Versioned<T>`.
        slot.downcast::<Versioned<T>>()
            .unwrap_or_else(|_| Arc::new(Versioned::new(name)))
    }
}
