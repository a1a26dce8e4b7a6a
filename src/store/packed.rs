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
    // Four characters at a time into three bytes, written into capacity reserved once:
    // a byte-at-a-time push was a third of unpacking a large tenant's history.
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len() / 4 * 3 + 2);
    let sextet = |c: u8| match UNB64[usize::from(c)] {
        INVALID => None,
        v => Some(u32::from(v)),
    };
    let mut quads = bytes.chunks_exact(4);
    for quad in &mut quads {
        let n = sextet(quad[0])? << 18
            | sextet(quad[1])? << 12
            | sextet(quad[2])? << 6
            | sextet(quad[3])?;
        out.extend_from_slice(&[(n >> 16) as u8, (n >> 8) as u8, n as u8]);
    }
    // an unpadded tail: 2 characters hold one byte, 3 hold two, 1 is not base64
    let tail = quads.remainder();
    if tail.len() == 1 {
        return None;
    }
    let mut n = 0u32;
    for (i, c) in tail.iter().enumerate() {
        n |= sextet(*c)? << (18 - 6 * i);
    }
    out.extend_from_slice(&[(n >> 16) as u8, (n >> 8) as u8][..tail.len().saturating_sub(1)]);
    Some(out)
}

/// Deflates `text` at `level` (1 fast … 9 small) and encodes it for a URL or a string store.
pub fn pack(text: &str, level: u8) -> String {
    pack_bytes(text.as_bytes(), level)
}

/// `pack` for bytes that are not text (a binary history chunk).
pub fn pack_bytes(bytes: &[u8], level: u8) -> String {
    base64url(&miniz_oxide::deflate::compress_to_vec(bytes, level))
}

/// The text `pack` made, if `packed` is one and inflates to at most `limit` bytes.
pub fn unpack(packed: &str, limit: usize) -> Option<String> {
    String::from_utf8(unpack_bytes(packed, limit)?).ok()
}

/// The bytes `pack_bytes` made, if `packed` is one and inflates to at most `limit` bytes.
pub fn unpack_bytes(packed: &str, limit: usize) -> Option<Vec<u8>> {
    inflate(&unbase64url(packed)?, limit)
}

/// Raw deflate into one buffer sized for the usual ratio (a history chunk inflates about
/// 5× in binary, 14× as JSON), grown only if that was short: miniz_oxide's
/// `decompress_to_vec` starts at twice the input and doubles, zero-filling and copying the
/// text several times per chunk.
fn inflate(deflated: &[u8], limit: usize) -> Option<Vec<u8>> {
    use miniz_oxide::inflate::core::{decompress, inflate_flags, DecompressorOxide};
    use miniz_oxide::inflate::TINFLStatus;
    let flags = inflate_flags::TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF;
    let mut out = vec![0u8; deflated.len().saturating_mul(16).max(1024).min(limit)];
    let mut state = Box::<DecompressorOxide>::default();
    let (mut input, mut written) = (deflated, 0);
    loop {
        let (status, read, wrote) = decompress(&mut state, input, &mut out, written, flags);
        written += wrote;
        input = input.get(read..)?;
        match status {
            TINFLStatus::Done => {
                out.truncate(written);
                return (written <= limit).then_some(out);
            }
            TINFLStatus::HasMoreOutput if out.len() < limit => {
                let grown = out.len().saturating_mul(2).min(limit);
                out.resize(grown, 0);
            }
            _ => return None,
        }
    }
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

    #[test]
    fn text_that_inflates_far_beyond_the_first_guess_comes_back_whole() {
        let text = "x".repeat(300_000); // deflates about 1,000×: the buffer grows
        let packed = pack(&text, 9);
        assert_eq!(unpack(&packed, text.len()).as_deref(), Some(text.as_str()));
        assert_eq!(
            unpack(&packed, text.len() - 1),
            None,
            "one byte over the limit"
        );
    }

    #[test]
    fn a_tail_that_is_not_base64_is_refused() {
        assert_eq!(unbase64url("QUJD"), Some(b"ABC".to_vec()));
        assert_eq!(unbase64url("QUI"), Some(b"AB".to_vec()));
        assert_eq!(unbase64url("QQ"), Some(b"A".to_vec()));
        assert_eq!(
            unbase64url("QUJDR"),
            None,
            "one character cannot hold a byte"
        );
        assert_eq!(unbase64url("QUJDQ="), None, "padding is not ours");
    }
}
