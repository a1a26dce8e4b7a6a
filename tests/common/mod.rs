//! Shared by the property tests: how many cases to run.

/// CI's case count, unless `PROPTEST_CASES` asks for another (`make soak` runs them long).
pub fn cases(ci: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(ci)
}
