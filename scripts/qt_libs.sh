#!/usr/bin/env bash
# The system libraries Qt needs, asked from Qt itself: sourced by setup.sh.
#
# Qt's platform plugins (libqxcb.so opens the window on X11; libqoffscreen.so runs the
# tests headless) are linked against system libraries that a fresh Debian/Ubuntu may
# lack. Instead of a hand-kept list, `ldd` on the plugins says which so-names are "not
# found"; a small table turns each into the Debian package that ships it. As root the
# packages are installed (and ldd asked again: a library that was missing hid its own
# dependencies); otherwise the exact `sudo apt install …` is printed.
#
# Functions only: nothing runs when this file is sourced. tests/test_setup_script.py
# drives them with a fake ldd, apt-get, apt-cache and id.

# so-name → Debian package. Alternatives are separated by "|": the first one apt knows
# is used (Debian 13 and Ubuntu 24.04 renamed some libraries with a "t64" suffix).
qt_debian_package() {
    case "$1" in
        libGL.so.1) echo "libgl1" ;;
        libEGL.so.1) echo "libegl1" ;;
        libGLX.so.0) echo "libglx0" ;;
        libGLdispatch.so.0) echo "libglvnd0" ;;
        libOpenGL.so.0) echo "libopengl0" ;;
        libxkbcommon.so.0) echo "libxkbcommon0" ;;
        libxkbcommon-x11.so.0) echo "libxkbcommon-x11-0" ;;
        libxcb.so.1) echo "libxcb1" ;;
        libxcb-cursor.so.0) echo "libxcb-cursor0" ;;
        libxcb-icccm.so.4) echo "libxcb-icccm4" ;;
        libxcb-image.so.0) echo "libxcb-image0" ;;
        libxcb-keysyms.so.1) echo "libxcb-keysyms1" ;;
        libxcb-randr.so.0) echo "libxcb-randr0" ;;
        libxcb-render.so.0) echo "libxcb-render0" ;;
        libxcb-render-util.so.0) echo "libxcb-render-util0" ;;
        libxcb-shape.so.0) echo "libxcb-shape0" ;;
        libxcb-shm.so.0) echo "libxcb-shm0" ;;
        libxcb-sync.so.1) echo "libxcb-sync1" ;;
        libxcb-util.so.1) echo "libxcb-util1" ;;
        libxcb-xfixes.so.0) echo "libxcb-xfixes0" ;;
        libxcb-xinerama.so.0) echo "libxcb-xinerama0" ;;
        libxcb-xinput.so.0) echo "libxcb-xinput0" ;;
        libxcb-xkb.so.1) echo "libxcb-xkb1" ;;
        libxcb-glx.so.0) echo "libxcb-glx0" ;;
        libX11.so.6) echo "libx11-6" ;;
        libX11-xcb.so.1) echo "libx11-xcb1" ;;
        libXau.so.6) echo "libxau6" ;;
        libXdmcp.so.6) echo "libxdmcp6" ;;
        libSM.so.6) echo "libsm6" ;;
        libICE.so.6) echo "libice6" ;;
        libfontconfig.so.1) echo "libfontconfig1" ;;
        libfreetype.so.6) echo "libfreetype6" ;;
        libpng16.so.16) echo "libpng16-16t64|libpng16-16" ;;
        libexpat.so.1) echo "libexpat1" ;;
        libbrotlidec.so.1 | libbrotlicommon.so.1) echo "libbrotli1" ;;
        libglib-2.0.so.0 | libgthread-2.0.so.0 | libgobject-2.0.so.0) echo "libglib2.0-0t64|libglib2.0-0" ;;
        libpcre2-8.so.0) echo "libpcre2-8-0" ;;
        libdbus-1.so.3) echo "libdbus-1-3" ;;
        libsystemd.so.0) echo "libsystemd0" ;;
        libz.so.1) echo "zlib1g" ;;
        libzstd.so.1) echo "libzstd1" ;;
        liblzma.so.5) echo "liblzma5" ;;
        liblz4.so.1) echo "liblz4-1" ;;
        libbsd.so.0) echo "libbsd0" ;;
        libmd.so.0) echo "libmd0" ;;
        libcap.so.2) echo "libcap2" ;;
        libgcrypt.so.20) echo "libgcrypt20" ;;
        libgpg-error.so.0) echo "libgpg-error0" ;;
        libstdc++.so.6) echo "libstdc++6" ;;
        libgcc_s.so.1) echo "libgcc-s1" ;;
        *) return 1 ;;
    esac
}

# The first of "a|b|c" that apt knows here; the first one when apt cannot tell.
qt_choose_package() {
    local candidate first=""
    local IFS='|'
    for candidate in $1; do
        [ -z "$first" ] && first="$candidate"
        if command -v apt-cache >/dev/null 2>&1 \
            && apt-cache show --no-all-versions "$candidate" >/dev/null 2>&1; then
            echo "$candidate"
            return 0
        fi
    done
    echo "$first"
}

# The folder of Qt's platform plugins inside the virtual environment.
qt_platforms_dir() {
    local dir
    for dir in "$1"/lib/python3*/site-packages/PySide6/Qt/plugins/platforms; do
        if [ -d "$dir" ]; then
            echo "$dir"
            return 0
        fi
    done
    return 1
}

# The so-names ldd reports as "not found" for the given files, one per line, sorted.
qt_missing_sonames() {
    local file
    for file in "$@"; do
        [ -e "$file" ] && ldd "$file" 2>/dev/null | awk '$2 == "=>" && $3 == "not" { print $1 }'
    done | sort -u
}

# Prints "PACKAGES" then "UNKNOWN SO-NAMES" (two lines, space-separated) for so-names.
qt_packages_for() {
    local soname candidates packages="" unknown=""
    for soname in "$@"; do
        if candidates="$(qt_debian_package "$soname")"; then
            packages="$packages $(qt_choose_package "$candidates")"
        else
            unknown="$unknown $soname"
        fi
    done
    echo "$(echo $packages | tr ' ' '\n' | sort -u | tr '\n' ' ' | sed 's/ $//')"
    echo "$(echo $unknown)"
}

qt_have_fonts() {
    local folder
    for folder in /usr/share/fonts /usr/local/share/fonts "$HOME/.local/share/fonts"; do
        if [ -d "$folder" ] && [ -n "$(find "$folder" -type f \( -name '*.ttf' -o -name '*.otf' \
            -o -name '*.pfb' -o -name '*.ttc' \) -print -quit 2>/dev/null)" ]; then
            return 0
        fi
    done
    return 1
}

# Make sure Qt's plugins find their libraries. $1: the virtual environment; $2: "dev" when
# setting up for the tests (which run offscreen: a missing X11 library is then only a
# warning, since the tests never open a window).
ensure_qt_system_libs() {
    local venv="$1" purpose="${2:-}" platforms round missing resolved packages unknown
    [ "$(uname -s)" = Linux ] || return 0
    if ! platforms="$(qt_platforms_dir "$venv")"; then
        echo "Qt's platform plugins were not found in $venv; the system libraries were not checked." >&2
        return 0
    fi
    local xcb="$platforms/libqxcb.so" offscreen="$platforms/libqoffscreen.so"
    local extra=""
    qt_have_fonts || extra="fonts-dejavu-core"
    for round in 1 2 3 4; do
        missing="$(qt_missing_sonames "$xcb" "$offscreen" | tr '\n' ' ')"
        [ -z "$missing$extra" ] && return 0
        # shellcheck disable=SC2086
        resolved="$(qt_packages_for $missing)"
        packages="$(echo $(echo "$resolved" | sed -n 1p) $extra)"
        unknown="$(echo "$resolved" | sed -n 2p)"
        if [ -n "$unknown" ]; then
            echo "Qt needs $unknown, which this setup cannot map to a Debian package." >&2
            echo "Find the package that ships it (for example: apt-file search ${unknown%% *})" \
                "and install it." >&2
        fi
        if [ -z "$packages" ]; then
            break
        fi
        if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
            echo "Installing the system libraries Qt needs: $packages" >&2
            # shellcheck disable=SC2086
            if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
                apt-get install -y -qq $packages >/dev/null; }; then
                echo "Installing them failed; install by hand: apt install $packages" >&2
                break
            fi
            extra=""
        else
            if [ -n "$missing" ]; then
                echo "Qt needs system libraries that are missing: $missing" >&2
            else
                echo "No fonts were found for the app's window." >&2
            fi
            echo "Install them with:" >&2
            echo "  sudo apt install $packages" >&2
            break
        fi
    done
    local left_offscreen left_xcb
    left_offscreen="$(qt_missing_sonames "$offscreen" | tr '\n' ' ')"
    left_xcb="$(qt_missing_sonames "$xcb" | tr '\n' ' ')"
    if [ -n "$left_offscreen" ]; then
        echo "Qt cannot start without: $left_offscreen" >&2
        return 1
    fi
    if [ -n "$left_xcb" ]; then
        if [ "$purpose" = dev ]; then
            echo "The app window cannot open on this machine until those are installed;" \
                "the tests run without a window and go on." >&2
            return 0
        fi
        echo "The app window cannot open without: $left_xcb" >&2
        return 1
    fi
    return 0
}
