#!/usr/bin/env bash
# Sets up what the tests need (Debian packages, NuGet restore), builds, and runs every test.
# Usage: ./test.sh [extra dotnet test args, e.g. --filter Kind=Unit]
set -euo pipefail
cd "$(dirname "$0")"

packages=(chromium python3-aiosmtpd openssh-server openssh-client bird2 frr pmacct tshark bgpq4 iproute2 procps)
missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  echo "[test.sh] installing: ${missing[*]}"
  [ "$(id -u)" = 0 ] || { echo "[test.sh] run as root (or install: ${missing[*]})" >&2; exit 1; }
  # Packaged daemons (bird, frr, sshd) must not start: the tests run their own. Keep an existing policy-rc.d.
  made_policy=0
  if [ ! -e /usr/sbin/policy-rc.d ]; then printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d; chmod +x /usr/sbin/policy-rc.d; made_policy=1; fi
  echo "wireshark-common wireshark-common/install-setuid boolean false" | debconf-set-selections
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  [ $made_policy = 1 ] && rm -f /usr/sbin/policy-rc.d
fi

out="${TEST_OUTPUT_DIR:-$PWD/test-output}"
mkdir -p "$out"
export TEST_OUTPUT_DIR="$out"

dotnet restore PeeringHub.sln
dotnet build PeeringHub.sln --no-restore -c Debug
rc=0
dotnet test PeeringHub.sln --no-build -c Debug --logger "console;verbosity=normal" --logger "trx;LogFileName=results.trx" --results-directory "$out" "$@" || rc=$?
echo "[test.sh] screenshots and results: $out"
ls -1 "$out"/*.png 2>/dev/null || true
# The console log of a full run is long; CI keeps only its tail, so the failures are repeated last.
[ -f "$out/results.trx" ] && python3 tools/trx-failures.py "$out/results.trx"
exit $rc
