//! Where "now" comes from. The binary uses the system clock; tests move it forward to cross
//! phases and deadlines without waiting; the demo stands it still at each step's time.

use std::sync::{
    Arc,
    atomic::{AtomicI64, Ordering},
};

/// Where "now" comes from. Copies share one offset (or one stopped time).
#[derive(Clone, Debug)]
pub struct Clock {
    offset_secs: Arc<AtomicI64>,
    /// The time a stopped clock shows; [`RUNNING`] while it runs.
    stopped_at: Arc<AtomicI64>,
}

/// The value of `stopped_at` for a clock that runs.
const RUNNING: i64 = i64::MIN;

impl Default for Clock {
    fn default() -> Self {
        Self {
            offset_secs: Arc::default(),
            stopped_at: Arc::new(AtomicI64::new(RUNNING)),
        }
    }
}

impl Clock {
    /// Unix seconds.
    pub fn now(&self) -> i64 {
        match self.stopped_at.load(Ordering::Relaxed) {
            RUNNING => {
                jiff::Timestamp::now().as_second() + self.offset_secs.load(Ordering::Relaxed)
            }
            at => at,
        }
    }

    /// A clock standing still at `at` until [`Clock::stop_at`] moves it: what a script that
    /// replays dated steps runs on (the demo), so that the same script writes the same times
    /// however long it takes.
    pub fn stopped(at: i64) -> Self {
        Self {
            offset_secs: Arc::default(),
            stopped_at: Arc::new(AtomicI64::new(at)),
        }
    }

    /// Stops this clock (and every copy of it) at `at`.
    pub fn stop_at(&self, at: i64) {
        self.stopped_at.store(at, Ordering::Relaxed);
    }

    /// Moves this clock (and every copy of it) forward by `secs`. For tests.
    pub fn advance(&self, secs: i64) {
        self.offset_secs.fetch_add(secs, Ordering::Relaxed);
    }
}
