#!/usr/bin/env bash
# Installs what the build and tests need, once. Idempotent: a second run only checks.
# Usage: scripts/bootstrap.sh [browser|bench]
#   always: trunk, wasm-bindgen-cli, wasm-opt and workbox-build (the release build)
#   browser: also Chromium + chromedriver, playwright-core and axe-core (tests, the
#   accessibility and visits checks, screenshots); bench: the same, and Lighthouse
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130
BINARYEN_VERSION=132
TOOLS_DIR="$PWD/tools"

say() { printf 'bootstrap: %s\n' "$*"; }
fail() { printf 'bootstrap: %s\n' "$*" >&2; exit 1; }

command -v cargo >/dev/null 2>&1 || fail "cargo not found: install Rust (https://rustup.rs) and run again."
command -v rustup >/dev/null 2>&1 || fail "rustup not found: install Rust with rustup so the wasm32 target can be added."

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown >/dev/null || fail "could not add the wasm32 target: run 'rustup target add wasm32-unknown-unknown' by hand."
fi

installed_version() { "$1" --version 2>/dev/null | head -n1 | awk '{print $2}' || true; }

if [ "$(installed_version trunk)" != "$TRUNK_VERSION" ]; then
    say "installing trunk $TRUNK_VERSION (about 10 minutes, once)"
    cargo install trunk --version "$TRUNK_VERSION" --locked --quiet || fail "could not install trunk: run 'cargo install trunk --version $TRUNK_VERSION --locked' by hand."
fi

# Not --locked: one of the CLI's locked dependencies is no longer on the registry.
if [ "$(installed_version wasm-bindgen)" != "$WASM_BINDGEN_VERSION" ]; then
    say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 4 minutes, once)"
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --quiet || fail "could not install wasm-bindgen-cli: run 'cargo install wasm-bindgen-cli --version $WASM_BINDGEN_VERSION' by hand."
fi

# wasm-opt from npm's binaryen: Debian's is too old for today's rustc output.
if [ ! -x "$TOOLS_DIR/node_modules/.bin/wasm-opt" ]; then
    command -v npm >/dev/null 2>&1 || fail "npm not found: install Node.js and npm (Debian: apt-get install nodejs npm) and run again."
    say "installing wasm-opt (npm binaryen@$BINARYEN_VERSION) into tools/"
    mkdir -p "$TOOLS_DIR"
    [ -f "$TOOLS_DIR/package.json" ] || printf '{ "private": true }\n' > "$TOOLS_DIR/package.json"
    npm install --prefix "$TOOLS_DIR" --no-audit --no-fund --silent "binaryen@$BINARYEN_VERSION" >/dev/null || fail "could not install binaryen from npm: run 'npm install --prefix tools binaryen@$BINARYEN_VERSION' by hand."
fi

PLAYWRIGHT_VERSION=1.65.1
AXE_VERSION=4.11.1
WORKBOX_VERSION=7.4.1
npm_version() { node -p "require('$TOOLS_DIR/node_modules/$1/package.json').version" 2>/dev/null || true; }
# Workbox writes a release build's service worker (scripts/service-worker.mjs)
if [ "$(npm_version workbox-build)" != "$WORKBOX_VERSION" ]; then
    say "installing workbox-build@$WORKBOX_VERSION (npm) into tools/ (the release build's service worker)"
    mkdir -p "$TOOLS_DIR"
    [ -f "$TOOLS_DIR/package.json" ] || printf '{ "private": true }\n' > "$TOOLS_DIR/package.json"
    npm install --prefix "$TOOLS_DIR" --no-audit --no-fund --silent "workbox-build@$WORKBOX_VERSION" >/dev/null || fail "could not install workbox-build from npm: run 'npm install --prefix tools workbox-build@$WORKBOX_VERSION' by hand."
fi
if [ "${1:-}" = "browser" ] || [ "${1:-}" = "bench" ]; then
    for package in "playwright-core@$PLAYWRIGHT_VERSION" "axe-core@$AXE_VERSION"; do
        if [ "$(npm_version "${package%@*}")" != "${package##*@}" ]; then
            say "installing $package (npm) into tools/ (drives Chromium; checks accessibility)"
            mkdir -p "$TOOLS_DIR"
            [ -f "$TOOLS_DIR/package.json" ] || printf '{ "private": true }\n' > "$TOOLS_DIR/package.json"
            npm install --prefix "$TOOLS_DIR" --no-audit --no-fund --silent "$package" >/dev/null || fail "could not install $package from npm: run 'npm install --prefix tools $package' by hand."
        fi
    done
fi

# Lighthouse's mobile preset in `make bench` (12.8.2: 13 wants Node 22)
LIGHTHOUSE_VERSION=12.8.2
if [ "${1:-}" = "bench" ] && [ "$(npm_version lighthouse)" != "$LIGHTHOUSE_VERSION" ]; then
    say "installing lighthouse@$LIGHTHOUSE_VERSION (npm) into tools/ (make bench)"
    npm install --prefix "$TOOLS_DIR" --no-audit --no-fund --silent "lighthouse@$LIGHTHOUSE_VERSION" >/dev/null || fail "could not install lighthouse from npm: run 'npm install --prefix tools lighthouse@$LIGHTHOUSE_VERSION' by hand."
fi

if [ "${1:-}" = "browser" ] || [ "${1:-}" = "bench" ]; then
    if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
        if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
            say "installing chromium and chromium-driver from Debian's packages"
            { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver; } >/dev/null 2>&1 \
                || fail "apt-get could not install chromium: run 'apt-get install chromium chromium-driver' by hand."
        else
            fail "Chromium and chromedriver are missing: install them by hand (Debian: sudo apt-get install chromium chromium-driver)."
        fi
    fi
fi
