//! A short content hash for file names and cache versions (FNV-1a, 64 bit): stable across
//! builds and platforms, not for security.

/// 16 hex digits of the FNV-1a hash of `bytes`.
pub fn short_hash(bytes: &[u8]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in bytes {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_values() {
        assert_eq!(short_hash(b""), "cbf29ce484222325");
        assert_eq!(short_hash(b"a"), "af63dc4c8601ec8c");
        assert_ne!(short_hash(b"ab"), short_hash(b"ba"));
    }
}
