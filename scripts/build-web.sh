#!/usr/bin/env bash
# Builds the map page into web/dist: npm ci from web/package-lock.json, then
# esbuild bundles Leaflet, marker clustering, uPlot and the page's code, and
# copies index.html and data/basemap.json. `cmake --install` puts web/dist in
# share/rasad/web, where `rasad serve` finds it.
set -euo pipefail
cd "$(dirname "$0")/../web"
npm ci --no-audit --no-fund --loglevel=error
npm run --silent build
