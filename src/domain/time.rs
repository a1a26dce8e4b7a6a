//! The simulated clock. Time only moves when a command says so, which keeps every
//! decision reproducible (replay, tests, shared scenarios).
use serde::{Deserialize, Serialize};
use std::fmt;

const SECONDS_PER_DAY: i64 = 86_400;

/// Seconds since 1970-01-01T00:00:00Z on the simulated clock.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Timestamp(pub i64);

/// A calendar date (proleptic Gregorian).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct CivilDate {
    pub year: i64,
    pub month: u32,
    pub day: u32,
}

impl Timestamp {
    pub fn from_ymd_hm(year: i64, month: u32, day: u32, hour: u32, minute: u32) -> Self {
        Timestamp(
            days_from_civil(year, month, day) * SECONDS_PER_DAY
                + i64::from(hour) * 3600
                + i64::from(minute) * 60,
        )
    }

    pub fn date(self) -> CivilDate {
        civil_from_days(self.0.div_euclid(SECONDS_PER_DAY))
    }

    pub fn seconds_of_day(self) -> i64 {
        self.0.rem_euclid(SECONDS_PER_DAY)
    }

    pub fn plus_days(self, days: i64) -> Self {
        Timestamp(self.0.saturating_add(days.saturating_mul(SECONDS_PER_DAY)))
    }

    /// Calendar months, clamping the day (31 Jan + 1 month = 28/29 Feb), as billing does.
    pub fn plus_months(self, months: i64) -> Self {
        let d = self.date();
        let total = d.year * 12 + i64::from(d.month) - 1 + months;
        let year = total.div_euclid(12);
        let month = (total.rem_euclid(12) + 1) as u32;
        let day = d.day.min(days_in_month(year, month));
        Timestamp(days_from_civil(year, month, day) * SECONDS_PER_DAY + self.seconds_of_day())
    }

    /// ISO 8601, used in exports and as a locale-independent fallback.
    pub fn iso(self) -> String {
        let d = self.date();
        let s = self.seconds_of_day();
        format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:00Z",
            d.year,
            d.month,
            d.day,
            s / 3600,
            (s % 3600) / 60
        )
    }

    pub fn iso_date(self) -> String {
        let d = self.date();
        format!("{:04}-{:02}-{:02}", d.year, d.month, d.day)
    }

    /// Parses `YYYY-MM-DD` (a date input's value); `None` for anything else.
    pub fn parse_iso_date(text: &str) -> Option<Self> {
        let mut parts = text.trim().splitn(3, '-');
        let year: i64 = parts.next()?.parse().ok()?;
        let month: u32 = parts.next()?.parse().ok()?;
        let day: u32 = parts.next()?.parse().ok()?;
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Timestamp(
            days_from_civil(year, month, day) * SECONDS_PER_DAY,
        ))
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.iso())
    }
}

pub fn is_leap(year: i64) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if is_leap(year) => 29,
        _ => 28,
    }
}

// Howard Hinnant's days_from_civil / civil_from_days: exact, branch-light, no tables.
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(days: i64) -> CivilDate {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    CivilDate { year, month, day }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_round_trip_over_centuries() {
        for days in (-800_000..800_000).step_by(37) {
            let d = civil_from_days(days);
            assert_eq!(days_from_civil(d.year, d.month, d.day), days);
        }
    }

    #[test]
    fn month_arithmetic_clamps_the_day() {
        let jan31 = Timestamp::from_ymd_hm(2027, 1, 31, 9, 0);
        assert_eq!(jan31.plus_months(1).iso(), "2027-02-28T09:00:00Z");
        assert_eq!(
            Timestamp::from_ymd_hm(2028, 1, 31, 0, 0)
                .plus_months(1)
                .iso_date(),
            "2028-02-29"
        );
        assert_eq!(jan31.plus_months(12).iso_date(), "2028-01-31");
        assert_eq!(jan31.plus_months(-13).iso_date(), "2025-12-31");
    }

    #[test]
    fn parses_only_real_dates() {
        assert_eq!(
            Timestamp::parse_iso_date("2026-03-01").map(|t| t.iso_date()),
            Some("2026-03-01".to_string())
        );
        assert_eq!(Timestamp::parse_iso_date("2026-02-30"), None);
        assert_eq!(Timestamp::parse_iso_date("yesterday"), None);
    }
}
