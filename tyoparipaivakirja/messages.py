"""The one place where error codes become sentences a person can act on.

Both the app and the command line use these, so a user reads the same words
wherever a problem shows up. Every sentence says what happened and what to do next.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from tyoparipaivakirja.core.checkins import MAX_NOTE_LENGTH as MAX_CHECKIN_NOTE_LENGTH
from tyoparipaivakirja.core.dates import EARLIEST_DATE, LATEST_DATE, format_date
from tyoparipaivakirja.core.debriefs import MAX_TEXT_LENGTH
from tyoparipaivakirja.core.errors import (
    ErrorCode,
    ImportInvalid,
    ImportProblem,
    JournalError,
    ValidationError,
    ValidationField,
    ValidationReason,
)
from tyoparipaivakirja.core.members import (
    MAX_JOURNAL_NAME_LENGTH,
    MAX_MEMBERS,
    MAX_NAME_LENGTH,
    Role,
)
from tyoparipaivakirja.core.passphrase import (
    MAX_LENGTH,
    MIN_LENGTH,
    PassphraseTooWeak,
    Weakness,
)
from tyoparipaivakirja.core.privacy import FindingKind
from tyoparipaivakirja.core.roles import (
    MAX_FRAME_TEXT_LENGTH,
    MAX_ITEMS,
    MAX_NOTE_LENGTH,
    MAX_REASON_TEXT_LENGTH,
    MAX_REVIEW_NOTE_LENGTH,
    MAX_SUPERVISION_WEEKS,
    MAX_TITLE_LENGTH,
)
from tyoparipaivakirja.core.summary import Place, PlaceField, PlaceKind
from tyoparipaivakirja.core.supervision import MAX_ITEM_LENGTH as MAX_SUPERVISION_ITEM_LENGTH
from tyoparipaivakirja.core.supervision import MAX_ITEMS as MAX_SUPERVISION_ITEMS
from tyoparipaivakirja.core.supervision import MAX_SUPERVISOR_LENGTH
from tyoparipaivakirja.core.trends import MIN_SHARED_WEEKS
from tyoparipaivakirja.storage import registry
from tyoparipaivakirja.storage.registry import Database
from tyoparipaivakirja.storage.verify import ProblemKind
from tyoparipaivakirja.words import translate


def error_message(error: JournalError) -> str:
    """A translated, human sentence for any journal error."""
    if isinstance(error, ValidationError):
        return validation_message(error)
    if isinstance(error, ImportInvalid):
        return import_message(error)
    return code_message(error.code)


def import_message(error: ImportInvalid) -> str:
    """Why an import file was refused, with where in the file the first problem is."""
    return (
        translate(
            "Messages",
            "The file is not a Työparipäiväkirja export that this app can read, so nothing "
            "was written. The first problem is at %1: %2",
        )
        .replace("%1", error.path)
        .replace(
            "%2",
            validation_message(error.rule)
            if error.rule is not None
            else import_problem_text(error.problem, error.detail),
        )
    )


def import_problem_text(problem: ImportProblem, detail: str) -> str:
    """What is wrong at one place of an import file, in the user's language."""
    match problem:
        case ImportProblem.UNREADABLE:
            text = translate(
                "Messages",
                "the file cannot be read. Check that it exists and that you may open it.",
            )
        case ImportProblem.NOT_UTF8:
            text = translate("Messages", "the file is not UTF-8 text.")
        case ImportProblem.NOT_JSON:
            text = translate("Messages", "the file is not valid JSON (line:column %1).")
        case ImportProblem.NEWER_FORMAT:
            text = translate(
                "Messages",
                "the file was made by a newer version of the app (format %1). Update the app.",
            )
        case ImportProblem.WRONG_TYPE:
            text = translate("Messages", "the value should be %1.")
            detail = translate("Messages", " or ").join(
                _json_type_name(name) for name in detail.split("/")
            )
        case ImportProblem.MISSING_FIELD:
            text = translate("Messages", "a required field is missing: %1.")
        case ImportProblem.UNKNOWN_FIELD:
            text = translate("Messages", "a field the format does not have: %1.")
        case ImportProblem.NOT_ALLOWED:
            text = translate("Messages", "the value is not one of the allowed ones: %1.")
        case ImportProblem.TOO_LONG:
            text = translate("Messages", "the value is longer than %1.")
        case ImportProblem.TOO_SHORT:
            text = translate("Messages", "the value is shorter than %1.")
        case ImportProblem.OUT_OF_RANGE:
            text = translate("Messages", "the number is outside the allowed range (limit %1).")
        case ImportProblem.BAD_FORMAT:
            text = translate(
                "Messages", "the value is not written in the expected form (for example a date)."
            )
        case ImportProblem.NOT_A_MEMBER:
            text = translate(
                "Messages", "the own area belongs to nobody among the journal's members."
            )
        case ImportProblem.SECOND_AREA:
            text = translate("Messages", "the same member has a second own area in the file.")
        case ImportProblem.NO_SUCH_VERSION:
            text = translate(
                "Messages", "it refers to a role split version that is not in the file."
            )
        case ImportProblem.REFUSED:
            text = translate("Messages", "the journal's own rules refuse this value.")
        case ImportProblem.UNREADABLE_DATA:
            text = translate("Messages", "the app cannot read this value.")
        case ImportProblem.TOO_LARGE:
            text = translate("Messages", "the file is larger than an export can be (%1 MB).")
        case ImportProblem.TOO_DEEP:
            text = translate("Messages", "the values are nested deeper than the format allows.")
        case ImportProblem.BAD_TEXT:
            text = translate(
                "Messages",
                "the text holds characters that are not allowed (control characters or "
                "broken Unicode).",
            )
        case ImportProblem.BAD_DATE:
            text = translate(
                "Messages",
                "the value is not a date from %1 to %2, written like 2026-11-27 (or a moment "
                "like 2026-11-27T14:32:00+00:00).",
            ).replace("%2", LATEST_DATE.isoformat())
            detail = EARLIEST_DATE.isoformat()
        case ImportProblem.NOT_A_WHOLE_NUMBER:
            text = translate("Messages", "the value should be a whole number.")
        case ImportProblem.UNKNOWN_MEMBER:
            text = translate(
                "Messages", "it names a member who is not among the journal's members."
            )
        case ImportProblem.DUPLICATE:
            text = translate("Messages", "the same identifier is already used earlier in the file.")
        case _:
            text = translate("Messages", "the value does not follow the format (rule %1).")
    return text.replace("%1", detail)


def _json_type_name(name: str) -> str:
    match name:
        case "string":
            return translate("Messages", "text")
        case "integer":
            return translate("Messages", "a whole number")
        case "number":
            return translate("Messages", "a number")
        case "boolean":
            return translate("Messages", "true or false")
        case "array":
            return translate("Messages", "a list [ ]")
        case "object":
            return translate("Messages", "a group of fields { }")
        case "null":
            return translate("Messages", "empty (null)")
        case _:
            return name


def code_message(code: ErrorCode) -> str:
    """The sentence for an error code (validation errors need ``validation_message``)."""
    match code:
        case ErrorCode.WRONG_PASSPHRASE:
            return translate("Messages", "The passphrase is not correct. Check it and try again.")
        case ErrorCode.JOURNAL_IN_USE:
            return translate(
                "Messages",
                "The journal is open in another window or program. "
                "Close it there first, then try again.",
            )
        case ErrorCode.JOURNAL_CORRUPT:
            return translate(
                "Messages",
                "The journal file is damaged and cannot be opened safely. "
                "Nothing was changed. Restore it from a backup or ask your IT support.",
            )
        case ErrorCode.NOT_A_JOURNAL:
            return translate(
                "Messages",
                "This folder does not contain a Työparipäiväkirja journal. "
                "Choose the folder the journal was created in.",
            )
        case ErrorCode.SCHEMA_TOO_NEW:
            return translate(
                "Messages",
                "This journal was saved by a newer version of Työparipäiväkirja. "
                "Update the app to open it; the journal was not changed.",
            )
        case ErrorCode.STORAGE_FULL:
            return translate(
                "Messages",
                "The disk is full, so the change was not saved. Earlier entries are safe. "
                "Free some space and try again.",
            )
        case ErrorCode.FULL_DISK_ON_OPEN:
            return translate(
                "Messages",
                "The disk is full, so the journal cannot be opened now. Nothing was changed "
                "and nothing is lost. Free up space on the disk (delete or move files you do "
                "not need, empty the wastebasket), then try again.",
            )
        case ErrorCode.READ_ONLY_FULL_DISK:
            return read_only_full_disk_message()
        case ErrorCode.JOURNAL_LOCKED:
            return translate("Messages", "The journal was locked. Unlock it and try again.")
        case ErrorCode.REVISION_ACCEPTED:
            return translate(
                "Messages",
                "This role split has been accepted by everyone and can no longer be changed. "
                "To change something, make a new version.",
            )
        case ErrorCode.EXPORT_FAILED:
            return translate(
                "Messages",
                "The file could not be saved there. Choose another folder, for example "
                "your documents folder, and try again.",
            )
        case ErrorCode.BACKUP_INVALID:
            return translate(
                "Messages",
                "This backup is incomplete or damaged, so it was not restored. Nothing was "
                "changed. Choose another backup.",
            )
        case ErrorCode.NO_USABLE_BACKUP:
            return translate(
                "Messages",
                "No intact backup that opens with this passphrase was found. Nothing was "
                "changed. If you have a backup elsewhere (a USB stick), restore it from there.",
            )
        case ErrorCode.IMPORT_INVALID:
            return translate(
                "Messages",
                "The file is not a Työparipäiväkirja export that this app can read. "
                "Nothing was written.",
            )
        case ErrorCode.VALIDATION:
            return translate("Messages", "Check the highlighted information.")
        case ErrorCode.UNSAFE_LINK:
            return translate(
                "Messages",
                "A link to some other place was found among the journal's own files or in the "
                "backup, so nothing was done: the app never follows such links. Remove the link "
                "or ask your IT support, then try again.",
            )
        case ErrorCode.OTHER_JOURNAL:
            return translate(
                "Messages",
                "This backup is of another journal, so nothing was changed. Restoring it would "
                "replace this journal with that other one. Do that only if you mean it, and "
                "choose it explicitly (on the command line: --foreign-backup).",
            )
        case ErrorCode.INSTRUMENT_INVALID:
            return translate(
                "Messages",
                "The well-being questions that came with the app are damaged, so check-ins "
                "cannot be shown. Nothing you saved was changed. Reinstall the app or ask your "
                "IT support.",
            )
        case _:
            return translate(
                "Messages",
                "The journal could not be read or saved. Nothing was lost. "
                "Try again; if it keeps happening, restart the app.",
            )


def read_only_full_disk_message() -> str:
    """Said when the journal opens for reading only on a full disk, and again whenever
    something cannot be saved because of it: the same sentence in both places."""
    return translate(
        "Messages",
        "The disk is full, so the journal is open for reading only and nothing can be "
        "saved. Free up space on the disk (delete or move files you do not need, empty the "
        "wastebasket), then lock the journal and open it again.",
    )


def read_only_full_disk_cli_notice() -> str:
    """Said first by a command that only reads, when the disk is full."""
    return translate(
        "Messages",
        "The disk is full, so the journal was opened for reading only: nothing in it was "
        "changed. Free up space on the disk (delete or move files you do not need, empty the "
        "wastebasket) before you change anything in it.",
    )


def read_only_full_disk_cli_refusal() -> str:
    """Said by a command that would change the journal, when the disk is full."""
    return translate(
        "Messages",
        "The disk is full, so nothing was changed: the journal can only be read now. Free "
        "up space on the disk (delete or move files you do not need, empty the "
        "wastebasket), then run the command again.",
    )


def validation_message(error: ValidationError) -> str:
    """A translated sentence for a refused value, to be shown under its field."""
    if isinstance(error, PassphraseTooWeak):
        return passphrase_message(error.reason) + " " + passphrase_advice(error.weaknesses)
    return FIELD_MESSAGES[error.field](error)


def _folder_message(reason: ValidationReason) -> str:
    if reason is ValidationReason.JOURNAL_EXISTS:
        return translate(
            "Messages",
            "There is already a journal in this folder. Open it, or choose another folder.",
        )
    if reason is ValidationReason.NOT_A_FOLDER:
        return translate(
            "Messages", "A file with this name is in the way. Choose a folder instead."
        )
    return translate(
        "Messages",
        "The folder is not empty. Choose an empty folder or a new folder name "
        "so that nothing else ends up beside the journal.",
    )


def _journal_name_message(reason: ValidationReason) -> str:
    if reason is ValidationReason.TOO_LONG:
        return translate(
            "Messages", "The name can be at most %n characters.", "", MAX_JOURNAL_NAME_LENGTH
        )
    if reason is ValidationReason.CONTROL_CHARACTERS:
        return translate("Messages", "Write the name on one line.")
    return translate("Messages", "Give the journal a name.")


def number_message(error: ValidationError) -> str:
    """A whole number of a form outside its range (any form's, any field's)."""
    low, high = error.limits or (0, 0)
    return (
        translate("Messages", "Choose a number from %1 to %2.")
        .replace("%1", str(low))
        .replace("%2", str(high))
    )


type _Message = Callable[[ValidationError], str]


def _by_field(message: Callable[[ValidationField, ValidationReason], str]) -> _Message:
    return lambda error: message(error.field, error.reason)


def _by_reason(message: Callable[[ValidationReason], str]) -> _Message:
    return lambda error: message(error.reason)


def _each(fields: Sequence[ValidationField], message: _Message) -> dict[ValidationField, _Message]:
    return dict.fromkeys(fields, message)


# Every validation field and the message it is said with. A field missing here fails a
# test (tests/storage/test_registry.py) instead of reading as some other field's message.
FIELD_MESSAGES: dict[ValidationField, _Message] = {
    **_each(
        (ValidationField.MEMBERS, ValidationField.MEMBER_NAME, ValidationField.MEMBER_ROLE),
        _by_reason(lambda reason: _member_message(reason)),
    ),
    ValidationField.JOURNAL_NAME: _by_reason(_journal_name_message),
    **_each(
        (ValidationField.PASSPHRASE, ValidationField.PASSPHRASE_REPEAT),
        _by_reason(lambda reason: passphrase_message(reason)),
    ),
    ValidationField.FOLDER: _by_reason(_folder_message),
    ValidationField.OUTPUT: _by_reason(lambda reason: output_message(reason)),
    ValidationField.NUMBER: number_message,
    **_each(
        (
            ValidationField.VISIT_DATE,
            ValidationField.VISIT_TYPE,
            ValidationField.CLIENT_CODE,
            ValidationField.TEXT,
            ValidationField.FOLLOW_UP,
            ValidationField.SUPERVISION_TOPIC,
            ValidationField.STRAIN,
            ValidationField.ENTRY,
        ),
        _by_field(lambda field, reason: debrief_message(field, reason)),
    ),
    **_each(
        (
            ValidationField.ROLE_REVISION,
            ValidationField.ROLE_ITEMS,
            ValidationField.ROLE_ITEM_TITLE,
            ValidationField.ROLE_ITEM_NOTE,
            ValidationField.ROLE_EFFECTIVE_DATE,
            ValidationField.ROLE_NEXT_REVIEW,
            ValidationField.ROLE_REASON,
            ValidationField.ROLE_REASON_TEXT,
            ValidationField.ROLE_LINE_MANAGER,
            ValidationField.ROLE_KA_SUPPORT,
            ValidationField.ROLE_TRAINING_NOTE,
            ValidationField.ROLE_SUPERVISION_CADENCE,
            ValidationField.ROLE_REVIEW_NOTE,
        ),
        _by_field(lambda field, reason: role_split_message(field, reason)),
    ),
    **_each(
        (
            ValidationField.SUPERVISION_SESSION,
            ValidationField.AGENDA_ITEM,
            ValidationField.AGREEMENT,
            ValidationField.SUMMARY_PERIOD,
        ),
        _by_field(lambda field, reason: supervision_message(field, reason)),
    ),
    **_each(
        (
            ValidationField.CHECKIN,
            ValidationField.CHECKIN_DAY,
            ValidationField.CHECKIN_ANSWER,
            ValidationField.CHECKIN_NOTE,
            ValidationField.SHARE_PERIOD,
        ),
        _by_field(lambda field, reason: checkin_message(field, reason)),
    ),
}


def table_count_text(table: str, count: int, database: Database = Database.PAIR) -> str:
    """How many rows of a journal table, in the user's words ("12 debriefs"): the table's
    label in the registry, translated (tools/update_translations.py collects them)."""
    label = registry.table(database, table).label
    return translate("Tables", label, "", count)


def output_message(reason: ValidationReason) -> str:
    """Why a file the user asked for (an export, a PDF) was not saved where they chose."""
    match reason:
        case ValidationReason.INSIDE_JOURNAL:
            return translate(
                "Messages",
                "That folder belongs to a journal, and a file saved there could damage it. "
                "Nothing was saved. Choose a folder outside the journal, for example your "
                "documents folder.",
            )
        case ValidationReason.ONTO_DATABASE:
            return translate(
                "Messages",
                "A database file already has that name, and saving over it could destroy a "
                "journal. Nothing was saved. Choose another name.",
            )
        case _:
            return translate(
                "Messages", "That is a folder, not a file. Nothing was saved. Give a file name."
            )


def supervision_message(field: ValidationField, reason: ValidationReason) -> str:
    """Why a supervision session or a summary period was refused."""
    match field, reason:
        case ValidationField.SUPERVISION_SESSION, ValidationReason.NOT_FOUND:
            return translate(
                "Messages", "This supervision session was removed. Choose another one."
            )
        case ValidationField.SUPERVISION_SESSION, _:
            return translate(
                "Messages", "Write the supervisor's name on one line, at most %1 characters."
            ).replace("%1", str(MAX_SUPERVISOR_LENGTH))
        case ((ValidationField.AGENDA_ITEM | ValidationField.AGREEMENT), ValidationReason.REQUIRED):
            return translate("Messages", "Write something in every row, or remove the empty row.")
        case ((ValidationField.AGENDA_ITEM | ValidationField.AGREEMENT), _):
            return (
                translate("Messages", "Keep each row under %1 characters and at most %2 rows.")
                .replace("%1", str(MAX_SUPERVISION_ITEM_LENGTH))
                .replace("%2", str(MAX_SUPERVISION_ITEMS))
            )
        case ValidationField.SUMMARY_PERIOD, ValidationReason.OUT_OF_RANGE:
            return (
                translate("Messages", "Choose a period between %1 and %2. Nothing was written.")
                .replace("%1", format_date(EARLIEST_DATE))
                .replace("%2", format_date(LATEST_DATE))
            )
        case ValidationField.SUMMARY_PERIOD, ValidationReason.IN_FUTURE:
            return translate(
                "Messages", "The period cannot start in the future. Choose an earlier start."
            )
        case _:
            return translate("Messages", "The period ends before it starts. Check the two dates.")


def finding_kind_text(kind: FindingKind) -> str:
    """What the privacy scan found, in a few words."""
    match kind:
        case FindingKind.HETU:
            return translate("Messages", "a personal identity code")
        case FindingKind.HETU_LIKE:
            return translate("Messages", "something that looks like a personal identity code")
        case FindingKind.PHONE:
            return translate("Messages", "a phone number")
        case _:
            return translate("Messages", "an e-mail address")


def privacy_place_text(place: Place) -> str:
    """Where in the journal a finding is, so the user knows where to go and fix it."""
    field_text = {
        PlaceField.JOURNAL_NAME: translate("Messages", "the journal's name"),
        PlaceField.PAIR_NAMES: translate("Messages", "the members' names"),
        PlaceField.TOPIC: translate("Messages", "topic for supervision"),
        PlaceField.WENT_WELL: translate("Messages", "What went well and why?"),
        PlaceField.WAS_HARD: translate("Messages", "What was hard and why?"),
        PlaceField.LEARNING: translate("Messages", "What did we learn?"),
        PlaceField.ROLE_SPLIT_NOTE: translate("Messages", "Did the role split work as agreed?"),
        PlaceField.AGREEMENT: translate("Messages", "agreement"),
        PlaceField.ROLE_ITEM: translate("Messages", "a task of the role split"),
        PlaceField.MEMBER_NAME: translate("Messages", "a member's name"),
    }[place.field]
    match place.kind:
        case PlaceKind.DEBRIEF if place.visit_date is not None:
            return (
                translate("Messages", "Debrief of %1, %2")
                .replace("%1", format_date(place.visit_date))
                .replace("%2", field_text)
            )
        case PlaceKind.DEBRIEF:
            return (
                translate("Messages", "A debrief, %1 %2")
                .replace("%1", field_text)
                .replace("%2", str(place.number))
            )
        case PlaceKind.AGENDA if place.session_date is not None:
            return (
                translate("Messages", "Agenda of the session of %1, item %2")
                .replace("%1", format_date(place.session_date))
                .replace("%2", str(place.number))
            )
        case PlaceKind.AGENDA:
            return translate("Messages", "Session agenda, item %1").replace("%1", str(place.number))
        case PlaceKind.AGREEMENT if place.session_date is not None:
            return (
                translate("Messages", "Agreements of the session of %1, item %2")
                .replace("%1", format_date(place.session_date))
                .replace("%2", str(place.number))
            )
        case PlaceKind.AGREEMENT:
            return translate("Messages", "Agreements of the previous session, item %1").replace(
                "%1", str(place.number)
            )
        case _:
            return field_text


def sentences(*parts: str) -> str:
    """Sentences joined by spaces, each ending in one mark: one that already ends in
    "?", "!" or "." (a question from the form, "Mikä oli vaikeaa ja miksi?") gets no
    second one."""
    ended = [p if p.rstrip().endswith((".", "?", "!", "…")) else f"{p}." for p in parts if p]
    return " ".join(ended)


def unprotected_pdf_warning() -> str:
    """Said wherever a summary is saved without a password."""
    return translate(
        "Messages",
        "The PDF has no password: anyone who gets the file can read it. "
        "Keep it safe, or set a password.",
    )


def debrief_message(field: ValidationField, reason: ValidationReason) -> str:
    """Why a debrief (or one of its parts) was refused."""
    match field, reason:
        case ValidationField.VISIT_DATE, ValidationReason.IN_FUTURE:
            return translate(
                "Messages", "The visit date cannot be in the future. Choose today or earlier."
            )
        case ValidationField.VISIT_DATE, _:
            return translate("Messages", "Choose the date of the visit.")
        case ValidationField.VISIT_TYPE, _:
            return translate("Messages", "Choose the visit type.")
        case ValidationField.CLIENT_CODE, ValidationReason.LOOKS_LIKE_YEAR:
            return translate(
                "Messages",
                "The number looks like a year of birth. Use a neutral number, like A-07.",
            )
        case ValidationField.CLIENT_CODE, _:
            return translate(
                "Messages",
                "Use a pseudonym code: one to three letters and a number, like A-07. "
                "Never a name, initials or a place.",
            )
        case ValidationField.TEXT, ValidationReason.TOO_LONG:
            return translate(
                "Messages",
                "This text is longer than %n characters. Shorten it; nothing was saved yet.",
                "",
                MAX_TEXT_LENGTH,
            )
        case ValidationField.FOLLOW_UP, _:
            return translate(
                "Messages", "Write what needs doing for every follow-up, or remove the empty one."
            )
        case ValidationField.SUPERVISION_TOPIC, _:
            return translate(
                "Messages", "Write every topic for supervision, or remove the empty one."
            )
        case ValidationField.STRAIN, _:
            return translate("Messages", "Choose a strain from 0 to 10.")
        case _:
            return translate(
                "Messages", "This debrief is no longer in the journal. Go back to the list."
            )


def checkin_message(field: ValidationField, reason: ValidationReason) -> str:
    """Why a check-in, a correction or a shared summary was refused."""
    if field is ValidationField.SHARE_PERIOD:
        return _share_message(reason)
    if reason is ValidationReason.IN_FUTURE:
        return translate(
            "Messages", "The date cannot be in the future. Choose today or an earlier day."
        )
    if field is ValidationField.CHECKIN_NOTE:
        return translate(
            "Messages", "The note can be at most %n characters.", "", MAX_CHECKIN_NOTE_LENGTH
        )
    if reason is ValidationReason.REQUIRED:
        return translate(
            "Messages",
            "Choose how much stress you feel these days. The other questions can be left "
            "unanswered.",
        )
    if reason is ValidationReason.NOT_FOUND:
        return translate("Messages", "This check-in is no longer there. It may have been deleted.")
    return translate("Messages", "An answer was not on the question's scale. Choose it again.")


def _share_message(reason: ValidationReason) -> str:
    match reason:
        case ValidationReason.PERIOD_ORDER:
            return translate("Messages", "The period ends before it starts. Check the dates.")
        case ValidationReason.IN_FUTURE:
            return translate(
                "Messages", "The period cannot end in the future. Choose today or earlier."
            )
        case ValidationReason.TOO_FEW_WEEKS:
            return translate(
                "Messages",
                "Choose a period with check-ins in at least %n weeks: fewer are not yet a trend.",
                "",
                MIN_SHARED_WEEKS,
            )
        case ValidationReason.CHANGED:
            return translate(
                "Messages",
                "Your check-ins changed after the preview. Look at the new preview and "
                "share again if it is right.",
            )
        case _:
            return translate("Messages", "This shared summary is no longer in the pair journal.")


def _member_message(reason: ValidationReason) -> str:
    match reason:
        case ValidationReason.REQUIRED:
            return translate("Messages", "Write a first name and choose a role for every member.")
        case ValidationReason.TOO_LONG:
            return translate(
                "Messages", "A name can be at most %n characters.", "", MAX_NAME_LENGTH
            )
        case ValidationReason.CONTROL_CHARACTERS:
            return translate("Messages", "Write the name on one line.")
        case ValidationReason.DUPLICATE:
            return translate(
                "Messages", "Two members have the same name. Add a letter to tell them apart."
            )
        case ValidationReason.NEED_BOTH_ROLES:
            return translate(
                "Messages",
                "A work pair needs at least one expert by experience and one professional.",
            )
        case ValidationReason.TOO_FEW_MEMBERS:
            return translate("Messages", "Add both members of the work pair.")
        case ValidationReason.TOO_MANY_MEMBERS:
            return translate("Messages", "A journal can have at most %n members.", "", MAX_MEMBERS)
        case ValidationReason.ALREADY_EXISTS:
            return translate("Messages", "This member already has a personal area.")
        case _:
            return translate("Messages", "This member is not in the journal.")


def role_split_message(field: ValidationField, reason: ValidationReason) -> str:
    """Why a role split could not be saved, proposed or accepted as asked."""
    match (field, reason):
        case (ValidationField.ROLE_REVISION, ValidationReason.NOT_A_DRAFT):
            return translate(
                "Messages",
                "This version has been proposed and waits for acceptance. To edit it, "
                "return it to a draft first.",
            )
        case (ValidationField.ROLE_REVISION, ValidationReason.NOT_PROPOSED):
            return translate(
                "Messages", "Only a proposed version can be accepted. Propose the draft first."
            )
        case (ValidationField.ROLE_REVISION, ValidationReason.ALREADY_ACCEPTED):
            return translate("Messages", "This member has already accepted this version.")
        case (ValidationField.ROLE_REVISION, ValidationReason.OPEN_REVISION_EXISTS):
            return translate(
                "Messages",
                "A new version is already being prepared. Finish it or discard it first.",
            )
        case (ValidationField.ROLE_REVISION, ValidationReason.NOTHING_IN_FORCE):
            return translate(
                "Messages", "No role split has been accepted yet. Agree on the first one first."
            )
        case (ValidationField.ROLE_REVISION, ValidationReason.NOT_FOUND):
            return translate(
                "Messages", "This version of the role split no longer exists. Reload the page."
            )
        case (ValidationField.ROLE_REVISION, _):
            return translate("Messages", "Choose the days from Monday to Sunday.")
        case (ValidationField.ROLE_ITEMS, ValidationReason.REQUIRED):
            return translate("Messages", "Add at least one task.")
        case (ValidationField.ROLE_ITEMS, ValidationReason.TOO_LONG):
            return translate("Messages", "A role split can have at most %n tasks.", "", MAX_ITEMS)
        case (ValidationField.ROLE_ITEMS, _):
            return translate("Messages", "The same task is in the list twice. Remove one of them.")
        case (ValidationField.ROLE_ITEM_TITLE, ValidationReason.REQUIRED):
            return translate("Messages", "Write a name for the task, or remove the empty row.")
        case (ValidationField.ROLE_ITEM_TITLE, ValidationReason.DUPLICATE):
            return translate(
                "Messages", "Two tasks have the same name. Rename or remove one of them."
            )
        case (ValidationField.ROLE_ITEM_TITLE, ValidationReason.TOO_LONG):
            return translate(
                "Messages", "A task name can be at most %n characters.", "", MAX_TITLE_LENGTH
            )
        case (ValidationField.ROLE_ITEM_NOTE, ValidationReason.TOO_LONG):
            return translate(
                "Messages", "A note can be at most %n characters.", "", MAX_NOTE_LENGTH
            )
        case (ValidationField.ROLE_EFFECTIVE_DATE, _):
            return translate(
                "Messages",
                "A new version cannot start before the version in force. "
                "Choose the same day or a later one.",
            )
        case (ValidationField.ROLE_NEXT_REVIEW, ValidationReason.REQUIRED):
            return translate("Messages", "Choose the next review date.")
        case (ValidationField.ROLE_NEXT_REVIEW, _):
            return translate("Messages", "The next review date must come after the start date.")
        case (ValidationField.ROLE_REASON, _):
            return translate("Messages", "Choose why the role split changes.")
        case (ValidationField.ROLE_REASON_TEXT, ValidationReason.REQUIRED):
            return translate(
                "Messages", "You chose 'other': write the reason in a sentence or two."
            )
        case (ValidationField.ROLE_REASON_TEXT, _):
            return translate("Messages", "Write at most %n characters.", "", MAX_REASON_TEXT_LENGTH)
        case (ValidationField.ROLE_REVIEW_NOTE, _):
            return translate("Messages", "Write at most %n characters.", "", MAX_REVIEW_NOTE_LENGTH)
        case (ValidationField.ROLE_SUPERVISION_CADENCE, _):
            return translate(
                "Messages",
                "Work supervision can be every 1 to %n weeks, or not agreed.",
                "",
                MAX_SUPERVISION_WEEKS,
            )
        case (_, ValidationReason.TOO_LONG):
            return translate("Messages", "Write at most %n characters.", "", MAX_FRAME_TEXT_LENGTH)
        case _:
            return translate("Messages", "Write this on one line.")


def passphrase_message(reason: ValidationReason) -> str:
    """Why a new passphrase was refused."""
    match reason:
        case ValidationReason.REQUIRED:
            return translate("Messages", "Type a passphrase.")
        case ValidationReason.TOO_SHORT:
            return translate(
                "Messages",
                "The passphrase must be at least %n characters. "
                "Several words in a row are easy to remember.",
                "",
                MIN_LENGTH,
            )
        case ValidationReason.TOO_LONG:
            return translate(
                "Messages", "The passphrase can be at most %n characters.", "", MAX_LENGTH
            )
        case ValidationReason.TOO_WEAK:
            return translate(
                "Messages", "This passphrase is too easy to guess for someone who knows you."
            )
        case ValidationReason.MISMATCH:
            return translate(
                "Messages", "The passphrases do not match. Type the same passphrase twice."
            )
        case ValidationReason.SAME_AS_PAIR:
            return translate(
                "Messages",
                "Your own passphrase must differ from the pair's passphrase, "
                "or your partner could open your personal area.",
            )
        case ValidationReason.NO_OWN_AREA:
            return translate(
                "Messages",
                "This member has no own area yet. Make one with your own passphrase first.",
            )
        case ValidationReason.SAME_AS_OWN:
            return translate(
                "Messages",
                "The pair passphrase must differ from every member's own passphrase. "
                "Choose another one.",
            )
        case _:
            return translate("Messages", "Use letters, numbers, spaces and punctuation only.")


def role_label(role: Role) -> str:
    """A member's role in the users' own words."""
    if role is Role.EXPERT_BY_EXPERIENCE:
        return translate("Messages", "expert by experience")
    return translate("Messages", "professional")


def verify_problem_text(kind: ProblemKind, file: str) -> str:
    """One problem ``verify`` found, naming the file (its name only, never content)."""
    match kind:
        case ProblemKind.PAGES_DAMAGED:
            text = translate(
                "Messages", "%1: some parts of the file are damaged (they fail their check)."
            )
        case ProblemKind.STRUCTURE_DAMAGED:
            text = translate("Messages", "%1: the file's structure is damaged.")
        case ProblemKind.BROKEN_LINKS:
            text = translate("Messages", "%1: some rows refer to rows that are not there.")
        case ProblemKind.UNREADABLE:
            text = translate("Messages", "%1: the file cannot be read.")
        case ProblemKind.CHECK_REFUSES:
            text = translate("Messages", "%1: the check file does not open with the passphrase.")
        case ProblemKind.UNENCRYPTED:
            text = translate("Messages", "%1: the file is not encrypted.")
        case ProblemKind.MISSING_PART:
            text = translate("Messages", "%1 is missing: an own area needs both of its files.")
        case ProblemKind.LINK:
            text = translate(
                "Messages", "%1 is a link to some other place, which the app never follows."
            )
        case _:
            text = translate(
                "Messages", "%1: the own passphrase given does not open this own area."
            )
    return text.replace("%1", file)


def unexpected_error_message(error_id: str) -> str:
    """Said for a fault in the app itself: no detail, an id to quote to IT support."""
    return translate(
        "Messages",
        "Something unexpected went wrong in the app (error %1). What you had already saved "
        "is safe. Try again; if it happens again, restart the app and tell your IT support "
        "the error code.",
    ).replace("%1", error_id)


def import_finding_line(kind: FindingKind, path: str) -> str:
    """One identifying detail found in an imported text: what and where in the file."""
    return (
        translate("Messages", "%1 at %2 of the file")
        .replace("%1", finding_kind_text(kind))
        .replace("%2", path)
    )


def import_findings_text(findings: Sequence[tuple[FindingKind, str]]) -> str:
    """The import's report of identifying details in the imported texts."""
    intro = translate(
        "Messages",
        "The journal was made. Its texts hold details that can identify someone; a summary "
        "will not be made while a personal identity code is in it. Look at each one in the "
        "journal and remove what is not needed:",
    )
    return "\n".join([intro, *(f"• {import_finding_line(kind, path)}" for kind, path in findings)])


def passphrase_advice(weaknesses: Sequence[Weakness]) -> str:
    """Why a passphrase is easy to guess, in plain words, and what would be strong."""
    reasons = {
        Weakness.KNOWN_WORD: translate(
            "Messages",
            "Your names, the journal's name and the words of your work are the first "
            "guesses of anyone who knows you.",
        ),
        Weakness.COMMON_WORD: translate("Messages", "The most common words are tried early."),
        Weakness.YEAR_OR_DATE: translate("Messages", "Years and dates are guessed quickly."),
        Weakness.SEQUENCE: translate(
            "Messages", "Keyboard runs and sequences like 1234 or qwerty add almost nothing."
        ),
        Weakness.REPEAT: translate(
            "Messages", "Repeating a character or a part adds almost nothing."
        ),
    }
    parts = [reasons[w] for w in weaknesses if w in reasons]
    parts.append(
        translate(
            "Messages",
            "Strong is four or more words that have nothing to do with each other or with "
            "you, in an order only you know.",
        )
    )
    return " ".join(parts)
