#!/usr/bin/env bash
# Checks a packaged LogiCheck: the launcher starts, prints its version, and `selfcheck` (a throw-away data folder:
# migrations, built-in templates, one signed PDF written and verified) prints OK. Never touches a user's data.
#   installer/check.sh                              # the app-image of `mvn -Pinstaller -DskipTests package`
#   installer/check.sh /opt/logicheck/bin/LogiCheck # an installed .deb
set -euo pipefail
cd "$(dirname "$0")/.."
launcher="${1:-target/installer/LogiCheck/bin/LogiCheck}"
if [[ ! -x "$launcher" ]]; then
  echo "no launcher at $launcher: build it with  mvn -Pinstaller -DskipTests package" >&2
  exit 1
fi
version="$("$launcher" --version)"
echo "$version"
[[ "$version" == LogiCheck\ * ]] || { echo "unexpected --version output" >&2; exit 1; }
out="$("$launcher" selfcheck)"
echo "$out"
[[ "$(tail -n 1 <<<"$out")" == "OK" ]] || { echo "selfcheck did not print OK" >&2; exit 1; }
echo "installer check passed: $launcher"
