//! The site's static files: the stylesheet, the islands' script and wasm, the icon.
//!
//! A release build names the stylesheet, script and wasm after their content
//! (`wsis-prizes.<hash>.wasm`, listed in `hash.txt` next to the binary) and stores each with
//! a brotli and a gzip copy beside it (`make build`, the workspace's `sitebuild`). A name
//! that changes with the content can be cached for a year without ever going stale; the copy
//! that suits the browser's `Accept-Encoding` is sent as it is, with no compression work per
//! request. A development build has plain names, which are cached for an hour only.

use axum::{body::Body, extract::Request, response::Response};
use http::{HeaderValue, StatusCode, header};
use leptos::config::LeptosOptions;
use tower::ServiceExt;
use tower_http::services::ServeDir;

/// What the pages need to know of the built assets.
#[derive(Clone, Debug)]
pub struct Assets {
    /// The stylesheet's path.
    pub stylesheet: String,
}

impl Assets {
    /// Reads the hash file next to the running binary, if the build wrote one, and turns on
    /// hashed names in `options` (which the island loader reads for the script and wasm).
    pub fn discover(options: &mut LeptosOptions) -> Self {
        let hashes = std::env::current_exe()
            .ok()
            .and_then(|exe| exe.parent().map(|dir| dir.join(options.hash_file.as_ref())))
            .and_then(|path| std::fs::read_to_string(path).ok());
        let name = options.output_name.to_string();
        let pkg = options.site_pkg_dir.to_string();
        let css_hash = hashes.as_deref().and_then(|h| hash_of(h, "css"));
        options.hash_files = css_hash.is_some();
        let stylesheet = match css_hash {
            Some(hash) => format!("/{pkg}/{name}.{hash}.css"),
            None => format!("/{pkg}/{name}.css"),
        };
        Self { stylesheet }
    }
}

/// The hash of `kind` (`css`, `js`, `wasm`) in a hash file's `kind: hash` lines.
fn hash_of<'a>(hashes: &'a str, kind: &str) -> Option<&'a str> {
    hashes.lines().find_map(|line| {
        let (k, v) = line.split_once(':')?;
        (k.trim() == kind)
            .then(|| v.trim())
            .filter(|v| !v.is_empty())
    })
}

/// Serves a file from the site folder, or `None` if there is no such file.
pub async fn serve(options: &LeptosOptions, req: Request) -> Option<Response> {
    let hashed = options.hash_files
        && req
            .uri()
            .path()
            .starts_with(&format!("/{}/", options.site_pkg_dir));
    let files = ServeDir::new(options.site_root.as_ref())
        .precompressed_br()
        .precompressed_gzip()
        .append_index_html_on_directories(false);
    let res = files.oneshot(req).await.ok()?;
    if res.status() != StatusCode::OK {
        return None;
    }
    let mut res = res.map(Body::new);
    let cache = if hashed {
        "public, max-age=31536000, immutable"
    } else {
        "public, max-age=3600"
    };
    let headers = res.headers_mut();
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    headers.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    Some(res)
}

#[cfg(test)]
mod tests {
    use super::hash_of;

    #[test]
    fn the_hash_file_names_each_asset() {
        let file = "js: 4v5WiCFbIbGq8m7A0sXBQA\nwasm: dTS3e0aWsg1eIuWoO4MDrw\ncss: 0SJYzE6e3y2D6D1Iu0x1Ow\n";
        assert_eq!(hash_of(file, "css"), Some("0SJYzE6e3y2D6D1Iu0x1Ow"));
        assert_eq!(hash_of(file, "wasm"), Some("dTS3e0aWsg1eIuWoO4MDrw"));
        assert_eq!(hash_of(file, "split"), None);
        assert_eq!(hash_of("css:\n", "css"), None);
    }
}
