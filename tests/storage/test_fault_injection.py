"""Every multi-step operation, cut short at every file-system step, leaves a whole journal.

Each operation (pair and own passphrase change, restore, backup, import, export, summary,
migration) is first run once to count its file-system steps (each open, write, fsync,
rename, unlink, mkdir, rmdir under the test folder). It is then run again from the same
starting point once per step, failing at that step: in this process by raising there
(its own failure paths run), and in a forked child that SIGKILLs itself there (nothing
more runs). After each cut, as at the next start of the app, temporary files are swept
and the journal is opened, which finishes or rolls back what was cut short. Then:

- the journal opens, and with exactly one of the passphrases in play;
- ``verify`` finds nothing wrong, own areas included;
- every committed entry is there (a restore: wholly the old journal or wholly the backup);
- no temporary file is left anywhere (after a raise even before the sweep: every failure
  path removes what it made), and any output is either absent or complete.

The number of cut points per operation is printed (``pytest -s``) and has a floor, so a
change that routes file writes around the injector is noticed.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import shutil
import signal
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.conftest import MEMBERS, PAIR_PASSPHRASE
from tests.storage import old_journal
from tests.storage.fault_injection import count_steps, kill_at, raise_at
from tests.storage.helpers import PERSONAL_PASSPHRASE_JARI, PERSONAL_PASSPHRASE_SANNA
from tyoparipaivakirja.actions.export import export_journal
from tyoparipaivakirja.actions.summary import summary_input
from tyoparipaivakirja.core.checkins import Answer, NewCheckIn
from tyoparipaivakirja.core.debriefs import Debrief, PrivateReflection, VisitType
from tyoparipaivakirja.core.errors import JournalError, WrongPassphrase
from tyoparipaivakirja.core.ids import legacy_id
from tyoparipaivakirja.core.instruments import ELO_STRESS, ELO_STRESS_ITEM
from tyoparipaivakirja.core.summary import build_summary
from tyoparipaivakirja.report.supervision_summary import finished_pdf
from tyoparipaivakirja.storage import backups, schema
from tyoparipaivakirja.storage.files import sweep_temps, write_export
from tyoparipaivakirja.storage.folder import (
    back_up_folder,
    create_journal,
    open_journal,
    restore_backup,
)
from tyoparipaivakirja.storage.layout import TEMP_PREFIXES
from tyoparipaivakirja.storage.portable import (
    export_document,
    import_file,
    write_export_file,
)
from tyoparipaivakirja.storage.session import Journal
from tyoparipaivakirja.storage.verify import verify_journal

TODAY = date.today()
NEW_PAIR = "uusi yhteinen polku: koivikko 2027"
NEW_OWN = "oma hiljainen ranta ja kivi 31"
IMPORT_OWN = ("tuotu oma: lumi & sammal 58", "toinen tuotu: kanerva ja kallio 77")
MIGRATION = schema.Migration(
    schema.latest_version(schema.PAIR_MIGRATIONS) + 1,
    "test: a later version's table",
    ("CREATE TABLE fault_test (id INTEGER PRIMARY KEY) STRICT",),
)
# Floors on the number of cut points: fewer means writes escaped the injector.
MIN_POINTS = {
    "passwd-pair": 12,
    "passwd-own": 12,
    "restore": 40,
    "backup": 20,
    "import": 4,
    "export": 5,
    "summary": 5,
    "migration": 20,
}
POINTS: dict[str, int] = {}


@dataclass
class World:
    """One starting point: a journal with entries, own areas, a backup and an export."""

    root: Path
    members: list[str]
    debriefs: int
    backup: Path
    backup_debriefs: int
    export: Path
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def journal(self) -> Path:
        return self.root / "journal"


def _add_debrief(journal: Journal, text: str, days_ago: int = 0) -> str:
    author = journal.members.all()[0].member_id
    entry = Debrief(
        visit_date=TODAY - timedelta(days=days_ago),
        visit_type=VisitType.HOME_VISIT,
        uppermost=text,
        went_well=text,
    )
    return journal.debriefs.save(entry, author, TODAY)


def _build_template(root: Path) -> World:
    journal = create_journal(root / "journal", "Pari", MEMBERS, PAIR_PASSPHRASE)
    try:
        members = [m.member_id for m in journal.members.all()]
        _add_debrief(journal, "ensimmäinen", 3)
        entry_id = _add_debrief(journal, "toinen", 2)
        area = journal.create_personal_area(members[0], PERSONAL_PASSPHRASE_JARI)
        area.checkins.add(NewCheckIn(TODAY, (Answer(ELO_STRESS, ELO_STRESS_ITEM, 3),)), TODAY)
        area.reflections.save(
            PrivateReflection(entry_id, TODAY - timedelta(days=2), strain=6), TODAY
        )
        area.close()
        first = journal.back_up_now().backup
        assert first is not None
        # Changes after the backup, so a restore is told from the journal as it was.
        _add_debrief(journal, "kolmas", 1)
        journal.create_personal_area(members[1], PERSONAL_PASSPHRASE_SANNA).close()
        document = export_document(
            journal, {members[0]: PERSONAL_PASSPHRASE_JARI, members[1]: PERSONAL_PASSPHRASE_SANNA}
        )
    finally:
        journal.lock()
    export = root / "vienti.json"
    write_export_file(export, document)
    return World(root, members, 3, first.folder, 2, export)


@pytest.fixture
def template(tmp_path: Path) -> World:
    return _build_template(tmp_path / "template")


def _fresh(template: World, root: Path) -> World:
    """A copy of the starting point under ``root`` (a new folder each time)."""
    shutil.copytree(template.root, root, symlinks=True)
    backup = root / template.backup.relative_to(template.root)
    return World(
        root,
        template.members,
        template.debriefs,
        backup,
        template.backup_debriefs,
        root / template.export.name,
    )


# --- checking a journal after a cut ----------------------------------------------------


def _opens(folder: Path, passphrase: str) -> Journal | None:
    try:
        return open_journal(folder, passphrase)
    except WrongPassphrase:
        return None


def _one_open(folder: Path, candidates: tuple[str, ...]) -> tuple[Journal, str]:
    """Open the journal; exactly one of ``candidates`` may open it."""
    opened = []
    for passphrase in candidates:
        journal = _opens(folder, passphrase)
        if journal is not None:
            journal.lock()
            opened.append(passphrase)
    assert len(opened) == 1, f"{len(opened)} passphrases open the journal"
    journal = open_journal(folder, opened[0])
    return journal, opened[0]


def _own_passphrase(journal: Journal, member_id: str, candidates: tuple[str, ...]) -> str:
    found = []
    for passphrase in candidates:
        try:
            journal.open_personal_area(member_id, passphrase).close()
        except WrongPassphrase:
            continue
        found.append(passphrase)
    assert len(found) == 1, f"{len(found)} own passphrases open the area"
    return found[0]


def _no_temporaries(root: Path) -> None:
    left = [
        str(path.relative_to(root))
        for path in root.rglob("*")
        if path.name.startswith(TEMP_PREFIXES)
    ]
    assert left == [], left


def _check_journal(
    world: World,
    *,
    pair: tuple[str, ...] = (PAIR_PASSPHRASE,),
    jari: tuple[str, ...] = (PERSONAL_PASSPHRASE_JARI,),
    restored_ok: bool = False,
) -> str:
    """The checks after a cut: returns which state a restore left ("old"/"restored")."""
    journal, pair_passphrase = _one_open(world.journal, pair)
    try:
        own = {world.members[0]: _own_passphrase(journal, world.members[0], jari)}
        state = "old"
        count = journal.debriefs.count()
        has_sanna = journal.has_personal_area(world.members[1])
        if restored_ok and count == world.backup_debriefs:
            state = "restored"
            assert not has_sanna, "a restored journal kept an own area the backup lacks"
        else:
            assert count == world.debriefs
            assert has_sanna, "the own area made after the backup is lost"
            own[world.members[1]] = _own_passphrase(
                journal, world.members[1], (PERSONAL_PASSPHRASE_SANNA,)
            )
        area = journal.open_personal_area(world.members[0], own[world.members[0]])
        assert len(area.checkins.all()) == 1
        assert len(area.reflections.all()) == 1
        area.close()
        report = verify_journal(journal, pair_passphrase, own)
        assert report.ok, report.problems
        assert report.checked_personal_areas == report.personal_areas == len(own)
    finally:
        journal.lock()
    return state


# --- the sweep --------------------------------------------------------------------------


@dataclass(frozen=True)
class Operation:
    name: str
    act: Callable[[World], Callable[[], None]]  # prepares, returns the step to cut
    check: Callable[[World], object]


def _sweep(name: str, operation: Operation, template: World, tmp_path: Path, mode: str) -> int:
    counting = _fresh(template, tmp_path / "count")
    steps = count_steps(counting.root, operation.act(counting))
    operation.check(counting)
    assert len(steps) >= MIN_POINTS[name], steps
    for step in range(1, len(steps) + 1):
        world = _fresh(template, tmp_path / f"{mode}-{step}")
        if mode == "raise":
            action = operation.act(world)
            assert raise_at(world.root, step, action), f"step {step} was never reached"
            if not any(world.journal.glob("*.pending")):
                _no_temporaries(world.root)  # every failure path removed what it made
        else:
            status = kill_at(world.root, step, functools.partial(operation.act, world))
            assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, step
        sweep_temps()  # what the next start does first
        operation.check(world)
        _no_temporaries(world.root)
        shutil.rmtree(world.root)
    POINTS[name] = len(steps)
    print(f"\n{name}: {len(steps)} cut points ({mode})")
    return len(steps)


def _locked(world: World, passphrase: str = PAIR_PASSPHRASE) -> Journal:
    return open_journal(world.journal, passphrase)


def _passwd_pair(world: World) -> Callable[[], None]:
    journal = _locked(world)

    def act() -> None:
        try:
            journal.change_passphrase(PAIR_PASSPHRASE, NEW_PAIR)
        finally:
            journal.lock()

    return act


def _passwd_own(world: World) -> Callable[[], None]:
    journal = _locked(world)
    area = journal.open_personal_area(world.members[0], PERSONAL_PASSPHRASE_JARI)

    def act() -> None:
        try:
            area.change_passphrase(PERSONAL_PASSPHRASE_JARI, NEW_OWN)
        finally:
            journal.lock()

    return act


def _restore(world: World) -> Callable[[], None]:
    return lambda: _ignore(lambda: restore_backup(world.journal, world.backup))


def _backup(world: World) -> Callable[[], None]:
    return lambda: _ignore(lambda: back_up_folder(world.journal, world.journal / "backups"))


def _ignore(action: Callable[[], object]) -> None:
    """The app reports a failed step as a typed error; the cut is what is tested here."""
    with contextlib.suppress(JournalError):
        action()


def _check_backups(world: World) -> None:
    _check_journal(world)
    for info in backups.list_backups(world.journal / "backups"):
        assert backups.backup_problems(info) == [], info.folder.name


def _import(world: World) -> Callable[[], None]:
    own = dict(zip(world.members, IMPORT_OWN, strict=True))
    return lambda: _ignore(lambda: import_file(world.export, world.root / "tuotu", NEW_PAIR, own))


def _check_import(world: World) -> None:
    _check_journal(world)
    target = world.root / "tuotu"
    if not target.exists() or not any(target.iterdir()):
        return  # nothing was made, and nothing is half-made
    journal = open_journal(target, NEW_PAIR)
    try:
        assert journal.debriefs.count() == world.debriefs
        own = dict(zip(world.members, IMPORT_OWN, strict=True))
        assert verify_journal(journal, NEW_PAIR, own).ok
    finally:
        journal.lock()


def _export(world: World) -> Callable[[], None]:
    journal = _locked(world)
    own = {world.members[0]: PERSONAL_PASSPHRASE_JARI}
    target = world.root / "ulos.json"

    def act() -> None:
        try:
            export_journal(journal, target, own)  # what the app's export runs
        finally:
            journal.lock()

    return lambda: _ignore(act)


def _check_output(world: World, name: str, complete: Callable[[bytes], bool]) -> None:
    _check_journal(world)
    target = world.root / name
    if target.exists():
        assert complete(target.read_bytes())


def _summary(world: World) -> Callable[[], None]:
    journal = _locked(world)
    target = world.root / "yhteenveto.pdf"

    def act() -> None:
        try:
            data = summary_input(journal, TODAY - timedelta(days=30), TODAY, TODAY)
            write_export(target, finished_pdf(build_summary(data), None))
        finally:
            journal.lock()

    return lambda: _ignore(act)


def _migration(world: World) -> Callable[[], None]:
    def act() -> None:
        original = schema.PAIR_MIGRATIONS
        schema.PAIR_MIGRATIONS = (*original, MIGRATION)
        try:
            _ignore(lambda: open_journal(world.journal, PAIR_PASSPHRASE).lock())
        finally:
            schema.PAIR_MIGRATIONS = original

    return act


def _check_migration(world: World) -> None:
    original = schema.PAIR_MIGRATIONS
    schema.PAIR_MIGRATIONS = (*original, MIGRATION)
    try:
        _check_backups(world)
    finally:
        schema.PAIR_MIGRATIONS = original


def _is_json(data: bytes) -> bool:
    return bool(json.loads(data)["pair"]["debriefs"])


OPERATIONS = {
    "passwd-pair": Operation(
        "passwd-pair", _passwd_pair, lambda w: _check_journal(w, pair=(PAIR_PASSPHRASE, NEW_PAIR))
    ),
    "passwd-own": Operation(
        "passwd-own",
        _passwd_own,
        lambda w: _check_journal(w, jari=(PERSONAL_PASSPHRASE_JARI, NEW_OWN)),
    ),
    "restore": Operation("restore", _restore, lambda w: _check_journal(w, restored_ok=True)),
    "backup": Operation("backup", _backup, _check_backups),
    "import": Operation("import", _import, _check_import),
    "export": Operation("export", _export, lambda w: _check_output(w, "ulos.json", _is_json)),
    "summary": Operation(
        "summary",
        _summary,
        lambda w: _check_output(
            w, "yhteenveto.pdf", lambda d: d.startswith(b"%PDF") and b"%%EOF" in d[-1024:]
        ),
    ),
    "migration": Operation("migration", _migration, _check_migration),
}


@pytest.mark.parametrize("mode", ["raise", "kill"])
@pytest.mark.parametrize("name", list(OPERATIONS))
def test_cut_at_every_step_leaves_a_whole_journal(
    name: str, mode: str, template: World, tmp_path: Path
) -> None:
    """Cut short at any file-system step, in-process or by SIGKILL, the operation leaves a
    journal that opens with exactly one passphrase, verifies, and holds every entry."""
    _sweep(name, OPERATIONS[name], template, tmp_path, mode)


def test_restore_cut_short_is_wholly_old_or_wholly_restored(
    template: World, tmp_path: Path
) -> None:
    """Killed at each step, a restore leaves the old journal before its commit point and
    the restored one after it: both states occur, and never anything in between."""
    operation = OPERATIONS["restore"]
    counting = _fresh(template, tmp_path / "count")
    total = len(count_steps(counting.root, operation.act(counting)))
    seen = set()
    for step in range(1, total + 1):
        world = _fresh(template, tmp_path / f"cut-{step}")
        kill_at(world.root, step, functools.partial(operation.act, world))
        seen.add(_check_journal(world, restored_ok=True))
        shutil.rmtree(world.root)
    assert seen == {"old", "restored"}


# --- the migration of a journal of the previous version (integer ids → text ids) --------


def _open_old_and_its_area(folder: Path) -> None:
    """What the first unlock after the update does: the pair journal migrates (after a
    backup), then Jari's own area when he opens it (after another)."""
    journal = open_journal(folder, PAIR_PASSPHRASE)
    try:
        journal.open_personal_area(old_journal.JARI, PERSONAL_PASSPHRASE_JARI).close()
    finally:
        journal.lock()


def _check_old_journal(folder: Path) -> None:
    """Whole, with every entry, and the reflections on their debriefs (migrated now if a
    cut left them at the old version)."""
    journal = open_journal(folder, PAIR_PASSPHRASE)
    try:
        assert journal.debriefs.count() == 2
        area = journal.open_personal_area(old_journal.JARI, PERSONAL_PASSPHRASE_JARI)
        first = legacy_id(old_journal.JOURNAL_ID, "debriefs", 1, 1)
        reflection = area.reflections.get(first)
        assert reflection is not None and reflection.strain == 7
        journal.debriefs.get(first)
        area.close()
        report = verify_journal(
            journal, PAIR_PASSPHRASE, {old_journal.JARI: PERSONAL_PASSPHRASE_JARI}
        )
        assert report.ok, report.problems
    finally:
        journal.lock()
    for info in backups.list_backups(folder / "backups"):
        assert backups.backup_problems(info) == [], info.folder.name


@pytest.mark.parametrize("mode", ["raise", "kill"])
def test_cut_during_the_id_migration_leaves_a_whole_journal(mode: str, tmp_path: Path) -> None:
    """The migration to text ids of a journal made by the previous version, cut short at
    any file-system step of the pair journal's or the own area's migration (their
    backups), in-process or by SIGKILL, leaves a journal that opens, migrates, verifies
    and keeps every entry and reflection."""
    template = tmp_path / "template"
    old_journal.make_old_journal(template / "journal")

    def fresh(name: str) -> Path:
        root = tmp_path / name
        shutil.copytree(template, root, symlinks=True)
        return root

    counting = fresh("count")
    steps = count_steps(counting, lambda: _open_old_and_its_area(counting / "journal"))
    _check_old_journal(counting / "journal")
    assert len(steps) >= MIN_POINTS["migration"], steps
    for step in range(1, len(steps) + 1):
        root = fresh(f"{mode}-{step}")
        folder = root / "journal"
        act = functools.partial(_open_old_and_its_area, folder)
        if mode == "raise":
            assert raise_at(root, step, act), step
            _no_temporaries(root)
        else:
            status = kill_at(root, step, lambda act=act: act)  # type: ignore[misc]
            assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, step
        sweep_temps()
        _check_old_journal(folder)
        _no_temporaries(root)
        shutil.rmtree(root)
    print(f"\nmigration to text ids: {len(steps)} cut points ({mode})")
