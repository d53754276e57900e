//! The wasm entry. Pages are rendered on the server and stay as they are; only the islands
//! in them (`#[island]`) come alive in the browser.

// The islands are exported from the `app` crate, which nothing here names otherwise: without
// this line it would not be linked, and the browser would find no island to hydrate.
extern crate app;

#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
