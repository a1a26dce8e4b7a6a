//! Times a scenario import of about 5 MB (issue #17: does `domain/event_json.rs` still pay
//! for itself?). Prints the file's size and the median of 15 imports.
//! Usage: cargo run --release --example import_timing
//!
//! Measured 2026-12-01 (native, release): 121 ms with `event_json`; 178 ms with serde's
//! own `#[serde(tag = "type")]` on `Event` (the same file, byte for byte). The adapter
//! stays: 57 ms is more than the 20 ms that would have retired it, and serde's tagged form
//! would also break the binary storage (postcard cannot read an internally tagged enum),
//! which reads `Event`'s derived form by variant index.
use csp_reservations_sim::domain::dataset;
use csp_reservations_sim::store::scenario;
use std::time::Instant;

fn main() {
    let state = dataset::large(7);
    let mut text = scenario::export(&state, &[]);
    // the large tenant's file, cut to the 5 MB limit's size at an event boundary
    let limit = scenario::MAX_BYTES - 1024;
    if text.len() > limit {
        let keep = text[..limit].rfind("\n    },").unwrap_or(limit);
        text.truncate(keep);
        text.push_str("\n    }\n  ],\n  \"expectations\": []\n}\n");
    }
    let mut times = Vec::new();
    for _ in 0..15 {
        let t0 = Instant::now();
        let imported = scenario::import(&text);
        times.push(t0.elapsed().as_secs_f64() * 1000.0);
        if let Err(e) = imported {
            eprintln!("import failed: {:?}", &e[..e.len().min(3)]);
            std::process::exit(1);
        }
    }
    times.sort_by(f64::total_cmp);
    println!(
        "{} bytes, {} events: import median {:.1} ms",
        text.len(),
        scenario::import(&text)
            .map(|s| s.state.log.len())
            .unwrap_or(0),
        times[times.len() / 2]
    );
}
