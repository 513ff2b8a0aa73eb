#!/usr/bin/env bash
# Unpacks npm packages into a folder: each NAME@VERSION given after the folder ends up in
# <folder>/<name>/package. A package already there is not fetched again, so rebuilds are fast and
# work offline once the packages are present.
set -euo pipefail

dest="${1:?usage: npm-fetch.sh <destination folder> <name@version>...}"
shift
mkdir -p "$dest"
for spec in "$@"; do
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
