#!/usr/bin/env bash
# Installs Debian's Chromium and ChromeDriver, which the browser tests drive (headless), when
# they are missing. Test tools' own browser downloads do not work here: only Debian's packages do.
#
#   scripts/install-browser.sh      # then: ./mvnw verify
set -euo pipefail

if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then
    exit 0
fi
if [ "$(id -u)" = "0" ]; then
    sudo=()
elif command -v sudo >/dev/null; then
    sudo=(sudo)
else
    echo "Chromium and ChromeDriver are missing; install the Debian packages chromium and chromium-driver as root." >&2
    exit 1
fi
echo "Installing Debian's chromium and chromium-driver for the browser tests…" >&2
"${sudo[@]}" apt-get update -qq >&2
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends chromium chromium-driver >&2
chromium --version >&2
