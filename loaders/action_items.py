"""Action items of minutes: a person named at the head of a sentence who will do something.

"Frédéric will organise the vote online", "Ana says she will call the venue", "ACTION: Tom to
circulate the draft", "Marta se encarga de reservar la sala", a speaker's turn that says what
they will do ("Omar: will resend the email", "Ana – se encargará de la sala"), and a sentence
of that turn whose subject is left out ("Omar: the format is poor. Will try a better one."). This module only finds where the
owner's name is written (data/lang/*/commitments.yaml `action_*`); loaders.commitments makes the
commitment and loaders.motions resolves the name to a person. It must not resolve names or add
facts.
"""
from __future__ import annotations

import re
from functools import lru_cache

from loaders.lang import lexicon
from loaders.read import fold_same_length

_WORD = r"[A-ZÁÉÍÓÚÑÜ][\w’'\-]+"
_NAME = rf"(?P<name>{_WORD}(?:[^\S\n]+(?:(?:van|von|de|del|da|der|le|la|di)[^\S\n]+)?{_WORD}){{0,3}})"
# a list marker before the name; PDF text writes a hollow bullet (◦) as a lone "o"
_HEAD = re.compile(rf"[-*•–\s]*(?:o[^\S\n]+)?{_NAME}")
# the speaker's label that opens a line of minutes: "Omar:", "- Justin –"
_TURN = re.compile(rf"[-*•–\s]*(?:o[^\S\n]+)?{_NAME}[^\S\n]*(?::|[–—-][^\S\n])")


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern, re.Pattern]:
    lx = lexicon("commitments")
    alt = lambda words: "|".join(f"(?:{w})" for w in words)       # noqa: E731
    after_name = re.compile(
        rf"(?:[^\S\n]*(?::|[–—-](?=[^\S\n])))?[^\S\n]+(?:(?:{alt(lx['action_reporting'])})[^\S\n]+(?:(?:that|que)[^\S\n]+)?"
        rf"(?:(?:{alt(lx['action_pronouns'])})[^\S\n]+)?)?(?:{alt(lx['action_will'])})")
    label = re.compile(rf"(?:{alt(lx['action_label'])})[^\S\n]*")
    # a sentence that opens with the cue itself, its subject left out ("Will try to ...")
    elided = re.compile(rf"(?:{alt(lx['action_will'])})")
    return after_name, label, elided


def turn_speaker(text: str, at: int) -> tuple[int, int] | None:
    """Where the speaker's name is written when the line holding offset `at` opens with a
    speaker's label ("o Omar: the format is poor. Will try ..."), or None. Only that line is
    read.

    >>> t = "o Omar: the format is poor. Will try a better one."
    >>> s, e = turn_speaker(t, t.index("Will")); t[s:e]
    'Omar'
    >>> turn_speaker("The format is poor. Will try a better one.", 20) is None
    True
    """
    line = text.rfind("\n", 0, at) + 1
    m = _TURN.match(text, line, at)
    return m.span("name") if m else None


def action_owner(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the owner's name is written in the sentence text[start:end], or None when the
    sentence is no action item of a named person. The name opens the sentence (after a list
    marker or a speaker's label's colon) or follows an action label; a sentence that opens with
    the cue itself ("Will try to ...") is the action of the speaker whose turn the line is
    (turn_speaker)."""
    after_name, label, elided = _cues()
    folded = fold_same_length(text[start:end])
    if elided.match(folded):
        # "Will we meet again?" asks; "Will try to ..." after "Omar:" is Omar's
        return None if folded.rstrip().endswith("?") else turn_speaker(text, start)
    at = start
    lab = label.match(folded)
    if lab:
        at = start + lab.end()
    m = _HEAD.match(text, at, end)
    if not m:
        return None
    # the shortest name the cue follows ("Ann Lee will", not "Ann Lee Will")
    for cut in range(m.end("name"), m.start("name"), -1):
        if cut < m.end("name") and not text[cut].isspace():
            continue
        rest = folded[cut - start:]
        if after_name.match(rest) or (lab and re.match(r"[^\S\n]+(?:to|debe|deberá|debera)\b", rest)):
            return m.start("name"), cut
    return None


def head_names(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans a person's name may take at the head of the sentence text[start:end] (after a
    list marker), longest first ("Milena Stoyanova informs ..." → "Milena Stoyanova",
    "Milena"); [] when it opens with no capitalised word. Only the head is read.

    >>> t = "Milena Stoyanova informs that she will leave."
    >>> [t[a:b] for a, b in head_names(t, 0, len(t))]
    ['Milena Stoyanova', 'Milena']
    """
    m = _HEAD.match(text, start, end)
    if not m:
        return []
    return [(m.start("name"), cut) for cut in range(m.end("name"), m.start("name"), -1)
            if cut == m.end("name") or text[cut].isspace()]
