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

/// The attribute names of one tag's text (between `<` and `>`), lower-cased; quoted values
/// are skipped, so text inside them never reads as an attribute.
fn attribute_names(tag: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut chars = tag.chars().peekable();
    // The tag name.
    while chars.peek().is_some_and(|c| !c.is_whitespace()) {
        chars.next();
    }
    loop {
        while chars.peek().is_some_and(|c| c.is_whitespace() || *c == '/') {
            chars.next();
        }
        let mut name = String::new();
        while let Some(&c) = chars.peek() {
            if c.is_whitespace() || c == '=' || c == '/' {
                break;
            }
            name.push(c.to_ascii_lowercase());
            chars.next();
        }
        if name.is_empty() {
            return names;
        }
        names.push(name);
        while chars.peek().is_some_and(|c| c.is_whitespace()) {
            chars.next();
        }
        if chars.peek() == Some(&'=') {
            chars.next();
            while chars.peek().is_some_and(|c| c.is_whitespace()) {
                chars.next();
            }
            match chars.peek().copied() {
                Some(quote @ ('"' | '\'')) => {
                    chars.next();
                    for c in chars.by_ref() {
                        if c == quote {
                            break;
                        }
                    }
                }
                _ => {
                    while chars.peek().is_some_and(|c| !c.is_whitespace()) {
                        chars.next();
                    }
                }
            }
        }
    }
}

/// Problems that would make the browser refuse part of `html` under [`POLICY`]: inline
/// scripts, inline event handlers, `style` attributes and `<style>` elements. Only real tags
/// count: escaped text (`&lt;img onerror=…&gt;`) is inert.
pub fn violations(html: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        let after = &rest[open + 1..];
        let close = after.find('>').unwrap_or(after.len());
        let tag = &after[..close];
        rest = &after[close..];
        if tag.starts_with('!') || tag.starts_with('/') {
            continue;
        }
        let name: String = tag
            .chars()
            .take_while(|c| !c.is_whitespace() && *c != '/')
            .collect::<String>()
            .to_ascii_lowercase();
        let attributes = attribute_names(tag);
        if name == "script" && !attributes.iter().any(|a| a == "src") {
            found.push("an inline <script>".to_string());
        }
        if name == "style" {
            found.push("a <style> element".to_string());
        }
        for attribute in attributes {
            if attribute == "style" {
                found.push(format!("a style attribute on <{name}>"));
            } else if attribute.starts_with("on") {
                found.push(format!("an inline handler ({attribute}) on <{name}>"));
            }
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
        // Escaped markup is text, and text inside attribute values is not an attribute.
        assert!(
            violations("<p>&lt;img src=x onerror=&quot;x&quot;&gt; style=\"a\"</p>").is_empty()
        );
        assert!(violations("<a title=\"x onclick=y style=z\" href=\"/\">a</a>").is_empty());
        assert_eq!(violations("<a href=/ ONCLICK='x'>a</a>").len(), 1);
    }
}
