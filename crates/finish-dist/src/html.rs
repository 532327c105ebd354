//! Escaping for the static HTML this crate writes: every data string goes through here.

/// Text content: `&`, `<` and `>` escaped.
pub fn text(raw: &str) -> String {
    raw.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// A double-quoted attribute value.
pub fn attr(raw: &str) -> String {
    text(raw).replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_data_stays_text() {
        assert_eq!(
            text("<script>alert(1)</script> & co"),
            "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"
        );
        assert_eq!(attr(r#"a" onerror="x"#), "a&quot; onerror=&quot;x");
    }
}
