//! The shape of the code, held to its rules: the layers of `app` as the README lists them
//! (every module is placed in the list under "Which module may use which", and none names a
//! module placed above it, in a `use` or a path; a new module fails here until it is given
//! its place), and no function in `app` or `server` longer than [`MAX_FUNCTION_LINES`] (the
//! demo and tests excepted: a function that long is several that want names).

use std::{collections::BTreeMap, fs, path::Path};

/// The README's list: each module with its line's position, counted from the bottom (the
/// core's lowest line is 0). Modules on one line share a position.
fn layers(readme: &str) -> BTreeMap<String, usize> {
    let heading = "### Which module may use which";
    let after = readme
        .split_once(heading)
        .map(|(_, rest)| rest)
        .expect("the README has the layer list");
    let block = after
        .split("```")
        .nth(1)
        .expect("the layer list is a fenced block");
    let mut lines: Vec<Vec<String>> = Vec::new();
    for line in block.lines() {
        let indent = line.len() - line.trim_start().len();
        if indent != 0 && indent != 2 {
            continue; // a description carried over to the next line
        }
        let names = line.trim().split("  ").next().unwrap_or_default();
        let modules: Vec<String> = names
            .split(',')
            .map(|n| n.trim().trim_end_matches(".rs").to_owned())
            .collect();
        let is_module = |m: &String| {
            !m.is_empty()
                && m.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        };
        if modules.iter().all(is_module) {
            lines.push(modules);
        }
    }
    let count = lines.len();
    lines
        .into_iter()
        .enumerate()
        .flat_map(|(i, modules)| modules.into_iter().map(move |m| (m, count - 1 - i)))
        .collect()
}

/// The code of a Rust file with its comments, strings and characters blanked out, so that
/// only real paths are read.
fn code_only(source: &str) -> String {
    let chars: Vec<char> = source.chars().collect();
    let mut out = String::with_capacity(source.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            let mut depth = 0;
            while i < chars.len() {
                if chars[i] == '/' && chars.get(i + 1) == Some(&'*') {
                    depth += 1;
                    i += 2;
                } else if chars[i] == '*' && chars.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
            out.push(' ');
        } else if c == 'r' && (next == Some('"') || next == Some('#')) && !ident_before(&chars, i) {
            // A raw string: r"…" or r#"…"#.
            let mut j = i + 1;
            let mut hashes = 0;
            while chars.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if chars.get(j) != Some(&'"') {
                out.push(c);
                i += 1;
                continue;
            }
            j += 1;
            let closing: Vec<char> = std::iter::once('"')
                .chain(std::iter::repeat_n('#', hashes))
                .collect();
            while j < chars.len() && !chars[j..].starts_with(&closing) {
                j += 1;
            }
            i = j + closing.len();
            out.push_str("\"\"");
        } else if c == '"' {
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                i += if chars[i] == '\\' { 2 } else { 1 };
            }
            i += 1;
            out.push_str("\"\"");
        } else if c == '\'' {
            // A character literal ('a', '\n', '\''), or a lifetime ('a) left as it is.
            let end = if next == Some('\\') {
                chars
                    .get(i + 3..)
                    .and_then(|rest| rest.iter().position(|&c| c == '\''))
                    .map(|p| i + 4 + p)
            } else if chars.get(i + 2) == Some(&'\'') {
                Some(i + 3)
            } else {
                None
            };
            match end {
                Some(end) => {
                    out.push_str("' '");
                    i = end;
                }
                None => {
                    out.push(c);
                    i += 1;
                }
            }
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

fn ident_before(chars: &[char], i: usize) -> bool {
    i > 0 && (chars[i - 1].is_alphanumeric() || chars[i - 1] == '_')
}

fn first_ident(s: &str) -> String {
    s.trim_start()
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect()
}

/// The top-level modules a file's code names through `crate::`.
fn crate_paths(code: &str) -> Vec<String> {
    let mut named = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find("crate::") {
        let after = &rest[at + "crate::".len()..];
        if let Some(group) = after.trim_start().strip_prefix('{') {
            // `crate::{a, b::c, d::{e, f}}`: the first name of each top-level item.
            let mut depth = 0;
            let mut item = String::new();
            for c in group.chars() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        named.push(first_ident(&item));
                        item.clear();
                        continue;
                    }
                    _ => {}
                }
                if depth == 0 {
                    item.push(c);
                }
            }
            named.push(first_ident(&item));
        } else {
            named.push(first_ident(after));
        }
        rest = after;
    }
    named.retain(|n| !n.is_empty() && n != "self");
    named
}

/// Every `.rs` file under `dir`, with its top-level module's name.
fn files(dir: &Path, src: &Path, out: &mut Vec<(String, String)>) {
    let mut entries: Vec<_> = fs::read_dir(dir)
        .expect("the source folder")
        .map(|e| e.expect("an entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            files(&path, src, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let relative = path.strip_prefix(src).expect("under src");
            let first = relative
                .components()
                .next()
                .expect("a path")
                .as_os_str()
                .to_string_lossy()
                .trim_end_matches(".rs")
                .to_owned();
            out.push((first, path.display().to_string()));
        }
    }
}

#[test]
fn no_module_imports_one_placed_above_it_in_the_readme() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = fs::read_to_string(root.join("../README.md")).expect("the README");
    let layers = layers(&readme);
    let src = root.join("src");
    let mut all = Vec::new();
    files(&src, &src, &mut all);
    let mut faults = Vec::new();
    for (module, path) in &all {
        // The crate's root declares every module; this file is the test itself.
        if module == "lib" || module == "shape" {
            continue;
        }
        let Some(&own) = layers.get(module) else {
            faults.push(format!(
                "{module} ({path}) has no place in the README's layers"
            ));
            continue;
        };
        let code = code_only(&fs::read_to_string(path).expect("a source file"));
        for used in crate_paths(&code) {
            match layers.get(&used) {
                Some(&theirs) if theirs > own => {
                    faults.push(format!("{path}: {module} uses {used}, placed above it"));
                }
                Some(_) => {}
                None if &used == module => {}
                None => faults.push(format!(
                    "{path}: {used} has no place in the README's layers"
                )),
            }
        }
    }
    faults.sort();
    faults.dedup();
    assert!(faults.is_empty(), "{}", faults.join("\n"));
}

#[test]
fn the_reader_of_paths_sees_groups_and_skips_strings_and_comments() {
    let code = code_only(
        "use crate::{a, b::{c, d}, e::f}; // crate::g\nlet s = \"crate::h\"; let r = r#\"crate::i\"#;\n\
         let c = '\\''; fn x<'a>() { crate::j::k(); } /* crate::l */",
    );
    assert_eq!(crate_paths(&code), ["a", "b", "e", "j"]);
}

#[test]
fn the_layers_are_counted_from_the_bottom_and_descriptions_are_skipped() {
    let readme = "### Which module may use which\n\n```\nfeatures (heading)\n  app, demo   the top\n  \
                  voting      the vote\n              more about it\ncatalogue     held\ncore (heading)\n  \
                  error\n```\n";
    let l = layers(readme);
    assert_eq!(l.get("app"), Some(&3));
    assert_eq!(l.get("demo"), Some(&3));
    assert_eq!(l.get("voting"), Some(&2));
    assert_eq!(l.get("catalogue"), Some(&1));
    assert_eq!(l.get("error"), Some(&0));
    assert_eq!(l.get("more"), None);
}

/// The longest a function may be, from its `fn` line to its closing brace.
const MAX_FUNCTION_LINES: usize = 120;

/// Each function of `code` (comments and strings blanked) with its first line and length, up
/// to its `#[cfg(test)]` module.
fn functions(code: &str) -> Vec<(String, usize, usize)> {
    let code = code
        .split("#[cfg(test)]\nmod tests")
        .next()
        .unwrap_or_default();
    let bytes = code.as_bytes();
    let mut found = Vec::new();
    let mut at = 0;
    while let Some(i) = code[at..].find("fn ").map(|i| at + i) {
        at = i + 3;
        if i > 0 && (bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_') {
            continue;
        }
        let name = first_ident(&code[at..]);
        // The body: the first `{` before any `;` (a declaration without a body has none).
        let Some(open) = code[at..].find(['{', ';']).map(|o| at + o) else {
            break;
        };
        if bytes[open] == b';' || name.is_empty() {
            continue;
        }
        let mut depth = 0_usize;
        let mut close = open;
        for (j, b) in bytes.iter().enumerate().skip(open) {
            match b {
                b'{' => depth += 1,
                b'}' => {
                    depth -= 1;
                    if depth == 0 {
                        close = j;
                        break;
                    }
                }
                _ => {}
            }
        }
        let first = code[..i].matches('\n').count() + 1;
        let last = code[..close].matches('\n').count() + 1;
        found.push((name, first, last - first + 1));
    }
    found
}

#[test]
fn no_function_is_longer_than_the_limit() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut all = Vec::new();
    for src in [root.join("src"), root.join("../server/src")] {
        files(&src, &src, &mut all);
    }
    let mut faults = Vec::new();
    for (_, path) in &all {
        // The demo writes a whole contest as a script; this file and the free-text list are
        // tests.
        let excepted = ["/demo.rs", "/demo/", "/shape.rs", "/free_text.rs"];
        if excepted.iter().any(|e| path.contains(e)) {
            continue;
        }
        let code = code_only(&fs::read_to_string(path).expect("a source file"));
        for (name, line, length) in functions(&code) {
            if length > MAX_FUNCTION_LINES {
                faults.push(format!("{path}:{line}: {name} is {length} lines"));
            }
        }
    }
    assert!(faults.is_empty(), "{}", faults.join("\n"));
}

#[test]
fn a_function_is_measured_from_its_fn_line_to_its_closing_brace() {
    let code = code_only(
        "trait T { fn declared(&self); }\nfn short() {\n    let x = \"{\";\n}\n\
         pub async fn nested() -> u8 {\n    if true { 1 } else { 2 }\n}\n",
    );
    assert_eq!(
        functions(&code),
        [("short".to_owned(), 2, 3), ("nested".to_owned(), 5, 3)]
    );
}
