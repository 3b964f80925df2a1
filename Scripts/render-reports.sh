#!/usr/bin/env bash
# Renders the HTML batch report (parcels scored by
# Tests/Corpus/rules/chengdu-example-parcels.xml) and a parcel card with
# headless Chromium to PNG under .build/screenshots/ (not committed), and
# fails when a page logs an error (an uncaught script error, a failed load). When the binary can
# write them (its `check` knows `--enterprise`), also a one-firm sheet
# (一企一单, screen and A4 PDF) and a report with the enterprise section, from
# the small rule set and records written below. CI runs it; run it
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

# The samples hold rejected records on purpose: evaluate exits 2. The
# parcels are scored with the Chengdu example as it was when it scored
# parcels (the bundled one scores enterprises; those pages come below).
parcel_rules=Tests/Corpus/rules/chengdu-example-parcels.xml
"$mujun" evaluate SampleParcels/chengdu-2024.xml --rules "$parcel_rules" \
  --as-of 2025-03-31 --html "$out/report.html" --csv "$out/verdicts.csv" 2>/dev/null || true
"$mujun" evaluate SampleParcels/chengdu-2024.xml --rules "$parcel_rules" \
  --as-of 2025-03-31 --lang en --html "$out/report-en.html" 2>/dev/null || true
# CT-02 has a broken clause: check exits 1.
"$mujun" check SampleParcels/contracts-2025.xml --parcel CT-02 --as-of 2025-03-31 \
  --html "$out/card.html" >/dev/null || true
"$mujun" check SampleParcels/contracts-2025.xml --parcel CT-02 --as-of 2025-03-31 \
  --lang en --html "$out/card-en.html" >/dev/null || true

pages=(report report-en card card-en)

# The one-firm sheet and the enterprise section, once the CLI writes them:
# `check … --enterprise CODE --html` and `evaluate … --enterprises … --html`.
# Five firms on three parcels: 甲 (规上) holds P-1 and lets part of it to 乙
# and 丙, 丁 (规上) holds P-2, 戊 (规下) holds P-3; a tax file and a
# correction. (The help is read whole first: with pipefail, grep -q closing
# the pipe early would fail the test.)
check_help=$("$mujun" check --help 2>&1 || true)
if grep -Eq -- "--enterprise([^s]|$)" <<<"$check_help"; then
  firms=$out/firms
  mkdir -p "$firms"
  cat >"$firms/rules.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<ruleSet xmlns="urn:mujun:rules:1" id="render-enterprises" version="1" base="cn-national-2008">
  <metadata>
    <title>企业亩均效益评价（渲染示例）</title>
    <source>Scripts/render-reports.sh</source>
    <classification>GB/T 4754-2017</classification>
    <locale>zh-CN</locale>
  </metadata>
  <thresholds/>
  <scoring unit="enterprise" source="Scripts/render-reports.sh">
    <scheme id="above" scale="above">
      <item indicator="taxPerMu" weight="60" benchmark="cohort"/>
      <item indicator="valueAddedPerMu" weight="40" benchmark="mean"/>
    </scheme>
    <scheme id="below" scale="below" minMu="3">
      <item indicator="taxPerMu" weight="100" benchmark="cohort"/>
    </scheme>
    <adjust points="-5 * max(0, tenants - 1)" when='scale == "above"' reason="出租扣分"/>
    <classes by="rank">
      <class name="A" upTo="0.2"/><class name="B" upTo="0.6"/><class name="C" upTo="0.95"/><class name="D"/>
    </classes>
    <surcharge class="D" perKWh="0.3"/>
  </scoring>
</ruleSet>
XML
  cat >"$firms/records.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<landRecords xmlns="urn:mujun:land-records:1">
  <parcel id="P-1">
    <district code="331003">黄岩区</district>
    <area unit="mu">30</area>
    <sector code="C2927">日用塑料制品制造</sector>
    <holder creditCode="914403001922038216" scale="above">甲塑业有限公司</holder>
    <tenants>
      <tenant creditCode="91110000600037341L" area="3" unit="mu">乙五金加工厂</tenant>
      <tenant creditCode="91620105L015101280" area="2" unit="mu">丙包装厂</tenant>
    </tenants>
    <performance year="2024" tax="250" valueAdded="1000" electricity="1200000"/>
  </parcel>
  <parcel id="P-2">
    <district code="331003">黄岩区</district>
    <area unit="mu">10</area>
    <sector code="C2927">日用塑料制品制造</sector>
    <holder creditCode="91310115MA1K3BTP2B" scale="above">丁模具有限公司</holder>
    <performance year="2024" tax="50" valueAdded="500" electricity="800000"/>
  </parcel>
  <parcel id="P-3">
    <district code="331004">路桥区</district>
    <area unit="mu">5</area>
    <sector code="C2927">日用塑料制品制造</sector>
    <holder creditCode="9144030071526726XG" scale="below">戊科技有限公司</holder>
    <performance year="2024" tax="10"/>
  </parcel>
</landRecords>
XML
  printf '%s\n' '统一社会信用代码,企业名称,年度,实缴税金(元)' \
    '914403001922038216,甲塑业有限公司,2024,"2,500,000"' \
    '91310115MA1K3BTP2B,丁模具有限公司,2024,500000' >"$firms/tax.csv"
  printf '%s\n' '统一社会信用代码,更正项目,更正值,更正原因,文号' \
    '914403001922038216,实缴税金(元),"2,600,000",税务局复核,黄经信〔2025〕3号' >"$firms/corrections.csv"
  "$mujun" check "$firms/records.xml" --enterprise 914403001922038216 --year 2024 \
    --rules "$firms/rules.xml" --data "$firms/tax.csv" --corrections "$firms/corrections.csv" \
    --html "$out/sheet.html" >/dev/null 2>&1 || true
  "$mujun" check "$firms/records.xml" --enterprise 914403001922038216 --year 2024 \
    --rules "$firms/rules.xml" --data "$firms/tax.csv" --corrections "$firms/corrections.csv" \
    --lang en --html "$out/sheet-en.html" >/dev/null 2>&1 || true
  "$mujun" evaluate "$firms/records.xml" --rules "$firms/rules.xml" --year 2024 \
    --data "$firms/tax.csv" --corrections "$firms/corrections.csv" \
    --enterprises "$firms/enterprises.jsonl" --html "$out/report-firms.html" 2>/dev/null || true
  pages+=(sheet sheet-en report-firms)
else
  echo "note: $mujun check has no --enterprise yet: the one-firm sheet is not rendered" >&2
fi

failed=0
for page in "${pages[@]}"; do
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
# The sheet is signed on paper: print it on A4 to see the page breaks.
if [[ -s $out/sheet.html ]]; then
  timeout 120 "$browser" --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$out/sheet.pdf" "file://$PWD/$out/sheet.html" 2>"$out/sheet-pdf.log" || true
  if [[ ! -s $out/sheet.pdf ]]; then
    echo "error: the sheet did not print to PDF (see $out/sheet-pdf.log)" >&2
    failed=1
  fi
fi
if ((failed)); then exit 1; fi
echo "rendered: $(cd "$out" && ls ./*.png | tr '\n' ' ')in $out"
