"""Render the main screens to PNG files for a look by eye.

    xvfb-run -a -s "-screen 0 1280x800x24" \\
        .venv/bin/python tools/screenshots.py [OUT_DIR] [--lang fi|en]

Builds a demo journal in a temp folder, walks the app through its screens and
saves each window as it is drawn on the (virtual) screen.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from tyoparipaivakirja import i18n
from tyoparipaivakirja.demo import DEMO_PAIR_PASSPHRASE, write_demo
from tyoparipaivakirja.gui.app import build_window, make_application
from tyoparipaivakirja.gui.app_settings import AppSettings


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def save(app: QApplication, widget: QWidget, path: Path) -> None:
    settle(app)
    widget.grab().save(str(path))
    print(path)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?", default="screenshots", type=Path)
    parser.add_argument("--lang", default=i18n.FINNISH, choices=i18n.SUPPORTED_LANGUAGES)
    args = parser.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    app = make_application([])
    with tempfile.TemporaryDirectory() as temp:
        settings = AppSettings(QSettings(str(Path(temp) / "s.ini"), QSettings.Format.IniFormat))
        settings.language = args.lang
        i18n.install(app, args.lang)
        folder = Path(temp) / "Demopäiväkirja"
        passphrases = write_demo(folder)

        welcome = build_window(settings, None)
        welcome.resize(1000, 720)
        welcome.show()
        save(app, welcome, out / f"{args.lang}-1-welcome.png")
        welcome.show_create()
        save(app, welcome, out / f"{args.lang}-2-create.png")
        welcome.create_page.passphrase.set_text("kissa")
        welcome.create_page.repeat.set_text("koira")
        welcome.create_page.submit()
        save(app, welcome, out / f"{args.lang}-3-create-errors.png")
        welcome.close()

        window = build_window(settings, folder, (folder, passphrases))
        window.resize(1000, 720)
        window.show()
        save(app, window, out / f"{args.lang}-4-unlock-demo.png")
        window.unlock_page.passphrase.set_text("väärä tunnuslause")
        window.unlock_page.try_unlock()
        save(app, window, out / f"{args.lang}-5-unlock-wrong.png")
        window.unlock_page.passphrase.set_text(DEMO_PAIR_PASSPHRASE)
        window.unlock_page.try_unlock()
        save(app, window, out / f"{args.lang}-6-overview.png")
        assert window.view is not None
        window.view.show_page("personal")
        save(app, window, out / f"{args.lang}-7-personal-closed.png")
        personal = window.view.personal
        personal.passphrase.set_text(passphrases.personal["Jari"])
        personal.submit()
        save(app, window, out / f"{args.lang}-8-personal-open.png")
        window.open_settings()
        assert window.dialog is not None
        save(app, window.dialog, out / f"{args.lang}-9-settings.png")
        window.dialog.reject()
        window.change_pair_passphrase()
        save(app, window.dialog, out / f"{args.lang}-10-change-passphrase.png")
        window.lock()
        save(app, window, out / f"{args.lang}-11-locked.png")
        window.close()


if __name__ == "__main__":
    main()
