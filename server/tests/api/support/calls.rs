//! Calls addressed by type: a server function is named by its struct (`call::<Login>`), whose
//! `PATH` is the address it is served at, so that renaming or removing one fails to compile
//! here instead of answering 404 at run time. The arguments go as the browser sends them: a
//! form-encoded body, field by field.

use leptos::server_fn::ServerFn;
use reqwest::{Response, StatusCode};
use serde::de::DeserializeOwned;

use super::TestApp;

/// The body of an answer that must be 200 OK; else the test fails with `what` and the body.
pub async fn ok(res: Response, what: &str) -> String {
    let status = res.status();
    let body = res.text().await.unwrap_or_default();
    assert_eq!(status, StatusCode::OK, "{what}: {body}");
    body
}

/// The address of the server function `F`, without its `/api/` prefix (as the access
/// matrix lists them).
pub fn path_of<F: ServerFn>() -> &'static str {
    F::PATH.trim_start_matches("/api/")
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.address)
    }

    /// The address of the server function `F` (for a request the helpers here do not make).
    pub fn url_of<F: ServerFn>(&self) -> String {
        self.url(F::PATH)
    }

    /// Calls the server function `F` the way the browser's script does (form-encoded body).
    pub async fn call<F: ServerFn>(&self, form: &[(&str, &str)]) -> Response {
        self.call_path(path_of::<F>(), form).await
    }

    /// Calls the server function at `path` (under `/api/`): for the tests that go over every
    /// registered function; every other call names its function's type.
    pub async fn call_path(&self, path: &str, form: &[(&str, &str)]) -> Response {
        self.client
            .post(self.url(&format!("/api/{path}")))
            .form(form)
            .send()
            .await
            .unwrap_or_else(|e| panic!("request failed: {e}"))
    }

    /// Calls the server function `F`, which must succeed, and reads its answer as the type
    /// it returns: a wrong status fails with the body, a wrong shape with the text.
    pub async fn call_ok<F: ServerFn>(&self, form: &[(&str, &str)]) -> F::Output
    where
        F::Output: DeserializeOwned,
    {
        self.call_as::<F, F::Output>(form).await
    }

    /// [`TestApp::call_ok`], the answer read as `T` (a raw `serde_json::Value`, say).
    pub async fn call_as<F: ServerFn, T: DeserializeOwned>(&self, form: &[(&str, &str)]) -> T {
        let res = self.call::<F>(form).await;
        let status = res.status();
        let body = res.text().await.expect("a response body");
        let path = path_of::<F>();
        assert_eq!(status, StatusCode::OK, "{path} answered {status}: {body}");
        serde_json::from_str(&body)
            .unwrap_or_else(|e| panic!("{path} answered an unexpected shape ({e}): {body}"))
    }

    /// Posts the form of the server function `F` the way a browser without JavaScript does,
    /// from the page `from_page`.
    pub async fn post_plain<F: ServerFn>(
        &self,
        form: &[(&str, &str)],
        from_page: &str,
    ) -> Response {
        self.client
            .post(self.url(F::PATH))
            .header("accept", "text/html,application/xhtml+xml")
            .header("referer", self.url(from_page))
            .form(form)
            .send()
            .await
            .unwrap_or_else(|e| panic!("request failed: {e}"))
    }

    /// A page, its status and its HTML.
    pub async fn get_page(&self, path: &str) -> (StatusCode, String) {
        let res = self
            .client
            .get(self.url(path))
            .send()
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        let status = res.status();
        (status, res.text().await.expect("a response body"))
    }
}
