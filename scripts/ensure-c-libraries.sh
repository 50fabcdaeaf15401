#!/usr/bin/env bash
# Makes sure the two C libraries rectrack links are installed: libyaml (Debian's libyaml-dev), its YAML parser, and
# mimalloc (libmimalloc-dev), its memory allocator on Linux. Installs what is missing with apt-get when it can,
# otherwise stops with the one command that installs it.
set -euo pipefail

has_libyaml() { pkg-config --exists yaml-0.1 2>/dev/null; }
# mimalloc ships no pkg-config file: look for the linker's name for it where Debian and others put libraries.
has_mimalloc() {
  [ "$(uname -s)" = Linux ] || return 0  # only Linux builds link it (Package.swift)
  local dir
  for dir in /usr/lib/*-linux-gnu /usr/lib64 /usr/lib /usr/local/lib; do
    [ -e "$dir/libmimalloc.so" ] && return 0
  done
  return 1
}

missing=()
has_libyaml || missing+=(libyaml-dev pkg-config)
has_mimalloc || missing+=(libmimalloc-dev)
[ ${#missing[@]} -eq 0 ] && exit 0

echo "installing Debian's ${missing[*]} (rectrack links libyaml and mimalloc)…" >&2
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  apt-get install -y -q "${missing[@]}" >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q "${missing[@]}" >/dev/null; }
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  sudo apt-get install -y -q "${missing[@]}" >/dev/null 2>&1 || { sudo apt-get update -q >/dev/null && sudo apt-get install -y -q "${missing[@]}" >/dev/null; }
else
  echo "error: rectrack needs ${missing[*]}. Install them with:" >&2
  echo "    sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
has_libyaml || { echo "error: libyaml-dev did not install; run: sudo apt-get install libyaml-dev pkg-config" >&2; exit 1; }
has_mimalloc || { echo "error: libmimalloc-dev did not install; run: sudo apt-get install libmimalloc-dev" >&2; exit 1; }
