//! Where "now" comes from. The binary uses the system clock; tests move it forward to cross
//! phases and deadlines without waiting.

use std::sync::{
    Arc,
    atomic::{AtomicI64, Ordering},
};

/// Where "now" comes from. Copies share one offset.
#[derive(Clone, Debug, Default)]
pub struct Clock {
    offset_secs: Arc<AtomicI64>,
}

impl Clock {
    /// Unix seconds.
    pub fn now(&self) -> i64 {
        jiff::Timestamp::now().as_second() + self.offset_secs.load(Ordering::Relaxed)
    }

    /// Moves this clock (and every copy of it) forward by `secs`. For tests.
    pub fn advance(&self, secs: i64) {
        self.offset_secs.fetch_add(secs, Ordering::Relaxed);
    }
}
