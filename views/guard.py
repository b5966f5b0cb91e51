"""Turn the errors a user can cause into one message on the page, never a traceback."""
from __future__ import annotations

import logging
from contextlib import contextmanager

import streamlit as st

from graph.errors import UserError
from graph.store import QueryTimeout, ReadOnlyError
from views.i18n import t

log = logging.getLogger("actagraph.app")


def message(exc: Exception, lang: str) -> str:
    """The one line shown for a user error, in the page's language."""
    text = str(exc)
    if isinstance(exc, ReadOnlyError):
        return t("result.readonly", lang, message=text)
    if isinstance(exc, QueryTimeout):
        return t("result.timeout", lang, message=text)
    if type(exc).__name__ == "QueryError":
        return t("queries.param_invalid", lang, message=text)
    return t("result.error", lang, message=text)


@contextmanager
def shown_errors(lang: str):
    """Show user errors as st.error; log anything else and show a one-line notice."""
    try:
        yield
    except (UserError, OverflowError) as exc:
        st.error(message(exc, lang))
    except Exception as exc:  # noqa: BLE001 - the page must not show a traceback
        log.exception("unexpected error in a page")
        st.error(t("app.unexpected", lang, kind=type(exc).__name__))
