#!/usr/bin/env bash
# Copies the browser libraries the web UI uses (Leaflet 1.9.4, milsymbol 3.0.4, pinned by package-lock.json) into
# the directory given as $1 (the Maven build passes target/classes/public/vendor). Needs node + npm (Debian packages
# `nodejs npm`); `npm ci` reads the npm cache first, so a warmed cache builds without network.
set -euo pipefail
out=${1:?usage: vendor.sh OUTPUT_DIR}
here=$(cd "$(dirname "$0")" && pwd)
cd "$here"
npm ci --prefer-offline --no-audit --no-fund --loglevel=error >/dev/null
mkdir -p "$out/leaflet/images" "$out/milsymbol"
cp node_modules/leaflet/dist/leaflet.js node_modules/leaflet/dist/leaflet.css "$out/leaflet/"
cp node_modules/leaflet/dist/images/*.png "$out/leaflet/images/"
cp node_modules/leaflet/LICENSE "$out/leaflet/LICENSE"
cp node_modules/milsymbol/dist/milsymbol.js "$out/milsymbol/"
cp node_modules/milsymbol/LICENSE "$out/milsymbol/LICENSE" 2>/dev/null || true
