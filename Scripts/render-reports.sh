#!/usr/bin/env bash
# Renders the HTML batch report and a parcel card with headless Chromium to
# PNG under .build/screenshots/ (not committed), and fails when a page logs
# an error (an uncaught script error, a failed load). CI runs it; run it
# yourself and look at the PNGs.
#
#   Scripts/render-reports.sh [path/to/mujun]
set -euo pipefail
cd "$(dirname "$0")/.."

mujun=${1:-.build/debug/mujun}
out=.build/screenshots
mkdir -p "$out"
browser=$(command -v chromium || command -v chromium-browser || true)
if [[ -z $browser ]]; then
  echo "error: chromium is not installed (apt-get install -y chromium)" >&2
  exit 1
fi

# The samples hold rejected records on purpose: evaluate exits 2.
"$mujun" evaluate SampleParcels/chengdu-2024.xml --rules Rules/chengdu-example.xml \
  --as-of 2025-03-31 --html "$out/report.html" --csv "$out/verdicts.csv" 2>/dev/null || true
"$mujun" evaluate SampleParcels/chengdu-2024.xml --rules Rules/chengdu-example.xml \
  --as-of 2025-03-31 --lang en --html "$out/report-en.html" 2>/dev/null || true
# CT-02 has a broken clause: check exits 1.
"$mujun" check SampleParcels/contracts-2025.xml --parcel CT-02 --as-of 2025-03-31 \
  --html "$out/card.html" >/dev/null || true
"$mujun" check SampleParcels/contracts-2025.xml --parcel CT-02 --as-of 2025-03-31 \
  --lang en --html "$out/card-en.html" >/dev/null || true

failed=0
for page in report report-en card card-en; do
  if [[ ! -s $out/$page.html ]]; then
    echo "error: $out/$page.html was not written" >&2
    failed=1
    continue
  fi
  timeout 120 "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars \
    --enable-logging=stderr --v=0 --window-size=1280,1800 \
    --screenshot="$out/$page.png" "file://$PWD/$out/$page.html" 2>"$out/$page.log" || true
  if [[ ! -s $out/$page.png ]]; then
    echo "error: no screenshot of $page" >&2
    failed=1
  fi
  if grep -E "Uncaught|CONSOLE.*[Ee]rror|ERR_FILE_NOT_FOUND|net::ERR" "$out/$page.log" >&2; then
    echo "error: $page logged an error (see $out/$page.log)" >&2
    failed=1
  fi
done
if ((failed)); then exit 1; fi
echo "rendered: $(cd "$out" && ls ./*.png | tr '\n' ' ')in $out"
