#!/usr/bin/env bash
# End-to-end throughput of `mujun evaluate`, measured against libxml2's own
# streaming parser (`xmllint --stream --noout`) on the same file, in the same
# run, alternating, so the figure that matters is the ratio.
#
#   Benchmarks/run.sh [PARCELS] [ROUNDS]      (defaults: 1000000 parcels, 3 rounds)
#
# With BASELINE=/path/to/an/older/mujun, that binary's `evaluate` runs too,
# in each round, for a before/after in the same conditions.
#
# Writes its figures to standard output as a Markdown table (paste into
# BENCHMARKS.md with the date and machine). Needs xmllint (libxml2-utils)
# and GNU time (time); installs them when missing and running as root.
set -euo pipefail
cd "$(dirname "$0")/.."

parcels=${1:-1000000}
rounds=${2:-3}
work=${BENCH_DIR:-/tmp/mujun-bench}
mkdir -p "$work"

need=()
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
[[ -x /usr/bin/time ]] || need+=(time)
if ((${#need[@]})); then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}"
fi

echo "building release..." >&2
swift build -c release --product mujun >&2
mujun=$(swift build -c release --show-bin-path)/mujun

file=$work/parcels-$parcels.xml
if [[ ! -s $file ]]; then
  echo "generating $parcels parcels..." >&2
  /usr/bin/time -f "%e" -o "$work/gen.time" "$mujun" sample --parcels "$parcels" --seed 42 \
    --broken-share 0.001 --out "$file"
  echo "generated in $(cat "$work/gen.time") s" >&2
fi
bytes=$(stat -L -c %s "$file")
mb=$(python3 -c "print(f'{$bytes/1e6:.1f}')")

# run NAME COMMAND...: one timed run; appends "seconds peakKB" to $work/NAME.
# Before it, untimed, what the system still holds of earlier outputs is
# written to disk (`sync`): otherwise the disk's writing-back of the last
# run's 2.4 GB of JSON Lines would share the two cores with whichever
# command came next.
run() {
  local name=$1
  shift
  sync
  /usr/bin/time -f "%e %M %U %S" -o "$work/$name.last" "$@" >/dev/null 2>"$work/$name.stderr" || true
  tail -n 1 "$work/$name.last" >>"$work/$name.runs"
}

rm -f "$work"/*.runs
for ((i = 1; i <= rounds; i++)); do
  echo "round $i/$rounds" >&2
  run xmllint xmllint --stream --noout "$file"
  # Each evaluate writes a new file, as a year's batch does: replacing the
  # last round's would add the system's freeing of its 2.4 GB (0.5 s).
  rm -f "$work/out.jsonl"
  run evaluate "$mujun" evaluate "$file" --rules Rules/cn-national-2008.xml --jsonl "$work/out.jsonl"
  if [[ -n ${BASELINE:-} ]]; then
    rm -f "$work/baseline.jsonl"
    run baseline "$BASELINE" evaluate "$file" --rules Rules/cn-national-2008.xml \
      --jsonl "$work/baseline.jsonl"
  fi
  run validate "$mujun" validate "$file"
done
lines=$(wc -l <"$work/out.jsonl")
if [[ -n ${BASELINE:-} ]]; then
  cmp -s "$work/out.jsonl" "$work/baseline.jsonl" && same=yes || same=NO
  echo "JSON Lines byte-identical to the baseline's: $same"
fi

python3 - "$work" "$bytes" "$parcels" "$lines" <<'PY'
import sys, statistics
work, size, parcels, lines = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
def runs(name):
    out = []
    for line in open(f"{work}/{name}.runs"):
        seconds, kb, user, system = line.split()
        out.append((float(seconds), int(kb), float(user) + float(system)))
    return out
ref = runs("xmllint")
ref_best = min(s for s, _, _ in ref)
ref_median = statistics.median(s for s, _, _ in ref)
print(f"file: {size/1e6:.1f} MB, {parcels} parcels; verdicts written: {lines}")
print()
print("| command | best s | median s | MB/s (best) | parcels/s (best) | time ÷ xmllint (best) | (median) | CPU s (least) | peak RSS MB |")
print("|---|---|---|---|---|---|---|---|---|")
import os
for name, label in [("xmllint", "xmllint --stream --noout"),
                    ("baseline", "baseline mujun evaluate --jsonl"),
                    ("evaluate", "mujun evaluate --jsonl"),
                    ("validate", "mujun validate (XSD + records)")]:
    if not os.path.exists(f"{work}/{name}.runs"):
        continue
    r = runs(name)
    best = min(s for s, _, _ in r)
    median = statistics.median(s for s, _, _ in r)
    cpu = min(c for _, _, c in r)
    rss = max(k for _, k, _ in r) / 1024
    print(f"| {label} | {best:.2f} | {median:.2f} | {size/1e6/best:.1f} | {parcels/best:,.0f} | {best/ref_best:.2f} | {median/ref_median:.2f} | {cpu:.1f} | {rss:.0f} |")
PY

# `mujun check` on one parcel (the contract sample CT-02), wall time of the
# whole process, 20 runs.
python3 - "$mujun" <<'PY'
import subprocess, sys, time, statistics
mujun = sys.argv[1]
times = []
for _ in range(20):
    start = time.perf_counter()
    subprocess.run([mujun, "check", "SampleParcels/contracts-2025.xml", "--parcel", "CT-02",
                    "--as-of", "2025-03-31"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    times.append((time.perf_counter() - start) * 1000)
print()
print(f"mujun check, one parcel (CT-02): median {statistics.median(times):.1f} ms, best {min(times):.1f} ms wall")
PY
