"""The backup, restore, export and import commands, run as real subprocesses."""

from __future__ import annotations

import json
import stat
from pathlib import Path

from tests.cli.test_cli import FINNISH, PASSPHRASE, init, run, said, sha256
from tyoparipaivakirja.demo import DEMO_PAIR_PASSPHRASE

NEW_PAIR = "uusi yhteinen polku: koivikko 2027"
NEW_OWN = "oma hiljainen ranta ja kivi 31"


def test_backup_then_restore_brings_the_files_back(tmp_path: Path) -> None:
    """`backup` needs no passphrase and writes a whole encrypted backup; `restore` puts it
    back and keeps the replaced state as a backup too."""
    journal = init(tmp_path / "journal")
    result = run("backup", journal, "--out", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    backup = Path(result.stdout.strip())
    # Into the journal's own private subfolder of --out, never into --out itself.
    assert backup.parent.parent == tmp_path / "out" and (backup / "manifest.json").is_file()
    assert backup.parent.name.startswith("tyoparipaivakirja-")
    assert stat.S_IMODE(backup.parent.stat().st_mode) == 0o700
    original = sha256(journal / "pair.db")
    changed = run("passwd", journal, "--passphrase-stdin", stdin=f"{PASSPHRASE}\n{NEW_PAIR}\n")
    assert changed.returncode == 0, changed.stderr
    assert sha256(journal / "pair.db") != original

    restored = run("restore", journal, backup)

    assert restored.returncode == 0, restored.stderr
    assert "was restored" in said(restored)
    assert sha256(journal / "pair.db") == original
    safety = Path(restored.stdout.strip())
    assert safety.parent == journal / "backups" and safety.name.endswith("before-restore")
    assert run("verify", journal, "--passphrase-stdin", stdin=PASSPHRASE + "\n").returncode == 0


def test_restore_of_a_damaged_backup_exits_5(tmp_path: Path) -> None:
    """A backup that no longer matches its manifest is refused with exit code 5."""
    journal = init(tmp_path / "journal")
    backup = Path(run("backup", journal, "--out", tmp_path / "out").stdout.strip())
    (backup / "pair.db").write_bytes(b"rikki")
    before = sha256(journal / "pair.db")
    result = run("restore", journal, backup)
    assert result.returncode == 5
    assert "incomplete or damaged" in said(result)
    assert sha256(journal / "pair.db") == before


def test_export_and_import_make_an_equal_journal(tmp_path: Path) -> None:
    """The demo journal exported with one personal area imports into a new journal whose
    export holds the same data; the export file is owner-only."""
    demo = tmp_path / "demo"
    assert run("demo", demo).returncode == 0
    first = tmp_path / "vienti.json"
    stdin = f"{DEMO_PAIR_PASSPHRASE}\njarin-oma-vihko-kuusi-pilvi\n\n"
    result = run("export", demo, "--out", first, "--passphrase-stdin", stdin=stdin)
    assert result.returncode == 0, result.stderr
    assert "plain text" in said(result)
    assert stat.S_IMODE(first.stat().st_mode) == 0o600
    document = json.loads(first.read_text(encoding="utf-8"))
    assert len(document["personal_areas"]) == 1

    imported = run(
        "import", tmp_path / "uusi", first, "--passphrase-stdin", stdin=f"{NEW_PAIR}\n{NEW_OWN}\n"
    )
    assert imported.returncode == 0, imported.stderr
    second = tmp_path / "toinen.json"
    again = run(
        "export",
        tmp_path / "uusi",
        "--out",
        second,
        "--passphrase-stdin",
        stdin=f"{NEW_PAIR}\n{NEW_OWN}\n",
    )
    assert again.returncode == 0, again.stderr
    redo = json.loads(second.read_text(encoding="utf-8"))
    for doc in (document, redo):
        doc.pop("exported_at")
    assert redo == document


def test_invalid_import_exits_7_names_the_path_and_writes_nothing(tmp_path: Path) -> None:
    """A file that breaks the format is refused with the JSON path of its first problem,
    and neither the journal folder nor any temporary folder is left behind."""
    demo = tmp_path / "demo"
    run("demo", demo)
    export = tmp_path / "vienti.json"
    run(
        "export", demo, "--out", export, "--passphrase-stdin", stdin=f"{DEMO_PAIR_PASSPHRASE}\n\n\n"
    )
    document = json.loads(export.read_text(encoding="utf-8"))
    document["pair"]["debriefs"][2]["visit_date"] = 20261127
    export.write_text(json.dumps(document), encoding="utf-8")
    before = sorted(p.name for p in tmp_path.iterdir())

    result = run("import", tmp_path / "uusi", export, "--passphrase-stdin", stdin=NEW_PAIR + "\n")
    in_finnish = run(
        "import",
        tmp_path / "uusi",
        export,
        "--passphrase-stdin",
        stdin=NEW_PAIR + "\n",
        language=FINNISH,
    )

    assert result.returncode == 7 and in_finnish.returncode == 7
    assert "$.pair.debriefs[2].visit_date" in said(result)
    assert "the value should be text" in said(result)
    assert "arvon pitäisi olla tekstiä" in said(in_finnish)  # no validator English in Finnish
    assert "not of type" not in said(in_finnish)
    assert "Traceback" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == before
