"""The unlocked session: the pair journal (``Journal``) and each open own area
(``PersonalArea``), the one object the GUI and the command line talk to.

How a session is made and given back is the journal folder's business
(``storage.folder``: create, open, restore, back up a closed folder). Here is what an
unlocked journal offers:

- **Stores, built once when the session opens**, each from an ``Access`` (the
  database's connection provider and the session clock), never from the session:
  ``journal.members``, ``.debriefs``, ``.supervision``, ``.roles``, ``.shared_trends``,
  ``.drafts``, ``.meta``; an own area's ``area.checkins``, ``.reflections``,
  ``.drafts``. Each store method is one user action in one transaction.
- **Actions that span files or databases**: the passphrases, the own areas (create,
  open, reset, restore), accepting the role split with one's own passphrase, backups,
  locking; an own area's sharing of a stress trend into the pair journal.
- Reads across stores (a summary's input, agenda suggestions) are not here: they are
  the actions' (``tyoparipaivakirja.actions.summary``, ``.supervision``), which read
  through these stores and apply the rules of ``core``.

No SQL is written here. Every connection the session hands out comes from
``connection()`` (the pair journal) or ``PersonalArea.connection()``, and each is a
``serial.SerialConnection`` sharing the session's one lock, so a background task and
the GUI thread never interleave on it, whichever store they use. The clock
(``storage.access``) stamps what is written: this copy's device id is in the pair
journal's ``meta``. On a full disk a journal (or own area) opens for reading only
(``read_only``): every change is refused with ``ReadOnlyFullDisk``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from tyoparipaivakirja.core import hlc, nudges
from tyoparipaivakirja.core.checkins import weekly_checkin_due
from tyoparipaivakirja.core.errors import (
    JournalCorrupt,
    JournalError,
    JournalLocked,
    NotAJournal,
    ReadOnlyFullDisk,
    StorageFailed,
    ValidationError,
    ValidationField,
    ValidationReason,
    WrongPassphrase,
)
from tyoparipaivakirja.core.instruments import WHO5, InstrumentSet
from tyoparipaivakirja.core.members import Member
from tyoparipaivakirja.core.own_area import AreaSnapshot
from tyoparipaivakirja.core.roles import Revision
from tyoparipaivakirja.core.trends import SharedTrend, TrendShare, build_share
from tyoparipaivakirja.storage import area_reset, backups, cipher, database, serial
from tyoparipaivakirja.storage.access import DEVICE_KEY, Access, SessionClock, read_clock
from tyoparipaivakirja.storage.area_reset import ResetArea
from tyoparipaivakirja.storage.checkins import CheckInStore
from tyoparipaivakirja.storage.cipher import Connection
from tyoparipaivakirja.storage.database import pair_files, personal_files
from tyoparipaivakirja.storage.debriefs import DebriefStore
from tyoparipaivakirja.storage.drafts import DraftStore
from tyoparipaivakirja.storage.files import ensure_private_folder, os_errors_as_storage_failed
from tyoparipaivakirja.storage.instrument_files import load_instruments
from tyoparipaivakirja.storage.layout import BACKUP_FOLDER, PAIR_FILE, PERSONAL_FOLDER
from tyoparipaivakirja.storage.lockfile import FolderLock
from tyoparipaivakirja.storage.members import MemberStore
from tyoparipaivakirja.storage.meta import MetaStore
from tyoparipaivakirja.storage.passphrases import require_new
from tyoparipaivakirja.storage.reflections import ReflectionStore
from tyoparipaivakirja.storage.roles import RoleSplitStore
from tyoparipaivakirja.storage.shared_wellbeing import SharedTrendStore
from tyoparipaivakirja.storage.supervision import SupervisionStore

type CloseCallback = Callable[[PersonalArea], None]


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
    """One member's unlocked own area. Close it as soon as its owner leaves.

    Its stores (``checkins``, ``reflections``, ``drafts``) are the owner's; the
    methods here span the own area and the pair journal (sharing a stress trend).
    Dates default to today; tests pass ``today`` explicitly.
    """

    def __init__(
        self,
        member: Member,
        files: database.DatabaseFiles,
        conn: Connection,
        on_close: CloseCallback,
        pair_keycheck: Path,
        pair_shares: SharedTrendStore,
        clock: SessionClock,
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
        self._pair_shares = pair_shares
        self._conn: Connection | None = conn
        self._on_close = on_close
        clock.observe(read_clock(conn))
        access = Access(self.connection, clock)
        self.instruments: InstrumentSet = load_instruments()
        self.drafts = DraftStore(access)  # the owner's unfinished forms
        self.reflections = ReflectionStore(access)
        self.checkins = CheckInStore(access, self.instruments, self.drafts)

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    def connection(self) -> Connection:
        """The own area's connection, for the stores of this package only."""
        if self._conn is None:
            raise JournalLocked("personal area is closed")
        return self._conn

    def in_use_elsewhere(self) -> bool:
        """True when another thread uses this session right now (never waits)."""
        conn = self._conn
        return isinstance(conn, serial.SerialConnection) and conn.in_use_elsewhere()

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

    # --- the area at a glance -----------------------------------------------------------

    def snapshot(self, today: date | None = None) -> AreaSnapshot:
        """Everything the owner's area shows on opening, read in one go."""
        day = today or date.today()
        checkins = self.checkins.all()
        visits = self.reflections.strains()
        settings = self.checkins.settings()
        history = nudges.History(checkins, visits, self.instruments.get(WHO5))
        config = nudges.rule_config(self.instruments, r5_enabled=settings.r5_enabled)
        memory = self.checkins.nudge_memory()
        return AreaSnapshot(
            checkins=tuple(checkins),
            visits=tuple(visits),
            settings=settings,
            nudges=tuple(nudges.nudges_to_show(history, memory, day, config)),
            weekly_due=weekly_checkin_due(checkins, day),
            shares=tuple(self.shared_trends()),
            usual_level=nudges.has_usual_level(history, day),
        )

    # --- sharing a stress trend with the pair ----------------------------------------

    def preview_share(self, start: date, end: date, today: date | None = None) -> TrendShare:
        """Exactly what ``share_trend`` would put into the pair journal for [start, end]."""
        return build_share(
            self.member.member_id, self.checkins.all(), start, end, today or date.today()
        )

    def share_trend(self, preview: TrendShare, today: date | None = None) -> SharedTrend:
        """Copy the previewed summary into the pair journal, after checking that it is still
        exactly what the owner's check-ins give (refused as CHANGED otherwise)."""
        current = self.preview_share(preview.period_start, preview.period_end, today)
        if current != preview:
            raise ValidationError(ValidationField.SHARE_PERIOD, ValidationReason.CHANGED)
        return self._pair_shares.add(current)

    def shared_trends(self) -> list[SharedTrend]:
        """What the owner has shared with the pair journal, newest first."""
        return self._pair_shares.all(self.member.member_id)

    def withdraw_shared_trend(self, share_id: str) -> None:
        """Remove one of the owner's shared summaries from the pair journal."""
        self.connection()  # only the owner, with the area open, can withdraw
        self._pair_shares.withdraw(share_id, self.member.member_id)


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

    ``lock`` closes every connection, including any own area still open, and releases
    the folder lock; every store then refuses with ``JournalLocked``.
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
        self.clock = SessionClock(meta.get(DEVICE_KEY) or hlc.LEGACY_DEVICE)
        self.clock.observe(read_clock(self._conn))
        access = Access(self.connection, self.clock)
        self.meta = MetaStore(access)
        self.members = MemberStore(access)
        self.drafts = DraftStore(access)  # the pair's unfinished shared forms
        self.debriefs = DebriefStore(access, self.drafts)
        self.supervision = SupervisionStore(access, self.drafts)
        self.roles = RoleSplitStore(access)
        self.shared_trends = SharedTrendStore(access)
        # The passphrase, kept only until the whole-file check left out of the unlock
        # has run (``check_file``): its second connection needs the key.
        self._file_check_key: str | None = None
        self._damaged = False

    # --- state -----------------------------------------------------------------

    def file_check_pending(self, passphrase: str) -> None:
        """The unlock left out the whole-file check: ``check_file`` runs it later."""
        self._file_check_key = passphrase

    def check_file(self) -> None:
        """Read and check every page of the pair journal (``PRAGMA quick_check``) on a
        second connection that only reads, so the session stays usable meanwhile; run
        off the GUI thread after the list shows. Raises ``JournalCorrupt`` for a damaged
        page. Once it has run (or when the unlock already checked), it does nothing."""
        passphrase, self._file_check_key = self._file_check_key, None
        if passphrase is None or self._conn is None:
            return
        try:
            database.check_file(self.folder / PAIR_FILE, passphrase, read_only=self.read_only)
        except WrongPassphrase:
            pass  # changed meanwhile: the re-key read every page
        except JournalCorrupt:
            self._damaged = True  # the lock then copies it over no backup
            raise

    @property
    def damaged(self) -> bool:
        """A damaged page was met (by the whole-file check or by a read)."""
        return self._damaged or self.serial.damaged

    @property
    def is_locked(self) -> bool:
        return self._conn is None

    def connection(self) -> Connection:
        """The pair connection, for the stores and modules of this package only."""
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
        """One write transaction on the pair journal (for storage modules and tests)."""
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
        daily_backup = daily_backup and not self.read_only and not self.damaged
        if daily_backup and self._file_check_key is not None and self._conn is not None:
            # Locked before the whole-file check ran: it runs now, before the backup.
            try:
                database.check_connection(self._conn)
            except JournalError:
                daily_backup = False
        second: Path | None = None
        if daily_backup and self._conn is not None:
            with contextlib.suppress(JournalError):
                second = self.second_backup_location()
        for area in list(self._personal.values()):
            area.close()
        self._file_check_key = None
        if self._conn is not None and not self.read_only and not self.damaged:
            # Words edited out since the last merge may sit in an older index segment:
            # merged away here, before the log is written into the file.
            with contextlib.suppress(JournalError):
                self.debriefs.compact_search()
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
        return self.meta.second_backup_location()

    def set_second_backup_location(self, folder: Path | None) -> None:
        """Choose (or with None, stop using) a second folder for backups (a USB stick)."""
        self.meta.set_second_backup_location(folder)

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
            # A damaged file is not copied over good backups; no edited-out word goes in.
            database.check_connection(self.connection())
            self.debriefs.compact_search()
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

    # --- the pair passphrase -------------------------------------------------------

    def passphrase_context(self) -> list[str]:
        """What someone who knows the pair knows: the journal's and the members' names
        (the first guesses against any passphrase of this journal)."""
        return [self.info.name, *(member.display_name for member in self.members.all())]

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

    # --- own areas --------------------------------------------------------------

    def has_personal_area(self, member_id: str) -> bool:
        self.members.get(member_id)
        return personal_files(self.folder, member_id).main.is_file()

    def open_personal_area_of(self, member_id: str) -> PersonalArea | None:
        """The member's area if it is unlocked right now, else None."""
        return self._personal.get(member_id)

    @os_errors_as_storage_failed
    def create_personal_area(
        self, member_id: str, passphrase: str, repeated: str | None = None
    ) -> PersonalArea:
        """Create and open a member's own area with their own passphrase.

        The passphrase must differ from the pair's, or the partner could open it.
        """
        member = self.members.get(member_id)
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
        """Unlock a member's own area with that member's own passphrase.

        An area already open (a form keeps its owner's draft there) is handed out only
        for its own passphrase too."""
        member = self.members.get(member_id)
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
        self.members.get(member_id)
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
        self.members.get(member_id)
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
        self.members.get(member_id)
        self.require_own_passphrase(member_id, own_passphrase)
        return self.roles.accept(revision_id, member_id, at=at)

    def require_own_passphrase(self, member_id: str, own_passphrase: str) -> None:
        """Check that ``own_passphrase`` is the member's own (it opens their own area)."""
        keycheck = personal_files(self.folder, member_id).keycheck
        if not keycheck.is_file():
            raise ValidationError(ValidationField.PASSPHRASE, ValidationReason.NO_OWN_AREA)
        if not database.passphrase_opens(keycheck, own_passphrase):
            raise WrongPassphrase("not the member's own passphrase")

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
            self.shared_trends,
            self.clock,
            self.passphrase_context,
            read_only=read_only,
        )

    def _register(self, area: PersonalArea) -> PersonalArea:
        self._personal[area.member.member_id] = area
        return area

    def _forget(self, area: PersonalArea) -> None:
        self._personal.pop(area.member.member_id, None)
