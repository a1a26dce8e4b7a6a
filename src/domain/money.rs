//! Money in integer minor units (US cents). No floats anywhere near a price.
use serde::{Deserialize, Serialize};
use std::fmt;
use std::ops::{Add, AddAssign, Sub};

#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Money(pub i64);

impl Money {
    pub const ZERO: Money = Money(0);

    pub fn from_dollars(dollars: i64) -> Self {
        Money(dollars * 100)
    }

    pub fn cents(self) -> i64 {
        self.0
    }

    pub fn times(self, n: u32) -> Money {
        Money(self.0.saturating_mul(i64::from(n)))
    }

    pub fn times_i64(self, n: i64) -> Money {
        Money(self.0.saturating_mul(n))
    }

    /// `self * numerator / denominator`, rounded down, without overflow.
    pub fn prorate(self, numerator: i64, denominator: i64) -> Money {
        if denominator <= 0 {
            return Money::ZERO;
        }
        Money((i128::from(self.0) * i128::from(numerator) / i128::from(denominator)) as i64)
    }

    /// Basis points (1/100 of a percent), rounded down.
    pub fn basis_points(self, bp: u32) -> Money {
        self.prorate(i64::from(bp), 10_000)
    }
}

/// A ceiling that keeps every sum of prices far from i64 overflow.
pub const MAX_PRICE_CENTS: i64 = 100_000_000 * 100;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MoneyParseError {
    Empty,
    NotANumber,
    Negative,
    TooManyDecimals,
    TooLarge,
}

impl MoneyParseError {
    pub fn key(self) -> &'static str {
        match self {
            MoneyParseError::Empty => "input-price-empty",
            MoneyParseError::NotANumber => "input-price-not-number",
            MoneyParseError::Negative => "input-price-negative",
            MoneyParseError::TooManyDecimals => "input-price-decimals",
            MoneyParseError::TooLarge => "input-price-too-large",
        }
    }
}

impl Add for Money {
    type Output = Money;
    fn add(self, rhs: Money) -> Money {
        Money(self.0.saturating_add(rhs.0))
    }
}

impl AddAssign for Money {
    fn add_assign(&mut self, rhs: Money) {
        self.0 = self.0.saturating_add(rhs.0);
    }
}

impl Sub for Money {
    type Output = Money;
    fn sub(self, rhs: Money) -> Money {
        Money(self.0.saturating_sub(rhs.0))
    }
}

impl fmt::Display for Money {
    /// Locale-independent `USD 1234.56`; the UI formats with Intl instead.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let abs = self.0.unsigned_abs();
        write!(f, "{sign}USD {}.{:02}", abs / 100, abs % 100)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prorates_down_and_formats() {
        assert_eq!(Money(1000).prorate(1, 3), Money(333));
        assert_eq!(Money(10_000).basis_points(1200), Money(1200));
        assert_eq!(Money(123_456).to_string(), "USD 1234.56");
    }
}
