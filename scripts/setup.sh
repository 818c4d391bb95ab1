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

# System packages, installed where this user may (root, or sudo without a password):
# Voikko's Finnish morphology for search (libvoikko1 + voikko-fi; without it search uses
# its own gradation rules), and for the tests poppler's pdftotext (PDFs read back) and
# the openssl command (the encrypted pages decrypted by hand).
missing=()
/sbin/ldconfig -p 2>/dev/null | grep -q 'libvoikko\.so\.1' || missing+=(libvoikko1 voikko-fi)
if [ "$EXTRAS" = dev ]; then
    command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
    command -v openssl >/dev/null 2>&1 || missing+=(openssl)
fi
if [ ${#missing[@]} -gt 0 ]; then
    SUDO=""
    [ "$(id -u)" = 0 ] || { sudo -n true 2>/dev/null && SUDO="sudo -n"; }
    if { [ "$(id -u)" = 0 ] || [ -n "$SUDO" ]; } && command -v apt-get >/dev/null 2>&1; then
        echo "Installing ${missing[*]}…" >&2
        { $SUDO apt-get update -qq \
            && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null; } \
            || echo "Could not install ${missing[*]}; the parts that need them are skipped." >&2
    else
        echo "Not installed: ${missing[*]} (sudo apt install ${missing[*]});" \
            "the parts that need them are skipped." >&2
    fi
fi

# One stamp per set of extras. The dev extras are a superset of the plain install, so
# run-demo.sh after test.sh finds everything in place and installs nothing.
stamp_fresh() {
    [ -f "$1" ] && [ ! "$ROOT/pyproject.toml" -nt "$1" ]
}
installed() {
    stamp_fresh "$VENV/.installed-$EXTRAS" \
        || { [ -z "$EXTRAS" ] && stamp_fresh "$VENV/.installed-dev"; }
}
if ! installed; then
    echo "Installing Työparipäiväkirja and its dependencies into .venv…" >&2
    "$VENV/bin/python" -m pip install --quiet --upgrade pip
    if [ -n "$EXTRAS" ]; then
        "$VENV/bin/python" -m pip install --quiet -e "$ROOT[$EXTRAS]"
    else
        "$VENV/bin/python" -m pip install --quiet -e "$ROOT"
    fi
    touch "$VENV/.installed-$EXTRAS"
fi

# Qt's platform plugins say which system libraries they need (ldd), after the install
# has put them in place; scripts/qt_libs.sh installs them as root or prints the command.
# shellcheck source=scripts/qt_libs.sh
source "$ROOT/scripts/qt_libs.sh"
ensure_qt_system_libs "$VENV" "$EXTRAS"
