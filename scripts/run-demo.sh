#!/usr/bin/env bash
# Sets everything up and opens the app on a fresh demo journal (its passphrases are shown).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/scripts/setup.sh"
exec "$ROOT/.venv/bin/tyoparipaivakirja" --demo "$@"
