#!/usr/bin/env bash
# The cost of the enterprise evaluation on top of the parcel run, measured
# in the same go, alternating, on one file of synthetic records with firms,
# tenants and the departments' files (`mujun sample --firms --data-dir`).
#
#   Benchmarks/enterprises.sh [PARCELS] [ROUNDS]     (defaults: 1000000, 3)
#
# Three runs a round, each writing new files:
#   parcels      evaluate FILE --year 2024 --jsonl            (the plain parcel run)
#   enterprises  … --data tax.csv --data stats.csv --data power.csv --enterprises
#   scored       … the same with a rule set that scores enterprises, --history,
#                --enterprises-csv, --xlsx and --html
# and prints the median wall time and peak RSS of each, and each round's
# ratio to the parcel run of the same round. Figures go to BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."

parcels=${1:-1000000}
rounds=${2:-3}
work=${BENCH_DIR:-/tmp/mujun-bench-firms}
mkdir -p "$work"
[[ -x /usr/bin/time ]] || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time; }

echo "building release..." >&2
swift build -c release --product mujun >&2
mujun=$(swift build -c release --show-bin-path)/mujun

file=$work/county-$parcels.xml
data=$work/data-$parcels
if [[ ! -s $file || ! -s $data/tax.csv ]]; then
  echo "generating $parcels parcels with firms and their files..." >&2
  rm -rf "$data"
  "$mujun" sample --parcels "$parcels" --seed 42 --firms --data-dir "$data" --out "$file"
fi
rows=$(($(wc -l <"$data/tax.csv") - 1))
echo "records: $(stat -L -c %s "$file") bytes; tax.csv: $rows rows" >&2

run() {
  local name=$1
  shift
  sync
  /usr/bin/time -f "%e %M %U %S" -o "$work/$name.last" "$@" >/dev/null 2>"$work/$name.stderr" || true
  tail -n 1 "$work/$name.last" >>"$work/$name.runs"
}

common=(--year 2024 --quiet)
datafiles=(--data "$data/tax.csv" --data "$data/stats.csv" --data "$data/power.csv")
rm -f "$work"/*.runs
for ((i = 1; i <= rounds; i++)); do
  echo "round $i/$rounds" >&2
  rm -rf "$work/out"
  mkdir -p "$work/out"
  run parcels "$mujun" evaluate "$file" "${common[@]}" --jsonl "$work/out/p.jsonl"
  run enterprises "$mujun" evaluate "$file" "${common[@]}" --jsonl "$work/out/e-p.jsonl" \
    "${datafiles[@]}" --enterprises "$work/out/e.jsonl"
  rm -f "$work/out/history.sqlite"
  run scored "$mujun" evaluate "$file" "${common[@]}" --rules Rules/chengdu-example.xml \
    --jsonl "$work/out/s-p.jsonl" "${datafiles[@]}" --enterprises "$work/out/s.jsonl" \
    --enterprises-csv "$work/out/s.csv" --xlsx "$work/out/s.xlsx" --html "$work/out/s.html" \
    --history "$work/out/history.sqlite"
done

python3 - "$work" "$rounds" <<'PY'
import sys, statistics
work, rounds = sys.argv[1], int(sys.argv[2])
def runs(name):
    return [tuple(map(float, l.split())) for l in open(f"{work}/{name}.runs")]
p, e, s = runs("parcels"), runs("enterprises"), runs("scored")
print("| run | median wall s | peak RSS MB (max) | CPU s (median) | ÷ parcel run, per round |")
print("|---|---|---|---|---|")
for name, r in (("parcels", p), ("enterprises", e), ("scored", s)):
    ratios = ", ".join(f"{x[0]/y[0]:.2f}" for x, y in zip(r, p))
    print(f"| {name} | {statistics.median(x[0] for x in r):.2f} | {max(x[1] for x in r)/1024:.0f} "
          f"| {statistics.median(x[2]+x[3] for x in r):.1f} | {ratios} |")
PY
