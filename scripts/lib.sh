# Shared by scripts/build, scripts/test and scripts/serve: install what is
# missing, skip what is already there. Nothing is downloaded from outside the
# package registries (crates.io, npm, Debian).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"

TRUNK_VERSION=0.21.14
CARGO_MUTANTS_VERSION=27.1.0
# Every optimised wasm: the custom sections that wasm-bindgen has read by now
# (target features, producers) are dropped: browsers ignore them.
# --low-memory-unused: Rust puts the stack first, growing down to address 0,
# so the lowest 1 KiB is only touched by a stack about to overflow (which traps
# anyway); binaryen may then fold constant offsets into loads and stores. (--converge, in the calls,
# repeats the passes while they still shrink the wasm: 0.7 KB brotli.)
WASM_FEATURES=(--enable-bulk-memory --enable-nontrapping-float-to-int --enable-reference-types
  --enable-sign-ext --enable-multivalue)
WASM_OPT_COMMON=("${WASM_FEATURES[@]}" --low-memory-unused --strip-producers --strip-target-features)
# The widget's passes (widget_wasm, for pkg/ and the standalone page), chosen
# for the size after brotli, not before: a function with one caller is inlined
# only when it is small (--one-caller-inline-max-function-size=15; inlined
# whole, each is a one-off that compresses worse than a call), then -Os, the
# control flow rebuilt (--flatten --rereloop) and -Os again; last, the
# functions put in order of their names, which wasm-bindgen's output still
# has, so that the instances of one generic stand together and brotli finds
# their likeness. Against -Oz alone: 121.0 -> 116.5 KB brotli; the README has
# the speed.
WIDGET_WASM_OPT=(-Os --converge --flatten --rereloop -Os --converge
  --one-caller-inline-max-function-size=15 --reorder-functions-by-name "${WASM_OPT_COMMON[@]}")

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# The wasm-bindgen CLI must match the library version in Cargo.lock exactly.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock
}

ensure_wasm_target() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "rustup target add wasm32-unknown-unknown"
    rustup target add wasm32-unknown-unknown
  fi
}

ensure_wasm_bindgen() {
  local want
  want="$(wasm_bindgen_version)"
  if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$want" ]; then
    say "cargo install wasm-bindgen-cli $want (about 2 minutes)"
    # Not --locked: with it one of its dependencies fails to resolve.
    cargo install wasm-bindgen-cli --version "$want" --force
  fi
}

ensure_trunk() {
  if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$TRUNK_VERSION" ]; then
    say "cargo install trunk $TRUNK_VERSION (about 6 minutes)"
    # 0.22 needs a newer rustc than 1.95.
    cargo install trunk --version "$TRUNK_VERSION" --locked --force
  fi
}

# cargo-mutants for scripts/mutants; pinned, as its output format and
# mutation operators change between versions.
ensure_cargo_mutants() {
  if [ "$(cargo mutants --version 2>/dev/null | awk '{print $2}')" != "$CARGO_MUTANTS_VERSION" ]; then
    say "cargo install cargo-mutants $CARGO_MUTANTS_VERSION (about 3 minutes)"
    cargo install cargo-mutants --version "$CARGO_MUTANTS_VERSION" --locked --force
  fi
}

ensure_node_modules() {
  if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/axe-core ] ||
    [ ! -x node_modules/.bin/terser ] || [ ! -d node_modules/jsdom ] || [ ! -x node_modules/.bin/vite ] || [ ! -d node_modules/webpack ] ||
    [ ! -x node_modules/.bin/tsc ] || [ ! -d node_modules/@types/react ] ||
    [ package-lock.json -nt node_modules/.package-lock.json ]; then
    say "npm ci"
    npm ci --no-audit --no-fund
  fi
}

# Debian packages, as root or through sudo; the package lists are refreshed
# only when an install fails without it.
apt_install() {
  say "apt-get install $*"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get install -y "$@" || { $sudo apt-get update && $sudo apt-get install -y "$@"; }
}

ensure_chromium() {
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    apt_install chromium chromium-driver
  fi
}

# What the bench needs besides Chromium: Debian's brotli for the sizes real
# hosts serve (gzip is on every Debian), and bench/package.json's Lighthouse,
# kept apart from the tests' node_modules. Nothing in its lock has an install
# script; PUPPETEER_SKIP_DOWNLOAD stays set in case one ever fetches a Chrome.
# (Its override pins third-party-web: a dependency asks for "latest", which
# npm ci would otherwise find out of step with the lock.)
ensure_bench_tools() {
  command -v brotli >/dev/null || apt_install brotli
  if [ ! -d bench/node_modules/lighthouse ] || [ bench/package-lock.json -nt bench/node_modules/.package-lock.json ]; then
    say "npm ci --prefix bench"
    PUPPETEER_SKIP_DOWNLOAD=1 npm ci --prefix bench --no-audit --no-fund
  fi
}

ensure_build_tools() {
  ensure_wasm_target
  ensure_wasm_bindgen
  ensure_node_modules
}

# Runs a release build of the wasm without panic locations and without Debug
# formatting (rustc's -Zlocation-detail=none -Zfmt-debug=none, allowed on the
# pinned stable toolchain by RUSTC_BOOTSTRAP; the saving is in the README); the
# widget never shows either (panics abort; no Debug text reaches a user).
# -Zcross-crate-inline-threshold=always makes every function of every crate
# available for inlining where it is called, not only the small ones: LLVM
# then folds the many one-caller functions of Leptos's view code into their
# callers (the README has the saving). Only the shipped builds use these
# flags: tests keep their readable failures.
RELEASE_RUSTFLAGS="-Zlocation-detail=none -Zfmt-debug=none -Zcross-crate-inline-threshold=always"
release_wasm() {
  RUSTC_BOOTSTRAP=1 CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="$RELEASE_RUSTFLAGS" "$@"
}

# The widget's wasm as it ships, in pkg/ and on the standalone page (Trunk's
# post-build hook, scripts/minify-dist.mjs): without wasm-streams' classes,
# which the widget never uses (scripts/drop-streams.mjs; removing their
# exports lets the optimiser drop the code behind them), optimised, with
# short names.
# GLUE is wasm-bindgen's glue as written (before terser); TYPES its .d.ts.
#   widget_wasm WASM GLUE [TYPES]
widget_wasm() {
  node scripts/drop-streams.mjs "$2" ${3:+"$3"}
  wasm-opt --remove-exports --pass-arg=remove-exports@'*intounderlying*' "${WIDGET_WASM_OPT[@]}" "$1" -o "$1"
  short_names "$@"
}

# Short import and export names, in a wasm-opt run of its own (--converge
# would run the pass again and print the names twice). wasm-opt prints the
# names it gave; scripts/short-names.mjs gives the glue (and the .d.ts's
# InitOutput) the same.
#   short_names WASM GLUE [TYPES]
short_names() {
  local names
  names="$(mktemp)"
  wasm-opt "${WASM_FEATURES[@]}" --minify-imports-and-exports-and-modules "$1" -o "$1" >"$names"
  node scripts/short-names.mjs "$names" "$@"
  rm -f "$names"
}

# pkg/: the embeddable ES module (wasm-bindgen --target web), optimised, and
# pkg/core/: evaluate() alone, on the wasm built without the widget
# (--no-default-features), for backends and pages without the widget. The
# core build has a target directory of its own, so that neither build
# undoes the other's.
build_pkg() {
  say "cargo build --release --target wasm32-unknown-unknown (widget, and core: --no-default-features)"
  release_wasm cargo build --release --lib --target wasm32-unknown-unknown
  # The core is built for speed (opt-level 3, wasm-opt -O3): it is what
  # backends call in a loop, its size is not on the widget's path, and it runs
  # evaluate() 1.6x faster that way for about a quarter more bytes.
  CARGO_PROFILE_RELEASE_OPT_LEVEL=3 release_wasm cargo build --release --lib --target wasm32-unknown-unknown \
    --no-default-features --target-dir target/core
  say "wasm-bindgen --target web --out-dir pkg, pkg/core"
  wasm-bindgen --target web --out-dir pkg \
    target/wasm32-unknown-unknown/release/hsm_salary_check.wasm
  wasm-bindgen --target web --out-dir pkg/core \
    target/core/wasm32-unknown-unknown/release/hsm_salary_check.wasm
  # The widget's wasm sends no struct by its shape (SHAPES in src/api/tape.rs).
  node scripts/inline-snippets.mjs --no-literals pkg/hsm_salary_check.js
  node scripts/inline-snippets.mjs pkg/core/hsm_salary_check.js
  # The types of hsm-salary-check/core: evaluate() and src/api/'s
  # typescript_custom_section types, without wasm-bindgen's internals.
  say "pkg/core.d.ts"
  node scripts/core-dts.mjs pkg/hsm_salary_check.d.ts pkg/core.d.ts
  say "wasm-opt (pkg: for size, pkg/core: -O3), short import and export names"
  widget_wasm pkg/hsm_salary_check_bg.wasm pkg/hsm_salary_check.js pkg/hsm_salary_check.d.ts
  wasm-opt -O3 --converge "${WASM_OPT_COMMON[@]}" pkg/core/hsm_salary_check_bg.wasm -o pkg/core/hsm_salary_check_bg.wasm
  short_names pkg/core/hsm_salary_check_bg.wasm pkg/core/hsm_salary_check.js pkg/core/hsm_salary_check.d.ts
  # The element is one module: embed.js with the glue inside
  # (scripts/bundle-embed.mjs). pkg/hsm_salary_check.js stays for the tests.
  say "pkg/embed.js: src/embed/embed.js with the glue inside"
  node scripts/bundle-embed.mjs pkg/hsm_salary_check.js src/embed/embed.js pkg/embed.js
  # wasm-bindgen's glue as written is 42 KB; minified, it and the custom
  # element (src/embed/embed.js) load ~2.5 KB (brotli) lighter. The core's
  # two entries (src/core/: the browser's and Node's) are minified alike.
  say "terser pkg/hsm_salary_check.js pkg/embed.js pkg/core/*.js"
  local terse=(--module --compress passes=2 --mangle)
  terser pkg/hsm_salary_check.js "${terse[@]}" --output pkg/hsm_salary_check.js
  terser pkg/core/hsm_salary_check.js "${terse[@]}" --output pkg/core/hsm_salary_check.js
  terser pkg/embed.js "${terse[@]}" --output pkg/embed.js
  terser src/core/index.js "${terse[@]}" --output pkg/core/index.js
  terser src/core/node.js "${terse[@]}" --output pkg/core/node.js
  # What the first widget runs: compiled while it downloads, not at first call.
  node scripts/compile-hint.mjs pkg/hsm_salary_check.js pkg/embed.js
}
