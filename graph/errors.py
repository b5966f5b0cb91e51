"""The one base class of errors a user can act on (bad input, an unreadable store, a refused
query, a wrong parameter): their message is one line, `file:place: what is wrong` where there is a
file, and the CLI and the app catch `UserError` to show it instead of a traceback.

Each module keeps its own subclass (SourceError, StoreError, ReadOnlyError, ...), which also
inherits the built-in exception it used to be, so existing `except ValueError` callers keep working.
This module must not import anything of the project (everything imports it).
"""
from __future__ import annotations


class UserError(Exception):
    """An error whose message is meant for the user: one line, no traceback, non-zero exit."""
