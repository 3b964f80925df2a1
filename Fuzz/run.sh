#!/usr/bin/env bash
# Builds mujun's libFuzzer targets and runs one (or all) for a given time.
#
#   Fuzz/run.sh TARGET SECONDS     TARGET: records, rules, expressions, tables or all
#   Fuzz/run.sh build              only build
#
# Each target starts from a seed corpus made from the samples (records:
# SampleParcels/*.xml and Tests/Corpus/records/*; rules: Rules/*.xml and
# Tests/Corpus/rules/*; tables: Tests/Corpus/tables/*.xlsx and *.csv) and
# keeps what it finds in Fuzz/.build-fuzz/corpus/TARGET (kept between runs). Crashing inputs are written to
# Fuzz/.build-fuzz/findings/TARGET/. Fuzzers run under nice -n 19, both at
# once for `all`. Never run by CI.
#
# Environment: SANITIZE (default fuzzer,address; set to fuzzer when the
# address sanitizer does not work), FUZZ_ARGS (more libFuzzer flags).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
scratch="$here/.build-fuzz"
sanitize="${SANITIZE:-fuzzer,address}"

targets_for() {
  case "$1" in
    records) echo FuzzRecords ;;
    rules) echo FuzzRuleSet ;;
    expressions) echo FuzzExpressions ;;
    tables) echo FuzzTables ;;
    all) echo FuzzRecords FuzzRuleSet FuzzExpressions FuzzTables ;;
    *) echo "unknown target: $1 (records, rules, expressions, tables or all)" >&2; exit 64 ;;
  esac
}

seeds_for() {
  case "$1" in
    FuzzRecords) ls "$root"/SampleParcels/*.xml "$root"/Tests/Corpus/records/* 2>/dev/null || true ;;
    FuzzRuleSet) ls "$root"/Rules/*.xml "$root"/Tests/Corpus/rules/* 2>/dev/null || true ;;
    FuzzExpressions) ls "$root"/Tests/Corpus/expressions/* 2>/dev/null || true ;;
    FuzzTables) ls "$root"/Tests/Corpus/tables/*.xlsx "$root"/Tests/Corpus/tables/*.csv 2>/dev/null || true ;;
  esac
}

# Per-target libFuzzer flags. The rule-set target runs without leak
# detection: libxml2 2.9.14's xmlSchemaValidateStream leaks the document it
# makes for a DOCTYPE (Fuzz/README.md, findings).
extra_flags() {
  case "$1" in
    FuzzRuleSet) echo "-detect_leaks=0" ;;
  esac
}

build() {
  # swiftc keeps only the last -sanitize= it is given, so SwiftPM's
  # `--sanitize fuzzer --sanitize address` compiles Swift with the address
  # sanitizer alone and no coverage (libFuzzer then sees a few dozen edges).
  # One combined -Xswiftc flag, last on the line, instruments the Swift
  # code; the --sanitize flags still instrument the C code and link.
  local flags=()
  IFS=, read -ra parts <<<"$sanitize"
  for part in "${parts[@]}"; do flags+=(--sanitize "$part"); done
  flags+=(-Xswiftc -parse-as-library -Xswiftc "-sanitize=$sanitize")
  # SwiftPM keeps the build plan of the path dependency (the main package)
  # and does not see source files added to it since: plan afresh.
  rm -f "$scratch/release.yaml"
  nice -n 19 swift build -c release --package-path "$here" --scratch-path "$scratch" \
    "${flags[@]}" >&2 || exit 1
  swift build -c release --package-path "$here" --scratch-path "$scratch" "${flags[@]}" \
    --show-bin-path 2>/dev/null | tail -n 1
}

run_one() {
  local target="$1" seconds="$2" bin="$3"
  local corpus="$scratch/corpus/$target" seeds="$scratch/seeds/$target"
  local findings="$scratch/findings/$target" log="$scratch/logs/$target.log"
  mkdir -p "$corpus" "$seeds" "$findings" "$(dirname "$log")"
  seeds_for "$target" | while read -r file; do [[ -f "$file" ]] && cp "$file" "$seeds/"; done
  echo "== $target for ${seconds}s (log: $log)" >&2
  # -rss_limit_mb: bounded memory is part of the contract; -timeout: a hang
  # is a finding. Run from a folder of its own (libFuzzer may write there).
  mkdir -p "$scratch/run/$target"
  (cd "$scratch/run/$target" && exec nice -n 19 "$bin/$target" "$corpus" "$seeds" \
    -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=20 -max_len=65536 \
    -print_final_stats=1 -artifact_prefix="$findings/" $(extra_flags "$target") \
    ${FUZZ_ARGS:-} >"$log" 2>&1) &
  pids+=($!)
}

if [[ "${1:-}" == build ]]; then build >/dev/null; exit 0; fi
if [[ $# -ne 2 ]]; then
  echo "usage: Fuzz/run.sh records|rules|expressions|tables|all SECONDS   or   Fuzz/run.sh build" >&2
  exit 64
fi
targets="$(targets_for "$1")"
bin="$(build)" || { echo "build failed" >&2; exit 1; }
pids=()
for target in $targets; do run_one "$target" "$2" "$bin"; done
status=0
for pid in "${pids[@]}"; do wait "$pid" || status=1; done
for target in $targets; do
  echo "== $target" >&2
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|cov:|ERROR|SUMMARY" \
    "$scratch/logs/$target.log" | tail -n 6 >&2 || true
  ls "$scratch/findings/$target" >&2
done
exit $status
