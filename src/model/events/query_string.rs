//! Reading and writing `application/x-www-form-urlencoded` query strings, as browsers do,
//! without a browser: the URL state is parsed natively and tested with `cargo test`.

/// One `key=value` pair of a query string, decoded, plus the raw text it came from (kept so
/// parameters that belong to other components are written back exactly as they were).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryPair {
    pub key: String,
    pub value: String,
    pub raw: String,
}

/// The pairs of `search` (with or without the leading `?`), in order; empty segments are
/// skipped. Never fails: a broken `%` escape is kept as written.
pub fn split_query(search: &str) -> Vec<QueryPair> {
    search
        .trim_start_matches('?')
        .split('&')
        .filter(|segment| !segment.is_empty())
        .map(|segment| {
            let (key, value) = segment.split_once('=').unwrap_or((segment, ""));
            QueryPair {
                key: decode_component(key),
                value: decode_component(value),
                raw: segment.to_string(),
            }
        })
        .collect()
}

/// Joins already-encoded segments with `&`.
pub fn join_segments(segments: impl IntoIterator<Item = String>) -> String {
    segments.into_iter().collect::<Vec<_>>().join("&")
}

/// `key=value` with both parts percent-encoded.
pub fn encode_pair(key: &str, value: &str) -> String {
    format!("{}={}", encode_component(key), encode_component(value))
}

/// Decodes `%XX` escapes (as UTF-8) and `+` (a space, as in form encoding).
pub fn decode_component(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&byte) = bytes.get(i) {
        let escaped = (byte == b'%')
            .then(|| {
                Some((
                    hex_value(*bytes.get(i + 1)?)?,
                    hex_value(*bytes.get(i + 2)?)?,
                ))
            })
            .flatten();
        match (byte, escaped) {
            (_, Some((high, low))) => {
                decoded.push(high * 16 + low);
                i += 3;
            }
            (b'+', None) => {
                decoded.push(b' ');
                i += 1;
            }
            (other, None) => {
                decoded.push(other);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&decoded).into_owned()
}

/// Percent-encodes everything but letters, digits, `-._~` and `,` (kept so comma lists stay
/// readable in a shared link; `,` is allowed unencoded in a query by RFC 3986).
pub fn encode_component(text: &str) -> String {
    let mut encoded = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~' | b',') {
            encoded.push(char::from(byte));
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    encoded
}

fn hex_value(digit: u8) -> Option<u8> {
    char::from(digit)
        .to_digit(16)
        .and_then(|value| u8::try_from(value).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_escapes_plus_and_broken_escapes() {
        assert_eq!(decode_component("Sar-e%20Pol"), "Sar-e Pol");
        assert_eq!(decode_component("a+b"), "a b");
        assert_eq!(decode_component("Kund%C5%ABz"), "Kundūz");
        assert_eq!(decode_component("100%"), "100%");
        assert_eq!(decode_component("%zz%4"), "%zz%4");
        assert_eq!(decode_component("%FF"), "\u{FFFD}");
    }

    #[test]
    fn encoding_round_trips() {
        for text in [
            "Sar-e Pol",
            "a&b=c",
            "Kundūz, Kabul",
            "50% + 1",
            "#events",
            "",
        ] {
            assert_eq!(decode_component(&encode_component(text)), text);
        }
        assert_eq!(
            encode_component("state-based,one-sided"),
            "state-based,one-sided"
        );
    }

    #[test]
    fn splits_pairs_and_keeps_raw_segments() {
        let pairs = split_query("?ev.min=10&&flag&x=a%20b");
        let keys: Vec<&str> = pairs.iter().map(|pair| pair.key.as_str()).collect();
        assert_eq!(keys, ["ev.min", "flag", "x"]);
        assert_eq!(pairs[1].value, "");
        assert_eq!(pairs[2].value, "a b");
        assert_eq!(pairs[2].raw, "x=a%20b");
        assert!(split_query("").is_empty());
    }
}
