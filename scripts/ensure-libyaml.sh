#!/usr/bin/env bash
# Makes sure libyaml (Debian's libyaml-dev) is installed: installs it with apt-get when it can,
# otherwise stops with the one command that installs it.
set -euo pipefail
if pkg-config --exists yaml-0.1 2>/dev/null; then
  exit 0
fi
echo "libyaml is missing; installing Debian's libyaml-dev…" >&2
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  apt-get install -y -q libyaml-dev pkg-config >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q libyaml-dev pkg-config >/dev/null; }
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  sudo apt-get install -y -q libyaml-dev pkg-config >/dev/null 2>&1 || { sudo apt-get update -q >/dev/null && sudo apt-get install -y -q libyaml-dev pkg-config >/dev/null; }
else
  echo "error: rectrack needs libyaml. Install it with:" >&2
  echo "    sudo apt-get install libyaml-dev pkg-config" >&2
  exit 1
fi
pkg-config --exists yaml-0.1 || { echo "error: libyaml-dev did not install; run: sudo apt-get install libyaml-dev pkg-config" >&2; exit 1; }
