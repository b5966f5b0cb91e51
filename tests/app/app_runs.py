"""One run of the app under Streamlit's AppTest, as the page tests open it: a page (by URL or by
session state), a language, the widgets' state; the run's exceptions and error messages checked
unless a test is about them. It must not start a server or a browser (tests/app/conftest.py does).
"""
from __future__ import annotations

from streamlit.testing.v1 import AppTest

from tests.app.conftest import REPO

APP = str(REPO / "app.py")


def run_app(page: str | None = None, lang: str | None = None, *, url: dict | None = None,
            state: dict | None = None, clean: bool = True, timeout: int = 120) -> AppTest:
    """Run app.py once and return the AppTest.

    `page` and `lang` go into the session state, `url` into the query parameters (as a link
    opens them), `state` into the session state (widget keys). With `clean`, the run must raise
    no exception and show no error (AssertionError listing them otherwise). `timeout` in seconds.
    """
    at = AppTest.from_file(APP, default_timeout=timeout)
    for key, value in (url or {}).items():
        at.query_params[key] = value
    given = {"page": page, "lang": lang, **(state or {})}
    for key, value in given.items():
        if value is not None:
            at.session_state[key] = value
    at.run()
    if clean:
        assert not at.exception, [e.value for e in at.exception]
        assert not at.error, [e.value for e in at.error]
    return at
