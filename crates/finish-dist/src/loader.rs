//! Trunk writes its wasm loader as an inline `<script type="module">` in `index.html`, which a
//! strict Content-Security-Policy (`script-src 'self'`) refuses. This moves it into a file of
//! its own, named by its content hash, and adds the service-worker registration.
//!
//! It also makes the app's own files wait for the first paint. Trunk preloads the script and
//! the wasm from the `<head>`, so on a slow connection the 600 KB wasm competes with the page
//! itself, whose pre-rendered copy is what the reader sees first (and Lighthouse counts every
//! download started before that paint into its estimate of it). The loader fetches them once
//! the copy is painted instead.

use crate::hash::short_hash;

/// The loader moved out of a page: the page's new HTML and the script file to write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MovedLoader {
    pub html: String,
    pub file_name: String,
    pub script: String,
}

/// Registers the offline service worker once the page has loaded, so that filling its cache
/// does not compete with the app's own files; a refusal (private mode, a partitioned iframe)
/// only means no offline copy, so it is swallowed.
fn service_worker_registration(public_url: &str) -> String {
    format!(
        "if (\"serviceWorker\" in navigator) {{\n  const register = () => navigator.serviceWorker.register(\"{public_url}sw.js\").catch(() => {{}});\n  if (document.readyState === \"complete\") register(); else addEventListener(\"load\", register);\n}}\n"
    )
}

/// Waits for the page's first paint: the frame after it has started (`requestAnimationFrame`),
/// then a task (`setTimeout`), so the fetch starts after that frame is drawn. A page that draws
/// no frames (WebKit draws none for an iframe scrolled out of view) starts after a second.
const AFTER_FIRST_PAINT: &str = "await new Promise((resolve) => {\n  requestAnimationFrame(() => setTimeout(resolve, 0));\n  setTimeout(resolve, 1000);\n});\n";

/// Whether `tag` (one `<link …>`) preloads the app's script or wasm.
fn preloads_the_app(tag: &str) -> bool {
    tag.contains("rel=\"modulepreload\"")
        || (tag.contains("rel=\"preload\"") && tag.contains("type=\"application/wasm\""))
}

/// `html` without Trunk's `<link>` preloads of the app's script and wasm.
fn without_app_preloads(html: &str) -> String {
    let mut kept = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<link ") {
        let Some(length) = rest[start..].find('>') else {
            break;
        };
        let tag = &rest[start..=start + length];
        kept.push_str(&rest[..start]);
        if !preloads_the_app(tag) {
            kept.push_str(tag);
        }
        rest = &rest[start + length + 1..];
    }
    kept.push_str(rest);
    kept
}

/// Finds the one inline module script in `html` and replaces it with a `src` reference; the
/// script waits for the first paint before it loads the app (its `import` is hoisted, and only
/// fetches the small JavaScript glue), and the page no longer preloads the app's files.
pub fn move_inline_loader(html: &str, public_url: &str) -> Result<MovedLoader, String> {
    const OPEN: &str = "<script type=\"module\">";
    const CLOSE: &str = "</script>";
    let start = html
        .find(OPEN)
        .ok_or("index.html has no inline <script type=\"module\"> (Trunk's loader) to move")?;
    let body_start = start + OPEN.len();
    let body_len = html[body_start..]
        .find(CLOSE)
        .ok_or("Trunk's loader script is not closed")?;
    let body = &html[body_start..body_start + body_len];
    if html[body_start + body_len..].contains(OPEN) {
        return Err("index.html has more than one inline module script".to_string());
    }
    let script = format!(
        "{}{AFTER_FIRST_PAINT}{}\n",
        service_worker_registration(public_url),
        body.trim()
    );
    let file_name = format!("loader-{}.js", short_hash(script.as_bytes()));
    let tag = format!("<script type=\"module\" src=\"{public_url}{file_name}\"></script>");
    let html = without_app_preloads(&format!(
        "{}{tag}{}",
        &html[..start],
        &html[body_start + body_len + CLOSE.len()..]
    ));
    Ok(MovedLoader {
        html,
        file_name,
        script,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "<head><link rel=\"stylesheet\" href=\"/a.css\"/>\n<script type=\"module\">\nimport init from '/app.js';\nawait init();\n</script>\n<link rel=\"modulepreload\" href=\"/app.js\" crossorigin=\"anonymous\"><link rel=\"preload\" href=\"/app_bg.wasm\" crossorigin=\"anonymous\" as=\"fetch\" type=\"application/wasm\"><link rel=\"icon\" href=\"/favicon.svg\"/></head>";

    #[test]
    fn the_app_is_not_preloaded_and_loads_after_the_first_paint() {
        let moved = move_inline_loader(PAGE, "/").expect("moves");
        assert!(!moved.html.contains("modulepreload"));
        assert!(!moved.html.contains("app_bg.wasm"));
        assert!(moved
            .html
            .contains("<link rel=\"stylesheet\" href=\"/a.css\"/>"));
        assert!(moved
            .html
            .contains("<link rel=\"icon\" href=\"/favicon.svg\"/></head>"));
        let wait = moved
            .script
            .find("requestAnimationFrame")
            .expect("waits for a paint");
        let init = moved.script.find("await init()").expect("starts the app");
        assert!(wait < init);
    }

    #[test]
    fn the_inline_loader_becomes_a_hashed_file() {
        let moved = move_inline_loader(PAGE, "/").expect("moves");
        assert!(!moved.html.contains("import init"));
        assert!(moved.html.contains(&format!(
            "<script type=\"module\" src=\"/{}\"></script>",
            moved.file_name
        )));
        assert!(moved.file_name.starts_with("loader-") && moved.file_name.ends_with(".js"));
        assert!(moved.script.contains("import init from '/app.js';"));
        assert!(moved.script.contains("serviceWorker.register(\"/sw.js\")"));
    }

    #[test]
    fn a_page_without_or_with_two_loaders_is_an_error() {
        assert!(move_inline_loader("<head></head>", "/").is_err());
        let twice = format!("{PAGE}{PAGE}");
        assert!(move_inline_loader(&twice, "/").is_err());
    }
}
