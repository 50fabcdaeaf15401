#!/usr/bin/env bash
# Prints the path of axe-core's axe.min.js, the accessibility rules AccessibilityTests run in headless Chromium, and
# fetches it once into .build/axe-core: from PyPI's axe-playwright-python wheel (axe-core 4.12.1), downloaded with
# pip without its dependencies (Playwright is not needed: the test injects the script into a copy of each page) and
# checked against its pinned SHA-256. axe-selenium-python 2.1.6 was not used: the axe-core it carries is 3.1.1, which
# knows no WCAG 2.1 rule tags and reports <div> groups inside <dl>, valid HTML since 5.2, as violations.
# usage: AXE="$(scripts/ensure-axe-core.sh)"   (needs what scripts/ensure-python-tools.sh needs: python3 and PyPI)
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIR="$REPO/.build/axe-core"
PACKAGE="axe-playwright-python==0.1.8"
WHEEL="axe_playwright_python-0.1.8-py3-none-any.whl"
SHA256="fdd263c998388f1a8e67cad02677e612d946248bd44d163be5e8650ea31f95f8"

if [ ! -f "$DIR/axe.min.js" ] || [ "$(cat "$DIR/.wheel.sha256" 2>/dev/null)" != "$SHA256" ]; then
    echo "fetching axe-core from PyPI ($PACKAGE) into .build/axe-core" >&2
    TOOLS="$("$REPO/scripts/ensure-python-tools.sh")"
    rm -rf "$DIR"
    mkdir -p "$DIR"
    "$TOOLS/python" -m pip download --quiet --disable-pip-version-check --no-deps --only-binary=:all: "$PACKAGE" -d "$DIR" >&2
    echo "$SHA256  $DIR/$WHEEL" | sha256sum --check --quiet - >&2
    "$TOOLS/python" - "$DIR/$WHEEL" "$DIR/axe.min.js" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as wheel, open(sys.argv[2], "wb") as out:
    out.write(wheel.read("axe_playwright_python/axe.min.js"))
PY
    echo "$SHA256" > "$DIR/.wheel.sha256"
fi
echo "$DIR/axe.min.js"
