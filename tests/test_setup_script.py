"""scripts/setup.sh on a new machine: Qt's plugins say what they need, and a second
command reuses what the first set up.

The library check runs against a fake ``ldd``, ``apt-get``, ``apt-cache`` and ``id`` on
PATH (shell scripts written by the test), so each machine state can be played through;
one test asks the real X11 plugin on this machine to start under Xvfb.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
QT_LIBS = ROOT / "scripts" / "qt_libs.sh"
SETUP = ROOT / "scripts" / "setup.sh"

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="the setup script is for Linux")

FAKE_LDD = r"""#!/usr/bin/env bash
# Prints the canned ldd output of the plugin, with "not found" for so-names whose
# package the fake apt-get has not installed yet.
listing="$FAKE/ldd-$(basename "$1")"
[ -f "$listing" ] || exit 1
while read -r soname package hidden_by; do
    [ -z "$soname" ] && continue
    if [ -n "$hidden_by" ] && ! grep -qx "$hidden_by" "$FAKE/installed" 2>/dev/null; then
        continue  # ldd cannot look inside a library that is itself missing
    fi
    if [ "$package" = "-" ] || grep -qx "$package" "$FAKE/installed" 2>/dev/null; then
        echo "	$soname => /lib/x86_64-linux-gnu/$soname (0x00007f0000000000)"
    else
        echo "	$soname => not found"
    fi
done < "$listing"
"""

FAKE_APT_GET = r"""#!/usr/bin/env bash
echo "apt-get $*" >> "$FAKE/apt-log"
if [ "$1" = install ]; then
    for arg in "$@"; do
        case "$arg" in -*|install) ;; *) echo "$arg" >> "$FAKE/installed" ;; esac
    done
fi
exit 0
"""

FAKE_APT_CACHE = r"""#!/usr/bin/env bash
# apt-cache show --no-all-versions NAME: known when NAME is listed in $FAKE/known
[ "$1" = show ] && grep -qx "${@: -1}" "$FAKE/known" 2>/dev/null
"""

FAKE_ID = """#!/usr/bin/env bash
[ "$1" = -u ] && cat "$FAKE/uid"
"""


@dataclass
class FakeMachine:
    """A Debian-like machine as far as the setup's library check can see it."""

    folder: Path
    venv: Path
    bin: Path

    @property
    def platforms(self) -> Path:
        return self.venv / "lib/python3.12/site-packages/PySide6/Qt/plugins/platforms"

    def plugin_links(self, plugin: str, lines: list[str]) -> None:
        """``lines``: "soname package [hidden_by_package]" ("-" as package: always there)."""
        (self.platforms / plugin).write_bytes(b"")
        (self.folder / f"ldd-{plugin}").write_text("\n".join(lines) + "\n")

    def run(self, purpose: str = "", uid: int = 1000) -> subprocess.CompletedProcess[str]:
        (self.folder / "uid").write_text(f"{uid}\n")
        env = {
            **os.environ,
            "FAKE": str(self.folder),
            "PATH": f"{self.bin}:{os.environ['PATH']}",
            "HOME": str(self.folder / "home"),
        }
        return subprocess.run(
            [
                "bash",
                "-c",
                f'source "{QT_LIBS}"; qt_have_fonts() {{ return 0; }};'
                f' ensure_qt_system_libs "{self.venv}" "{purpose}"',
            ],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )

    @property
    def apt_log(self) -> list[str]:
        log = self.folder / "apt-log"
        return log.read_text().splitlines() if log.exists() else []


def executable(path: Path, text: str) -> None:
    path.write_text(text)
    path.chmod(0o755)


@pytest.fixture
def machine(tmp_path: Path) -> FakeMachine:
    fake = FakeMachine(tmp_path, tmp_path / "venv", tmp_path / "bin")
    fake.bin.mkdir()
    fake.platforms.mkdir(parents=True)
    executable(fake.bin / "ldd", FAKE_LDD)
    executable(fake.bin / "apt-get", FAKE_APT_GET)
    executable(fake.bin / "apt-cache", FAKE_APT_CACHE)
    executable(fake.bin / "id", FAKE_ID)
    (tmp_path / "known").write_text(
        "\n".join(["libxcb-cursor0", "libxkbcommon-x11-0", "libxcb-util1", "libglib2.0-0t64"])
        + "\n"
    )
    fake.plugin_links("libqoffscreen.so", ["libc.so.6 -", "libGL.so.1 -"])
    return fake


def test_missing_xcb_libraries_are_asked_from_the_plugin_and_printed_as_one_apt_command(
    machine: FakeMachine,
) -> None:
    """Not root: the so-names ldd cannot find become the exact `sudo apt install …` line,
    and an unknown so-name is named plainly; the app cannot open its window, so it fails."""
    machine.plugin_links(
        "libqxcb.so",
        [
            "libc.so.6 -",
            "libxcb-cursor.so.0 libxcb-cursor0",
            "libxkbcommon-x11.so.0 libxkbcommon-x11-0",
            "libxcb-wonder.so.7 unknown-package",
        ],
    )
    result = machine.run()
    assert result.returncode == 1
    assert "sudo apt install libxcb-cursor0 libxkbcommon-x11-0\n" in result.stderr
    assert "libxcb-wonder.so.7, which this setup cannot map to a Debian package" in result.stderr
    assert machine.apt_log == []  # never as a user


def test_for_the_tests_a_missing_window_library_is_a_warning(machine: FakeMachine) -> None:
    """The tests run offscreen: the dev setup goes on when only the X11 plugin lacks a
    library, and still prints what to install."""
    machine.plugin_links("libqxcb.so", ["libxcb-cursor.so.0 libxcb-cursor0"])
    result = machine.run("dev")
    assert result.returncode == 0
    assert "sudo apt install libxcb-cursor0" in result.stderr


def test_a_library_the_offscreen_plugin_needs_stops_even_the_test_setup(
    machine: FakeMachine,
) -> None:
    machine.plugin_links("libqxcb.so", ["libc.so.6 -"])
    machine.plugin_links("libqoffscreen.so", ["libglib-2.0.so.0 libglib2.0-0t64"])
    result = machine.run("dev")
    assert result.returncode == 1
    # The t64 name where apt knows it (Debian 13, Ubuntu 24.04).
    assert "sudo apt install libglib2.0-0t64" in result.stderr


def test_the_older_package_name_is_used_where_apt_does_not_know_the_new_one(
    machine: FakeMachine,
) -> None:
    (machine.folder / "known").write_text("libglib2.0-0\n")
    machine.plugin_links("libqxcb.so", ["libglib-2.0.so.0 libglib2.0-0"])
    result = machine.run()
    assert "sudo apt install libglib2.0-0\n" in result.stderr


def test_as_root_it_installs_and_asks_again_until_nothing_is_missing(
    machine: FakeMachine,
) -> None:
    """A missing library hides its own dependencies from ldd: after installing it the
    plugin is asked again, and the library that then shows up is installed too."""
    machine.plugin_links(
        "libqxcb.so",
        [
            "libxcb-cursor.so.0 libxcb-cursor0",
            "libxkbcommon-x11.so.0 libxkbcommon-x11-0",
            "libxcb-util.so.1 libxcb-util1 libxcb-cursor0",
        ],
    )
    result = machine.run(uid=0)
    assert result.returncode == 0, result.stderr
    installs = [line for line in machine.apt_log if " install " in f" {line} "]
    assert installs == [
        "apt-get install -y -qq libxcb-cursor0 libxkbcommon-x11-0",
        "apt-get install -y -qq libxcb-util1",
    ]


def test_nothing_missing_means_nothing_installed_or_printed(machine: FakeMachine) -> None:
    machine.plugin_links("libqxcb.so", ["libc.so.6 -", "libxcb.so.1 -"])
    result = machine.run(uid=0)
    assert result.returncode == 0
    assert result.stderr == ""
    assert machine.apt_log == []


def test_run_demo_after_test_setup_installs_nothing_again(tmp_path: Path) -> None:
    """setup.sh dev (test.sh) then setup.sh (run-demo.sh): the second reuses the first,
    since the dev extras include everything the plain install has."""
    root = tmp_path / "clone"
    (root / "scripts").mkdir(parents=True)
    for script in (SETUP, QT_LIBS):
        shutil.copy(script, root / "scripts" / script.name)
    (root / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    fake_bin = tmp_path / "bin"
    fake_bin.mkdir()
    log = tmp_path / "python-log"
    venv_python = root / ".venv" / "bin" / "python"
    venv_python.parent.mkdir(parents=True)
    # The venv's python: passes the version check, logs every pip call.
    executable(venv_python, f'#!/usr/bin/env bash\n[ "$1" = -m ] && echo "$*" >> "{log}"\nexit 0\n')
    executable(fake_bin / "pdftotext", "#!/usr/bin/env bash\nexit 0\n")
    env = {**os.environ, "PATH": f"{fake_bin}:{os.environ['PATH']}"}

    def setup(*extras: str) -> list[str]:
        before = log.read_text().splitlines() if log.exists() else []
        result = subprocess.run(
            ["bash", str(root / "scripts" / "setup.sh"), *extras],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.returncode == 0, result.stderr
        after = log.read_text().splitlines() if log.exists() else []
        return after[len(before) :]

    first = setup("dev")
    assert any("install --quiet -e" in line and "[dev]" in line for line in first)
    assert setup() == []  # run-demo.sh after test.sh
    assert setup("dev") == []  # and test.sh again
    # A changed pyproject.toml is installed anew.
    stamp = root / ".venv" / ".installed-dev"
    os.utime(stamp, (stamp.stat().st_atime - 10, stamp.stat().st_mtime - 10))
    assert any("install --quiet -e" in line for line in setup())


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="xvfb-run is not installed")
def test_the_x11_plugin_starts_with_what_setup_installed() -> None:
    """On this machine, after setup: ldd finds everything the X11 plugin needs, and Qt
    really opens its xcb platform under Xvfb."""
    venv = Path(sys.prefix)
    check = subprocess.run(
        [
            "bash",
            "-c",
            f'source "{QT_LIBS}"; qt_missing_sonames "$(qt_platforms_dir "{venv}")/libqxcb.so"',
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert check.returncode == 0
    assert check.stdout.strip() == "", f"not found: {check.stdout}"
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    started = subprocess.run(
        [
            "xvfb-run",
            "-a",
            sys.executable,
            "-c",
            "from PySide6.QtWidgets import QApplication\n"
            "app = QApplication(['check', '-platform', 'xcb'])\n"
            "print(app.platformName())\n",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert started.returncode == 0, started.stderr
    assert started.stdout.strip() == "xcb"
