#!/usr/bin/env bash
# Install the Debian packages the project needs on the host, only if missing.
# debootstrap builds the Debian 13 root for TimescaleDB on Debian 12 hosts;
# mosquitto is the broker; libmosquitto-dev builds the benchmark's C publisher;
# mosquitto-dev (and gcc) build the broker's client-id guard plugin;
# chromium-headless-shell (Debian's Chromium without its window layer) drives the browser
# tests. Needs root (apt-get).
set -euo pipefail

need=()
command -v debootstrap >/dev/null 2>&1 || need+=(debootstrap)
command -v mosquitto >/dev/null 2>&1 || [ -x /usr/sbin/mosquitto ] || need+=(mosquitto)
command -v mosquitto_pub >/dev/null 2>&1 || need+=(mosquitto-clients)
[ -f /usr/include/mosquitto.h ] || need+=(libmosquitto-dev)
[ -f /usr/include/mosquitto_broker.h ] || need+=(mosquitto-dev)
command -v chromium-headless-shell >/dev/null 2>&1 || need+=(chromium-headless-shell)
# CJK glyphs for the zh-TW pages in headless screenshots.
[ -d /usr/share/fonts/opentype/noto ] || need+=(fonts-noto-cjk)
command -v gcc >/dev/null 2>&1 || need+=(gcc)

if [ "${#need[@]}" -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "bootstrap-host: missing Debian packages: ${need[*]}; run as root or install them" >&2
  exit 1
fi
echo "bootstrap-host: installing ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
