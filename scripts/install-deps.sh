#!/usr/bin/env bash
# Installs everything rasad needs to build and test, from Debian 12 packages.
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
PKGS=(
  build-essential cmake pkg-config git python3 zstd time
  libvectorscan-dev libicu-dev libsqlite3-dev nlohmann-json3-dev libsimdjson-dev libcli11-dev
  libfmt-dev libspdlog-dev libtomlplusplus-dev libzstd-dev libmimalloc-dev
  libgtest-dev libgmock-dev libbenchmark-dev libsqlitecpp-dev libssl-dev
  libgumbo-dev libxml2-dev zlib1g-dev clang libclang-rt-14-dev
  postgresql-15 postgresql-15-postgis-3 libpqxx-dev libpq-dev
  libcpp-httplib-dev nodejs chromium wrk
)
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
# The map page's build and browser test need npm (bundled with NodeSource's nodejs, separate in Debian's).
if ! command -v npm >/dev/null; then
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends npm
fi
