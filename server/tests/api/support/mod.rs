//! What the integration tests share: the application as it runs in production on a fresh
//! database, with a cookie-keeping client (`app`); calls addressed by the server function's
//! type (`calls`); and the scenes tests start from, built through the real server
//! (`scenes`). Test modules import from here, never from each other.

mod app;
mod calls;
mod documents;
mod scenes;

pub use app::*;
pub use calls::*;
pub use documents::*;
pub use scenes::*;
