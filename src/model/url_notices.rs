//! Notices about ignored URL parameters, bounded so that a hostile or mangled link cannot
//! flood the page: each quoted parameter is cut to a few dozen characters and a long list of
//! notices is summed up in one line. Shared by the chart views and the event list.

/// Longest quoted parameter (`key=value`) in a notice, in characters.
pub const MAX_SHOWN_CHARS: usize = 60;
/// Notices listed one by one; more are summed up in one line.
pub const MAX_NOTICES: usize = 8;

/// `text` cut to [`MAX_SHOWN_CHARS`] characters, with "…" when something was cut.
pub fn shorten(text: &str) -> String {
    if text.chars().count() <= MAX_SHOWN_CHARS {
        return text.to_string();
    }
    let kept: String = text.chars().take(MAX_SHOWN_CHARS).collect();
    format!("{kept}…")
}

/// At most [`MAX_NOTICES`] notices: past that, the last one says how many more were ignored.
pub fn capped(mut notices: Vec<String>) -> Vec<String> {
    if notices.len() > MAX_NOTICES {
        let more = notices.len() - (MAX_NOTICES - 1);
        notices.truncate(MAX_NOTICES - 1);
        notices.push(format!("… and {more} more parts of the link; ignored."));
    }
    notices
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_parameters_are_cut_and_short_ones_kept() {
        assert_eq!(shorten("ev.min=abc"), "ev.min=abc");
        let long = format!("ev.q={}", "ب".repeat(500));
        let cut = shorten(&long);
        assert_eq!(cut.chars().count(), MAX_SHOWN_CHARS + 1);
        assert!(cut.starts_with("ev.q=ب") && cut.ends_with('…'));
    }

    #[test]
    fn many_notices_are_summed_up() {
        let few: Vec<String> = (0..MAX_NOTICES).map(|n| n.to_string()).collect();
        assert_eq!(capped(few.clone()), few);
        let many: Vec<String> = (0..20).map(|n| n.to_string()).collect();
        let kept = capped(many);
        assert_eq!(kept.len(), MAX_NOTICES);
        assert_eq!(
            kept[MAX_NOTICES - 1],
            "… and 13 more parts of the link; ignored."
        );
    }
}
