"""The journal folder and its unlocked session.

Layout of a journal folder (see architecture.md, "Journal layout")::

    pair.db, pair.check.db            the pair journal, keyed with the pair's passphrase
    personal/<member_id>.db (+ .check.db)
                                      one personal area per member, keyed with that
                                      member's own passphrase
    backups/                          encrypted backups (see storage.backups): daily
                                      on lock, by hand, before migrations and restores
    journal.lock                      the one-writer lock (empty; held by the OS)

File names carry random ids only: nothing about the pair is readable without a key.
"""

from __future__ import annotations

import contextlib
import functools
import os
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from tyoparipaivakirja.core import nudges
from tyoparipaivakirja.core.checkins import (
    CheckIn,
    CheckInSettings,
    NewCheckIn,
    validate_checkin,
    weekly_checkin_due,
)
from tyoparipaivakirja.core.errors import (
    BackupOfAnotherJournal,
    FullDiskOnOpen,
    JournalError,
    JournalLocked,
    NotAJournal,
    ReadOnlyFullDisk,
    StorageFailed,
    StorageFull,
    ValidationError,
    ValidationField,
    ValidationReason,
    WrongPassphrase,
)
from tyoparipaivakirja.core.instruments import WHO5, InstrumentSet
from tyoparipaivakirja.core.members import (
    Member,
    NewMember,
    Role,
    validate_journal_name,
    validate_members,
)
from tyoparipaivakirja.core.own_area import AreaSnapshot
from tyoparipaivakirja.core.roles import Revision
from tyoparipaivakirja.core.trends import (
    SharedTrend,
    TrendShare,
    VisitStrain,
    build_share,
)
from tyoparipaivakirja.storage import (
    area_reset,
    backups,
    cipher,
    database,
    recovery,
    schema,
    serial,
)
from tyoparipaivakirja.storage import checkins as checkin_store
from tyoparipaivakirja.storage import files as files_mod
from tyoparipaivakirja.storage import shared_wellbeing as shared_store
from tyoparipaivakirja.storage.area_reset import ResetArea
from tyoparipaivakirja.storage.cipher import Connection
from tyoparipaivakirja.storage.debriefs import DebriefStore
from tyoparipaivakirja.storage.drafts import DraftStore
from tyoparipaivakirja.storage.files import ensure_private_folder
from tyoparipaivakirja.storage.instrument_files import load_instruments
from tyoparipaivakirja.storage.layout import BACKUP_FOLDER as BACKUP_FOLDER
from tyoparipaivakirja.storage.layout import (
    JOURNAL_TAG,
    TAG_FILE,
    journal_tag,
    read_journal_tag,
)
from tyoparipaivakirja.storage.layout import PAIR_CHECK_FILE as PAIR_CHECK_FILE
from tyoparipaivakirja.storage.layout import PAIR_FILE as PAIR_FILE
from tyoparipaivakirja.storage.layout import PERSONAL_FOLDER as PERSONAL_FOLDER
from tyoparipaivakirja.storage.lockfile import LOCK_FILE_NAME, FolderLock
from tyoparipaivakirja.storage.passphrases import require_new
from tyoparipaivakirja.storage.roles import RoleSplitStore
from tyoparipaivakirja.storage.supervision import SupervisionStore

# Meta key (inside the encrypted pair journal) of the optional second backup folder.
SECOND_LOCATION_KEY = "backup_second_location"


def pair_files(folder: Path) -> database.DatabaseFiles:
    return database.DatabaseFiles(
        main=folder / PAIR_FILE,
        keycheck=folder / PAIR_CHECK_FILE,
        kind="pair",
        migrations=schema.PAIR_MIGRATIONS,
        journal_folder=folder,
    )


def personal_files(folder: Path, member_id: str) -> database.DatabaseFiles:
    return database.DatabaseFiles(
        main=folder / PERSONAL_FOLDER / f"{member_id}.db",
        keycheck=folder / PERSONAL_FOLDER / f"{member_id}.check.db",
        kind="personal",
        migrations=schema.PERSONAL_MIGRATIONS,
        journal_folder=folder,
    )


type CloseCallback = Callable[[PersonalArea], None]


def os_errors_as_storage_failed[**P, R](action: Callable[P, R]) -> Callable[P, R]:
    """Report an operating-system failure (read-only disk, permissions, a file in the
    way) as the typed ``StorageFailed``, and a full disk as ``StorageFull``, so every
    caller handles one kind of error."""

    @functools.wraps(action)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return action(*args, **kwargs)
        except OSError as error:
            detail = f"{type(error).__name__} errno {error.errno}"
            if files_mod.is_full_disk_error(error):
                raise StorageFull(detail) from None
            raise StorageFailed(detail) from None

    return wrapper


def _reopen_after_failed_change(
    files: database.DatabaseFiles, old_passphrase: str, new_passphrase: str
) -> Connection | None:
    for passphrase in (old_passphrase, new_passphrase):
        try:
            conn = cipher.connect(files.main, passphrase, create=False)
        except JournalError:
            continue
        try:
            cipher.configure(conn)
        except cipher.DatabaseError:
            cipher.close_quietly(conn)
            return None
        return conn
    return None


def write_journal_tag(folder: Path, tag: str) -> None:
    """Keep ``journal.tag`` in step with the journal (atomic; written only on change)."""
    if read_journal_tag(folder) == tag or not JOURNAL_TAG.fullmatch(tag):
        return
    files_mod.atomic_write_bytes(folder / TAG_FILE, f"{tag}\n".encode("ascii"))


def take_folder_lock(folder: Path) -> FolderLock:
    """Lock the journal folder and finish or roll back an interrupted operation first.

    Every way into a journal (open, verify, backup, restore) comes through here, so no
    database file is ever read in the middle of a passphrase change or a restore.
    """
    folder_lock = FolderLock(folder)
    folder_lock.acquire()
    try:
        recovery.recover(folder)
    except BaseException:
        folder_lock.release()
        raise
    return folder_lock


def is_journal_folder(folder: Path) -> bool:
    """True when ``folder`` looks like a journal (its pair file exists)."""
    return (folder / PAIR_FILE).is_file()


@dataclass(frozen=True, slots=True)
class JournalInfo:
    """What the unlocked journal says about itself."""

    journal_id: str
    name: str
    created_at: str


@dataclass(frozen=True, slots=True)
class BackupOutcome:
    """What a backup run did: the copy in the journal's own backup folder (None when
    it failed or was not due), and what went wrong, if anything, here or at the
    second location."""

    backup: backups.BackupInfo | None
    error: JournalError | None = None
    second_location_error: JournalError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None and self.second_location_error is None


def second_location_root(chosen: Path, journal_id: str) -> Path:
    """This journal's own folder inside the second location the user chose."""
    return chosen / f"{backups.SECOND_LOCATION_PREFIX}{journal_id[:12]}"


class PersonalArea:
    """One member's unlocked personal area. Close it as soon as its owner leaves.

    Every public method is one user action and one transaction. Dates default to
    today; tests pass ``today`` explicitly.
    """

    def __init__(
        self,
        member: Member,
        files: database.DatabaseFiles,
        conn: Connection,
        on_close: CloseCallback,
        pair_keycheck: Path,
        pair_connection: Callable[[], Connection],
        context: Callable[[], list[str]] = list,
        *,
        read_only: bool = False,
    ) -> None:
        self.member = member
        # Opened for reading only on a full disk: every change is refused with
        # ``ReadOnlyFullDisk`` (see ``database.open_database_or_read_only``).
        self.read_only = read_only
        self._context = context
        self._files = files
        self._pair_keycheck = pair_keycheck
        self._pair_connection = pair_connection
        self._conn: Connection | None = conn
        self._on_close = on_close

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    def connection(self) -> Connection:
        if self._conn is None:
            raise JournalLocked("personal area is closed")
        return self._conn

    def in_use_elsewhere(self) -> bool:
        """True when another thread uses this session right now (never waits)."""
        conn = self._conn
        return isinstance(conn, serial.SerialConnection) and conn.in_use_elsewhere()

    @property
    def instruments(self) -> InstrumentSet:
        return load_instruments()

    @property
    def drafts(self) -> DraftStore:
        """Drafts of the owner's unfinished forms (a check-in, an own reflection)."""
        return DraftStore(self.connection)

    @os_errors_as_storage_failed
    def change_passphrase(
        self, old_passphrase: str, new_passphrase: str, repeated: str | None = None
    ) -> None:
        """Re-key this area after checking the old passphrase.

        Like at creation, the new passphrase must differ from the pair's, or the
        partner could open the area.
        """
        require_new(new_passphrase, repeated, self._context())
        conn = self.connection()
        if self.read_only:
            raise ReadOnlyFullDisk("own area opened read-only on a full disk")
        with serial.held(conn):  # no other thread finds the area without its connection
            if not database.passphrase_opens(self._files.keycheck, old_passphrase):
                raise WrongPassphrase("old personal passphrase")
            if database.passphrase_opens(self._pair_keycheck, new_passphrase):
                raise ValidationError(ValidationField.PASSPHRASE, ValidationReason.SAME_AS_PAIR)
            self._conn = None  # closed by the change, whatever happens
            self._conn = serial.rewrap(
                conn,
                database.change_passphrase(self._files, conn, old_passphrase, new_passphrase),
            )

    def close(self) -> None:
        """Close the connection; the area is unreadable until unlocked again."""
        if self._conn is None:
            return
        conn, self._conn = self._conn, None
        cipher.close_quietly(conn)
        self._on_close(self)

    # --- check-ins ---------------------------------------------------------------

    def checkins(self) -> list[CheckIn]:
        """Every check-in of the owner, oldest first."""
        return checkin_store.list_checkins(self.connection())

    def add_checkin(
        self, new: NewCheckIn, today: date | None = None, *, draft: str | None = None
    ) -> CheckIn:
        """Save a new check-in (refused when dated in the future or off the scales);
        the form's ``draft`` is dropped in the same step."""
        clean = validate_checkin(new, self.instruments, today or date.today())
        with database.transaction(self.connection()) as conn:
            checkin_id = checkin_store.insert_checkin(conn, clean, database.now_iso())
            if draft is not None:
                self.drafts.discard_in(conn, draft)
            return checkin_store.get_checkin(conn, checkin_id)

    def correct_checkin(
        self,
        checkin_id: str,
        new: NewCheckIn,
        today: date | None = None,
        *,
        draft: str | None = None,
    ) -> CheckIn:
        """Replace a saved check-in's day, answers, choices and note; the form's ``draft``
        is dropped in the same step."""
        clean = validate_checkin(new, self.instruments, today or date.today())
        with database.transaction(self.connection()) as conn:
            checkin_store.update_checkin(conn, checkin_id, clean, database.now_iso())
            if draft is not None:
                self.drafts.discard_in(conn, draft)
            return checkin_store.get_checkin(conn, checkin_id)

    def delete_checkin(self, checkin_id: str) -> None:
        """Delete a check-in for good."""
        with database.transaction(self.connection()) as conn:
            checkin_store.delete_checkin(conn, checkin_id)

    def visit_strains(self) -> list[VisitStrain]:
        """The per-visit strain of the owner's debrief reflections, oldest first."""
        return checkin_store.list_visit_strains(self.connection())

    def settings(self) -> CheckInSettings:
        return checkin_store.read_settings(self.connection())

    def save_settings(self, settings: CheckInSettings) -> CheckInSettings:
        """Keep the owner's own check-in settings."""
        with database.transaction(self.connection()) as conn:
            checkin_store.write_settings(conn, settings)
            return checkin_store.read_settings(conn)

    # --- the area at a glance, and nudges ------------------------------------------

    def snapshot(self, today: date | None = None) -> AreaSnapshot:
        """Everything the owner's area shows on opening, read in one go."""
        day = today or date.today()
        conn = self.connection()
        checkins = checkin_store.list_checkins(conn)
        visits = checkin_store.list_visit_strains(conn)
        settings = checkin_store.read_settings(conn)
        instruments = self.instruments
        history = nudges.History(checkins, visits, instruments.get(WHO5))
        config = nudges.rule_config(instruments, r5_enabled=settings.r5_enabled)
        memory = checkin_store.read_nudge_memory(conn)
        return AreaSnapshot(
            checkins=tuple(checkins),
            visits=tuple(visits),
            settings=settings,
            nudges=tuple(nudges.nudges_to_show(history, memory, day, config)),
            weekly_due=weekly_checkin_due(checkins, day),
            shares=tuple(shared_store.list_shares(self._pair_connection(), self.member.member_id)),
            usual_level=nudges.has_usual_level(history, day),
        )

    def acknowledge_nudges(self, rules: Iterable[nudges.Rule], today: date | None = None) -> None:
        """The owner read these nudges: each stays away for its cool-down."""
        day = today or date.today()
        with database.transaction(self.connection()) as conn:
            checkin_store.write_nudge_memory(conn, [nudges.acknowledge(r, day) for r in rules])

    def snooze_nudges(self, rules: Iterable[nudges.Rule], today: date | None = None) -> None:
        """ "Remind me later": these nudges are hidden for the snooze time."""
        day = today or date.today()
        config = nudges.rule_config(self.instruments)
        with database.transaction(self.connection()) as conn:
            memory = checkin_store.read_nudge_memory(conn)
            checkin_store.write_nudge_memory(
                conn, [nudges.snooze(memory.get(r), r, day, config) for r in rules]
            )

    # --- sharing a stress trend with the pair ----------------------------------------

    def preview_share(self, start: date, end: date, today: date | None = None) -> TrendShare:
        """Exactly what ``share_trend`` would put into the pair journal for [start, end]."""
        return build_share(
            self.member.member_id, self.checkins(), start, end, today or date.today()
        )

    def share_trend(self, preview: TrendShare, today: date | None = None) -> SharedTrend:
        """Copy the previewed summary into the pair journal, after checking that it is still
        exactly what the owner's check-ins give (refused as CHANGED otherwise)."""
        current = self.preview_share(preview.period_start, preview.period_end, today)
        if current != preview:
            raise ValidationError(ValidationField.SHARE_PERIOD, ValidationReason.CHANGED)
        with database.transaction(self._pair_connection()) as conn:
            return shared_store.insert_share(conn, current)

    def shared_trends(self) -> list[SharedTrend]:
        """What the owner has shared with the pair journal, newest first."""
        return shared_store.list_shares(self._pair_connection(), self.member.member_id)

    def withdraw_shared_trend(self, share_id: str) -> None:
        """Remove one of the owner's shared summaries from the pair journal."""
        self.connection()  # only the owner, with the area open, can withdraw
        with database.transaction(self._pair_connection()) as conn:
            shared_store.delete_share(conn, share_id, self.member.member_id)


class FolderStillHeld:
    """A locked journal whose folder lock is still held (see ``Journal.close_files``)."""

    def __init__(
        self, journal: Journal, backup_due: bool, second: Path | None, today: date | None
    ) -> None:
        self._journal = journal
        self._backup_due = backup_due
        self._second = second
        self._today = today

    def finish(self) -> BackupOutcome | None:
        """Make the daily backup if it is due (not when one was made today), then release
        the folder lock whatever happened. Returns the backup's outcome, None when none
        was due. Safe to call twice: the second call only releases (again)."""
        due, self._backup_due = self._backup_due, False
        try:
            if due:
                return self._journal._daily_backup(self._second, self._today or date.today())
            return None
        finally:
            self._journal._lock.release()


class Journal:
    """The unlocked pair journal: the one session object the GUI and CLI talk to.

    Every public method is one user action. ``lock`` closes every connection,
    including any personal area still open, and releases the folder lock.
    """

    def __init__(
        self,
        folder: Path,
        conn: Connection,
        meta: dict[str, str],
        folder_lock: FolderLock,
        *,
        read_only: bool = False,
    ) -> None:
        self.folder = folder
        # Opened for reading only because the disk was full: every change is refused
        # with ``ReadOnlyFullDisk``, and locking writes nothing (no checkpoint, no backup).
        self.read_only = read_only
        # One lock for every connection of this session (the pair journal and the open
        # own areas): the GUI thread and a background task never use them at once.
        self.serial = serial.SessionLock()
        self._conn: Connection | None = self.serial.wrap(conn)
        self._lock = folder_lock
        self.info = JournalInfo(
            journal_id=meta["journal_id"],
            name=meta.get("name", ""),
            created_at=meta.get("created_at", ""),
        )
        self._personal: dict[str, PersonalArea] = {}
        # The role split (roolijako): its methods are this session's role-split actions.
        self.roles = RoleSplitStore(self.connection)

    # --- state -----------------------------------------------------------------

    @property
    def is_locked(self) -> bool:
        return self._conn is None

    def connection(self) -> Connection:
        """The pair connection, for the stores of this package only."""
        if self._conn is None:
            raise JournalLocked("journal is locked")
        return self._conn

    def _require_writable(self) -> None:
        """Refuse a change that writes files beside the database on a read-only journal
        (changes inside the database are refused by ``database.transaction``)."""
        self.connection()
        if self.read_only:
            raise ReadOnlyFullDisk("journal opened read-only on a full disk")

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One write transaction on the pair journal."""
        with database.transaction(self.connection()) as conn:
            yield conn

    def exclusive(self) -> contextlib.AbstractContextManager[None]:
        """Hold the session for several reads (a consistent export or backup): no other
        thread uses any of its connections meanwhile."""
        return self.serial.exclusive()

    def in_use_elsewhere(self) -> bool:
        """True when another thread uses this session right now (never waits): optional
        work on the GUI thread skips or retries rather than freezing the window."""
        return self.serial.in_use_elsewhere()

    def lock(
        self, *, daily_backup: bool = False, today: date | None = None
    ) -> BackupOutcome | None:
        """Close every connection and give the folder back. Safe to call twice.

        With ``daily_backup`` (the app's lock and quit), a backup is made after the
        files are closed and before the folder lock is released, unless one was
        already made today; old daily backups are then rotated. Its outcome is
        returned (None when none was due); a failed backup never stops the lock.
        """
        return self.close_files(daily_backup=daily_backup, today=today).finish()

    def close_files(
        self, *, daily_backup: bool = False, today: date | None = None
    ) -> FolderStillHeld:
        """The first half of ``lock``: close every connection but keep the folder lock.

        The returned ``FolderStillHeld`` makes the daily backup (with ``daily_backup``;
        a copy of the closed files, which may run on another thread while the app
        already shows its lock screen) and then gives the folder back. Until its
        ``finish`` has run, no other app or command opens the journal. Safe to call twice.
        """
        # A journal read on a full disk changed nothing since it was opened: nothing to
        # write into its file and nothing new to back up (there is no room for it either).
        daily_backup = daily_backup and not self.read_only
        second: Path | None = None
        if daily_backup and self._conn is not None:
            with contextlib.suppress(JournalError):
                second = self.second_backup_location()
        for area in list(self._personal.values()):
            area.close()
        conn, self._conn = self._conn, None
        if conn is not None:
            if not self.read_only:
                with contextlib.suppress(cipher.DatabaseError):
                    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            cipher.close_quietly(conn)
        return FolderStillHeld(self, daily_backup and conn is not None, second, today)

    # --- backups ---------------------------------------------------------------

    @property
    def backup_folder(self) -> Path:
        return self.folder / BACKUP_FOLDER

    def second_backup_location(self) -> Path | None:
        """The folder the user chose for a second copy of every backup, if any."""
        row = (
            self.connection()
            .execute("SELECT value FROM meta WHERE key = ?", (SECOND_LOCATION_KEY,))
            .fetchone()
        )
        return Path(str(row[0])) if row and row[0] else None

    def set_second_backup_location(self, folder: Path | None) -> None:
        """Choose (or with None, stop using) a second folder for backups (a USB stick)."""
        with self.transaction() as conn:
            if folder is None:
                conn.execute("DELETE FROM meta WHERE key = ?", (SECOND_LOCATION_KEY,))
            else:
                conn.execute(
                    "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                    (SECOND_LOCATION_KEY, str(folder)),
                )

    def backup_roots(self) -> list[Path]:
        """Where this journal's backups are: its own folder, then the second location."""
        roots = [self.backup_folder]
        second = self.second_backup_location()
        if second is not None:
            roots.append(second_location_root(second, self.info.journal_id))
        return roots

    @os_errors_as_storage_failed
    def back_up_now(self) -> BackupOutcome:
        """Back up the whole journal now (by hand), here and at the second location.

        Every connection is brought to rest first (its log written into its file),
        so the copied files are one consistent state; the session is held meanwhile
        (``exclusive``), so no write of another thread lands between the checkpoint
        and the last copied byte.
        """
        self._require_writable()
        with self.exclusive():
            conns = [self.connection()] + [a.connection() for a in self._personal.values()]
            for conn in conns:
                try:
                    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                except cipher.DatabaseError as exc:
                    raise cipher.translate_error(exc) from None
            info = backups.create_snapshot(
                self.folder, self.backup_folder, backups.BackupReason.MANUAL
            )
            second_error: JournalError | None = None
            second = self.second_backup_location()
            if second is not None:
                try:
                    self._copy_to_second(second, backups.BackupReason.MANUAL)
                except JournalError as error:
                    second_error = error
        return BackupOutcome(info, None, second_error)

    def _copy_to_second(self, chosen: Path, reason: backups.BackupReason) -> None:
        # Never create the chosen folder itself: a missing USB stick must not turn
        # into a folder of the same name on the laptop's own disk.
        if not chosen.is_dir():
            raise StorageFailed("the second backup location is not available")
        root = second_location_root(chosen, self.info.journal_id)
        backups.create_snapshot(self.folder, root, reason)
        if reason is backups.BackupReason.DAILY:
            backups.rotate(root)

    def _daily_backup(self, second: Path | None, today: date) -> BackupOutcome | None:
        due_here = not backups.has_daily_backup_on(self.backup_folder, today)
        root = second_location_root(second, self.info.journal_id) if second else None
        due_there = root is not None and not backups.has_daily_backup_on(root, today)
        if not due_here and not due_there:
            return None
        info: backups.BackupInfo | None = None
        error: JournalError | None = None
        second_error: JournalError | None = None
        if due_here:
            try:
                info = backups.create_snapshot(
                    self.folder, self.backup_folder, backups.BackupReason.DAILY
                )
                backups.rotate(self.backup_folder)
            except JournalError as failure:
                error = failure
        if due_there and second is not None:
            try:
                self._copy_to_second(second, backups.BackupReason.DAILY)
            except JournalError as failure:
                second_error = failure
        return BackupOutcome(info, error, second_error)

    @property
    def drafts(self) -> DraftStore:
        """Drafts of the pair's unfinished shared forms (never anything private)."""
        return DraftStore(self.connection)

    @property
    def debriefs(self) -> DebriefStore:
        """The debrief entries of this journal."""
        return DebriefStore(self)

    @property
    def supervision(self) -> SupervisionStore:
        """The work supervision sessions of this journal."""
        return SupervisionStore(self)

    # --- members ---------------------------------------------------------------

    def members(self) -> list[Member]:
        rows = (
            self.connection()
            .execute("SELECT member_id, display_name, role FROM members ORDER BY position")
            .fetchall()
        )
        return [Member(str(mid), str(name), Role(str(role))) for mid, name, role in rows]

    def passphrase_context(self) -> list[str]:
        """What someone who knows the pair knows: the journal's and the members' names
        (the first guesses against any passphrase of this journal)."""
        return [self.info.name, *(member.display_name for member in self.members())]

    def member(self, member_id: str) -> Member:
        for candidate in self.members():
            if candidate.member_id == member_id:
                return candidate
        raise ValidationError(ValidationField.MEMBERS, ValidationReason.UNKNOWN_MEMBER)

    # --- pair passphrase -------------------------------------------------------

    @os_errors_as_storage_failed
    def change_passphrase(
        self, old_passphrase: str, new_passphrase: str, repeated: str | None = None
    ) -> None:
        """Change the pair passphrase after checking the old one.

        The new one must differ from every member's own passphrase, or the partner
        would be handed the key to that member's own area.
        """
        require_new(new_passphrase, repeated, self.passphrase_context())
        self._require_writable()
        files = pair_files(self.folder)
        if not database.passphrase_opens(files.keycheck, old_passphrase):
            raise WrongPassphrase("old pair passphrase")
        for keycheck in sorted((self.folder / PERSONAL_FOLDER).glob("*.check.db")):
            if database.passphrase_opens(keycheck, new_passphrase):
                raise ValidationError(ValidationField.PASSPHRASE, ValidationReason.SAME_AS_OWN)
        with self.exclusive():  # no other thread finds the session without its connection
            for area in list(self._personal.values()):
                area.close()  # the pair connection is replaced: no area keeps the old one
            conn, self._conn = self.connection(), None
            try:
                self._conn = self.serial.wrap(
                    database.change_passphrase(files, conn, old_passphrase, new_passphrase)
                )
            except BaseException:
                # Whatever happened, the files are wholly old or wholly new: reopen with
                # the passphrase that opens them now, so the session stays usable.
                reopened = _reopen_after_failed_change(files, old_passphrase, new_passphrase)
                self._conn = self.serial.wrap(reopened) if reopened is not None else None
                raise

    # --- personal areas --------------------------------------------------------

    def has_personal_area(self, member_id: str) -> bool:
        self.member(member_id)
        return personal_files(self.folder, member_id).main.is_file()

    def open_personal_area_of(self, member_id: str) -> PersonalArea | None:
        """The member's area if it is unlocked right now, else None."""
        return self._personal.get(member_id)

    @os_errors_as_storage_failed
    def create_personal_area(
        self, member_id: str, passphrase: str, repeated: str | None = None
    ) -> PersonalArea:
        """Create and open a member's personal area with their own passphrase.

        The passphrase must differ from the pair's, or the partner could open it.
        """
        member = self.member(member_id)
        self._require_writable()
        require_new(passphrase, repeated, self.passphrase_context())
        files = personal_files(self.folder, member_id)
        if files.main.exists():
            raise ValidationError(ValidationField.MEMBERS, ValidationReason.ALREADY_EXISTS)
        if database.passphrase_opens(pair_files(self.folder).keycheck, passphrase):
            raise ValidationError(ValidationField.PASSPHRASE, ValidationReason.SAME_AS_PAIR)
        ensure_private_folder(files.main.parent)
        conn = database.create_database(
            files, passphrase, {"journal_id": self.info.journal_id, "member_id": member_id}
        )
        return self._register(self._area(member, files, conn))

    @os_errors_as_storage_failed
    def open_personal_area(self, member_id: str, passphrase: str) -> PersonalArea:
        """Unlock a member's personal area with that member's own passphrase.

        An area already open (a form keeps its owner's draft there) is handed out only
        for its own passphrase too."""
        member = self.member(member_id)
        self.connection()
        files = personal_files(self.folder, member_id)
        existing = self._personal.get(member_id)
        if existing is not None:
            if not database.passphrase_opens(files.keycheck, passphrase):
                raise WrongPassphrase("personal passphrase")
            return existing
        if not files.main.exists():
            raise NotAJournal("no personal area for this member")
        opened = database.open_database_or_read_only(
            files, passphrase, {"journal_id": self.info.journal_id, "member_id": member_id}
        )
        return self._register(self._area(member, files, opened.conn, read_only=opened.read_only))

    @os_errors_as_storage_failed
    def reset_personal_area(self, member_id: str, *, now: datetime | None = None) -> ResetArea:
        """Put a member's own area (and its copies in every backup) aside, so that a
        forgotten own passphrase can be replaced by a fresh area.

        Only the pair passphrase stands behind this, so nothing is destroyed here: the
        old area stays restorable with its old passphrase for ``area_reset.KEEP_DAYS``
        days (``restore_reset_area``) and is removed for good after that. The pair
        journal is not touched: what the member shared stays there until they withdraw
        it from their new area.
        """
        self.member(member_id)
        self._require_writable()
        area = self._personal.get(member_id)
        if area is not None:
            area.close()
        return area_reset.set_aside(
            self.folder, member_id, self._reachable_backup_roots(), now or datetime.now(UTC)
        )

    def reset_areas(self, *, now: datetime | None = None) -> list[ResetArea]:
        """The own areas set aside by a reset that can still be restored, newest first."""
        self.connection()
        return area_reset.list_reset_areas(self.folder, now or datetime.now(UTC))

    @os_errors_as_storage_failed
    def restore_reset_area(
        self, member_id: str, old_passphrase: str, *, now: datetime | None = None
    ) -> ResetArea:
        """Bring back the member's reset area that opens with ``old_passphrase``.

        An own area made since then is set aside in its place (restorable with its own
        passphrase, like any reset area), so nothing is lost either way. Raises
        ``WrongPassphrase`` when no reset area of the member opens with it.
        """
        self.member(member_id)
        self._require_writable()
        moment = now or datetime.now(UTC)
        candidates = [
            area
            for area in area_reset.list_reset_areas(self.folder, moment)
            if area.member_id == member_id
        ]
        chosen = next(
            (a for a in candidates if database.passphrase_opens(a.keycheck, old_passphrase)),
            None,
        )
        if chosen is None:
            raise WrongPassphrase("no reset area opens with this passphrase")
        roots = self._reachable_backup_roots()
        if personal_files(self.folder, member_id).main.exists():
            self.reset_personal_area(member_id, now=moment)
        area_reset.put_back(self.folder, chosen, roots)
        return chosen

    @os_errors_as_storage_failed
    def forget_reset_areas(self, area: PersonalArea) -> int:
        """The owner (with their current own area open) deletes their reset areas for
        good now rather than after the waiting time. Returns how many were deleted."""
        if not area.is_open or self._personal.get(area.member.member_id) is not area:
            raise JournalLocked("the own area is not open")
        self._require_writable()
        roots = self._reachable_backup_roots()
        mine = [a for a in self.reset_areas() if a.member_id == area.member.member_id]
        for reset in mine:
            area_reset.remove(reset, roots)
        return len(mine)

    def _reachable_backup_roots(self) -> list[Path]:
        """The backup folders that are there right now (a USB stick may be away)."""
        try:
            roots = self.backup_roots()
        except JournalError:
            roots = [self.backup_folder]
        return [root for root in roots if root.is_dir()]

    def tidy_reset_areas(self, *, now: datetime | None = None) -> None:
        """Finish a reset that was killed half-way and remove reset areas past their
        waiting time (at unlock). Never stops an unlock: a failure is left for later, and
        a journal opened read-only on a full disk is left as it is."""
        if self.read_only:
            return
        with contextlib.suppress(OSError, JournalError):
            area_reset.recover_unfinished(self.folder)
            area_reset.purge_expired(
                self.folder, self._reachable_backup_roots(), now or datetime.now(UTC)
            )

    @os_errors_as_storage_failed
    def accept_role_split(
        self, revision_id: str, member_id: str, own_passphrase: str, *, at: datetime | None = None
    ) -> Revision:
        """Record a member's acceptance of a proposed role split, proven with that member's
        own passphrase: on a shared laptop the partner cannot accept in their name.

        Refused with ``ValidationError(PASSPHRASE, NO_OWN_AREA)`` while the member has no
        own area (they make one first) and ``WrongPassphrase`` when it does not open it.
        """
        self.member(member_id)
        self.connection()
        self.require_own_passphrase(member_id, own_passphrase)
        return self.roles.accept(revision_id, member_id, at=at)

    def require_own_passphrase(self, member_id: str, own_passphrase: str) -> None:
        """Check that ``own_passphrase`` is the member's own (it opens their own area)."""
        keycheck = personal_files(self.folder, member_id).keycheck
        if not keycheck.is_file():
            raise ValidationError(ValidationField.PASSPHRASE, ValidationReason.NO_OWN_AREA)
        if not database.passphrase_opens(keycheck, own_passphrase):
            raise WrongPassphrase("not the member's own passphrase")

    def shared_stress_trends(self) -> list[SharedTrend]:
        """Every stress trend the members have shared (for the supervision summary)."""
        return shared_store.list_shares(self.connection())

    def _area(
        self,
        member: Member,
        files: database.DatabaseFiles,
        conn: Connection,
        *,
        read_only: bool = False,
    ) -> PersonalArea:
        return PersonalArea(
            member,
            files,
            self.serial.wrap(conn),
            self._forget,
            pair_files(self.folder).keycheck,
            self.connection,
            self.passphrase_context,
            read_only=read_only,
        )

    def _register(self, area: PersonalArea) -> PersonalArea:
        self._personal[area.member.member_id] = area
        return area

    def _forget(self, area: PersonalArea) -> None:
        self._personal.pop(area.member.member_id, None)


@os_errors_as_storage_failed
def create_journal(
    folder: Path,
    name: str,
    members: Sequence[NewMember],
    passphrase: str,
    repeated: str | None = None,
) -> Journal:
    """Create a new journal in an empty (or new) folder and return it unlocked."""
    clean_name = validate_journal_name(name)
    clean_members = validate_members(members)
    require_new(passphrase, repeated, [clean_name, *(m.display_name for m in clean_members)])
    if is_journal_folder(folder):
        raise ValidationError(ValidationField.FOLDER, ValidationReason.JOURNAL_EXISTS)
    if folder.exists() and not folder.is_dir():
        raise ValidationError(ValidationField.FOLDER, ValidationReason.NOT_A_FOLDER)
    if folder.exists() and any(p.name != LOCK_FILE_NAME for p in folder.iterdir()):
        raise ValidationError(ValidationField.FOLDER, ValidationReason.FOLDER_NOT_EMPTY)
    ensure_private_folder(folder)
    folder_lock = take_folder_lock(folder)
    try:
        journal_id = uuid.uuid4().hex
        conn = database.create_database(
            pair_files(folder), passphrase, {"journal_id": journal_id, "name": clean_name}
        )
        created_at = database.now_iso()
        with database.transaction(conn):
            conn.executemany(
                "INSERT INTO members (member_id, display_name, role, position, created_at)"
                " VALUES (?, ?, ?, ?, ?)",
                [
                    (uuid.uuid4().hex, member.display_name, member.role.value, index, created_at)
                    for index, member in enumerate(clean_members)
                ],
            )
        meta = database.read_meta(conn)
        write_journal_tag(folder, journal_tag(journal_id))
    except BaseException:
        folder_lock.release()
        raise
    return Journal(folder, conn, meta, folder_lock)


def open_journal(folder: Path, passphrase: str) -> Journal:
    """Unlock an existing journal; raises the typed errors of ``core.errors``.

    On a full disk the journal opens for reading only (``Journal.read_only``: every
    change is refused with ``ReadOnlyFullDisk``), or, where even that is not sound, is
    refused with ``FullDiskOnOpen``; either way nothing is written.
    """
    try:
        return _open_journal(folder, passphrase)
    except StorageFull as error:
        if isinstance(error, FullDiskOnOpen):
            raise
        raise FullDiskOnOpen(error.detail) from None


@os_errors_as_storage_failed
def _open_journal(folder: Path, passphrase: str) -> Journal:
    if not folder.is_dir() or not is_journal_folder(folder):
        raise NotAJournal("no pair journal in this folder")
    if cipher.is_plain_sqlite(folder / PAIR_FILE):
        raise NotAJournal("unencrypted database")  # before the lock: leave a stranger's folder be
    folder_lock = take_folder_lock(folder)
    try:
        opened = database.open_database_or_read_only(pair_files(folder), passphrase, {})
        conn, meta = opened.conn, opened.meta
        if "journal_id" not in meta:
            cipher.close_quietly(conn)
            raise NotAJournal("pair journal without an id")
        if not opened.read_only:
            # On a read-only disk the journal still opens: the id file is only a hint.
            with contextlib.suppress(OSError):
                write_journal_tag(folder, journal_tag(meta["journal_id"]))
    except BaseException:
        folder_lock.release()
        raise
    journal = Journal(folder, conn, meta, folder_lock, read_only=opened.read_only)
    try:
        journal.tidy_reset_areas()
    except BaseException:  # interrupted (Ctrl+C): never leave the lock held
        journal.lock()
        raise
    return journal


def _may_restore_into(folder: Path) -> bool:
    """A journal folder, or one that clearly was (its files or backups), or a new one."""
    if not folder.exists():
        return True
    if not folder.is_dir():
        return False
    names = {p.name for p in folder.iterdir()} - {LOCK_FILE_NAME}
    return not names or bool(names & {PAIR_FILE, PAIR_CHECK_FILE, PERSONAL_FOLDER, BACKUP_FOLDER})


@os_errors_as_storage_failed
def restore_backup(
    folder: Path, backup: Path, *, other_journal: bool = False
) -> backups.BackupInfo | None:
    """Put a backup back in place of the (locked) journal in ``folder``, crash-atomically.

    The current files are first kept as a ``before-restore`` backup in the journal's
    backup folder (returned). Raises ``JournalInUse`` while the journal is open
    anywhere, ``BackupInvalid`` for a damaged backup or one with names or links that are
    not the journal's own, and ``BackupOfAnotherJournal`` for a backup of another
    journal unless ``other_journal`` says the user chose exactly that. Nothing changes
    when it raises.
    """
    info = backups.read_backup(backup)
    if not _may_restore_into(folder):
        raise NotAJournal("the folder holds something other than a journal")
    ensure_private_folder(folder)
    folder_lock = take_folder_lock(folder)
    try:
        current = read_journal_tag(folder)
        if (
            not other_journal
            and current is not None
            and info.journal_tag is not None
            and info.journal_tag != current
        ):
            raise BackupOfAnotherJournal("the backup is of another journal")
        safety = backups.restore_snapshot(folder, info)
        if info.journal_tag is not None:
            write_journal_tag(folder, info.journal_tag)
        return safety
    finally:
        folder_lock.release()


@os_errors_as_storage_failed
def restore_newest_good_backup(
    folder: Path, pair_passphrase: str
) -> tuple[backups.BackupInfo, backups.BackupInfo | None]:
    """Restore the newest backup in the journal's backup folder that is whole and opens
    with ``pair_passphrase`` (for a journal found damaged). Returns it and the safety copy.
    Raises ``NoUsableBackup`` when there is none; the journal is then left as it was."""
    chosen = backups.newest_good_backup([folder / BACKUP_FOLDER], pair_passphrase)
    return chosen, restore_backup(folder, chosen.folder)


@os_errors_as_storage_failed
def back_up_folder(folder: Path, out: Path) -> backups.BackupInfo:
    """Back up a locked journal without opening it (no passphrase needed): the encrypted
    files are copied as they are, under the folder lock.

    ``out`` itself is never made private (it may be ``/tmp`` or a USB stick's root): the
    backup goes into the app's own subfolder of it, ``tyoparipaivakirja-<id>``, made
    owner-only. The journal's own ``backups`` folder and such a subfolder are used as
    they are. A place inside a journal folder is refused.
    """
    if not folder.is_dir() or not is_journal_folder(folder):
        raise NotAJournal("no pair journal in this folder")
    folder_lock = take_folder_lock(folder)
    try:
        root = backup_root_in(folder, out)
        return backups.create_snapshot(folder, root, backups.BackupReason.MANUAL)
    finally:
        folder_lock.release()


def backup_root_in(folder: Path, out: Path) -> Path:
    """Where ``backup --out OUT`` puts this journal's backups (see ``back_up_folder``)."""
    own = folder / BACKUP_FOLDER
    if out.absolute() == own.absolute() or (
        out.exists() and own.exists() and os.path.samefile(out, own)
    ):
        return own
    files_mod.check_output_target(out / "x")
    tag = read_journal_tag(folder)
    name = f"{backups.SECOND_LOCATION_PREFIX}{tag[:12] if tag else 'backups'}"
    if out.name == name:
        return out
    if not out.exists():
        out.mkdir(parents=True, mode=files_mod.FOLDER_MODE)
    return out / name
