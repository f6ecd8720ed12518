#!/usr/bin/env bash
# Installs the system packages the tests need (Debian's chromium for Playwright), only if missing.
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
# WeasyPrint (PDF export) needs Pango and a font; the serving benchmark drives the server with wrk against nginx;
# the topology and backup tests run nginx, redis-cli and PostgreSQL's client tools (pg_dump, createdb); the plan
# PDF test reads the largest plan's PDF back with poppler's pdftotext.
for pkg in libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core wrk nginx-light redis-tools \
  postgresql-client poppler-utils; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "system-deps: need ${missing[*]}; run as root or install them: apt-get install ${missing[*]}" >&2
    exit 1
  fi
  echo "system-deps: installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
