"""The user's actions: one function per thing a user does, shared by the GUI and the CLI.

Each module is one feature area, named as a newcomer would look for it
(``debriefs``, ``own_area``, ``roles``, ``supervision``, ``summary``, ``backups``,
``export``, ``imports``, ``passphrases``, ``journal``). An action takes the session (or
a folder, for what happens before a journal is open) and plain values, does the whole
use case (validate, read and write through the session's stores, apply the rules of
``core``), and returns a typed result, with the ``core.changes.Changes`` it made where
the pages on screen should refresh, or raises a typed ``core.errors.JournalError``.

Actions never import Qt or the GUI: they run headless (the command line, the tests)
and on the GUI's task runner (``gui/common/tasks.py``), which runs them off the GUI
thread and announces their changes. The GUI and the command line reach storage only
through these actions and the session object they are handed (``tests/core/test_layers.py``).

Learnt from Anki's ``qt/aqt/operations/``: the operation is a plain function of the
collection; the caller decides where it runs and what to refresh from what it returns.
"""
