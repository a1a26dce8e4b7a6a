# The two commands: `make serve` and `make test`. Each installs what is missing first.
SHELL := /bin/bash
export PATH := $(CURDIR)/tools/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
# wasm-bindgen-test-runner stops a browser run after 20 s by default: the whole suite takes
# about that on an idle machine, more on a busy one
export WASM_BINDGEN_TEST_TIMEOUT ?= 300
WASM := --target wasm32-unknown-unknown
# The release build as a static host serves it: trunk's files, the first screen rendered
# into index.html (Yew's server renderer), the service worker that makes a second visit
# work offline, and Brotli and gzip copies beside every file.
define RELEASE_BUILD
trunk build --release --offline
cargo run --release --offline --quiet --features prerender --bin prerender -- dist
node scripts/service-worker.mjs dist
node scripts/precompress.mjs dist
endef

.PHONY: serve test release bench soak screenshots bootstrap lint native-test browser-test

bootstrap:
	@scripts/bootstrap.sh

serve: bootstrap
	@cargo fetch --quiet
	@echo "Serving on http://127.0.0.1:8080 (Ctrl-C stops)"
	trunk serve --offline

test:
	@scripts/bootstrap.sh browser
	@cargo fetch --quiet
	cargo fmt --check
	cargo clippy --all-targets --features prerender -- -D warnings
	cargo clippy --all-targets $(WASM) -- -D warnings
	$(RELEASE_BUILD)
	cargo test
	cargo test $(WASM) --test browser
	node scripts/a11y.mjs dist
	node scripts/visits.mjs dist

release: bootstrap
	@cargo fetch --quiet
	$(RELEASE_BUILD)
	@echo "Static site in dist/: serve it from any path, its .br and .gz files as they are (see README, Hosting)."

# The README's screenshots, from the release build (run it when the look changes).
screenshots:
	@scripts/bootstrap.sh browser
	@cargo fetch --quiet
	$(RELEASE_BUILD)
	node scripts/screenshots.mjs dist docs/screenshots

# Not part of `make test`: timings belong in BENCHMARKS.md, not in pass/fail tests.
bench:
	@scripts/bootstrap.sh bench
	@cargo fetch --quiet
	$(RELEASE_BUILD)
	cd bench/floor && trunk build --release --offline && node ../../scripts/precompress.mjs dist
	@mkdir -p target/bench
	cargo run --release --quiet --example dataset -- target/bench
	node bench/browser.mjs dist target/bench bench/floor/dist > target/bench/browser.json
	node bench/lighthouse.mjs dist bench/floor/dist > target/bench/lighthouse.json
	cargo bench --bench domain -- --noplot
	node bench/report.mjs target/bench/browser.json target/bench/lighthouse.json

# Not part of `make test` or CI: the property tests run long, where rare bugs hide. Each
# line's case count can be set (TABS_CASES=… make soak); times are printed per suite.
TABS_CASES ?= 100000
INVARIANT_CASES ?= 1000000
API_CASES ?= 100000
soak:
	cargo test --release --no-run --test tabs --test properties --test api
	time PROPTEST_CASES=$(TABS_CASES) cargo test --release --test tabs
	time PROPTEST_CASES=$(INVARIANT_CASES) cargo test --release --test properties
	time PROPTEST_CASES=$(API_CASES) cargo test --release --test api
