"""Typed errors that cross the layers, each with a stable code.

The GUI and the command line turn a code into a translated sentence in one place
(``tyoparipaivakirja.messages``); nothing else decides what a user reads.
"""

from __future__ import annotations

from enum import StrEnum


class ErrorCode(StrEnum):
    """Stable identifiers of everything that can go wrong with a journal."""

    WRONG_PASSPHRASE = "wrong_passphrase"
    JOURNAL_IN_USE = "journal_in_use"
    JOURNAL_CORRUPT = "journal_corrupt"
    NOT_A_JOURNAL = "not_a_journal"
    SCHEMA_TOO_NEW = "schema_too_new"
    VALIDATION = "validation"
    STORAGE_FULL = "storage_full"
    FULL_DISK_ON_OPEN = "full_disk_on_open"
    READ_ONLY_FULL_DISK = "read_only_full_disk"
    STORAGE_FAILED = "storage_failed"
    JOURNAL_LOCKED = "journal_locked"
    REVISION_ACCEPTED = "revision_accepted"
    EXPORT_FAILED = "export_failed"
    BACKUP_INVALID = "backup_invalid"
    NO_USABLE_BACKUP = "no_usable_backup"
    IMPORT_INVALID = "import_invalid"
    INSTRUMENT_INVALID = "instrument_invalid"
    UNSAFE_LINK = "unsafe_link"
    OTHER_JOURNAL = "other_journal"


class JournalError(Exception):
    """Base of all journal errors. ``code`` never changes for a given class."""

    code: ErrorCode = ErrorCode.STORAGE_FAILED

    def __init__(self, detail: str = "") -> None:
        # The detail is for developers (never user content); users see the code's sentence.
        super().__init__(detail or self.code.value)
        self.detail = detail


class WrongPassphrase(JournalError):
    """The passphrase does not open this journal or personal area."""

    code = ErrorCode.WRONG_PASSPHRASE


class JournalInUse(JournalError):
    """Another app window or command has the journal open."""

    code = ErrorCode.JOURNAL_IN_USE


class JournalCorrupt(JournalError):
    """The files are damaged: integrity checks failed."""

    code = ErrorCode.JOURNAL_CORRUPT


class NotAJournal(JournalError):
    """The folder or file is not a Työparipäiväkirja journal at all."""

    code = ErrorCode.NOT_A_JOURNAL


class SchemaTooNew(JournalError):
    """The journal was written by a newer version of the app."""

    code = ErrorCode.SCHEMA_TOO_NEW

    def __init__(self, found: int, supported: int) -> None:
        super().__init__(f"schema version {found}, this app supports up to {supported}")
        self.found = found
        self.supported = supported


class StorageFull(JournalError):
    """The disk is full; the change was rolled back."""

    code = ErrorCode.STORAGE_FULL


class FullDiskOnOpen(StorageFull):
    """The disk is full and the journal could not even be read: nothing was opened and
    nothing changed. Free space, then open it again."""

    code = ErrorCode.FULL_DISK_ON_OPEN


class ReadOnlyFullDisk(StorageFull):
    """The journal was opened for reading only because the disk was full: nothing can be
    saved until space is freed and the journal is locked and opened again."""

    code = ErrorCode.READ_ONLY_FULL_DISK


class StorageFailed(JournalError):
    """Reading or writing failed for a reason the app cannot name more precisely."""

    code = ErrorCode.STORAGE_FAILED


class JournalLocked(JournalError):
    """The journal or personal area was locked; unlock it again to go on."""

    code = ErrorCode.JOURNAL_LOCKED


class RevisionAccepted(JournalError):
    """An accepted role split revision was about to be changed; it never can be.

    A change to an agreed role split is always a new revision. The storage layer
    refuses the write (and database triggers refuse it too), not only the screens.
    """

    code = ErrorCode.REVISION_ACCEPTED


class ExportFailed(JournalError):
    """A file outside the journal (a PDF) could not be written where the user chose."""

    code = ErrorCode.EXPORT_FAILED


class BackupInvalid(JournalError):
    """A backup is incomplete or damaged (its files do not match its manifest)."""

    code = ErrorCode.BACKUP_INVALID


class NoUsableBackup(JournalError):
    """No backup could be found that is intact and opens with the given passphrase."""

    code = ErrorCode.NO_USABLE_BACKUP


class UnsafeLink(JournalError):
    """A link (symlink) sits where the journal keeps its own files or folders, or inside a
    backup. The app never follows one: it could point at any file on the computer."""

    code = ErrorCode.UNSAFE_LINK


class BackupOfAnotherJournal(JournalError):
    """The backup was made of another journal. Restoring it needs the user's explicit
    choice, since the journal would then be that other journal."""

    code = ErrorCode.OTHER_JOURNAL


class ImportProblem(StrEnum):
    """What kind of problem an import file has at the place an ``ImportInvalid`` names."""

    UNREADABLE = "unreadable"
    NOT_UTF8 = "not_utf8"
    NOT_JSON = "not_json"
    NEWER_FORMAT = "newer_format"
    WRONG_TYPE = "wrong_type"
    MISSING_FIELD = "missing_field"
    UNKNOWN_FIELD = "unknown_field"
    NOT_ALLOWED = "not_allowed"
    TOO_LONG = "too_long"
    TOO_SHORT = "too_short"
    OUT_OF_RANGE = "out_of_range"
    BAD_FORMAT = "bad_format"
    NOT_A_MEMBER = "not_a_member"
    SECOND_AREA = "second_area"
    NO_SUCH_VERSION = "no_such_version"
    REFUSED = "refused"
    UNREADABLE_DATA = "unreadable_data"
    TOO_LARGE = "too_large"
    TOO_DEEP = "too_deep"
    BAD_TEXT = "bad_text"
    BAD_DATE = "bad_date"
    NOT_A_WHOLE_NUMBER = "not_a_whole_number"
    UNKNOWN_MEMBER = "unknown_member"
    DUPLICATE = "duplicate"
    OTHER = "other"


class ImportInvalid(JournalError):
    """An import file does not follow the documented export format.

    ``path`` is where in the file the first problem is (a JSON path such as
    ``$.pair.debriefs[3].visit_date``); ``problem`` says what kind of problem it is and
    ``detail`` adds what the user needs to fix it (a field name, a limit, the allowed
    values), never the file's text content.
    """

    code = ErrorCode.IMPORT_INVALID

    def __init__(
        self,
        path: str,
        problem: ImportProblem,
        detail: str = "",
        rule: ValidationError | None = None,
    ) -> None:
        super().__init__(f"{path}: {problem.value}" + (f" ({detail})" if detail else ""))
        self.path = path
        self.problem = problem
        self.detail = detail
        # The app's own rule the value breaks (said with that rule's own sentence).
        self.rule = rule


class InstrumentInvalid(JournalError):
    """An instrument definition shipped with the app (or added by an organisation) is
    faulty; ``detail`` names the file and the problem for whoever maintains it."""

    code = ErrorCode.INSTRUMENT_INVALID


class ValidationField(StrEnum):
    """The input fields a validation error can point at."""

    MEMBERS = "members"
    MEMBER_NAME = "member_name"
    MEMBER_ROLE = "member_role"
    JOURNAL_NAME = "journal_name"
    PASSPHRASE = "passphrase"
    PASSPHRASE_REPEAT = "passphrase_repeat"
    FOLDER = "folder"
    VISIT_DATE = "visit_date"
    VISIT_TYPE = "visit_type"
    CLIENT_CODE = "client_code"
    TEXT = "text"
    FOLLOW_UP = "follow_up"
    SUPERVISION_TOPIC = "supervision_topic"
    STRAIN = "strain"
    ENTRY = "entry"
    ROLE_REVISION = "role_revision"
    ROLE_ITEMS = "role_items"
    ROLE_ITEM_TITLE = "role_item_title"
    ROLE_ITEM_NOTE = "role_item_note"
    ROLE_EFFECTIVE_DATE = "role_effective_date"
    ROLE_NEXT_REVIEW = "role_next_review"
    ROLE_REASON = "role_reason"
    ROLE_REASON_TEXT = "role_reason_text"
    ROLE_LINE_MANAGER = "role_line_manager"
    ROLE_KA_SUPPORT = "role_ka_support"
    ROLE_TRAINING_NOTE = "role_training_note"
    ROLE_SUPERVISION_CADENCE = "role_supervision_cadence"
    ROLE_REVIEW_NOTE = "role_review_note"
    SUPERVISION_SESSION = "supervision_session"
    AGENDA_ITEM = "agenda_item"
    AGREEMENT = "agreement"
    SUMMARY_PERIOD = "summary_period"
    CHECKIN = "checkin"
    CHECKIN_DAY = "checkin_day"
    CHECKIN_ANSWER = "checkin_answer"
    CHECKIN_NOTE = "checkin_note"
    SHARE_PERIOD = "share_period"
    OUTPUT = "output"
    # A whole number of a form outside its range: ``name`` is the field, ``limits`` the
    # range (so a new number field of a form needs no message of its own).
    NUMBER = "number"


class ValidationReason(StrEnum):
    """Why a value was refused; each has its own sentence in the messages module."""

    REQUIRED = "required"
    TOO_LONG = "too_long"
    DUPLICATE = "duplicate"
    NEED_BOTH_ROLES = "need_both_roles"
    TOO_FEW_MEMBERS = "too_few_members"
    TOO_MANY_MEMBERS = "too_many_members"
    TOO_SHORT = "too_short"
    TOO_WEAK = "too_weak"
    MISMATCH = "mismatch"
    SAME_AS_PAIR = "same_as_pair"
    SAME_AS_OWN = "same_as_own"
    CONTROL_CHARACTERS = "control_characters"
    JOURNAL_EXISTS = "journal_exists"
    FOLDER_NOT_EMPTY = "folder_not_empty"
    NOT_A_FOLDER = "not_a_folder"
    BAD_CODE = "bad_code"
    LOOKS_LIKE_YEAR = "looks_like_year"
    IN_FUTURE = "in_future"
    OUT_OF_RANGE = "out_of_range"
    NOT_FOUND = "not_found"
    UNKNOWN_MEMBER = "unknown_member"
    ALREADY_EXISTS = "already_exists"
    BEFORE_PREVIOUS = "before_previous"
    NOT_AFTER_EFFECTIVE = "not_after_effective"
    NOT_A_DRAFT = "not_a_draft"
    NOT_PROPOSED = "not_proposed"
    ALREADY_ACCEPTED = "already_accepted"
    OPEN_REVISION_EXISTS = "open_revision_exists"
    NOTHING_IN_FORCE = "nothing_in_force"
    UNKNOWN_ITEM = "unknown_item"
    PERIOD_ORDER = "period_order"
    TOO_FEW_WEEKS = "too_few_weeks"
    CHANGED = "changed"
    NO_OWN_AREA = "no_own_area"
    INSIDE_JOURNAL = "inside_journal"
    ONTO_DATABASE = "onto_database"
    NOT_A_FILE = "not_a_file"


class ValidationError(JournalError):
    """A value the user gave was refused; ``field`` says where, ``reason`` says why."""

    code = ErrorCode.VALIDATION

    def __init__(
        self,
        field: ValidationField,
        reason: ValidationReason,
        index: int = -1,
        name: str = "",
        limits: tuple[int, int] | None = None,
    ) -> None:
        super().__init__(f"{field.value}: {reason.value}")
        self.field = field
        self.reason = reason
        # For list fields (members): which row; -1 when it concerns the whole field.
        self.index = index
        # For TEXT and NUMBER: which field of a form (a stable name, never its content).
        self.name = name
        # For NUMBER: the smallest and the largest value allowed.
        self.limits = limits


def check_number(name: str, value: int | None, low: int, high: int) -> None:
    """Refuse a whole number of a form outside ``low``–``high`` (None: not given)."""
    if value is not None and not low <= value <= high:
        raise ValidationError(
            ValidationField.NUMBER, ValidationReason.OUT_OF_RANGE, name=name, limits=(low, high)
        )
