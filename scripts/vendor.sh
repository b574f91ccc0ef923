#!/usr/bin/env bash
# Refresh the third-party browser libraries under web/static/vendor/ from the npm
# registry. The files are committed, so the pages (and CI) work without internet;
# run this only to change a version, then commit the result.
#
#   scripts/vendor.sh            # fetch every package listed below
#
# Each line of PACKAGES: npm name, version, folder under web/static/vendor/,
# then the files to copy from the package (paths inside the tarball's package/).
set -euo pipefail
cd "$(dirname "$0")/.."
PACKAGES=(
  "uplot 1.6.32 uplot dist/uPlot.iife.min.js dist/uPlot.min.css LICENSE"
  "maplibre-gl 6.17.0 maplibre-gl dist/maplibre-gl.mjs dist/maplibre-gl-worker.mjs dist/maplibre-gl.css LICENSE.txt"
)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for line in "${PACKAGES[@]}"; do
  read -r name version folder files <<<"$line"
  (cd "$work" && npm pack --silent "$name@$version" >/dev/null)
  mkdir -p "$work/$name" && tar -xzf "$work/$name-$version.tgz" -C "$work/$name"
  dest="web/static/vendor/$folder"
  rm -rf "$dest" && mkdir -p "$dest"
  for f in $files; do cp "$work/$name/package/$f" "$dest/"; done
  printf '%s %s (npm registry, %s)\n' "$name" "$version" "$(cd "$work" && sha256sum "$name-$version.tgz" | cut -c1-16)" >"$dest/VERSION"
  echo "vendored $name $version into $dest"
done
