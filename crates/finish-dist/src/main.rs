//! Finishes Trunk's build in its staging folder (run as a `post_build` hook, see Trunk.toml):
//!
//! 1. moves Trunk's inline loader script into a file, so a strict CSP needs no `'unsafe-inline'`;
//! 2. adds the Content-Security-Policy `<meta>` to every page;
//! 3. pre-renders the dashboard's charts, figures, claims and sources into `index.html`, for
//!    readers without JavaScript and for the first paint;
//! 4. writes one embed page per chart and one for the event list (`embed/<id>.html`);
//! 5. writes the offline service worker `sw.js`, listing every file of the build.
//!
//! Any problem stops the build with a message naming the file.

mod csp;
mod hash;
mod html;
mod loader;
mod prerender;
mod service_worker;

use std::fs;
use std::path::{Path, PathBuf};

use afghan_war_costs::model::embed::{EmbedTarget, EMBED_DIR};

/// Where `index.html` holds the pre-rendered content (inside `#app`).
const PRERENDER_MARKER: &str = "<!-- prerendered -->";

fn main() {
    if let Err(problem) = run() {
        eprintln!("error: finish-dist: {problem}");
        std::process::exit(1);
    }
}

fn run() -> Result<(), String> {
    let staging = std::env::var_os("TRUNK_STAGING_DIR")
        .or_else(|| std::env::args_os().nth(1))
        .map(PathBuf::from)
        .ok_or("no TRUNK_STAGING_DIR and no folder given: run as Trunk's post_build hook")?;
    let mut public_url = std::env::var("TRUNK_PUBLIC_URL").unwrap_or_else(|_| "/".to_string());
    if !public_url.ends_with('/') {
        public_url.push('/');
    }

    let index_path = staging.join("index.html");
    let trunk_html = read(&index_path)?;
    let moved = loader::move_inline_loader(&trunk_html, &public_url)
        .map_err(|problem| format!("{}: {problem}", index_path.display()))?;
    write(&staging.join(&moved.file_name), &moved.script)?;
    let template = csp::with_policy(&moved.html)
        .map_err(|problem| format!("{}: {problem}", index_path.display()))?;

    write(
        &index_path,
        &fill(&template, &prerender::dashboard(), None, &index_path)?,
    )?;
    let embed_dir = staging.join(EMBED_DIR);
    fs::create_dir_all(&embed_dir).map_err(|error| format!("{}: {error}", embed_dir.display()))?;
    for target in EmbedTarget::all() {
        let path = embed_dir.join(format!("{}.html", target.id()));
        let title = format!("{} — The cost of the war in Afghanistan", target.title());
        write(
            &path,
            &fill(&template, &prerender::embed(target), Some(&title), &path)?,
        )?;
    }

    let mut files = vec![public_url.clone()];
    let mut contents = Vec::new();
    for path in files_under(&staging)? {
        let relative = path
            .strip_prefix(&staging)
            .map_err(|error| error.to_string())?
            .to_string_lossy()
            .replace('\\', "/");
        if relative == "sw.js" {
            continue;
        }
        contents.extend(fs::read(&path).map_err(|error| format!("{}: {error}", path.display()))?);
        files.push(format!("{public_url}{relative}"));
    }
    let version = hash::short_hash(&contents);
    write(
        &staging.join("sw.js"),
        &service_worker::service_worker(&files, &version, &format!("{public_url}index.html")),
    )?;
    println!(
        "finish-dist: loader moved to {}, {} embed pages, service worker caching {} files (version {version})",
        moved.file_name,
        EmbedTarget::all().count(),
        files.len()
    );
    Ok(())
}

/// The page template with the pre-rendered `content` at the marker and, if given, a new title.
/// Fails if the page would break the Content-Security-Policy.
fn fill(template: &str, content: &str, title: Option<&str>, path: &Path) -> Result<String, String> {
    if !template.contains(PRERENDER_MARKER) {
        return Err(format!(
            "{}: index.html has no {PRERENDER_MARKER} marker inside #app",
            path.display()
        ));
    }
    let mut page = template.replacen(PRERENDER_MARKER, content, 1);
    if let Some(title) = title {
        let start = page.find("<title>").ok_or("index.html has no <title>")? + "<title>".len();
        let end = start
            + page[start..]
                .find("</title>")
                .ok_or("index.html's <title> is not closed")?;
        page.replace_range(start..end, &html::text(title));
    }
    let problems = csp::violations(&page);
    if !problems.is_empty() {
        return Err(format!(
            "{} would break the Content-Security-Policy: {}",
            path.display(),
            problems.join(", ")
        ));
    }
    Ok(page)
}

/// Every file below `root`, sorted so the cache version is stable.
fn files_under(root: &Path) -> Result<Vec<PathBuf>, String> {
    let mut found = Vec::new();
    let mut pending = vec![root.to_path_buf()];
    while let Some(dir) = pending.pop() {
        let entries = fs::read_dir(&dir).map_err(|error| format!("{}: {error}", dir.display()))?;
        for entry in entries {
            let path = entry.map_err(|error| error.to_string())?.path();
            if path.is_dir() {
                pending.push(path);
            } else {
                found.push(path);
            }
        }
    }
    found.sort();
    Ok(found)
}

fn read(path: &Path) -> Result<String, String> {
    fs::read_to_string(path).map_err(|error| format!("{}: {error}", path.display()))
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    fs::write(path, text).map_err(|error| format!("{}: {error}", path.display()))
}
