//! Search text folded for matching: "Kunduz", "KUNDUZ" and "Kundūz" all become "kunduz".

/// Lower-cases `text` and strips the diacritics of Latin letters, so a reader's query matches
/// however a source spelled a name. Other letters pass through lower-cased; combining marks
/// (decomposed accents) are dropped; typographic apostrophes become `'`.
pub fn fold_text(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    fold_into(&mut folded, text);
    folded
}

/// [`fold_text`] appending to `out`, so an index can fold into one buffer without allocating.
pub fn fold_into(out: &mut String, text: &str) {
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else if let Some(base) = latin_base(c) {
            out.push_str(base);
        } else {
            out.extend(c.to_lowercase());
        }
    }
}

/// The words of a query, folded; an event matches when its text contains every word.
pub fn query_terms(query: &str) -> Vec<String> {
    fold_text(query)
        .split_whitespace()
        .map(str::to_string)
        .collect()
}

/// The plain letter(s) of an accented Latin letter (Latin-1 and Latin Extended-A).
fn latin_base(c: char) -> Option<&'static str> {
    let base = match c {
        'À'..='Å' | 'à'..='å' | 'Ā'..='ą' => "a",
        'Æ' | 'æ' => "ae",
        'Ç' | 'ç' | 'Ć'..='č' => "c",
        'Ð' | 'ð' | 'Ď'..='đ' => "d",
        'È'..='Ë' | 'è'..='ë' | 'Ē'..='ě' => "e",
        'Ĝ'..='ģ' => "g",
        'Ĥ'..='ħ' => "h",
        'Ì'..='Ï' | 'ì'..='ï' | 'Ĩ'..='ı' => "i",
        'Ĳ' | 'ĳ' => "ij",
        'Ĵ' | 'ĵ' => "j",
        'Ķ'..='ĸ' => "k",
        'Ĺ'..='ł' => "l",
        'Ñ' | 'ñ' | 'Ń'..='ŋ' => "n",
        'Ò'..='Ö' | 'Ø' | 'ò'..='ö' | 'ø' | 'Ō'..='ő' => "o",
        'Œ' | 'œ' => "oe",
        'Ŕ'..='ř' => "r",
        'Ś'..='š' => "s",
        'ß' => "ss",
        'Ţ'..='ŧ' => "t",
        'Ù'..='Ü' | 'ù'..='ü' | 'Ũ'..='ų' => "u",
        'Ŵ' | 'ŵ' => "w",
        'Ý' | 'ý' | 'ÿ' | 'Ŷ'..='Ÿ' => "y",
        'Ź'..='ž' => "z",
        'Þ' | 'þ' => "th",
        '‘' | '’' | 'ʼ' | 'ʻ' | 'ʿ' | 'ʾ' | '´' => "'",
        '\u{0300}'..='\u{036F}' => "",
        _ => return None,
    };
    Some(base)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_and_accents_do_not_matter() {
        assert_eq!(fold_text("Kundūz"), "kunduz");
        assert_eq!(fold_text("KUNDUZ"), "kunduz");
        assert_eq!(fold_text("Hérat Ça"), "herat ca");
        // "u" + combining macron, as decomposed text arrives from some keyboards.
        assert_eq!(fold_text("Kundu\u{0304}z"), "kunduz");
        assert_eq!(fold_text("Taleban’s"), "taleban's");
    }

    #[test]
    fn non_latin_text_is_kept_lower_cased() {
        assert_eq!(fold_text("کابل"), "کابل");
        assert_eq!(fold_text("ΣΑ"), "σα");
    }

    #[test]
    fn queries_split_on_whitespace() {
        assert_eq!(query_terms("  Kabul   City "), vec!["kabul", "city"]);
        assert!(query_terms("   ").is_empty());
    }
}
