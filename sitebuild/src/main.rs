//! Builds the release, as `make build` runs it: the islands' wasm and the server, and the
//! site folder the server serves.
//!
//! 1. the islands: `cargo build -p frontend` for wasm32 in the `wasm-release` profile;
//! 2. their JavaScript: wasm-bindgen's own library, at the version the islands are compiled
//!    with, for the browser (`--target web`);
//! 3. the wasm made small with `wasm-opt -Oz` (npm's binaryen: Debian's breaks hydration);
//! 4. the JavaScript and the stylesheet minified with `esbuild` (npm ships it as a binary);
//! 5. each named after its content (`wsis-prizes.<hash>.js`), so that browsers may keep them
//!    for a year, with the hashes in `hash.txt` beside the server's binary (the format
//!    Leptos and `server::assets` read);
//! 6. every file of the site with a brotli and a gzip copy beside it, sent as they are;
//! 7. the server, `cargo build -p server --release`, started first so that it runs while
//!    steps 1 to 6 do.
//!
//! Usage: `sitebuild` (the target folder is `$CARGO_TARGET_DIR`, else `target`).

use std::{
    fs,
    io::Write,
    path::{Path, PathBuf},
    process::{Child, Command},
    time::Instant,
};

use anyhow::{Context, Result, bail};
use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use sha2::{Digest, Sha256};

/// What the site's files are called (`LEPTOS_OUTPUT_NAME`).
const OUTPUT_NAME: &str = "wsis-prizes";
/// The folder of the scripts and stylesheet under the site (`LEPTOS_SITE_PKG_DIR`).
const PKG: &str = "pkg";

/// The folders the build reads and writes.
struct Paths {
    root: PathBuf,
    target: PathBuf,
}

impl Paths {
    fn find() -> Result<Self> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"))
            .parent()
            .context("the workspace folder")?
            .to_path_buf();
        let target = std::env::var_os("CARGO_TARGET_DIR")
            .map(PathBuf::from)
            .unwrap_or_else(|| root.join("target"));
        Ok(Self { root, target })
    }

    /// The islands' own target folder: their dependencies are built for wasm32 with other
    /// features than the server's.
    fn front(&self) -> PathBuf {
        self.target.join("front")
    }

    fn wasm(&self) -> PathBuf {
        self.front()
            .join("wasm32-unknown-unknown/wasm-release/frontend.wasm")
    }

    fn site(&self) -> PathBuf {
        self.target.join("site")
    }

    fn hash_file(&self) -> PathBuf {
        self.target.join("release/hash.txt")
    }
}

/// A cargo command with the variables the Leptos crates read at compile time.
fn cargo(paths: &Paths, args: &[&str]) -> Command {
    let mut cmd = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    cmd.current_dir(&paths.root).args(args).envs([
        ("LEPTOS_OUTPUT_NAME", OUTPUT_NAME),
        ("LEPTOS_SITE_PKG_DIR", PKG),
        ("LEPTOS_HASH_FILES", "true"),
        ("LEPTOS_HASH_FILE_NAME", "hash.txt"),
    ]);
    cmd
}

fn run(step: &str, mut cmd: Command) -> Result<()> {
    let started = Instant::now();
    let child = cmd
        .spawn()
        .with_context(|| format!("{step}: could not start {:?}", cmd.get_program()))?;
    wait(step, child, started)
}

fn wait(step: &str, mut child: Child, started: Instant) -> Result<()> {
    let status = child.wait().with_context(|| format!("{step}: waiting"))?;
    if !status.success() {
        bail!("{step} failed ({status})");
    }
    eprintln!("  {step}: {:.1} s", started.elapsed().as_secs_f64());
    Ok(())
}

/// A file's content hash as its name carries it: 128 bits of SHA-256, URL-safe base64.
fn content_hash(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(&Sha256::digest(bytes)[..16])
}

/// Writes `bytes` to `path` with a brotli and a gzip copy beside it (`path.br`, `path.gz`).
fn write_with_copies(path: &Path, bytes: &[u8]) -> Result<()> {
    fs::write(path, bytes).with_context(|| path.display().to_string())?;
    let mut br = Vec::new();
    {
        let mut writer = brotli::CompressorWriter::new(&mut br, 64 * 1024, 11, 22);
        writer.write_all(bytes)?;
    }
    fs::write(path.with_added_extension("br"), br)?;
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(bytes)?;
    fs::write(path.with_added_extension("gz"), gz.finish()?)?;
    Ok(())
}

/// Runs an npm-installed tool (on `PATH`, as the Makefile sets it) on `input`, writing
/// `output`.
fn tool(step: &str, program: &str, args: &[&str]) -> Result<()> {
    let mut cmd = Command::new(program);
    cmd.args(args);
    run(step, cmd).with_context(|| {
        format!("{program} comes from npm (make setup installs it into the tools folder)")
    })
}

/// The islands' JavaScript and wasm, made small, in `work`: (js, wasm).
fn islands(paths: &Paths, work: &Path) -> Result<(Vec<u8>, Vec<u8>)> {
    let started = Instant::now();
    wasm_bindgen_cli_support::Bindgen::new()
        .input_path(paths.wasm())
        .web(true)?
        .out_name(OUTPUT_NAME)
        .typescript(false)
        .generate(work)
        .context("wasm-bindgen")?;
    eprintln!("  wasm-bindgen: {:.1} s", started.elapsed().as_secs_f64());
    if work.join("snippets").exists() {
        bail!("the islands' JavaScript imports snippets, which this build does not ship");
    }
    let wasm = work.join(format!("{OUTPUT_NAME}_bg.wasm"));
    let wasm = wasm.to_str().context("a UTF-8 path")?;
    tool(
        "wasm-opt",
        "wasm-opt",
        &[
            "-Oz",
            "--enable-bulk-memory",
            "--enable-nontrapping-float-to-int",
            wasm,
            "-o",
            wasm,
        ],
    )?;
    let js = work.join(format!("{OUTPUT_NAME}.js"));
    let min_js = work.join(format!("{OUTPUT_NAME}.min.js"));
    tool(
        "esbuild (script)",
        "esbuild",
        &[
            js.to_str().context("a UTF-8 path")?,
            "--minify",
            "--format=esm",
            "--log-level=warning",
            &format!("--outfile={}", min_js.display()),
        ],
    )?;
    Ok((fs::read(&min_js)?, fs::read(wasm)?))
}

/// The stylesheet, minified.
fn stylesheet(paths: &Paths, work: &Path) -> Result<Vec<u8>> {
    let css = work.join(format!("{OUTPUT_NAME}.css"));
    tool(
        "esbuild (stylesheet)",
        "esbuild",
        &[
            paths
                .root
                .join("app/style/main.css")
                .to_str()
                .context("a UTF-8 path")?,
            "--minify",
            "--log-level=warning",
            &format!("--outfile={}", css.display()),
        ],
    )?;
    Ok(fs::read(css)?)
}

/// Copies the public files (the icon…) into the site, with their compressed copies.
fn public_files(from: &Path, to: &Path) -> Result<()> {
    for entry in fs::read_dir(from).with_context(|| from.display().to_string())? {
        let entry = entry?;
        let dest = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            fs::create_dir_all(&dest)?;
            public_files(&entry.path(), &dest)?;
        } else {
            write_with_copies(&dest, &fs::read(entry.path())?)?;
        }
    }
    Ok(())
}

/// Writes the site folder and the hash file.
fn site(paths: &Paths, js: &[u8], wasm: &[u8], css: &[u8]) -> Result<()> {
    let site = paths.site();
    if site.exists() {
        fs::remove_dir_all(&site).with_context(|| site.display().to_string())?;
    }
    let pkg = site.join(PKG);
    fs::create_dir_all(&pkg)?;
    let mut hashes = String::new();
    for (kind, bytes) in [("js", js), ("wasm", wasm), ("css", css)] {
        let hash = content_hash(bytes);
        write_with_copies(&pkg.join(format!("{OUTPUT_NAME}.{hash}.{kind}")), bytes)?;
        hashes.push_str(&format!("{kind}: {hash}\n"));
    }
    public_files(&paths.root.join("public"), &site)?;
    let hash_file = paths.hash_file();
    if let Some(dir) = hash_file.parent() {
        fs::create_dir_all(dir)?;
    }
    fs::write(&hash_file, hashes).with_context(|| hash_file.display().to_string())?;
    Ok(())
}

fn main() -> Result<()> {
    let started = Instant::now();
    let paths = Paths::find()?;
    // The server compiles from the start: its last step (link-time optimisation over one
    // codegen unit) runs on one core, and the islands take the other meanwhile.
    let server = cargo(
        &paths,
        &[
            "build",
            "--locked",
            "--package=server",
            "--bin=wsis-prizes",
            "--release",
        ],
    )
    .spawn()
    .context("starting the server's build")?;
    let assets = site_folder(&paths);
    let built = match assets {
        Ok(()) => wait("server (cargo, release)", server, started),
        Err(_) => stop(server),
    };
    assets?;
    built?;
    eprintln!(
        "built {} and {} in {:.0} s",
        paths.target.join("release/wsis-prizes").display(),
        paths.site().display(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// Ends the server's build when the site's failed: its own error would only hide the cause.
fn stop(mut server: Child) -> Result<()> {
    server.kill().context("stopping the server's build")?;
    server.wait().context("stopping the server's build")?;
    Ok(())
}

/// Steps 1 to 6: the islands, their script, the stylesheet and the site folder.
fn site_folder(paths: &Paths) -> Result<()> {
    let front = paths.front();
    let front = front.to_str().context("a UTF-8 target folder")?;
    run(
        "islands (cargo, wasm32)",
        cargo(
            paths,
            &[
                "build",
                "--locked",
                "--package=frontend",
                "--lib",
                "--target=wasm32-unknown-unknown",
                "--profile=wasm-release",
                &format!("--target-dir={front}"),
            ],
        ),
    )?;
    let work = paths.target.join("sitebuild");
    if work.exists() {
        fs::remove_dir_all(&work)?;
    }
    fs::create_dir_all(&work)?;
    let (js, wasm) = islands(paths, &work)?;
    let css = stylesheet(paths, &work)?;
    site(paths, &js, &wasm, &css)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_content_hash_is_22_url_safe_characters_that_change_with_the_content() {
        let a = content_hash(b"body { color: red }");
        assert_eq!(a.len(), 22);
        assert!(
            a.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        );
        assert_ne!(a, content_hash(b"body { color: blue }"));
    }

    #[test]
    fn the_bindings_library_is_the_version_the_islands_are_compiled_with() {
        let lock = include_str!("../../Cargo.lock");
        let version = |name: &str| {
            lock.split("[[package]]")
                .find(|p| p.contains(&format!("name = \"{name}\"\n")))
                .and_then(|p| p.lines().find_map(|l| l.strip_prefix("version = ")))
                .map(|v| v.trim_matches('"').to_owned())
        };
        assert!(version("wasm-bindgen").is_some());
        assert_eq!(version("wasm-bindgen"), version("wasm-bindgen-cli-support"));
    }
}
