# The WSIS Prizes platform. Two commands do everything on a fresh Debian machine with Rust:
#   make run    install what is missing, build (release), serve http://127.0.0.1:3000
#   make test   install what is missing, run every test (unit, integration on SQLite and
#               PostgreSQL, browser end-to-end)
SHELL := /bin/bash
.ONESHELL:
.SHELLFLAGS := -eu -o pipefail -c

# The build's tools from npm, as binaries: wasm-opt (binaryen; Debian's version 108 silently
# breaks hydration) and esbuild (minifies the islands' script and the stylesheet).
BINARYEN_VERSION := 132.0.0
ESBUILD_VERSION := 0.28.2
TOOLS ?= $(HOME)/.cache/wsis-prizes/tools
TARGET_DIR := $(or $(CARGO_TARGET_DIR),$(CURDIR)/target)
# The tests' own PostgreSQL cluster (scripts/ensure-postgres.sh): a private port, never 5432.
export WSIS_PG_PORT ?= 55432
export WSIS_TEST_POSTGRES ?= postgres://postgres@127.0.0.1:$(WSIS_PG_PORT)
# Every step that runs tests has a bound that really ends it (scripts/bounded.sh).
BOUNDED := scripts/bounded.sh
export LEPTOS_SITE_ROOT := $(TARGET_DIR)/site
export PATH := $(TOOLS)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

.PHONY: run build setup setup-test lint unit integration integration-build integration-sqlite integration-postgres e2e test bench clean

## Install the toolchain pieces the build needs (each only when missing or at the wrong version).
setup:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
	@$(TOOLS)/node_modules/.bin/wasm-opt --version 2>/dev/null | grep -q "version $(firstword $(subst ., ,$(BINARYEN_VERSION))) " && \
	  $(TOOLS)/node_modules/.bin/esbuild --version 2>/dev/null | grep -qx "$(ESBUILD_VERSION)" || \
	  { mkdir -p $(TOOLS) && cd $(TOOLS) && npm install --no-audit --no-fund --silent \
	    binaryen@$(BINARYEN_VERSION) esbuild@$(ESBUILD_VERSION) >/dev/null; }
	@# The book's PDF is set in Noto, a family per script, read from the system's fonts.
	@[ -f /usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf ] && \
	  [ -f /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc ] || { apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-core fonts-noto-cjk >/dev/null; }

## Build the release server and site (target/release/wsis-prizes and target/site): the
## workspace's own build program (sitebuild/), which runs cargo, wasm-bindgen, wasm-opt and
## esbuild, names the assets after their content and compresses them.
build: setup
	$(BOUNDED) 3600 cargo run --locked --quiet --package sitebuild

## Build, then serve on http://127.0.0.1:3000 with the embedded SQLite database in ./data.
run: build
	LEPTOS_SITE_ADDR=$${LEPTOS_SITE_ADDR:-127.0.0.1:3000} $(TARGET_DIR)/release/wsis-prizes serve

## What the tests need beyond the build: Chromium, PostgreSQL, Playwright.
setup-test: setup
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || { apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; }
	@command -v pg_isready >/dev/null || { apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-client >/dev/null; }
	@# pdftotext reads the book's PDF back in the tests.
	@command -v pdftotext >/dev/null || { apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils >/dev/null; }
	@scripts/ensure-postgres.sh
	@[ -d end2end/node_modules/@playwright/test ] && [ -d end2end/node_modules/@axe-core/playwright ] || (cd end2end && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --silent)

## Formatting and clippy, once for the server build and once for the wasm build.
lint:
	cargo fmt --all --check
	$(BOUNDED) 2400 cargo clippy -p server -p migration -p sitebuild --all-targets --locked -- -D warnings
	$(BOUNDED) 2400 cargo clippy -p frontend --target wasm32-unknown-unknown --locked -- -D warnings

unit:
	$(BOUNDED) 2400 cargo test --locked -p app --features ssr --lib
	$(BOUNDED) 1200 cargo test --locked -p server --lib
	$(BOUNDED) 600 cargo test --locked -p sitebuild

# The test binary is built first (bounded apart), so that the run's own bound measures tests.
integration-build:
	$(BOUNDED) 2400 cargo test --locked -p server --test api --no-run

integration-sqlite: integration-build
	WSIS_TEST_DB=sqlite $(BOUNDED) 900 cargo test --locked -p server --test api

# One database per test, on the private cluster; they are dropped before and after the run.
integration-postgres: integration-build
	scripts/ensure-postgres.sh
	scripts/drop-test-databases.sh
	WSIS_TEST_DB=postgres $(BOUNDED) 900 cargo test --locked -p server --test api
	scripts/drop-test-databases.sh

integration: integration-sqlite integration-postgres

## Browser journeys in Debian's headless Chromium, against the release build.
e2e: setup-test build
	cd end2end && ../$(BOUNDED) 1200 npx playwright test

## Everything; prints how many tests ran and exits non-zero on any failure.
test: setup-test
	scripts/test-all.sh

## Rendered pages against the same HTML as a static file (same server, and nginx as the
## ceiling), without and with brotli; start-up time; the reset flood; script sizes; every
## page type on an emulated 3G link; Lighthouse.
bench: build
	scripts/bench.sh

clean:
	cargo clean
