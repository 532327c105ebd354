//! Escaping for the static HTML this crate writes: every data string goes through here.

/// Text content and double-quoted attribute values: the app's one escaping function (the
/// same the chart SVGs use), under the two names the page templates read best with.
pub use afghan_war_costs::charts::escape_xml as attr;
pub use afghan_war_costs::charts::escape_xml as text;

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
