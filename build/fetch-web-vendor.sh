#!/usr/bin/env bash
# Fetches the map page's front-end packages from the npm registry into $1 and copies the files the page
# serves into $2 (the vendor folder of the web page's static resources). The page loads nothing else.
set -euo pipefail

npm_dir="${1:?usage: fetch-web-vendor.sh <npm folder> <vendor folder>}"
vendor="${2:?usage: fetch-web-vendor.sh <npm folder> <vendor folder>}"
bash "$(dirname "$0")/npm-fetch.sh" "$npm_dir" \
  "leaflet@1.9.4" \
  "leaflet.markercluster@1.5.3" \
  "world-atlas@2.0.2" \
  "topojson-client@3.1.0"

mkdir -p "$vendor/images"
cp "$npm_dir/leaflet/package/dist/leaflet.js" "$npm_dir/leaflet/package/dist/leaflet.css" "$vendor/"
cp "$npm_dir/leaflet/package/dist/images/"*.png "$vendor/images/"
cp "$npm_dir/leaflet.markercluster/package/dist/leaflet.markercluster.js" \
   "$npm_dir/leaflet.markercluster/package/dist/MarkerCluster.css" \
   "$npm_dir/leaflet.markercluster/package/dist/MarkerCluster.Default.css" "$vendor/"
cp "$npm_dir/world-atlas/package/countries-110m.json" "$vendor/"
cp "$npm_dir/topojson-client/package/dist/topojson-client.min.js" "$vendor/"
