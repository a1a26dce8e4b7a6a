//! Text deflated and base64url-encoded (no padding): share links, and history chunks in
//! localStorage, whose quota (about 5 M characters) a large tenant's plain JSON would fill.
const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn base64url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |acc, (i, b)| acc | u32::from(*b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(char::from(B64[(n >> (18 - 6 * i) & 63) as usize]));
        }
    }
    out
}

/// Each byte's 6-bit value, or `INVALID`: a table, because a search of `B64` per character
/// was a tenth of a large tenant's start-up.
const INVALID: u8 = 0xff;
const UNB64: [u8; 256] = {
    let mut table = [INVALID; 256];
    let mut i = 0;
    while i < 64 {
        table[B64[i] as usize] = i as u8;
        i += 1;
    }
    table
};

fn unbase64url(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let mut acc = 0u32;
    let mut bits = 0;
    for c in text.bytes() {
        let v = match UNB64[usize::from(c)] {
            INVALID => return None,
            v => u32::from(v),
        };
        acc = acc << 6 | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits & 0xff) as u8);
        }
    }
    Some(out)
}

/// Deflates `text` at `level` (1 fast … 9 small) and encodes it for a URL or a string store.
pub fn pack(text: &str, level: u8) -> String {
    base64url(&miniz_oxide::deflate::compress_to_vec(
        text.as_bytes(),
        level,
    ))
}

/// The text `pack` made, if `packed` is one and inflates to at most `limit` bytes.
pub fn unpack(packed: &str, limit: usize) -> Option<String> {
    let bytes = unbase64url(packed)?;
    let text = miniz_oxide::inflate::decompress_to_vec_with_limit(&bytes, limit).ok()?;
    String::from_utf8(text).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64url_round_trips_every_length() {
        for n in 0..50u8 {
            let bytes: Vec<u8> = (0..n).map(|i| i.wrapping_mul(37)).collect();
            assert_eq!(unbase64url(&base64url(&bytes)), Some(bytes));
        }
    }

    #[test]
    fn pack_round_trips_and_refuses_what_it_did_not_make() {
        let text = "{\"events\":[]}".repeat(100);
        let packed = pack(&text, 6);
        assert!(packed.len() < text.len() / 5);
        assert_eq!(unpack(&packed, 1 << 20).as_deref(), Some(text.as_str()));
        assert_eq!(unpack(&packed, 10), None, "over the limit");
        assert_eq!(unpack("not base64!", 1 << 20), None);
        assert_eq!(unpack("AAAA", 1 << 20), None);
    }
}
