"""Command line: the GUI launcher and headless commands for administrators and scripts.

Passphrases are never accepted as arguments: they are read from the terminal without
echo, or from standard input with ``--passphrase-stdin``. Messages go to stderr as
plain sentences, in Finnish when the locale is Finnish.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from tyoparipaivakirja import words
from tyoparipaivakirja.core.errors import ErrorCode, JournalError
from tyoparipaivakirja.words import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from tyoparipaivakirja.actions.journal import Journal

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_CODES: dict[ErrorCode, int] = {
    ErrorCode.WRONG_PASSPHRASE: 3,
    ErrorCode.JOURNAL_IN_USE: 4,
    ErrorCode.JOURNAL_CORRUPT: 5,
    ErrorCode.NOT_A_JOURNAL: 5,
    ErrorCode.SCHEMA_TOO_NEW: 6,
    ErrorCode.VALIDATION: 7,
    ErrorCode.IMPORT_INVALID: 7,
    ErrorCode.BACKUP_INVALID: 5,
    ErrorCode.NO_USABLE_BACKUP: 5,
    ErrorCode.UNSAFE_LINK: 5,
    ErrorCode.OTHER_JOURNAL: 7,
    ErrorCode.STORAGE_FULL: 9,
    ErrorCode.FULL_DISK_ON_OPEN: 9,
    ErrorCode.READ_ONLY_FULL_DISK: 9,
}
EXIT_PRIVACY_BLOCKED = 8
# Passphrases are lines of at most 1024 characters; nothing legitimate is longer.
MAX_STDIN_BYTES = 64 * 1024
COMMANDS = ("init", "demo", "verify", "passwd", "backup", "restore", "export", "import", "summary")


class UsageError(Exception):
    """The command line itself was wrong. The message is English source text, marked for
    translation and translated when printed, after the translators are installed."""


class _Parser(argparse.ArgumentParser):
    """argparse with our own translated usage text and errors instead of its English."""

    def __init__(self, prog: str) -> None:
        # No abbreviations: "--passphrase" must never be read as "--passphrase-stdin".
        super().__init__(prog=prog, add_help=False, allow_abbrev=False)

    def error(self, message: str) -> NoReturn:
        # argparse's own message is English; ours says the same in the user's language.
        raise UsageError(
            QT_TRANSLATE_NOOP("Cli", "The command or its options were not understood.")
        )


def usage_text() -> str:
    return translate(
        "Cli",
        "Usage:\n"
        "  tyoparipaivakirja [JOURNAL_DIR]       open the app (on that journal, if given)\n"
        "  tyoparipaivakirja --demo              open the app on a fresh demo journal\n"
        "  tyoparipaivakirja --self-test         check headless that the installed app works\n"
        '  tyoparipaivakirja init JOURNAL_DIR --member "NAME:kokemusasiantuntija"'
        ' --member "NAME:ammattilainen" [--name NAME]\n'
        "                                        create a new journal\n"
        "  tyoparipaivakirja demo JOURNAL_DIR    write a demo journal and print its passphrases\n"
        "  tyoparipaivakirja verify JOURNAL_DIR  check the journal's integrity and encryption\n"
        "  tyoparipaivakirja passwd JOURNAL_DIR  change the pair passphrase\n"
        "  tyoparipaivakirja backup JOURNAL_DIR --out DIR\n"
        "                                        write an encrypted backup into the journal's\n"
        "                                        own subfolder of DIR (no passphrase needed;\n"
        "                                        close the app first)\n"
        "  tyoparipaivakirja restore JOURNAL_DIR BACKUP [--foreign-backup]\n"
        "                                        put a backup back; the current state is kept\n"
        "                                        as a backup first (--foreign-backup: the backup\n"
        "                                        is of another journal, and that is meant)\n"
        "  tyoparipaivakirja export JOURNAL_DIR --out FILE.json\n"
        "                                        write everything as plain-text JSON\n"
        "  tyoparipaivakirja import JOURNAL_DIR FILE.json\n"
        "                                        make a new journal from an export\n"
        "  tyoparipaivakirja summary JOURNAL_DIR --from YYYY-MM-DD --to YYYY-MM-DD"
        " --out FILE.pdf [--pdf-password-prompt]\n"
        "                                        write the work supervision summary\n"
        "\n"
        "Passphrases are asked without showing them. With --passphrase-stdin they are read\n"
        "from standard input, one per line (passwd: the old one, then the new one; verify:\n"
        "the pair's, then optionally one line per personal area to read it through; export:\n"
        "the pair's, then one line per personal area in member order, empty to leave it out;\n"
        "import: the new pair passphrase, then a new own passphrase per personal area;\n"
        "summary: the pair passphrase, then the PDF password if asked for).\n"
        "\n"
        "Exit codes: 0 done, 2 usage error, 3 wrong passphrase, 4 journal open elsewhere,\n"
        "5 damaged or not a journal, 6 made by a newer version, 7 refused input,\n"
        "8 the summary holds a personal identity code (nothing was written),\n"
        "9 the disk is full (nothing was changed; free up space and run it again).",
    )


def _say(text: str) -> None:
    print(text, file=sys.stderr)


def _opened(journal: Journal) -> Journal:
    """For a command that only reads: say first when the disk is full (the journal could
    only be opened for reading; the command still does its reading)."""
    if journal.read_only:
        from tyoparipaivakirja.messages import read_only_full_disk_cli_notice

        _say(read_only_full_disk_cli_notice())
    return journal


def _speak_the_users_language() -> None:
    """Headless commands speak the language of the environment's locale."""
    words.set_language(words.system_language())


class PassphraseSource:
    """Reads passphrases from standard input lines or from the terminal without echo."""

    def __init__(self, from_stdin: bool) -> None:
        self._from_stdin = from_stdin
        self._lines: list[str] | None = None

    def _stdin_lines(self) -> list[str]:
        if self._lines is None:
            raw = sys.stdin.buffer.read(MAX_STDIN_BYTES + 1)
            if len(raw) > MAX_STDIN_BYTES:
                raise UsageError(
                    QT_TRANSLATE_NOOP("Cli", "Standard input is too long for passphrases.")
                )
            try:
                self._lines = raw.decode("utf-8").splitlines()
            except UnicodeDecodeError:
                raise UsageError(
                    QT_TRANSLATE_NOOP(
                        "Cli", "Standard input is not UTF-8 text. Give the passphrases as UTF-8."
                    )
                ) from None
        return self._lines

    def read(self, prompt: str) -> str:
        if self._from_stdin:
            lines = self._stdin_lines()
            if not lines:
                raise UsageError(
                    QT_TRANSLATE_NOOP(
                        "Cli", "Standard input ended before all passphrases were read."
                    )
                )
            return lines.pop(0)
        if not sys.stdin.isatty():
            raise UsageError(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "There is no terminal to ask the passphrase from. Use --passphrase-stdin.",
                )
            )
        return getpass.getpass(prompt)

    def read_optional(self, prompt: str) -> str:
        """A passphrase that may be left out: an empty line, or the end of standard input."""
        if self._from_stdin and not self._stdin_lines():
            return ""
        return self.read(prompt)

    def read_new(self, prompt: str, repeat_prompt: str) -> tuple[str, str | None]:
        """A new passphrase; typed twice on a terminal, once from standard input."""
        first = self.read(prompt)
        if self._from_stdin:
            return first, None
        return first, self.read(repeat_prompt)


def _command_parser(command: str) -> _Parser:
    parser = _Parser(f"tyoparipaivakirja {command}")
    parser.add_argument("journal_dir", type=Path)
    parser.add_argument("--passphrase-stdin", action="store_true")
    if command == "init":
        parser.add_argument("--member", action="append", default=[])
        parser.add_argument("--name", default=None)
    if command in ("backup", "export"):
        parser.add_argument("--out", type=Path, required=True)
    if command in ("restore", "import"):
        parser.add_argument("source", type=Path)
    if command == "restore":
        parser.add_argument("--foreign-backup", action="store_true")
    if command == "summary":
        parser.add_argument("--from", dest="date_from", type=_iso_date, required=True)
        parser.add_argument("--to", dest="date_to", type=_iso_date, required=True)
        parser.add_argument("--out", type=Path, required=True)
        parser.add_argument("--pdf-password-prompt", action="store_true")
    return parser


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(value) from None


def _run_init(args: argparse.Namespace, source: PassphraseSource) -> int:
    from tyoparipaivakirja.actions import journal as journals
    from tyoparipaivakirja.core.members import parse_member_spec

    members = [parse_member_spec(spec) for spec in args.member]
    name = args.name if args.name is not None else translate("Cli", "Work pair journal")
    passphrase, repeated = source.read_new(
        translate("Cli", "New pair passphrase: "), translate("Cli", "The same passphrase again: ")
    )
    journal = journals.create(args.journal_dir, name, members, passphrase, repeated)
    journal.lock()
    _say(
        translate(
            "Cli", "The journal was created. Keep the passphrase safe: it cannot be recovered."
        )
    )
    return EXIT_OK


def _run_demo(args: argparse.Namespace, source: PassphraseSource) -> int:
    from tyoparipaivakirja.demo import DEMO_PAIR_PASSPHRASE, write_demo

    passphrase = (
        source.read(translate("Cli", "Pair passphrase: "))
        if args.passphrase_stdin
        else DEMO_PAIR_PASSPHRASE
    )
    passphrases = write_demo(args.journal_dir, passphrase)
    _say(translate("Cli", "A demo journal with invented sample data was written."))
    print(translate("Cli", "Pair passphrase: %1").replace("%1", passphrases.pair))
    for member, personal in passphrases.personal.items():
        print(
            translate("Cli", "Personal area of %1: %2")
            .replace("%1", member)
            .replace("%2", personal)
        )
    return EXIT_OK


def _run_verify(args: argparse.Namespace, source: PassphraseSource) -> int:
    from tyoparipaivakirja.actions import journal as journals
    from tyoparipaivakirja.messages import verify_problem_text

    passphrase = source.read(translate("Cli", "Pair passphrase: "))
    journal = _opened(journals.unlock(args.journal_dir, passphrase))
    try:
        own: dict[str, str] = {}
        for member in journal.members.all():
            if journal.has_personal_area(member.member_id):
                own[member.member_id] = source.read_optional(
                    translate(
                        "Cli", "Own passphrase of %1 (Enter to leave the area unchecked): "
                    ).replace("%1", member.display_name)
                )
        report = journals.verify(journal, passphrase, own)
    finally:
        journal.lock()
    print(translate("Cli", "Schema version: %1").replace("%1", str(report.schema_version)))
    print(translate("Cli", "Members: %1").replace("%1", str(report.member_count)))
    print(translate("Cli", "Personal areas: %1").replace("%1", str(report.personal_areas)))
    print(translate("Cli", "Encrypted files: %1").replace("%1", str(report.encrypted_files)))
    unchecked = report.personal_areas - report.checked_personal_areas
    if unchecked:
        print(
            translate(
                "Cli",
                "Own areas not read through: %1 (only their owners' passphrases open them).",
            ).replace("%1", str(unchecked))
        )
    if report.ok:
        print(translate("Cli", "Result: the journal is intact and every file is encrypted."))
        return EXIT_OK
    for problem in report.problems:
        print(f"  - {verify_problem_text(problem.kind, problem.file)}")
    print(translate("Cli", "Result: problems were found. Restore the journal from a backup."))
    return EXIT_CODES[ErrorCode.JOURNAL_CORRUPT]


def _run_passwd(args: argparse.Namespace, source: PassphraseSource) -> int:
    from tyoparipaivakirja.actions import journal as journals
    from tyoparipaivakirja.actions.passphrases import change_pair_passphrase

    old = source.read(translate("Cli", "Current pair passphrase: "))
    journal = journals.unlock(args.journal_dir, old)  # refused below on a full disk
    try:
        new, repeated = source.read_new(
            translate("Cli", "New pair passphrase: "),
            translate("Cli", "The same passphrase again: "),
        )
        change_pair_passphrase(journal, old, new, repeated)
    finally:
        journal.lock()
    _say(translate("Cli", "The pair passphrase was changed. Tell it to your partner in person."))
    return EXIT_OK


def _run_backup(args: argparse.Namespace, source: PassphraseSource) -> int:
    from tyoparipaivakirja.actions.backups import back_up_locked_folder

    info = back_up_locked_folder(args.journal_dir, args.out)
    _say(translate("Cli", "The encrypted backup was written:"))
    print(info.folder)
    return EXIT_OK


def _run_restore(args: argparse.Namespace, source: PassphraseSource) -> int:
    from tyoparipaivakirja.actions.backups import restore
    from tyoparipaivakirja.core.dates import format_datetime

    restored = restore(args.journal_dir, args.source, other_journal=args.foreign_backup)
    _say(
        translate("Cli", "The backup of %1 was restored.").replace(
            "%1", format_datetime(restored.backup.created_at)
        )
    )
    if restored.safety is not None:
        _say(translate("Cli", "The journal as it was before is kept as a backup:"))
        print(restored.safety.folder)
    return EXIT_OK


def _run_export(args: argparse.Namespace, source: PassphraseSource) -> int:
    from tyoparipaivakirja.actions import export
    from tyoparipaivakirja.actions import journal as journals

    export.check_target(args.out)  # before any passphrase is asked
    passphrase = source.read(translate("Cli", "Pair passphrase: "))
    journal = _opened(journals.unlock(args.journal_dir, passphrase))
    try:
        own: dict[str, str] = {}
        for member in journal.members.all():
            if journal.has_personal_area(member.member_id):
                own[member.member_id] = source.read(
                    translate(
                        "Cli", "Own passphrase of %1 (Enter to leave the area out): "
                    ).replace("%1", member.display_name)
                )
        export.export_journal(journal, args.out, own)
    finally:
        journal.lock()
    _say(
        translate(
            "Cli",
            "The export was written. It is plain text that anyone with the file can read: "
            "keep it safe and delete it when it is no longer needed.",
        )
    )
    print(args.out)
    return EXIT_OK


def _run_import(args: argparse.Namespace, source: PassphraseSource) -> int:
    from tyoparipaivakirja.actions import imports
    from tyoparipaivakirja.actions.passphrases import require_new
    from tyoparipaivakirja.messages import import_finding_line

    document = imports.read_export_file(args.source)
    summary = imports.summarize(document)
    names = dict(summary.members)
    passphrase, repeated = source.read_new(
        translate("Cli", "New pair passphrase: "), translate("Cli", "The same passphrase again: ")
    )
    own: dict[str, str] = {}
    for member_id in summary.personal_area_members:
        first, again = source.read_new(
            translate("Cli", "New own passphrase of %1: ").replace("%1", names[member_id]),
            translate("Cli", "The same passphrase again: "),
        )
        require_new(first, again, [summary.journal_name, *names.values()])
        own[member_id] = first
    report = imports.import_into_new_journal(document, args.journal_dir, passphrase, own, repeated)
    for finding in report.findings:
        _say(
            translate("Cli", "Check: %1. Remove it in the journal if it is not needed.").replace(
                "%1", import_finding_line(finding.kind, finding.path)
            )
        )
    _say(
        translate("Cli", "A new journal with %1 debriefs was made from the export.").replace(
            "%1", str(summary.debriefs)
        )
    )
    return EXIT_OK


def _run_summary(args: argparse.Namespace, source: PassphraseSource) -> int:
    from tyoparipaivakirja.actions import journal as journals
    from tyoparipaivakirja.actions import summary as summaries
    from tyoparipaivakirja.messages import (
        finding_kind_text,
        privacy_place_text,
        sentences,
        unprotected_pdf_warning,
    )

    summaries.check_target(args.out)  # before any passphrase is asked
    passphrase = source.read(translate("Cli", "Pair passphrase: "))
    journal = _opened(journals.unlock(args.journal_dir, passphrase))
    try:
        session_id = summaries.upcoming_session_id(journal, args.date_to)
        checked = summaries.check(journal, args.date_from, args.date_to, date.today(), session_id)
    finally:
        journal.lock()
    summary, gate = checked.summary, checked.gate
    for finding in gate.findings:
        line = (
            translate("Cli", "Blocked: %1 in %2")
            if finding.blocking
            else translate("Cli", "Check: %1 in %2")
        ).replace("%1", finding_kind_text(finding.kind))
        # The place may end in a question ("…miksi?"): no second mark after it.
        found = line.replace("%2", privacy_place_text(finding.place))
        then = translate("Cli", "Remove it there, then try again.") if finding.blocking else ""
        _say(sentences(found, then))
    if gate.blocked:
        _say(translate("Cli", "The summary was not written."))
        return EXIT_PRIVACY_BLOCKED
    password: str | None = None
    if args.pdf_password_prompt:
        password, repeated = source.read_new(
            translate("Cli", "PDF password: "), translate("Cli", "The same PDF password again: ")
        )
        if repeated is not None and repeated != password:
            raise UsageError(QT_TRANSLATE_NOOP("Cli", "The two PDF passwords differ."))
        if not password:
            raise UsageError(QT_TRANSLATE_NOOP("Cli", "The PDF password is empty."))
    summaries.save_pdf(args.out, summaries.make_pdf(summary, password))
    _say(translate("Cli", "The summary was written to %1.").replace("%1", str(args.out)))
    if password is None:
        _say(unprotected_pdf_warning())
    return EXIT_OK


_RUNNERS = {
    "init": _run_init,
    "demo": _run_demo,
    "verify": _run_verify,
    "passwd": _run_passwd,
    "backup": _run_backup,
    "restore": _run_restore,
    "export": _run_export,
    "import": _run_import,
    "summary": _run_summary,
}


def _run_command(argv: Sequence[str]) -> int:
    command, rest = argv[0], argv[1:]
    args = _command_parser(command).parse_args(rest)
    return _RUNNERS[command](args, PassphraseSource(args.passphrase_stdin))


def _run_gui(argv: Sequence[str]) -> int:
    parser = _Parser("tyoparipaivakirja")
    parser.add_argument("journal_dir", nargs="?", type=Path)
    parser.add_argument("--demo", action="store_true")
    args = parser.parse_args(argv)
    if args.demo and args.journal_dir is not None:
        raise UsageError(
            QT_TRANSLATE_NOOP("Cli", "Give either --demo or a journal folder, not both.")
        )
    from tyoparipaivakirja.gui.app import run_app

    return run_app(journal_dir=args.journal_dir, demo=args.demo)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return the process exit code."""
    from tyoparipaivakirja import process_guard

    process_guard.start()
    args = list(sys.argv[1:] if argv is None else argv)
    wants_gui = not args or args[0] not in COMMANDS
    if args == ["--self-test"]:
        from tyoparipaivakirja.gui.self_test import run_self_test

        return run_self_test()
    if {"-h", "--help"} & set(args):
        _speak_the_users_language()
        print(usage_text())
        return EXIT_OK
    try:
        if wants_gui:
            return _run_gui(args)
        _speak_the_users_language()
        return _run_command(args)
    except UsageError as error:
        _speak_the_users_language()
        _say(translate("Cli", str(error)))
        _say(usage_text())
        return EXIT_USAGE
    except JournalError as error:
        from tyoparipaivakirja.messages import error_message, read_only_full_disk_cli_refusal

        read_only = error.code is ErrorCode.READ_ONLY_FULL_DISK
        _say(read_only_full_disk_cli_refusal() if read_only else error_message(error))
        return EXIT_CODES.get(error.code, EXIT_FAILED)
    except OSError:
        # The folder could not be read or written (permissions, a file in the way…).
        from tyoparipaivakirja.messages import code_message

        _say(code_message(ErrorCode.STORAGE_FAILED))
        return EXIT_FAILED
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # a fault in the app: a sentence and an id, never a traceback
        from tyoparipaivakirja.messages import unexpected_error_message

        error_id = process_guard.record_unexpected(type(error), error, error.__traceback__)
        _speak_the_users_language()
        _say(unexpected_error_message(error_id))
        return EXIT_FAILED
