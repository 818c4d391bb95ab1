#!/usr/bin/env bash
# Sets up .venv with a suitable Python (3.12 or newer) and the project installed in it.
# Sourced by run-demo.sh and test.sh; safe to run again (it only reinstalls when
# pyproject.toml changed). Prints plainly what to install when something is missing.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
EXTRAS="${1:-}"

python_ok() {
    "$1" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' >/dev/null 2>&1
}

find_python() {
    local candidate
    for candidate in python3.13 python3.12 python3; do
        if command -v "$candidate" >/dev/null 2>&1 && python_ok "$candidate"; then
            command -v "$candidate"; return 0
        fi
    done
    # pyenv shims exist on PATH but fail unless a version is selected: ask pyenv directly.
    if command -v pyenv >/dev/null 2>&1; then
        local root version
        root="$(pyenv root)"
        for version in $(pyenv versions --bare 2>/dev/null | sort -rV); do
            candidate="$root/versions/$version/bin/python3"
            if [ -x "$candidate" ] && python_ok "$candidate"; then
                echo "$candidate"; return 0
            fi
        done
    fi
    return 1
}

if [ ! -x "$VENV/bin/python" ] || ! python_ok "$VENV/bin/python"; then
    if ! PYTHON="$(find_python)"; then
        cat >&2 <<'MSG'
Työparipäiväkirja needs Python 3.12 or newer, and none was found.
  Debian 13 / Ubuntu 24.04:  sudo apt install python3 python3-venv
  Older systems:             install Python 3.12+ with pyenv or from python.org
MSG
        exit 1
    fi
    echo "Creating .venv with $("$PYTHON" -V) ($PYTHON)" >&2
    rm -rf "$VENV"
    "$PYTHON" -m venv "$VENV"
fi

# Qt needs a few system libraries; on Debian/Ubuntu install them when we can.
missing_qt_libs() {
    local lib missing=()
    for lib in libEGL.so.1 libGL.so.1 libfontconfig.so.1 libxkbcommon.so.0 libdbus-1.so.3 \
               libglib-2.0.so.0; do
        ldconfig -p 2>/dev/null | grep -q "$lib" || missing+=("$lib")
    done
    echo "${missing[@]:-}"
}
QT_PACKAGES="libegl1 libgl1 libfontconfig1 libxkbcommon0 libdbus-1-3 libglib2.0-0 \
libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 \
libxcb-render-util0 libxcb-image0 libxcb-randr0 libxcb-xinerama0 fonts-dejavu-core"
if [ -n "$(missing_qt_libs)" ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "Installing the system libraries Qt needs…" >&2
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $QT_PACKAGES >/dev/null
    else
        echo "Qt needs system libraries that are missing: $(missing_qt_libs)" >&2
        echo "On Debian/Ubuntu: sudo apt install $QT_PACKAGES" >&2
        exit 1
    fi
fi

# The tests read produced PDFs back with poppler's pdftotext; install it with the dev tools.
if [ "$EXTRAS" = dev ] && ! command -v pdftotext >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "Installing poppler-utils (pdftotext) for the PDF tests…" >&2
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils >/dev/null
    else
        echo "The PDF tests need pdftotext and will be skipped: sudo apt install poppler-utils" >&2
    fi
fi

STAMP="$VENV/.installed-$EXTRAS"
if [ ! -f "$STAMP" ] || [ "$ROOT/pyproject.toml" -nt "$STAMP" ]; then
    echo "Installing Työparipäiväkirja and its dependencies into .venv…" >&2
    "$VENV/bin/python" -m pip install --quiet --upgrade pip
    if [ -n "$EXTRAS" ]; then
        "$VENV/bin/python" -m pip install --quiet -e "$ROOT[$EXTRAS]"
    else
        "$VENV/bin/python" -m pip install --quiet -e "$ROOT"
    fi
    touch "$STAMP"
fi
