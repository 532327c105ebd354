//! The Content-Security-Policy every page carries, as a `<meta>` tag so that any static host
//! applies it: scripts and styles only from our own files, wasm compilation allowed, images
//! from our files and from the `data:`/`blob:` URLs the PNG download draws through.

/// The policy. `frame-ancestors` cannot be set by `<meta>`, and is not wanted: charts are
/// meant to be embedded.
pub const POLICY: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; object-src 'none'; base-uri 'self'; form-action 'self'";

/// `html` with the policy as the first element after `<meta charset>`, so that it governs
/// every resource the page loads.
pub fn with_policy(html: &str) -> Result<String, String> {
    const CHARSET: &str = "<meta charset=\"utf-8\">";
    let at = html
        .find(CHARSET)
        .ok_or("index.html has no <meta charset=\"utf-8\"> to put the policy after")?
        + CHARSET.len();
    Ok(format!(
        "{}\n    <meta http-equiv=\"Content-Security-Policy\" content=\"{POLICY}\">{}",
        &html[..at],
        &html[at..]
    ))
}

/// Problems that would make the browser refuse part of `html` under [`POLICY`]: inline
/// scripts, inline event handlers, `style` attributes and `<style>` elements.
pub fn violations(html: &str) -> Vec<String> {
    let lower = html.to_ascii_lowercase();
    let mut found = Vec::new();
    let mut rest = lower.as_str();
    while let Some(at) = rest.find("<script") {
        let tag_end = rest[at..].find('>').map_or(rest.len(), |end| at + end);
        if !rest[at..tag_end].contains(" src=") {
            found.push("an inline <script>".to_string());
        }
        rest = &rest[tag_end..];
    }
    if lower.contains("<style") {
        found.push("a <style> element".to_string());
    }
    if lower.contains(" style=\"") || lower.contains(" style='") {
        found.push("a style attribute".to_string());
    }
    for handler in [" onerror=", " onload=", " onclick=", " onmouseover="] {
        if lower.contains(handler) {
            found.push(format!("an inline handler ({})", handler.trim()));
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_policy_follows_the_charset() {
        let html =
            with_policy("<head><meta charset=\"utf-8\"><title>x</title></head>").expect("ok");
        let meta = html.find("Content-Security-Policy").expect("meta");
        assert!(meta < html.find("<title>").expect("title"));
        assert!(!POLICY.contains("unsafe-inline"));
    }

    #[test]
    fn inline_code_and_styles_are_found() {
        assert!(violations("<script src=\"/a.js\"></script><p>x</p>").is_empty());
        assert_eq!(violations("<script>alert(1)</script>").len(), 1);
        assert_eq!(violations("<p style=\"color:red\">").len(), 1);
        assert_eq!(violations("<img src=x onerror=\"x\">").len(), 1);
        assert_eq!(violations("<style>p{}</style>").len(), 1);
    }
}
