# The two commands: `make serve` and `make test`. Each installs what is missing first.
SHELL := /bin/bash
export PATH := $(CURDIR)/tools/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
WASM := --target wasm32-unknown-unknown

.PHONY: serve test release bench bootstrap lint native-test browser-test

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
	cargo clippy --all-targets -- -D warnings
	cargo clippy --all-targets $(WASM) -- -D warnings
	trunk build --release --offline
	cargo test
	cargo test $(WASM) --test browser

release: bootstrap
	@cargo fetch --quiet
	trunk build --release --offline
	@echo "Static site in dist/: serve it from any path (see README)."

bench: bootstrap
	cargo bench --bench domain -- --noplot
