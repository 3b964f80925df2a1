#!/usr/bin/env bash
# Regenerates every Swift file that embeds resources (rule sets, schemas,
# HTML templates),
# so the binary carries them and works from any folder. With --check, fails
# when a generated file differs from what is committed (CI runs this).
set -euo pipefail
cd "$(dirname "$0")/.."

generate() {
  bash Scripts/embed-resources.sh Sources/Rules/BundledResources.swift BundledResources \
    Rules/*.xml Schemas/rule-set-1.xsd
  bash Scripts/embed-resources.sh Sources/Land/LandResources.swift LandResources \
    Schemas/land-records-1.xsd
  bash Scripts/embed-resources.sh Sources/Reports/HTMLTemplateResources.swift HTMLTemplateResources \
    Sources/Reports/Templates/*.mustache
}

if [[ ${1:-} == --check ]]; then
  before=$(cat Sources/Rules/BundledResources.swift Sources/Land/LandResources.swift Sources/Reports/HTMLTemplateResources.swift | sha256sum)
  generate
  after=$(cat Sources/Rules/BundledResources.swift Sources/Land/LandResources.swift Sources/Reports/HTMLTemplateResources.swift | sha256sum)
  if [[ $before != "$after" ]]; then
    echo "error: the embedded resources were out of date; run Scripts/embed-all.sh and commit" >&2
    git --no-pager diff --stat -- Sources/Rules/BundledResources.swift Sources/Land/LandResources.swift Sources/Reports/HTMLTemplateResources.swift >&2 || true
    exit 1
  fi
  echo "embedded resources match Rules/, Schemas/ and Sources/Reports/Templates/"
else
  generate
fi
