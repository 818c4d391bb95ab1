#!/usr/bin/env bash
# Builds the one-folder desktop app: dist/tyoparipaivakirja/ (and a .tar.gz or .zip of it).
# Sets up .venv with the pinned PyInstaller first. Run it on the platform you build for;
# build.spec is the same everywhere. Prints the unpacked and compressed size and the time.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
bash scripts/setup.sh dev
started=$(date +%s)
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN build.spec
built=$(date +%s)
case "$(uname -s)" in
    MINGW*|MSYS*|CYGWIN*)
        (cd dist && rm -f tyoparipaivakirja.zip && powershell -NoProfile -Command \
            "Compress-Archive -Path tyoparipaivakirja -DestinationPath tyoparipaivakirja.zip")
        archive=dist/tyoparipaivakirja.zip ;;
    *)
        tar -C dist -czf dist/tyoparipaivakirja.tar.gz tyoparipaivakirja
        archive=dist/tyoparipaivakirja.tar.gz ;;
esac
echo "Built dist/tyoparipaivakirja in $((built - started)) s:" \
    "$(du -sh dist/tyoparipaivakirja | cut -f1) unpacked," \
    "$(du -sh "$archive" | cut -f1) as $(basename "$archive")"
