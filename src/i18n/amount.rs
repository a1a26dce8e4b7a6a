//! Amounts as each language writes and types them (DOMAIN.md, "Numbers and money"):
//! English `1,234.56`, Dutch `1.234,56`, Swedish `1 234,56` (a space or no-break space
//! between groups). A field shows its value this way and reads it back the same way, and
//! also without the group separators (`1234,56`); anything else is refused, never guessed
//! (a Dutch `12.50` is not twelve and a half).
use super::Locale;
use crate::domain::money::{MoneyParseError, MAX_PRICE_CENTS};
use crate::domain::Money;

/// No amount read here is larger: far from i64's limit, well beyond any price.
const MAX_AMOUNT_CENTS: i64 = 1_000_000_000_000_000;

/// The locale's decimal separator, the group separator it writes, and those it reads.
fn separators(locale: Locale) -> (char, char, &'static [char]) {
    match locale {
        Locale::En => ('.', ',', &[',']),
        Locale::Nl => (',', '.', &['.']),
        Locale::Sv => (',', '\u{a0}', &[' ', '\u{a0}', '\u{202f}']),
    }
}

/// Groups digits of a non-negative integer with `sep`.
pub(super) fn group(mut n: u64, sep: char) -> String {
    let mut parts = Vec::new();
    loop {
        if n < 1000 {
            parts.push(n.to_string());
            break;
        }
        parts.push(format!("{:03}", n % 1000));
        n /= 1000;
    }
    parts.reverse();
    parts.join(sep.encode_utf8(&mut [0; 4]))
}

/// The minus sign each language writes: Swedish uses U+2212.
pub(super) fn minus(locale: Locale) -> &'static str {
    match locale {
        Locale::Sv => "\u{2212}",
        Locale::En | Locale::Nl => "-",
    }
}

/// An amount without its currency, grouped, always two decimals: what a field shows.
pub fn format_amount(locale: Locale, money: Money) -> String {
    let (decimal, grouping, _) = separators(locale);
    let abs = money.cents().unsigned_abs();
    let sign = if money.cents() < 0 { minus(locale) } else { "" };
    format!(
        "{sign}{}{decimal}{:02}",
        group(abs / 100, grouping),
        abs % 100
    )
}

/// Reads an amount as a person of `locale` types it: grouped or not, with at most two
/// decimals, never negative.
pub fn parse_amount(locale: Locale, text: &str) -> Result<Money, MoneyParseError> {
    let (decimal, _, groupings) = separators(locale);
    let t = text.trim();
    if t.is_empty() {
        return Err(MoneyParseError::Empty);
    }
    if t.starts_with(['-', '\u{2212}']) {
        return Err(MoneyParseError::Negative);
    }
    let (whole, frac) = match t.split_once(decimal) {
        Some((w, f)) => (w, f),
        None => (t, ""),
    };
    let digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    if (whole.is_empty() && frac.is_empty()) || !digits(frac) {
        return Err(MoneyParseError::NotANumber);
    }
    // grouped: the first group one to three digits, every other exactly three
    let groups: Vec<&str> = whole.split(groupings).collect();
    let grouped_well = groups.len() == 1
        || groups.iter().enumerate().all(|(i, g)| {
            digits(g)
                && if i == 0 {
                    (1..=3).contains(&g.len())
                } else {
                    g.len() == 3
                }
        });
    if !grouped_well || !groups.iter().all(|g| digits(g)) {
        return Err(MoneyParseError::NotANumber);
    }
    if frac.len() > 2 {
        return Err(MoneyParseError::TooManyDecimals);
    }
    let whole: String = groups.concat();
    let units: i64 = if whole.is_empty() {
        0
    } else {
        whole.parse().map_err(|_| MoneyParseError::TooLarge)?
    };
    let cents: i64 = format!("{frac:0<2}").parse().unwrap_or(0);
    units
        .checked_mul(100)
        .and_then(|c| c.checked_add(cents))
        .filter(|c| *c <= MAX_AMOUNT_CENTS)
        .map(Money)
        .ok_or(MoneyParseError::TooLarge)
}

/// A price as a person types it: `parse_amount`, within the prices the simulator takes.
pub fn parse_price(locale: Locale, text: &str) -> Result<Money, MoneyParseError> {
    parse_amount(locale, text).and_then(|m| {
        if m.cents() <= MAX_PRICE_CENTS {
            Ok(m)
        } else {
            Err(MoneyParseError::TooLarge)
        }
    })
}
