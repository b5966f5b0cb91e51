"""Commitments: the acta's agreements and the report's own decisions, and what each one binds.

Each becomes a Commitment node (its order in the document kept, since "8.1" and "10" sort
badly as strings) with who must act (RESPONSIBLE_FOR: the named subject, else the parent
agreement's, else the acta's signing parties for a bare infinitive), what it produces
(DELIVERABLE, a meeting it calls for becoming an Event), by when (DUE), what about (CONCERNS)
and the agreement it is a task of (PART_OF). Cues live in data/patterns.yaml `commitments`.
This module must not relate agreements to the report's discussion (see discussion).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from bisect import bisect_left, bisect_right, insort
from itertools import islice

from graph.batch import Source
from loaders.action_items import action_owner
from loaders.context import Context, date_node
from loaders.lang import lexicon
from loaders.patterns import ACTORS, Patterns
from loaders.read import fold_same_length
from loaders.spans import Enclosing, after_bullet, sentences, trim
from loaders.structure import DocumentStructure, load_layout
from loaders.frame import next_events, place_after
from loaders.tagging import PLACEHOLDER, Tagged
from loaders.two_state_bodies import two_state_body


# how many passages from the top an agreement's title and preamble may take: where its parties
# and their short names are read (a bound, so that reading them stays linear in a long text)
PREAMBLE_BLOCKS = 40


@dataclass(frozen=True)
class CommitmentSpan:
    id: str
    number: str
    group: str
    start: int
    end: int
    parent: str | None = None
    cells: tuple = ()       # a table row: (column role, start, end) per cell
    printed: str | None = None  # the number the text prints before it ("3."), when not its rank
    continues: bool = False     # the second decision of a clause: bound as the first when it names no one


def _content_start(text: str, start: int, end: int) -> int:
    """Where an agreement's words begin: after its list marker or its printed number
    ("2.", "b)", "Segundo.", "IV."), and after the label that numbers it in an agreement or an
    acta ("Article 3", "Artículo primero.", "Acuerdo 03/2019:"; data/lang/*/commitments.yaml
    `article_label`, `agreement_label`)."""
    layout = load_layout()
    folded = fold_same_length(text[start:end])
    m = layout.item_marker.match(folded)
    at = m.end() if m else 0
    label = _labels().match(folded, at)
    if label:
        return start + label.end()
    word = layout.agreement_marker.match(folded, at)
    return start + (word.end() if word else at)


@lru_cache(maxsize=1)
def _labels() -> re.Pattern:
    """data/lang/*/commitments.yaml `article_label` and `agreement_label`, one pattern (folded
    text): the printed label of an article or of an acta's agreement."""
    lx = lexicon("commitments")
    words = list(lx.get("article_label") or ()) + list(lx.get("agreement_label") or ())
    return re.compile("|".join(f"(?:{w})" for w in words) or r"(?!)")


@lru_cache(maxsize=1)
def _agreement_label() -> re.Pattern:
    """data/lang/*/commitments.yaml `agreement_label` (folded text): a passage opening with it
    records a decision ("Acuerdo 03/2019: Se aprueba ...", "Resolution 2024/5: The Board ...")."""
    words = lexicon("commitments").get("agreement_label") or ()
    return re.compile("|".join(f"(?:{w})" for w in words) or r"(?!)")


@lru_cache(maxsize=1)
def _lead_ins() -> tuple:
    """data/lang/*/commitments.yaml `lead_ins`, compiled."""
    return tuple(re.compile(p) for p in lexicon("commitments").get("lead_ins") or ())


@lru_cache(maxsize=1)
def _topic_list_intro() -> re.Pattern:
    """data/lang/*/commitments.yaml `topic_list_intro` (folded text)."""
    words = lexicon("commitments").get("topic_list_intro") or ()
    return re.compile("|".join(f"(?:{w})" for w in words) or r"(?!)")


def topic_list_intro(text: str) -> bool:
    """True for a sentence that ends by announcing the topics listed after it ("... cooperar en
    diversas áreas como:", "... in areas such as:"; data/lang/*/commitments.yaml
    `topic_list_intro`): its items are what it is about, not decisions of their own.

    >>> topic_list_intro("Ambas partes acordaron cooperar en diversas áreas como:")
    True
    >>> topic_list_intro("The Ministers agreed to:")
    False
    """
    return bool(_topic_list_intro().search(" ".join(fold_same_length(text).split())))


def lead_in(text: str) -> bool:
    """True for a sentence that commits to nothing itself: it opens the list or table after it
    ("The Working Group agreed to the action items below.", "acordaron lo siguiente:") or its
    "agreed" is the agenda's ("the issues agreed to in the attached agenda")."""
    folded = " ".join(fold_same_length(text).split())
    return any(rx.search(folded) for rx in _lead_ins())


@lru_cache(maxsize=1)
def _operative_words() -> tuple[re.Pattern, re.Pattern]:
    """data/lang/*/commitments.yaml `operative_heading` and `operative_item` (folded text)."""
    lx = lexicon("commitments")
    return tuple(re.compile("|".join(f"(?:{w})" for w in lx.get(key) or ()) or r"(?!)")
                 for key in ("operative_heading", "operative_item"))


# the longest line read as an operative heading ("The Vice-Ministers of the member countries
# agreed to:"): a longer passage is a sentence of its own, never only a lead-in
OPERATIVE_HEADING_CHARS = 200


def operative_heading(text: str) -> bool:
    """True for a passage that is only the verb by which the meeting decides the items after
    it: "APPROVED", "AGREED:", "ACUERDAN:", "The Vice-Ministers agreed to:", "Los Ministros
    acordaron:" (data/lang/*/commitments.yaml `operative_heading`).

    >>> operative_heading("APPROVED"), operative_heading("Los Ministros acordaron:")
    (True, True)
    >>> operative_heading("The Ministers agreed to meet again in 2025.")
    False
    """
    if len(text) > OPERATIVE_HEADING_CHARS:
        return False
    folded = " ".join(fold_same_length(text).split())
    return bool(_operative_words()[0].match(folded))


def operative_item(text: str) -> bool:
    """True for an item that opens with the infinitive of a decision ("To acknowledge ...",
    "Instruir a la Secretaría ..."; `text` after its list marker; data/lang/*/commitments.yaml
    `operative_item`).

    >>> operative_item("To request that the Secretariat report back"), operative_item("Reconocer el aporte")
    (True, True)
    >>> operative_item("The delegation of Peru")
    False
    """
    folded = " ".join(fold_same_length(text).split())
    return bool(_operative_words()[1].match(folded))


@lru_cache(maxsize=None)
def lexicon_patterns(key: str) -> tuple[re.Pattern, ...]:
    """The regular expressions data/lang/*/commitments.yaml lists under `key`, compiled, one a
    language (an empty tuple when no language lists it); read once per key."""
    return tuple(re.compile(w) for w in lexicon("commitments").get(key) or ())


@lru_cache(maxsize=1)
def approved_instruments() -> tuple[re.Pattern, ...]:
    """data/lang/*/commitments.yaml `approves_instrument` (tagged folded text), one pattern a
    language: a verb of approval, then the Instrument (group `d`) it approves."""
    return lexicon_patterns("approves_instrument")


@lru_cache(maxsize=1)
def _first_plural_commits() -> tuple[re.Pattern, ...]:
    """data/lang/*/commitments.yaml `first_plural_commits` (folded text), one pattern a language."""
    return lexicon_patterns("first_plural_commits")


def first_plural_commits(folded: str) -> bool:
    """True for a sentence (folded) in which the writers of a declaration commit in the first
    person plural, at its head or after an opening clause ("To that end, we will launch a
    dialogue", "We reaffirm our commitment to working together", "Con ese fin, impulsaremos
    ..."; data/lang/*/commitments.yaml `first_plural_commits`); never inside a quotation.

    >>> first_plural_commits("to that end, we will launch a new dialogue.")
    True
    >>> first_plural_commits("con ese fin, impulsaremos un dialogo regional.")
    True
    >>> first_plural_commits("“we will see”, she said."), first_plural_commits("we recognize the progress made.")
    (False, False)
    """
    return any(rx.search(folded) for rx in _first_plural_commits())


@lru_cache(maxsize=1)
def _collective_commits() -> tuple[re.Pattern, ...]:
    """data/lang/*/commitments.yaml `collective_commits` (folded text), one pattern a line."""
    return lexicon_patterns("collective_commits")


def collective_commits(folded: str) -> bool:
    """True for a sentence (folded) whose subject counts the parties or names their delegates
    together and goes on with a future or a charge ("The five countries will set up ...", "The
    ministers of both countries will meet ...", "Los dos gobiernos trabajarán para ...", "La
    Comisión se reunirá una vez al año", "Cada Gobierno designará ..."; data/lang/*/
    commitments.yaml `collective_commits`). Who it binds is read by extract_commitments.

    >>> collective_commits("the five countries will set up a joint team.")
    True
    >>> collective_commits("los dos gobiernos trabajaran para reducir los plazos.")
    True
    >>> collective_commits("the two countries will be represented by their ministers.")
    False
    >>> collective_commits("la comision mixta podra crear grupos de trabajo.")
    False
    """
    return any(rx.search(folded) for rx in _collective_commits())


@lru_cache(maxsize=1)
def _demonym_subjects() -> tuple[re.Pattern, ...]:
    """data/lang/*/commitments.yaml `demonym_subject` (folded text), one pattern a language."""
    return lexicon_patterns("demonym_subject")


def demonym_subject(ctx: Context, start: int, end: int) -> tuple[list[str], list[Source]]:
    """The countries whose demonyms name the subject that agrees in text[start:end] ("... que
    legisladores mexicanos y canadienses acordaron convocar ...", "Mexican and Canadian
    legislators agreed to ..."; data/lang/*/commitments.yaml `demonym_subject`), with the source
    from the subject to the verb; ([], []) unless two or more countries are named that way."""
    from loaders.persons import _demonym_countries
    folded = fold_same_length(ctx.text[start:end])
    for rx in _demonym_subjects():
        m = rx.search(folded)
        if m is None:
            continue
        countries = list(dict.fromkeys(_demonym_countries(ctx.text[start + m.start("who"):start + m.end("who")])))
        if len(countries) >= 2:
            return countries, [ctx.source(start + m.start(), start + m.end())]
    return [], []


@lru_cache(maxsize=1)
def _quoted_first_plural() -> tuple[re.Pattern, ...]:
    """data/lang/*/commitments.yaml `quoted_first_plural` (folded text), one pattern a language."""
    return lexicon_patterns("quoted_first_plural")


def quoted_first_plural(folded: str) -> bool:
    """True for a sentence (folded) that quotes a participant agreeing in the first person
    plural ("“Hemos quedado en conformar unas comisiones”, indicó ...", "“We have agreed to set
    up a commission,” she said"; data/lang/*/commitments.yaml `quoted_first_plural`).

    >>> quoted_first_plural("“hemos quedado en crear una comision”, dijo.")
    True
    >>> quoted_first_plural("hemos quedado en crear una comision."), quoted_first_plural("“we agreed to the text”")
    (False, False)
    """
    return any(rx.search(folded) for rx in _quoted_first_plural())


@lru_cache(maxsize=1)
def _continued_words() -> re.Pattern:
    """data/lang/*/commitments.yaml `continued_decision` (folded text after the number)."""
    words = lexicon("commitments").get("continued_decision") or ()
    return re.compile("|".join(f"(?:{w})" for w in words) or r"(?!)")


def continued_decision(text: str, start: int, end: int) -> bool:
    """True for a numbered clause text[start:end] that goes on the sentence of a subject line
    above it: after its number it opens in lower case with the verb of a decision ("1. agreed
    to set up a working party", "2. encomendó la presidencia a ..."; data/lang/*/commitments.yaml
    `continued_decision`). An unnumbered line, or one opening in capitals, is not one.

    >>> continued_decision("2. entrusted the chair to Ms X;", 0, 31)
    True
    >>> continued_decision("Agreed to meet again.", 0, 21), continued_decision("2. Entrusted the chair", 0, 22)
    (False, False)
    """
    at = _content_start(text, start, end)
    if at == start or at >= end:
        return False
    at += len(text[at:end]) - len(text[at:end].lstrip())
    return text[at:at + 1].islower() and bool(_continued_words().match(fold_same_length(text[at:end])))


def continued_subject(ctx: Context, c: CommitmentSpan) -> tuple[list[str], list[Source]]:
    """Who a numbered clause that goes on a subject line binds ("The Council of Ministers" /
    "1. agreed to ..."): the actors the subject line above its run of clauses names (a line of
    at most SUBJECT_LINE_WORDS words), with the line as source; ([], []) when the clause is no
    such continuation or the line names no actor."""
    if not continued_decision(ctx.text, ctx.structure.block_at(c.start).start, c.end):
        return [], []
    block = ctx.structure.block_at(c.start)
    line = next((b for b in reversed(ctx.structure.blocks[:block.ordinal - 1])
                 if not continued_decision(ctx.text, b.start, b.end)), None)
    if line is None or len(line.text.split()) > SUBJECT_LINE_WORDS:
        return [], []
    who, src = [], []
    for it in ctx.items_by_block.get(line.ordinal, []):
        if it.kind in ("Country", "Organization", "Body", "Conference", "Person"):
            who += [i for i in it.ids if i not in who]
            src.append(ctx.source(it.start, it.end))
    return who, src


# the longest subject line a run of numbered clauses goes on ("The Ministers' Deputies")
SUBJECT_LINE_WORDS = 8


@lru_cache(maxsize=1)
def _chain_words() -> tuple[re.Pattern, tuple[re.Pattern, ...]]:
    """data/lang/*/commitments.yaml `chain_intro` (folded text up to the colon), one pattern,
    and `chain_joiner` (what may open a link of the chain before its infinitive), one pattern a
    language so that the longest joiner is taken whatever the order of the languages."""
    lx = lexicon("commitments")
    intro = re.compile("|".join(f"(?:{w})" for w in lx.get("chain_intro") or ()) or r"(?!)")
    return intro, tuple(re.compile(w) for w in lx.get("chain_joiner") or ())


def operative_chain(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The decisions of a run-on sentence whose operative part is a chain of infinitives after
    a colon, one a link between semicolons ("Los Cancilleres ... acuerdan: Profundizar ...;
    Promover ...; y Encomendar ...", "The Ministers agreed: to expand ...; to convene ..."):
    the (start, end) of each link, from its infinitive; [] when text[start:end] is no such chain
    (no deciding verb before the colon, fewer than two links, or a link that opens with no
    infinitive).

    >>> t = "Acuerdan: Profundizar el diálogo; Promover el comercio; y Encomendar a la Secretaría un plan."
    >>> [t[a:b] for a, b in operative_chain(t, 0, len(t))]
    ['Profundizar el diálogo', 'Promover el comercio', 'Encomendar a la Secretaría un plan.']
    >>> t = "The Ministers agreed: to expand the programme; and to meet in 2026."
    >>> [t[a:b] for a, b in operative_chain(t, 0, len(t))]
    ['expand the programme', 'meet in 2026.']
    >>> operative_chain("Acordaron: el diálogo; el comercio.", 0, 35)
    []
    """
    intro, joiners = _chain_words()
    folded = fold_same_length(text[start:end])
    colon = folded.find(":")
    if colon < 0 or not intro.search(folded[:colon + 1]):
        return []
    links, at = [], colon + 1
    for part in folded[colon + 1:].split(";"):
        lead = max([len(part) - len(part.lstrip())] + [m.end() for j in joiners for m in [j.match(part)] if m])
        a, b = trim(text, start + at + lead, start + at + len(part))
        at += len(part) + 1
        if a >= b:
            continue
        if not operative_item(text[a:b]):
            return []
        to = re.match(r"to\s+", fold_same_length(text[a:b]))
        links.append((a + (to.end() if to else 0), b))   # "to expand ...": from its verb
    return links if len(links) >= 2 else []


@lru_cache(maxsize=1)
def _series_words() -> tuple[tuple[re.Pattern, re.Pattern], ...]:
    """(deciding verb, opener of a link) of each language's data/lang/<code>/commitments.yaml
    `series_intro` and `series_link`, for the languages that give both."""
    from loaders.lang import LANG_DIR
    out = []
    for code in sorted(p.name for p in LANG_DIR.iterdir() if p.is_dir()):
        lx = lexicon("commitments", (code,))
        if lx.get("series_intro") and lx.get("series_link"):
            out.append((re.compile(lx["series_intro"]), re.compile(lx["series_link"])))
    return tuple(out)


# where one link of a series of decisions ends and the next opens: a comma, or "and"/"y" (with a
# comma or not) for the last
SERIES_COMMA = re.compile(r"\s*,\s*")
SERIES_LAST = re.compile(r"\s*,?\s+(?:and|y|e)\s+")


def decision_series(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The three or more decisions of a clause that takes them one after another, after commas
    and a last "and"/"y" ("agreed to open an office, to share data every month and to train
    consular staff", "acordaron abrir una oficina, compartir datos cada mes y capacitar al
    personal"): [(start, end) of each], the first with the clause's subject and verb, the others
    from their infinitive; [] when text[start:end] holds fewer than three links (a comma
    followed by no infinitive lists an object: "to strengthen cooperation on health, education
    and to ..."), when "and"/"y" opens a link before the last, or when a link before the last
    goes on with a charge of its own (`pair_nested`: "to ask the Secretariat to prepare a
    report, to circulate it and to present it" may be the Secretariat's three tasks).

    >>> t = "The parties agreed to open an office, to share data and to train staff."
    >>> [t[a:b] for a, b in decision_series(t, 0, len(t))]
    ['The parties agreed to open an office', 'share data', 'train staff.']
    >>> t = "Acordaron abrir una oficina, compartir datos y capacitar al personal."
    >>> [t[a:b] for a, b in decision_series(t, 0, len(t))]
    ['Acordaron abrir una oficina', 'compartir datos', 'capacitar al personal.']
    >>> decision_series("Acordaron abrir una oficina y capacitar al personal.", 0, 51)
    []
    """
    folded = fold_same_length(text[start:end])
    nested = _pair_words()[1]
    for intro, link in _series_words():
        m = intro.search(folded)
        if m is None or re.search(r"[.;:]\s", folded[m.end():].rstrip()):
            continue
        # the separators that a link opens after, in order: commas, then the last "and"/"y"
        cuts = []
        for rx, last in ((SERIES_COMMA, False), (SERIES_LAST, True)):
            for sep in rx.finditer(folded, m.end()):
                opener = link.match(folded, sep.end())
                if opener:
                    cuts.append((sep.start(), opener.end(), last))
        cuts = sorted(set(cuts))
        if len(cuts) < 2 or not cuts[-1][2] or any(last for _, _, last in cuts[:-1]):
            continue
        bounds = [(0, None)] + [(c[0], c[1]) for c in cuts]
        links = []
        for k, (_, open_at) in enumerate(bounds):
            a = 0 if open_at is None else open_at
            b = bounds[k + 1][0] if k + 1 < len(bounds) else len(folded)
            links.append(trim(text, start + a, start + b))
        if any(nested.search(folded, c[1], cuts[k + 1][0]) for k, c in enumerate(cuts[:-1])) or \
                nested.search(folded, m.end(), cuts[0][0]) or any(a >= b for a, b in links):
            continue
        return links
    return []


@lru_cache(maxsize=1)
def _pair_words() -> tuple[tuple[re.Pattern, ...], re.Pattern]:
    """data/lang/*/commitments.yaml `decision_pair` (one pattern a language) and `pair_nested`
    (one pattern)."""
    lx = lexicon("commitments")
    nested = re.compile("|".join(f"(?:{w})" for w in lx.get("pair_nested") or ()) or r"(?!)")
    return tuple(re.compile(w) for w in lx.get("decision_pair") or ()), nested


def decision_pair(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The two decisions of a clause that takes two ("Acordaron crear un grupo de trabajo y
    encomendar a la Secretaría la redacción de un informe", "agreed to establish a register and
    to ask the Secretariat to report by June"): [(start, end) of the first, (start, end) of the
    second, from its infinitive], or [] when text[start:end] holds one decision (no second
    infinitive of a decision after "y"/"and to", or the part before it goes on with a charge of
    its own: "to ask the Secretariat to prepare a report and to present it").

    >>> t = "Las delegaciones acordaron crear un grupo de trabajo y encomendar a la Secretaría un informe."
    >>> [t[a:b] for a, b in decision_pair(t, 0, len(t))]
    ['Las delegaciones acordaron crear un grupo de trabajo', 'encomendar a la Secretaría un informe.']
    >>> t = "The parties agreed to establish a register and to ask the Secretariat to report by June."
    >>> [t[a:b] for a, b in decision_pair(t, 0, len(t))]
    ['The parties agreed to establish a register', 'ask the Secretariat to report by June.']
    >>> decision_pair("Acordaron crear y fortalecer un grupo de trabajo.", 0, 49)
    []
    """
    pairs, nested = _pair_words()
    folded = fold_same_length(text[start:end])
    for rx in pairs:
        m = rx.search(folded)
        if m is None or nested.search(m.group("first")):
            continue
        first = trim(text, start, start + m.end("first"))
        second = trim(text, start + m.start("second"), end)
        if first[0] < first[1] and second[0] < second[1]:
            return [first, second]
    return []


def acta_commitments(structure: DocumentStructure) -> list[CommitmentSpan]:
    """The acta's agreements (and their tasks), but not one that only opens what follows and
    has no tasks of its own, nor an article of an agreement (its clauses are read as articles)."""
    out = []
    parents = {a.parent for a in structure.commitments if a.parent}
    marker = load_layout().item_marker
    shift = 0                       # numbers the dropped lead-ins and their rows took
    opened: list = []               # [the printed number of a lead-in just dropped, rows so far]
    renumbered: dict[str, str] = {}
    # an agreement's articles after "HAVE AGREED as follows:" are its clauses, read one by one
    # as the articles of any agreement are (report_decisions, article_clause), not as an acta's
    articles = article_blocks(structure)
    for a in structure.commitments:
        if _agreement_article(structure.block_at(a.start), articles) and a.parent is None and not a.cells:
            continue
        s = _content_start(structure.text, a.start, a.end)
        s, e = trim(structure.text, s, a.end)
        if a.number not in parents and not a.cells and lead_in(structure.text[s:e]):
            printed = marker.match(fold_same_length(structure.text[a.start:a.end]))
            if a.parent is None and a.number.isdigit():
                # "2. The Working Group agreed to the action items below." then a table: its
                # rows are 2.1, 2.2, ...; an unnumbered lead-in gives its number to what follows
                opened = [a.number, 0] if printed and printed.group("num") else []
                shift += 1
            continue
        if opened and a.cells and a.parent is None:
            opened[1] += 1
            number = f"{opened[0]}.{opened[1]}"
            shift += 1 if opened[1] > 1 else 0
        elif a.parent is None:
            opened = []
            number = str(int(a.number) - shift) if shift and a.number.isdigit() else a.number
        else:
            head, _, rest = a.number.partition(".")
            number = f"{renumbered.get(head, head)}.{rest}" if rest else a.number
        renumbered[a.number] = number
        parent = renumbered.get(a.parent, a.parent) if a.parent else None
        out.append(CommitmentSpan(f"commitment:{structure.doc_id}:acta:{number}", number,
                                  a.group, s, e,
                                  f"commitment:{structure.doc_id}:acta:{parent}" if parent else None,
                                  a.cells))
    return out


def listed_decision(intro: str, patterns: Patterns) -> bool:
    """True for the passage that opens a list whose items are each a decision: it ends in a
    deciding verb and a colon ("Countries committed to:", "Ecuador y Colombia se comprometieron
    a:"; data/patterns.yaml `list_intro`), and it announces no topics ("... in areas such as:")
    nor a table or list of its own that commits to nothing ("agreed the following:").

    >>> from loaders.patterns import load_patterns
    >>> p = load_patterns()
    >>> listed_decision("After the launch, countries committed to:", p)
    True
    >>> listed_decision("Ambas partes acordaron cooperar en áreas como:", p)
    False
    >>> listed_decision("The delegations discussed:", p)
    False
    """
    if patterns.list_intro is None or topic_list_intro(intro):
        return False
    return bool(patterns.list_intro.search(fold_same_length(intro).rstrip()))


def list_intro_subjects(ctx: Context, c: CommitmentSpan) -> tuple[list[str], list[Source]]:
    """Who an item of a list of decisions binds when it names no one ("- A shared plan ..."):
    the actors its intro makes the subject of its deciding verb ("Canada and Mexico committed
    to:"; data/patterns.yaml `commitments.agents`), with the item and the intro as sources;
    ([], []) when the item is no such item or the intro names no actor."""
    block = ctx.structure.block_at(c.start)
    if block is None or block.kind != "item" or not block.parent:
        return [], []
    intro = ctx.structure.block(block.parent)
    if not listed_decision(intro.text, ctx.patterns):
        return [], []
    tagged = Tagged.build(ctx.text, intro.start, intro.end, ctx.items_by_block.get(intro.ordinal, []))
    who: list[str] = []
    for rx in ctx.patterns.agents:
        for m in rx.finditer(tagged.s):
            who += [i for it in tagged.group_items(m, "who") for i in it.ids]
    who = list(dict.fromkeys(who))
    if not who:
        return [], []
    return who, [ctx.source(c.start, c.end), ctx.source(intro.start, intro.end)]


def _agreement_article(block, articles: frozenset) -> bool:
    """Whether `block` is the first article of an agreement that the layout took for an acta's
    agreement because "HAVE AGREED as follows:" stood before it (outside an acta's own section);
    `articles` = article_blocks(structure)."""
    return block is not None and block.kind == "agreement" and block.section != "acta" \
        and block.ordinal in articles


def report_decisions(structure: DocumentStructure, patterns: Patterns,
                     commits=None) -> list[CommitmentSpan]:
    """Decisions the report records outside the acta: "Se acuerda…", lists of agreements, and
    sentences that record a commitment wherever they stand ("El GCR acordó elevar ...",
    "Canada committed to ...", "Nos comprometemos a ...": the whole sentence). `commits`, when
    given, is a test (start, end) -> bool for a sentence that names its own committed actor
    ("Australia will fund ...", which needs the document's tagged entities)."""
    spans = []
    continued: set[tuple[int, int]] = set()     # second decisions of a clause of two
    headings = {s.number: fold_same_length(s.title) for s in structure.sections}
    bounds = patterns.decision_bounds
    seen: set[str] = set()

    def add(span: tuple[int, int]) -> None:
        """A decision, unless it is a fragment, a run of text, a question ("PR - Shall I draft
        the register?", "¿Aprobamos el acta?": asked, not decided), or one this paragraph has."""
        quote = structure.text[span[0]:span[1]]
        if len(quote) > bounds.get("max_chars", len(quote)) or \
                len(quote.split()) < bounds.get("min_words", 0) or lead_in(quote) \
                or quote.rstrip().endswith("?"):
            return
        words = " ".join(fold_same_length(quote).split())
        if words not in seen:
            seen.add(words)
            spans.append(span)

    def add_decision(span: tuple[int, int]) -> None:
        """A decision sentence, or its decisions when it takes three or more
        (decision_series) or two (decision_pair)."""
        series = decision_series(structure.text, *span)
        if series and all(len(structure.text[a:b].split()) >= bounds.get("min_words", 0) for a, b in series):
            # every link a decision of its own words: a link too short to stand alone keeps
            # the clause whole
            add(series[0])
            for link in series[1:]:
                add(link)
                continued.add(link)
            return
        pair = decision_pair(structure.text, *span)
        if not pair:
            add(span)
            return
        add(pair[0])
        add(pair[1])
        continued.add(pair[1])

    explicit = minutes_words().explicit_decision
    # lists whose items say which of them are decisions ("- Se acuerda ...", "Responsable: ...")
    marked = {b.parent for b in structure.blocks
              if b.kind == "item" and explicit.search(fold_same_length(b.text))}
    list_opened = False             # the block before ended with a decision whose items follow
    numbered = _agreement_label()
    operative = False               # under "APPROVED" / "ACUERDAN" / "The Ministers agreed to:"
    articles = article_blocks(structure)
    for b in structure.blocks:
        seen.clear()                # the same words in another paragraph: another decision
        opens_list, list_opened = list_opened, False
        if b.section != "acta" and b.kind in ("heading", "item", "paragraph") and \
                continued_decision(structure.text, b.start, b.end):
            # "The Deputies" / "1. agreed to set up ...": each numbered clause a decision
            add(trim(structure.text, _content_start(structure.text, b.start, b.end), b.end))
            continue
        if b.section != "acta":
            if operative_heading(b.text):
                operative = b.kind in ("heading", "paragraph")
                continue
            # a numbered line the layout took for a heading is an item when it is a sentence
            # ("APPROVED" / "1. To entrust the Secretariat with a report." / "2. ...")
            sentence_line = b.kind == "heading" and b.text.rstrip().endswith(".")
            if operative and (b.kind == "item" or sentence_line):
                s = _content_start(structure.text, b.start, b.end)
                if operative_item(structure.text[s:b.end]):
                    add(trim(structure.text, s, b.end))
                    continue
            elif b.kind != "heading":
                operative = False   # a subheading ("SUBSTANTIVE MATTERS") keeps the list open
        if b.kind in ("paragraph", "item", "heading") and b.section != "acta":
            folded_b = fold_same_length(b.text)
            marker = load_layout().item_marker.match(folded_b)
            if numbered.match(folded_b, marker.end() if marker else 0):
                # "Acuerdo 03/2019: Se aprueba ...": a numbered agreement of the session, whole
                add(trim(structure.text, _content_start(structure.text, b.start, b.end), b.end))
                continue
        if b.kind in ("heading", "paragraph") and b.section != "acta" and \
                topic_list_intro(b.text) and patterns.list_intro and \
                patterns.list_intro.search(fold_same_length(b.text).rstrip()):
            # "Ambas partes acordaron cooperar en diversas áreas como:" then topics one an item:
            # the sentence is the decision, the items are what it is about, not decisions
            add(trim(structure.text, _content_start(structure.text, b.start, b.end), b.end))
            continue
        if b.kind in ("title", "date", "heading", "signature", "agreement", "task") \
                and not _agreement_article(b, articles):
            list_opened = bool(patterns.list_intro and patterns.list_intro.search(fold_same_length(b.text).rstrip()))
            continue
        if b.section == "acta":
            # an acta without a list of agreements records its decisions in sentences
            if not structure.agreements:
                for s, e in sentences(structure.text, b.start, b.end, patterns.abbreviations):
                    folded = fold_same_length(structure.text[s:e])
                    if any(rx.search(folded) for rx in patterns.commitment_sentences) or \
                            patterns.decision_sentence.search(folded) \
                            or action_owner(structure.text, _content_start(structure.text, s, e), e) \
                            or (commits is not None and commits(_content_start(structure.text, s, e), e)):
                        add_decision(trim(structure.text, _content_start(structure.text, s, e), e))
            elif b.kind == "paragraph" and b.ordinal < structure.agreements[0].ordinal:
                # a decision recorded before the list of agreements ("Se aprueba el acta anterior.")
                for s, e in sentences(structure.text, b.start, b.end, patterns.abbreviations):
                    if patterns.decision_sentence.search(fold_same_length(structure.text[s:e])):
                        add(trim(structure.text, _content_start(structure.text, s, e), e))
            continue
        if b.kind == "item":
            intro = structure.block(b.parent) if b.parent else None
            if (intro and patterns.decision_list_intro.search(fold_same_length(intro.text))) or \
                    patterns.decision_section.search(headings.get(b.section, "")) or \
                    (intro and intro.kind == "heading" and patterns.decision_section.search(fold_same_length(intro.text))):
                s = _content_start(structure.text, b.start, b.end)
                if not _states_decision(structure, b, s, marked, patterns):
                    continue
                add(trim(structure.text, s, b.end))
                continue
            if intro and listed_decision(intro.text, patterns):
                # "Countries committed to:" then one item a commitment ("- A shared plan ..."):
                # the item's first sentence and each one after a bullet run into it, not the
                # sentences that go on explaining an item ("Those include ...")
                s = _content_start(structure.text, b.start, b.end)
                for k, (a, e) in enumerate(sentences(structure.text, s, b.end, patterns.abbreviations)):
                    if k == 0 or after_bullet(structure.text, a):
                        add(trim(structure.text, a, e))
                continue
        if b.kind == "paragraph" and b.section not in ("0", "acta") and \
                patterns.decision_section.search(headings.get(b.section, "")):
            # a plain paragraph of a section of decisions ("3. Outcomes" / "3.1 Fiji will ...")
            add(trim(structure.text, _content_start(structure.text, b.start, b.end), b.end))
            continue
        folded_block = fold_same_length(b.text)
        intro = any(p.search(folded_block) for p in load_layout().agreements_intro)
        spans_of_block = sentences(structure.text, b.start, b.end, patterns.abbreviations)
        before = len(spans)
        listing = opens_list        # inside the bulleted items of a decision just before
        for k, (s, e) in enumerate(spans_of_block):
            folded = fold_same_length(structure.text[s:e])
            article = _labels().match(folded)
            if article:             # "Artículo 2\nEl Gobierno de Chile proporcionará ...": its words
                s, folded = s + article.end(), folded[article.end():]
            m = patterns.decision_sentence.search(folded)
            chain = operative_chain(structure.text, s, e)
            if chain:               # "... acuerdan: Profundizar ...; Promover ...": each link
                for span in chain:
                    add(span)
                continue
            if intro and s == spans_of_block[-1][0]:
                continue            # "The participating governments agreed to:" opens the list
            bulleted = after_bullet(structure.text, s)
            if patterns.list_intro and patterns.list_intro.search(folded) and \
                    k + 1 < len(spans_of_block) and after_bullet(structure.text, spans_of_block[k + 1][0]):
                listing = True      # "... have agreed that its core elements will include: • ..."
                continue
            listing = listing and bulleted
            if listing:
                add(trim(structure.text, s, e))
            elif m:
                cut = s + m.start() + (len(m.group(0)) - len(m.group(0).lstrip(", -*\u2022\u2013\t")))
                add_decision(trim(structure.text, cut, e))
            elif any(rx.search(folded) for rx in patterns.commitment_sentences) or quoted_first_plural(folded) \
                    or first_plural_commits(folded) or collective_commits(folded):
                add_decision(trim(structure.text, _content_start(structure.text, s, e), e))
            elif action_owner(structure.text, _content_start(structure.text, s, e), e):
                add(trim(structure.text, _content_start(structure.text, s, e), e))
            elif commits is not None and commits(_content_start(structure.text, s, e), e):
                add(trim(structure.text, _content_start(structure.text, s, e), e))
        # a paragraph ending in a decision whose items follow ("agreed on the following steps:")
        list_opened = bool(spans_of_block and patterns.list_intro and
                           patterns.list_intro.search(fold_same_length(structure.text[slice(*spans_of_block[-1])])))
        if len(spans) == before and b.kind in ("item", "paragraph") and \
                minutes_words().responsible_label.search(folded_block):
            # an action item: a note of the minutes with its owner ("... Responsable: Ana")
            add(trim(structure.text, _content_start(structure.text, b.start, b.end), b.end))
    spans.sort()
    printed = _printed_numbers(structure, spans)
    return [CommitmentSpan(f"commitment:{structure.doc_id}:report:{n}", str(n), "report", s, e,
                           printed=printed.get((s, e)), continues=(s, e) in continued)
            for n, (s, e) in enumerate(spans, 1)]


def _printed_numbers(structure: DocumentStructure, spans: list) -> dict:
    """The number printed before a decision that is the only one of its numbered paragraph or
    item ("3. El GCR acordó elevar ..." gives "3"), by (start, end); the decision's id keeps its
    rank among the report's decisions, only its `number` is the printed one."""
    marker = load_layout().item_marker
    by_block: dict[int, tuple] = {}
    for s, e in spans:
        b = structure.block_at(s)
        if b is not None:
            by_block.setdefault(b.ordinal, (b, []))[1].append((s, e))
    out = {}
    for b, found in by_block.values():
        if len(found) != 1 or b.kind not in ("paragraph", "item"):
            continue
        m = marker.match(fold_same_length(b.text))
        num = m.group("num") if m else None
        if num and num[0].isdigit():
            out[found[0]] = num
    return out


def commitment_label(ctx: Context, c: CommitmentSpan) -> str:
    """The commitment's name in the document's language (data/lang/<code>/commitments.yaml
    `labels`): "Acuerdo 3" / "Agreement 3" for a numbered agreement, "Decisión 2 del informe" /
    "Decision 2" for a decision the report records, "Readout point 2" / "Punto 2 del comunicado"
    for one of a document whose title says another kind (`record_kind_labels`). A text read
    without a file is Spanish."""
    lang = getattr(ctx.read, "language", None) or "es"
    labels = lexicon("commitments", (lang,)).get("labels") or \
        lexicon("commitments", ("es",))["labels"]
    if c.group == "report":
        # a readout, a joint statement, minutes: named after the kind of document, not a report,
        # in the language of the title's own word
        title = fold_same_length(ctx.structure.title or "")
        for cue, label in (lexicon("commitments").get("record_kind_labels") or {}).items():
            if title and re.search(cue, title):
                return label.format(n=c.printed or c.number)
    return labels["report" if c.group == "report" else "agreement"].format(n=c.printed or c.number)


@dataclass(frozen=True, eq=False)
class MinutesWords:
    """data/lang/*/commitments.yaml: the words of minutes that mark a decision and its owner."""

    explicit_decision: re.Pattern
    responsible_label: re.Pattern
    collective_subject: tuple          # one pattern per language (each names its group `who`)


@lru_cache(maxsize=1)
def minutes_words() -> MinutesWords:
    """The cues of every language pack (folded text)."""
    lx = lexicon("commitments")
    return MinutesWords(*(re.compile("|".join(f"(?:{w})" for w in lx[k]))
                          for k in ("explicit_decision", "responsible_label")),
                        tuple(re.compile(w) for w in lx["collective_subject"]))


def _states_decision(structure: DocumentStructure, b, content: int, marked: set,
                     patterns: Patterns) -> bool:
    """Whether an item of a list of decisions is one: any item of a list whose items do not
    mark their decisions; else one that marks itself, or whose words (after a short label,
    "Difusión: publicar ...") open with a verb in the infinitive."""
    if b.parent not in marked:
        return True
    folded = fold_same_length(structure.text[content:b.end])
    if minutes_words().explicit_decision.search(folded):
        return True
    label = re.match(r"[^:.\n]{1,40}:\s*", folded)
    at = label.end() if label else 0
    return bool(patterns.infinitive.match(folded[at:])) and not folded[at:].startswith(("se ", "no "))


@lru_cache(maxsize=1)
def _short_names() -> tuple:
    """data/lang/*/commitments.yaml `party_short_name_organization`, `party_short_name_government`,
    compiled: ((the party's kind, regex), ...)."""
    lx = lexicon("commitments")
    return tuple((kind, re.compile("|".join(f"(?:{w})" for w in lx[key])))
                 for kind, key in (("Organization", "party_short_name_organization"),
                                   ("Country", "party_short_name_government")) if lx.get(key))


def _preamble_parties(ctx: Context) -> list[tuple[str, list[str], Source]]:
    """The parties an agreement's title and preamble name, by kind: [(kind, ids, source of the
    passage naming them)], read from the title and the passages before the first commitment
    (the parties "the Government" and "the Organization" stand for in its articles)."""
    first = min((a.start for a in ctx.structure.commitments), default=None)
    out = []
    for b in ctx.structure.blocks[:PREAMBLE_BLOCKS]:
        if b.kind == "date":
            continue                # "March 13, 2003" above the title
        if b.kind not in ("title", "heading", "paragraph") or (first is not None and b.start >= first):
            break
        for it in ctx.items_by_block.get(b.ordinal, []):
            if it.kind in ("Country", "Organization"):
                out.append((it.kind, list(it.ids), ctx.source(b.start, b.end)))
    return out


def party_definitions(ctx: Context) -> list[tuple[re.Pattern, list[str], Source]]:
    """The short names an agreement gives its parties where it names them ('the Government of
    Canada (hereinafter referred to as "the Canadian Government")', 'la Organización (en adelante
    "la OIM")'; data/lang/*/commitments.yaml `party_definition`), read in the passages before the
    first commitment: [(a pattern for a passage opening with the short name, the party's ids,
    the definition's source)]. Each passage is read once."""
    out = []
    for short, ids, src in defined_short_names(ctx):
        # the short name may follow an opening clause: "In accordance with its rules, the
        # Organization shall ...", "De conformidad con su mandato, la Organización ..."
        rx = re.compile(r"^(?:[^.;:\n]{0,200}?,\s+)?(?:(?:the|el|la|los|las)\s+)?"
                        + r"\s+".join(map(re.escape, short.split()))
                        + r"\s+(?!not\b|no\b)[a-z]")
        out.append((rx, ids, src))
    return out


def defined_short_names(ctx: Context) -> list[tuple[str, list[str], Source]]:
    """The short names an agreement gives its parties where it names them (see
    party_definitions), read in the passages before the first commitment: [(the short name,
    folded, one space between words: "organization"; the party's ids; the definition's source)]."""
    words = lexicon("commitments").get("party_definition") or ()
    if not words:
        return []
    cues = [re.compile(w) for w in words]
    first = min((a.start for a in ctx.structure.commitments), default=None)
    out = []
    for b in ctx.structure.blocks[:PREAMBLE_BLOCKS]:
        if first is not None and b.start >= first:
            break
        for it in ctx.items_by_block.get(b.ordinal, []):
            if it.kind not in ACTORS:
                continue
            after = fold_same_length(ctx.text[it.end:min(b.end, it.end + 120)])
            m = next((m for rx in cues for m in [rx.match(after)] if m), None)
            if not m:
                continue
            out.append((" ".join(m.group("short").split()), list(it.ids),
                        ctx.source(it.start, it.end + m.end())))
    return out


def _defined_party(ctx: Context, c: CommitmentSpan,
                   definitions: list | None = None) -> tuple[list[str], list[Source]]:
    """The party an agreement's article binds by its short name: the one it defines where it
    names it (`definitions`, see party_definitions: "The Canadian Government agrees to ..."),
    else the one party of that kind the title and preamble name ("The Organization undertakes to
    ...", "El Gobierno proporcionará ..."; data/lang/*/commitments.yaml `party_short_name_*`; an
    agreement between one government and one organisation). ([], []) when the article opens
    otherwise, or the preamble names none or two."""
    return _party_by_name(ctx, c.start, c.end, definitions)


def _party_by_name(ctx: Context, start: int, end: int,
                   definitions: list | None = None) -> tuple[list[str], list[Source]]:
    """The party a passage (`start`..`end`) opens with by the short name the agreement defines,
    by its government's demonym, or by the short name of its kind (see _defined_party):
    ([ids], [the passage, the definition or preamble passage]); ([], []) otherwise."""
    folded = fold_same_length(ctx.text[start:end])
    for rx, ids, src in definitions or ():
        if rx.match(folded):
            return list(ids), [ctx.source(start, end), src]
    for rx, ids, src in definitions or ():
        if party_clause(ctx.text[start:end], rx):
            return list(ids), [ctx.source(start, end), src]
    state = _demonym_government(ctx, start, end)
    if state:
        return [state], [ctx.source(start, end)]
    return _short_name_party(ctx, start, end)


@lru_cache(maxsize=1)
def _clause_words() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """data/lang/*/commitments.yaml `clause_heading` (a heading in capitals run into the text,
    on the text as written), `clause_opener` (what opens a further clause, folded), `party_binds`
    and `party_passive` (folded), compiled."""
    lx = lexicon("commitments")
    return tuple(re.compile("|".join(f"(?:{w})" for w in lx.get(k) or ()) or r"(?!)")
                 for k in ("clause_heading", "clause_opener", "party_binds", "party_passive"))


def party_clause(passage: str, rx: re.Pattern) -> bool:
    """Whether a clause of `passage` other than its very start binds the party whose short name
    `rx` reads (see party_definitions): after a heading in capitals run into the text ("5.
    RECEPTION AND PLACEMENT The Commonwealth will advise ..."), after a comma or an "and"
    ("..., and PCIRO will also be responsible for ...", "... y la Organización asumirá ..."), or
    as the agent of a passive ("All expenses shall be met by PCIRO"; data/lang/*/commitments.yaml
    `clause_heading`, `clause_opener`, `party_binds`, `party_passive`)."""
    heading, opener, binds, passive = _clause_words()
    folded = fold_same_length(passage)
    starts = [m.end() for m in heading.finditer(passage) if m.end() > 0][:1]
    starts += [m.end() for m in opener.finditer(folded)]
    for at in starts:
        m = rx.match(folded[at:])
        if m and binds.match(folded[at + m.end() - 1:]):
            return True
    for m in passive.finditer(folded):
        # the agent runs to the first punctuation ("... borne by the Organization."); `rx`
        # wants a word after the name, which a clause that ends there lacks
        agent = re.sub(r"[^\w\s].*", "", folded[m.end():], flags=re.S)
        if rx.match(agent.rstrip() + " x"):
            return True
    return False


@lru_cache(maxsize=1)
def _demonym_government_words() -> tuple[re.Pattern, re.Pattern]:
    """data/lang/*/commitments.yaml `demonym_government_before`, `demonym_government_after`."""
    lx = lexicon("commitments")
    return tuple(re.compile("|".join(f"(?:{w})" for w in lx.get(k) or ()) or r"(?!)")
                 for k in ("demonym_government_before", "demonym_government_after"))


def _demonym_government(ctx: Context, start: int, end: int) -> str | None:
    """The country whose government, named by its demonym, opens the passage and binds itself
    ("The Australian Government agrees to ...", "El Gobierno chileno proporcionará ..."): its
    id, or None. Only the passage's first 60 characters are read."""
    from loaders.persons import _demonyms
    rx, country = _demonyms()
    before, after = _demonym_government_words()
    head_end = min(end, start + 60)
    for d in rx.finditer(ctx.text, start, head_end):
        if before.match(fold_same_length(ctx.text[start:d.start()])) and \
                after.match(fold_same_length(ctx.text[d.end():end])):
            return country[d.group("d")]
        break
    return None


def _short_name_party(ctx: Context, start: int, end: int) -> tuple[list[str], list[Source]]:
    """The one preamble party a passage (`start`..`end`) opens with by its short name ("The
    Government undertakes to:"): ([its id], [the passage, the preamble passage naming it]);
    ([], []) otherwise."""
    folded = fold_same_length(ctx.text[start:end])
    kind = next((k for k, rx in _short_names() if rx.match(folded)), None)
    if kind is None:
        return [], []
    found = [(ids, src) for k, ids, src in _preamble_parties(ctx) if k == kind]
    if len({i for ids, _ in found for i in ids}) != 1:
        return [], []
    ids, src = found[0]
    return list(ids), [ctx.source(start, end), src]


def _labelled_owner(ctx: Context, c: CommitmentSpan) -> tuple[list[str], list[Source]]:
    """The person a minutes item names after a label ("Responsable: Ana Ruiz", "Owner: Tom"),
    resolved as loaders.motions resolves names; ([], []) when there is none."""
    from loaders.motions import names_after, resolve_person
    block = ctx.structure.block_at(c.start)
    end = max(c.end, block.end) if block and block.kind in ("item", "paragraph") else c.end
    folded = fold_same_length(ctx.text[c.start:end])       # the item's owner may follow its decision
    for m in minutes_words().responsible_label.finditer(folded):
        for s, e in names_after(ctx.text, c.start + m.end())[:1]:
            pid = resolve_person(ctx, s, e)
            if pid:
                return [pid], [ctx.source(s, e)]
    return [], []


def _owner_only(ctx: Context, c: CommitmentSpan) -> bool:
    """A report span that only its action-item owner made a commitment (no decision words)."""
    if c.group != "report":
        return False
    p = ctx.patterns
    if _in_decision_section(ctx.structure, c.start, p):
        return False
    folded = fold_same_length(ctx.text[c.start:c.end])
    return not (p.decision_sentence.search(folded)
                or any(rx.search(folded) for rx in p.commitment_sentences)
                or minutes_words().responsible_label.search(folded)
                or minutes_words().explicit_decision.search(folded)) \
        and action_owner(ctx.text, c.start, c.end) is not None


def _in_decision_section(structure: DocumentStructure, at: int, patterns: Patterns) -> bool:
    """Whether offset `at` lies in a numbered section whose heading says it holds decisions
    (data/patterns.yaml commitments `decision_section`: "Outcomes", "Acuerdos adoptados")."""
    block = structure.block_at(at)
    if block is None or block.section in ("0", "acta"):
        return False
    title = next((s.title for s in structure.sections if s.number == block.section), "")
    return bool(patterns.decision_section.search(fold_same_length(title)))


def _establishes(ctx: Context, c: CommitmentSpan) -> bool:
    """Whether an agreement's clause establishes something itself ("La Representación de la OIM
    se establece en Madrid", "The Office is hereby established in Lima"; data/lang/*/
    commitments.yaml `article_establishes`)."""
    folded = " ".join(fold_same_length(ctx.text[c.start:c.end]).split())
    return any(rx.match(folded) for rx in _article_words()["article_establishes"])


def _article_parties(ctx: Context, c: CommitmentSpan, src: Source,
                     last_bound: dict) -> tuple[list[str], list[Source], str | None]:
    """Who an agreement's clause without a subject binds: the subject of the clause before it in
    the same passage when it goes on binding it ("Se compromete asimismo a ..."); every party
    the title and preamble name when it is fixed by mutual agreement ("... de mutuo acuerdo
    entre el Gobierno español y dicha organización"). ([], [], None) otherwise."""
    words = _article_words()
    folded = " ".join(fold_same_length(ctx.text[c.start:c.end]).split())
    block = ctx.structure.block_at(c.start)
    if any(rx.match(folded) for rx in words["article_continued"]) and block.ordinal in last_bound:
        who, who_src, role = last_bound[block.ordinal]
        return list(who), [src] + [x for x in who_src if x != src], role
    if any(rx.search(folded) for rx in words["mutual_agreement"]):
        # the parties the title and preamble name, not a body an article names
        first = first_article(ctx.structure)
        named = [x for x in _preamble_parties(ctx) if first is None or x[2].start < first]
        who = list(dict.fromkeys(i for _, ids, _ in named for i in ids))
        if len(who) >= 2:
            return who, [src] + list({(x.start, x.end): x for _, _, x in named}.values()), "signing_party"
    return [], [], None


def _action_owner(ctx: Context, c: CommitmentSpan) -> tuple[list[str], list[Source]]:
    """The person an action item names at its head ("Ann will circulate the draft"): a person
    node the document already has (loaders.entities reads who attended), found as loaders.motions
    resolves names; ([], []) when there is none."""
    from loaders.motions import resolve_person
    at = action_owner(ctx.text, c.start, c.end)
    pid = resolve_person(ctx, *at, create=False) if at else None
    if pid is None and at and fold_same_length(ctx.text[at[0]:at[1]]) in _antecedent_pronouns():
        # "Milena informs that she must leave. / She will discuss the issue internally": the
        # person who opens the sentence right before
        named = _previous_opener(ctx, c.start)
        if named:
            return [named[0]], [ctx.source(*named[1]), ctx.source(*at)]
    return ([pid], [ctx.source(*at)]) if pid else ([], [])


@lru_cache(maxsize=1)
def _antecedent_pronouns() -> frozenset:
    """data/lang/*/commitments.yaml `antecedent_pronouns` (folded): a singular pronoun that
    opens an action item and stands for the person who opens the sentence before it."""
    return frozenset(lexicon("commitments").get("antecedent_pronouns") or ())


def _previous_opener(ctx: Context, at: int) -> tuple[str, tuple[int, int]] | None:
    """The person whose name opens the sentence right before offset `at` (in the same passage
    or the paragraph or item before it), as (person id, span of the name), or None when that
    sentence opens with no one the document knows."""
    from loaders.action_items import head_names
    from loaders.motions import resolve_person
    block = ctx.structure.block_at(at)
    if block is None:
        return None
    before = [b for b in ctx.structure.blocks[max(0, block.ordinal - 4):block.ordinal - 1]
              if b.kind in ("paragraph", "item") and b.end <= at]
    spans = [x for b in before[-1:] for x in sentences(ctx.text, b.start, b.end, ctx.patterns.abbreviations)]
    spans += [x for x in sentences(ctx.text, block.start, block.end, ctx.patterns.abbreviations) if x[1] <= at]
    if not spans:
        return None
    s, e = spans[-1]
    for a, b in head_names(ctx.text, s, e):
        pid = resolve_person(ctx, a, b, create=False)
        if pid:
            return pid, (a, b)
    return None


def signing_parties(ctx: Context) -> tuple[list[str], list[Source]]:
    """Who an agreement without a subject binds: the parties of the acta's preamble."""
    if not ctx.structure.agreements:
        return _participants(ctx) or list(ctx.parties), []
    first = ctx.structure.agreements[0].ordinal
    layout = load_layout()
    intro = next((b for b in reversed(ctx.structure.blocks[:first - 1])
                  if any(p.search(fold_same_length(b.text)) for p in layout.agreements_intro)), None)
    if intro is None:
        return _participants(ctx) or list(ctx.parties), []
    folded = fold_same_length(intro.text)
    m = next((p.search(folded) for p in layout.agreements_intro if p.search(folded)), None)
    src = [ctx.source(intro.start + m.start(), intro.start + m.end())] if m else []
    for subtype, cue in ctx.patterns.party_cues:
        if cue.search(folded):
            bodies = [b for p in ctx.parties for b in ctx.gazetteer.body_of(p, subtype)]
            if bodies:
                return bodies, src
    states = [i for it in ctx.items_by_block.get(intro.ordinal, []) if it.kind == "Country"
              for i in it.ids]
    signers = [i for sg in ctx.structure.signatories
               for it in ctx.items_by_block.get(sg.ordinal, [])
               if it.kind == "Country" and sg.start <= it.start < sg.end for i in it.ids]
    return (list(dict.fromkeys(signers)) or states or _participants(ctx) or list(ctx.parties)), src


def _intro_subjects(ctx: Context):
    """The test extract_commitments asks of an agreement without a subject of its own: the
    actors its intro names as the subject that commits ("The Government of Canada undertakes:",
    "El Gobierno de Chile se compromete a:"), each intro binding the items after it. A function
    of the agreement's start offset giving (actor ids, [the intro's source]); ([], []) when the
    nearest intro before it names no subject. The intros are found once, in one pass."""
    from bisect import bisect_right
    layout, p = load_layout(), ctx.patterns
    definitions = party_definitions(ctx)
    party_intro = re.compile("|".join(f"(?:{w})" for w in lexicon("commitments").get("party_intro", ())) or r"(?!)")
    intros = [b for b in ctx.structure.blocks if b.kind == "paragraph"
              and any(rx.search(fold_same_length(b.text)) for rx in layout.agreements_intro)]
    starts = [b.start for b in intros]
    found: dict[int, tuple[list[str], list[Source]]] = {}

    def subject(at: int) -> tuple[list[str], list[Source]]:
        k = bisect_right(starts, at) - 1
        if k < 0:
            return [], []
        b = intros[k]
        if not party_intro.search(fold_same_length(b.text).rstrip()):
            return [], []           # "Los Ministros acordaron:" binds the signing parties
        if b.ordinal not in found:
            tagged = Tagged.build(ctx.text, b.start, b.end, ctx.items_by_block.get(b.ordinal, []))
            ids: list[str] = []
            for rx in (p.subject,) + p.agents:
                for m in rx.finditer(tagged.s):
                    ids += [i for it in tagged.group_items(m, "who") for i in it.ids]
            if not ids:             # "The Government undertakes to:" after a preamble naming it
                short = _party_by_name(ctx, b.start, b.end, definitions)
                found[b.ordinal] = (short[0], short[1][1:2] + short[1][:1])
                return found[b.ordinal]
            found[b.ordinal] = (list(dict.fromkeys(ids)), [ctx.source(b.start, b.end)] if ids else [])
        return found[b.ordinal]
    return subject


def _counted(subject: str) -> int | None:
    """How many parties a collective subject counts (folded: "the two governments" -> 2, "los
    tres paises" -> 3; data/lang/*/commitments.yaml `number_words`), None when it counts none."""
    numbers = lexicon("commitments").get("number_words") or {}
    return next((numbers[w] for w in subject.split() if w in numbers), None)


def _counts_parties(subject: str, parties: int) -> bool:
    """Whether a collective subject (folded: "los cuatro paises", "the ministers") may stand for
    `parties` parties: one that counts them (data/lang/*/commitments.yaml `number_words`) must
    count that many."""
    numbers = lexicon("commitments").get("number_words") or {}
    counted = [numbers[w] for w in subject.split() if w in numbers]
    return not counted or counted[0] == parties


def _states(ctx: Context, ids: list[str]) -> list[str]:
    """The ids among `ids` that are countries or organisations (what a collective subject such
    as "both countries" or "the Ministers" can stand for), in their order."""
    def kind(i):
        node = ctx.batch.nodes.get(i)
        ent = ctx.gazetteer.get(i) if node is None else None
        return node.kind if node is not None else getattr(ent, "kind", None)
    return [i for i in ids if kind(i) in ("Country", "Organization")]


def _participants(ctx: Context) -> list[str]:
    """The countries and organisations the meeting frame found taking part (not observers):
    who signs a declaration whose preamble lists them."""
    return ctx.meeting_participants(("Country", "Organization"))


def meeting_forum(ctx: Context) -> tuple[list[str], list[Source]]:
    """The forum the document's meeting is a meeting of (its one PART_OF a Conference, Body or
    Organization), with the source that says so: ([forum id], [source]); ([], []) when the
    meeting is part of no forum or of more than one (a joint meeting decides for neither
    alone)."""
    forums = [e for e in ctx.batch.edges.values()
              if e.type == "PART_OF" and e.source == ctx.meeting_id and e.target in ctx.batch.nodes
              and ctx.batch.nodes[e.target].kind in ("Conference", "Body", "Organization")]
    if len({e.target for e in forums}) != 1:
        return [], []
    return [forums[0].target], list(forums[0].sources[:1])


def _body_of_the_parties(ctx: Context, forum: str, states: list[str]) -> bool:
    """Whether `forum` is a body of the two states that met: a Body whose name says it joins two
    states ("la Comisión Binacional Bolivia - Paraguay"; loaders.two_state_bodies) at a meeting
    of two states (`states`): what it decides binds those states."""
    node = ctx.batch.nodes.get(forum)
    return len(states) == 2 and node is not None and node.kind == "Body" and two_state_body(node.name)


def _forum_preamble(ctx: Context, c: CommitmentSpan) -> bool:
    """Whether the paragraph before the operative heading of decision `c` opens with the forum
    or its meeting ("La XXI Conferencia Regional sobre Migración se celebró ...", "The XXI
    Regional Conference on Migration took place ...": the forum decides), not with the states'
    delegates ("Los Viceministros de Belice, Canadá ..., reunidos en ...": they decide): its
    first tagged entity is a Conference, Body, Organization or Event."""
    intro = load_layout().agreements_intro
    before = next((b for b in ctx.structure.blocks_ending_by(c.start) if b.kind == "paragraph"
                   and not operative_heading(b.text)
                   and not any(rx.search(fold_same_length(b.text)) for rx in intro)), None)
    if before is None:
        return False
    items = sorted(ctx.items_by_block.get(before.ordinal, []), key=lambda it: it.start)
    return bool(items) and items[0].kind in ("Conference", "Body", "Organization", "Event")


def _meeting_persons(ctx: Context) -> list[str]:
    """The persons the meeting frame found taking part (not observers), in their order: who a
    readout's "the two officials" are when no two states took part."""
    meeting = ctx.meeting_id
    return list(dict.fromkeys(
        e.source for e in ctx.batch.edges.values()
        if e.type == "PARTICIPATES_IN" and e.target == meeting
        and e.properties.get("role") != "observer" and ctx.batch.nodes[e.source].kind == "Person"))


class _EdgesFrom:
    """The batch's edges by (source, type), in the order they were added, kept up to date as
    edges are added (a batch's edges only grow while commitments are read): asking for one
    commitment's edges must not read every edge of a long document again."""

    def __init__(self, edges: dict):
        self.edges, self.seen, self.index = edges, 0, {}

    def of(self, source: str, etype: str) -> list:
        if len(self.edges) < self.seen:          # something removed edges: index again
            self.seen, self.index = 0, {}
        new = len(self.edges) - self.seen
        if new:
            added = list(islice(reversed(self.edges.values()), new)) if self.seen else \
                list(self.edges.values())
            for e in (reversed(added) if self.seen else added):
                self.index.setdefault((e.source, e.type), []).append(e)
            self.seen = len(self.edges)
        return list(self.index.get((source, etype), ()))


class _DocumentEvents:
    """The batch's Event nodes of this document other than its meeting, ordered by the start of
    their first source and kept up to date as nodes are added (a batch's nodes only grow while
    commitments are read), so that the events named inside one commitment are found by bisection
    instead of by reading every node of a long document once per commitment."""

    def __init__(self, ctx: Context):
        self.ctx, self.seen, self.starts, self.unsourced = ctx, 0, [], []

    def _index(self, node, seq: int) -> None:
        if node.kind != "Event" or node.id == self.ctx.meeting_id \
                or node.properties.get("doc") != self.ctx.doc:
            return
        if node.sources:
            insort(self.starts, (node.sources[0].start, seq, node.id))
        else:
            self.unsourced.append((node, seq))

    def within(self, start: int, end: int) -> list:
        """The indexed Events whose first source lies inside `start`..`end`, in the order the
        batch holds them."""
        nodes = self.ctx.batch.nodes
        if len(nodes) < self.seen:               # something removed nodes: index again
            self.seen, self.starts, self.unsourced = 0, [], []
        new = len(nodes) - self.seen
        if new:
            added = list(islice(reversed(nodes.values()), new)) if self.seen else list(nodes.values())
            for k, n in enumerate(reversed(added) if self.seen else added, self.seen):
                self._index(n, k)
            self.seen = len(nodes)
        if self.unsourced:                       # an Event given its first source later
            waiting, self.unsourced = self.unsourced, []
            for n, seq in waiting:
                self._index(n, seq)
        found = []
        for k in range(bisect_left(self.starts, (start, -1, "")), len(self.starts)):
            first_start, seq, nid = self.starts[k]
            if first_start > end:
                break
            n = nodes.get(nid)
            if n is not None and n.sources[0].end <= end:
                found.append((seq, n))
        return [n for _, n in sorted(found, key=lambda f: f[0])]


def nearest_sources(sources: list[Source], at: int, index: dict | None = None) -> list[Source]:
    """The one source of `sources` whose span is nearest the offset `at` (the earlier on a tie;
    a span holding `at` is at distance 0), as a list; an empty list for none.

    `index`, a dict the caller keeps for one document, holds each list's sources sorted by start
    with the running maximum of their ends, so that asking the same list about many offsets costs
    a bisection each (logarithmic in the list's length) instead of a pass over it; the answer is
    the same as without it. A list that grew since it was indexed is indexed again.

    >>> from graph.batch import Source
    >>> far, near = Source("d", "1", 1, 0, 5, "enero"), Source("d", "1", 9, 90, 95, "enero")
    >>> [s.start for s in nearest_sources([far, near], 100)]
    [90]
    >>> [s.start for s in nearest_sources([far, near], 2)]
    [0]
    >>> idx = {}
    >>> [s.start for s in nearest_sources([far, near], 60, idx)], [s.start for s in nearest_sources([far, near], 40, idx)]
    ([90], [0])
    >>> nearest_sources([], 7)
    []
    """
    if not sources:
        return []
    if index is None:
        return [min(sources, key=lambda s: (max(s.start - at, at - s.end, 0), s.start))]
    entry = index.get(id(sources))
    if entry is None or entry[0] is not sources or entry[1] != len(sources):
        ordered = sorted(sources, key=lambda s: s.start)      # stable: list order on equal starts
        starts, reach, top = [s.start for s in ordered], [], -1
        for s in ordered:
            top = max(top, s.end)
            reach.append(top)
        entry = index[id(sources)] = (sources, len(sources), ordered, starts, reach)
    _, _, ordered, starts, reach = entry
    i = bisect_right(starts, at)           # ordered[:i] start at or before `at`, the rest after
    best = None
    if i:
        # the nearest of those starting before: the farthest reach, the earliest that attains it
        j = bisect_left(reach, min(at, reach[i - 1]), 0, i)
        best = (max(at - reach[i - 1], 0), ordered[j].start, ordered[j])
    if i < len(ordered) and (best is None or (ordered[i].start - at, ordered[i].start) < best[:2]):
        best = (ordered[i].start - at, ordered[i].start, ordered[i])
    return [best[2]]


def _stating(ctx: Context, src: Source, start: int, end: int, subject: bool) -> Source:
    """The text that states who must act: for a subject (`start`..`end`, "Iceland will ratify
    it ..."), the clause from the subject to the commitment's end, so that a sentence with two
    actors quotes the one bound; for an agent ("..., coordinated by Chile"), the commitment's
    whole text (`src`), widened to hold the name if it lies outside."""
    if subject and src.start <= start < src.end:
        return ctx.source(start, src.end)
    return ctx.source(min(src.start, start), max(src.end, end))


def extract_commitments(ctx: Context) -> list[CommitmentSpan]:
    p = ctx.patterns
    commits = _actor_commits(ctx)
    spans = acta_commitments(ctx.structure) + report_decisions(ctx.structure, p, commits)
    # an action item is a commitment only when its owner is someone ("Thomas will ..." with two
    # Thomases present, "She will ..." are not) or a state ("Australia will fund ...")
    spans = [c for c in spans if not _owner_only(ctx, c) or _action_owner(ctx, c)[0]
             or (commits is not None and commits(c.start, c.end))]
    # a sentence inside a motion that passed (loaders.motions) is part of that decision
    motions = Enclosing((n.sources[0].start, n.sources[0].end) for n in ctx.batch.nodes.values()
                        if n.kind == "Commitment" and n.properties.get("acta_group") == "motion")
    spans = [c for c in spans if c.group != "report" or not motions.covers(c.start, c.end)]
    # order in the document: "8.1" after "8", "10" after "9", whatever the engine sorts strings as
    before = max((n.properties.get("ordinal") or 0 for n in ctx.batch.nodes.values()
                  if n.kind == "Commitment"), default=0)
    order = {c.id: before + k
             for k, c in enumerate(sorted(spans, key=lambda c: (c.start, c.end)), 1)}
    parties, party_src = signing_parties(ctx)
    intro_subject = _intro_subjects(ctx)
    definitions = party_definitions(ctx)
    responsible: dict[str, tuple[list[str], list[Source], str | None]] = {}
    edges_from = _EdgesFrom(ctx.batch.edges)
    nearest_index: dict = {}        # nearest_sources' sorted sources, per list
    events = _DocumentEvents(ctx)
    last_bound: dict[int, tuple] = {}   # per passage, who its last bound commitment binds
    previous = None                     # the id of the commitment read before this one
    for c in spans:
        before_c, previous = previous, c.id
        block = ctx.structure.block_at(c.start)
        quote = ctx.text[c.start:c.end]
        src = ctx.source(c.start, c.end)
        label = commitment_label(ctx, c)
        ctx.batch.add_node(c.id, "Commitment", label, [src], doc=ctx.doc, number=c.printed or c.number,
                           text=quote, acta_group=c.group, ordinal=order[c.id])
        tagged = Tagged.build(ctx.text, c.start, c.end, ctx.items_by_block.get(block.ordinal, []))
        # who must act
        who: list[str] = []
        who_src: list[Source] = []
        role = None
        if c.cells:
            _table_row(ctx, c, tagged)
            responsible[c.id] = ([], [], None)
            continue
        # a state that commits itself in a clause of its own ("Australia has taken ... and New
        # Zealand will set ...") is the one bound, not the sentence's first actor
        committed = next((rx for rx in p.actor_commits if rx.search(tagged.s)), None)
        first_at = None     # where the first clause naming who must act starts
        also_bound: list[str] = []      # bound besides `who` (the forum of a charged item)
        own_intro = False               # bound by an intro that names its subject
        for rx in ((committed,) if committed else (p.subject,) + p.agents):
            for m in rx.finditer(tagged.s):
                first_at = m.start() if first_at is None else min(first_at, m.start())
                ids = [i for it in tagged.group_items(m, "who") for i in it.ids]
                who += ids
                for it in tagged.group_items(m, "who"):
                    # a body named by its title alone ("the Pro-Tempore Presidency") is named here
                    for i in it.ids:
                        ctx.ensure(i, [ctx.source(it.start, it.end)])
                # the commitment's own text names both ends: it is what states who must act
                # (the subject alone, "Canada", states nothing)
                who_src.append(_stating(ctx, src, *tagged.span(*m.span("who")),
                                        subject=rx is not None and rx not in p.agents))
        if who and c.group == "report" and _establishes(ctx, c):
            who, who_src = [], []   # "La Oficina de X se establece en ...": what is set up, not who acts
        if not who:
            who, who_src = _defined_party(ctx, c, definitions)
        if not who:
            who, who_src = _labelled_owner(ctx, c)
        if not who:
            who, who_src = _action_owner(ctx, c)
        if not who and c.group == "report":
            who, who_src = list_intro_subjects(ctx, c)
        if not who and c.group == "report":
            who, who_src = continued_subject(ctx, c)
            who_src = [src] + who_src if who else who_src
        if not who and c.group == "report":
            who, who_src, role = _article_parties(ctx, c, src, last_bound)
        if not who and c.continues and before_c in responsible:
            # "... acordaron crear un grupo y encomendar ...": the second decision of the
            # clause is taken by whom the first binds
            who, who_src, role = responsible[before_c]
        if not who and c.parent and c.parent in responsible:
            who, who_src, role = responsible[c.parent]
        elif not who:
            # an item of a list of agreements may keep the "to" of its intro ("agreed the
            # following: (a) to establish ..."); a report sentence opening "To advance ..., X
            # will" is a purpose clause, not an agreement
            listed_to = c.group != "report" and tagged.s.startswith("to ")
            m = listed_to or p.infinitive.match(tagged.s) or p.signing_party_words.search(tagged.s) \
                or (c.group == "report" and first_plural_commits(fold_same_length(quote)))
            # an item after "The Government undertakes to:" is that party's, whatever its verb
            own = intro_subject(c.start) if m or c.group != "report" else ([], [])
            if own[0]:
                # "The Government of Canada undertakes: (a) to admit ...": the intro's subject
                who, who_src = own[0], [src] + own[1]
                own_intro = True
            elif m:
                # the item that states the commitment is the quote; the intro naming the
                # parties, when there is one, follows it
                who, role = list(parties), "signing_party"
                who_src = [src] + [x for x in party_src if (x.start, x.end) != (src.start, src.end)]
                if not who and p.signing_party_words.search(tagged.s):
                    # "Las Partes se comprometen a ..." in an agreement whose preamble names
                    # its parties and no meeting: the parties it names
                    named = _preamble_parties(ctx)
                    who = list(dict.fromkeys(i for _, ids, _ in named for i in ids))
                    who_src = [src] + list({(x.start, x.end): x for _, _, x in named}.values())
                    if len(who) < 2:
                        who, who_src = [], []
            elif c.group == "report":
                # "Both countries agreed to ...", "The Prime Ministers agreed to ...": the parties
                # (states and organisations, never a forum) as the sentence's subject; in a
                # readout of two persons with no two states ("The two officials committed to
                # ..."), the persons who met
                m = next((m for rx in minutes_words().collective_subject
                          for m in [rx.match(fold_same_length(quote))] if m), None)
                states = _states(ctx, parties)
                if m and len(states) < 2:
                    # no parties found: a subject that counts them ("the two governments")
                    # stands for the countries the text names when it names exactly that many
                    # ("the two governments"), or, when it counts none ("reafirmaron el
                    # compromiso de sus gobiernos"), for the countries the text names
                    named = [i for i, n in ctx.batch.nodes.items() if n.kind == "Country"]
                    counted = _counted(m.group("who"))
                    if m.groupdict().get("implicit") is not None:
                        # "They pledged to ...", "Acordaron ...": who met, never every state
                        # the text names (a third one named in passing is no party)
                        pass
                    elif (counted and counted == len(named)) or (not counted and len(named) >= 2):
                        states = named
                met = _meeting_persons(ctx) if m and len(states) < 2 else []
                if m and len(states) >= 2 and _counts_parties(m.group("who"), len(states)):
                    who, role = states, "signing_party"
                    who_src = [ctx.source(c.start + m.start("who"), c.start + m.end("who"))] + party_src
                elif len(met) >= 2 and _counts_parties(m.group("who"), len(met)):
                    who = met
                    who_src = [ctx.source(c.start + m.start("who"), c.start + m.end("who"))]
        if not who and c.group == "report":
            # "Los cancilleres de El Salvador y Honduras, y la secretaria X asumieron el
            # compromiso de ...": the actors the sentence's subject names
            who = subject_actors(tagged)
            who_src = [src] if who else []
        if not who and c.group == "report":
            # "... que legisladores mexicanos y canadienses acordaron convocar ...": the
            # countries of the demonyms that name who agreed
            who, who_src = demonym_subject(ctx, c.start, c.end)
        if not who and c.group == "report" and quoted_first_plural(fold_same_length(quote)):
            # "“Hemos quedado en conformar unas comisiones”, indicó la Canciller": the states
            # that met, when there are at least two
            states = _states(ctx, _participants(ctx))
            if len(states) >= 2:
                who, who_src = states, [src]
        bare = role == "signing_party" and first_at is None and not own_intro
        # "we will launch ...", "nos comprometemos a ...": the "we" are the states that sign or
        # meet, never the forum their meeting is of
        we_commit = first_plural_commits(fold_same_length(quote))
        if operative_item(quote) and not we_commit and (not who or first_at or bare):
            # "APPROVED ... 2. To adopt ... as the theme of the Conference", "ACUERDAN: 1.
            # Adoptar el lema ...": a decision with no subject is, in either language, the
            # signatories' when the states sign the text, else the forum's the meeting is of,
            # else the states' that took part (ARCHITECTURE.md, "Who a decision binds"); one that
            # charges a body only in a later clause ("To accept the proposal ... and to request
            # that the Presidency establish contacts") binds that body besides
            forum, forum_src = meeting_forum(ctx)
            states = _states(ctx, parties)
            # the states sign the text, or its preamble names them as who decides ("Los
            # Viceministros de A, B y C, reunidos en ... APROBARON")
            signed = bool(ctx.structure.signatories or (party_src and not _forum_preamble(ctx, c)))\
                and len(states) >= 2
            if forum and (signed or _body_of_the_parties(ctx, forum[0], states)):
                forum = []          # signed by the states, or "Comisión Binacional A-B": A and B
            if forum and bare:
                who, who_src, role = forum, [src] + forum_src, None
            elif not who and not forum:
                # "To entrust the Secretariat with ..." signed by the states or at a meeting of
                # no forum: the states, as "Encomendar a la Secretaría ..." binds them
                if len(states) >= 2:
                    who, role = states, "signing_party"
                    who_src = [src] + [x for x in party_src if (x.start, x.end) != (src.start, src.end)]
            elif forum and forum[0] not in who:
                if who:
                    ctx.edge("RESPONSIBLE_FOR", forum[0], c.id, [src] + forum_src)
                    also_bound = forum
                else:
                    who, who_src = forum, [src] + forum_src
        responsible[c.id] = (who, who_src, role)
        if who:
            last_bound[block.ordinal] = (who, who_src, role)
        for actor in dict.fromkeys(who):
            ctx.edge("RESPONSIBLE_FOR", actor, c.id, who_src, role=role)
        if c.parent:
            ctx.edge("PART_OF", c.id, c.parent, [src])
        # an instrument the decision approves ("they have approved the attached Declaration
        # ...", "To accept the proposal entitled "X" as a reference document"): who takes the
        # decision supports it (the forum, not the body a later clause charges)
        for m in (m for rx in approved_instruments() for m in rx.finditer(tagged.s)):
            for it in tagged.group_items(m, "d"):
                for actor in dict.fromkeys(also_bound or who):
                    for i in it.ids:
                        ctx.edge("SUPPORTED", actor, i, [ctx.source(*tagged.span(*m.span()))])
        # what it produces
        delivered = set()
        for rx in p.deliverables:
            for m in rx.finditer(tagged.s):
                for it in tagged.group_items(m, "d"):
                    delivered.update(it.ids)
                    for i in it.ids:
                        ctx.edge("DELIVERABLE", c.id, i, [ctx.source(*tagged.span(*m.span()))])
        own = _own_meeting(quote)
        if own is not None and ctx.meeting_id in ctx.batch.nodes:
            # "se acordó organizar la presente reunión durante el mes de agosto": this meeting
            delivered.add(ctx.meeting_id)
            ctx.edge("DELIVERABLE", c.id, ctx.meeting_id, [ctx.source(c.start + own[0], c.start + own[1])])
        m = p.concerns_instrument.search(tagged.s)
        if m and not delivered and PLACEHOLDER.search(m.group("what") or "") is None:
            _named_instrument(ctx, c, tagged, m, "CONCERNS")
        if not delivered:
            m = p.new_deliverable.search(tagged.s)
            if m:
                _new_deliverable(ctx, c, tagged, m)
        m = p.event.search(tagged.s)
        announced = next_events(ctx, tagged)
        if m and not any(ne.start <= m.start("what") < ne.end for ne in announced):
            _commitment_event(ctx, c, tagged, m)
        for ne in announced:
            # "host the next ministerial meeting" delivers it; "antes de la próxima reunión" is a deadline
            before = tagged.s[max(0, ne.start - 40):ne.start]
            # "agreed to meet again in X": the commitment is due at the meeting the verb says
            etype = "DUE" if ne.by_verb or re.search(r"\b(?:antes de|hasta|para|en|before|by|at|until|durante|during|in|por|for)\s+"
                                        r"(?:la|el|the|su|its|their)?\s*$", before) else "DELIVERABLE"
            ctx.edge(etype, c.id, ne.id, [ctx.source(*tagged.span(ne.start, ne.end))])
            if etype == "DELIVERABLE":
                _where_when(ctx, ne.id, tagged, ne.end)
        # a meeting to come that the text names inside the commitment and that another
        # component made ("presidirán la instalación del Panel ... el 31 de agosto")
        for eid in _later_events_within(ctx, c, edges_from, events):
            if eid not in delivered:
                ev = ctx.batch.nodes[eid].sources[0]
                ctx.edge("DELIVERABLE", c.id, eid, [ctx.source(ev.start, ev.end)])
                delivered.add(eid)
        # when
        for rx in p.due:
            for m in rx.finditer(tagged.s):
                for it in tagged.group_items(m, "d"):
                    for i in it.ids:
                        if it.kind == "Date":
                            date_node(ctx, it)
                        ctx.edge("DUE", c.id, i, [ctx.source(*tagged.span(*m.span()))])
        # an action set for a day after the meeting ("publicar un tweet el día 8 de enero",
        # "presidirán la instalación del Panel ... el 31 de agosto de 2000")
        if not edges_from.of(c.id, "DUE") and p.due_on_day is not None:
            for it, (s, e) in _days_after_meeting(ctx, tagged, p.due_on_day):
                date_node(ctx, it)
                ctx.edge("DUE", c.id, it.ids[0], [ctx.source(s, e)])
        # a sentence after it that dates its start ("These offices will begin ... on June 12")
        if not edges_from.of(c.id, "DUE") and c.group == "report":
            for it, (s, e) in follow_on_dates(ctx, c, block):
                date_node(ctx, it)
                ctx.edge("DUE", c.id, it.ids[0], [ctx.source(s, e)])
        # a commitment to hold a meeting is due when the meeting is held; it cites the statement
        # of that date nearest to it, not every one (a meeting whose date a long text restates
        # would otherwise copy all of them onto each commitment: quadratic in the text's length)
        if not edges_from.of(c.id, "DUE"):
            for d in edges_from.of(c.id, "DELIVERABLE"):
                for h in edges_from.of(d.target, "HELD_ON"):
                    ctx.edge("DUE", c.id, h.target, nearest_sources(h.sources, c.start, nearest_index))
        # about what
        for it in tagged.items:
            if it.kind in ("Topic", "Instrument") and not (set(it.ids) & delivered) \
                    and it.subtype != "acta":
                for i in it.ids:
                    ctx.edge("CONCERNS", c.id, i, [ctx.source(it.start, it.end)])
    return spans


# how many sentences after a commitment, in its paragraph, may date its start
FOLLOW_ON_SENTENCES = 2


def follow_on_dates(ctx: Context, c: CommitmentSpan, block) -> list:
    """The dates that a sentence right after commitment `c`, in its passage `block`, sets for
    the start of what `c` sets up ("... announce a program ... . These offices will begin
    accepting appointments on June 12, 2023."; data/patterns.yaml `due_follow_on`): a list of
    (the Date's tagged item, (start, end) of the sentence up to the date); [] when none of the
    next FOLLOW_ON_SENTENCES sentences does."""
    if block is None or not ctx.patterns.due_follow_on:
        return []
    after = [(s, e) for s, e in sentences(ctx.text, block.start, block.end, ctx.patterns.abbreviations)
             if s >= c.end][:FOLLOW_ON_SENTENCES]
    found = []
    for s, e in after:
        tagged = Tagged.build(ctx.text, s, e, ctx.items_by_block.get(block.ordinal, []))
        for rx in ctx.patterns.due_follow_on:
            m = rx.search(tagged.s)
            if m:
                found += [(it, tagged.span(*m.span())) for it in tagged.group_items(m, "d")
                          if it.kind == "Date" and it.ids]
                break
        if found:
            break
    return found


@lru_cache(maxsize=1)
def _subject_words() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """data/lang/*/commitments.yaml `subject_commits` (the verb that closes a subject opening
    the sentence), `subject_opens` (how such a subject begins) and `apposition_country` (a
    country written inside a person's post, right before the person's name), compiled."""
    lx = lexicon("commitments")
    return tuple(re.compile("|".join(f"(?:{w})" for w in lx.get(k) or ()) or r"(?!)")
                 for k in ("subject_commits", "subject_opens", "apposition_country"))


# the longest subject read before the verb of a commitment (tagged characters)
SUBJECT_CHARS = 320


def subject_actors(tagged: Tagged) -> list[str]:
    """The actors named in the subject that opens a sentence recording a commitment, before its
    verb (data/lang/*/commitments.yaml `subject_commits`): "Los cancilleres de El Salvador y
    Honduras, México y la secretaria de Seguridad de Estados Unidos, Kirstjen Nielsen,
    asumieron el compromiso de ..." binds El Salvador, Honduras, México and Nielsen; a country
    written inside the post of the person named right after it (`apposition_country`) is that
    person's, not a party. [] when the sentence does not open with its subject (`subject_opens`)
    or the subject names no actor."""
    verbs, opens, apposition = _subject_words()
    m = verbs.search(tagged.s, 0, SUBJECT_CHARS)
    if not m or not opens.match(tagged.s) or re.search(r"[.;:]", tagged.s[:m.start()]):
        return []
    subject = tagged.s[:m.start()]
    out = []
    for x in PLACEHOLDER.finditer(subject):
        if x.group("kind") not in ACTORS:
            continue
        if x.group("kind") == "Country" and apposition.search(subject[:x.start()] + "‖" + subject[x.end():]):
            continue
        out += list(tagged.items[int(x.group("idx"))].ids)
    return list(dict.fromkeys(out))


# a meeting the commitment's verb takes as its object: a determiner right before it, after a
# word that is no preposition ("presidirán la instalación", "will host the summit"); "in the
# lead-up to the Conference", "antes de la reunión" name it as a time, not what is delivered
_OBJECT_BEFORE = re.compile(
    r"(?:^|\s)(?!(?:to|at|in|on|of|for|from|with|by|before|after|until|during|ahead|toward|towards|"
    r"de|del|en|a|al|para|por|con|durante|antes|despues|hasta|hacia|desde|tras|sobre|y|and|o|or)\s)"
    r"[a-z]+\s+(?:la|el|los|las|the|a|an|un|una|its|their|su|sus)\s+$")


def _later_events_within(ctx: Context, c: CommitmentSpan, edges_from,
                         events: _DocumentEvents) -> list[str]:
    """The Events of this document, other than its own meeting, first named inside the
    commitment's words and held after the meeting's date (their HELD_ON), that no deadline word
    takes as its object (a determiner right before it after a word that is no preposition:
    "presidirán la instalación del Panel", not "in the lead-up to the Conference"): the meetings
    the commitment delivers. [] when the document states no date of its own."""
    meeting = ctx.structure.date
    if not meeting:
        return []
    out = []
    for n in events.within(c.start, c.end):
        first = n.sources[0]
        days = [h.target for h in edges_from.of(n.id, "HELD_ON")]
        if not any(str(ctx.batch.nodes[d].properties.get("date") or "")[:10] > meeting[:10]
                   for d in days if d in ctx.batch.nodes):
            continue
        before = " ".join(fold_same_length(ctx.text[max(c.start, first.start - 40):first.start]).split())
        if not _OBJECT_BEFORE.search(" " + before + " "):
            continue
        out.append(n.id)
    return out


def _days_after_meeting(ctx: Context, tagged: Tagged, cue: re.Pattern) -> list:
    """The dates of a commitment that name one day after the meeting's date, right after a
    cue word of the day (data/patterns.yaml commitments `due_on_day`: "el día", "el", "on"), and
    before any relative or subordinate clause after the decision's opener (`due_on_day_clause`,
    `due_on_day_opener`): the day the action is set for. [(date item, (start, end) of cue and date)]; none when the
    document states no date of its own (a day cannot then be told to lie ahead)."""
    meeting = ctx.structure.date
    if not meeting:
        return []
    p = ctx.patterns
    opener = p.due_on_day_opener.match(tagged.s)
    head = opener.end() if opener else 0
    out = []
    for x in PLACEHOLDER.finditer(tagged.s):
        if p.due_on_day_clause.search(tagged.s, head, x.start()):
            break                   # "... que se realizará el 4 de abril": another clause's day
        it = tagged.items[int(x.group("idx"))]
        v = it.date.value if it.kind == "Date" and it.date is not None else None
        if v is None or v.precision != "day" or v.start != v.end or v.start.isoformat() <= meeting[:10]:
            continue
        # the cue may stand before the date or open the date's own words ("el 31 de agosto")
        own = re.match(r"\D*?(?=\d)", fold_same_length(ctx.text[it.start:it.end]))
        before = tagged.s[max(0, x.start() - 40):x.start()]
        m = cue.search(before + (own.group(0) if own else ""))
        if m:
            at = x.start() - len(before) + m.start()
            out.append((it, tagged.span(min(at, x.start()), x.end())))
    return out


@lru_cache(maxsize=1)
def _article_words() -> dict:
    """data/lang/*/commitments.yaml `article_binds` (tagged text, slot `who`), `article_continued`,
    `mutual_agreement`, `article_establishes` (folded text), compiled: {key: (regex, ...)}."""
    from loaders.patterns import compile_pattern
    lx = lexicon("commitments")
    out = {"article_binds": tuple(compile_pattern(w) for w in lx.get("article_binds") or ())}
    for key in ("article_continued", "mutual_agreement", "article_establishes"):
        out[key] = tuple(re.compile(w) for w in lx.get(key) or ())
    return out


def article_blocks(structure: DocumentStructure) -> frozenset:
    """The ordinals of the passages inside an agreement's articles: those after a heading or a
    section title that is an article's label ("Artículo 3", "Article IV"; data/lang/*/
    commitments.yaml `article_label`) and before the next heading that is not one (one pass)."""
    rx = re.compile("|".join(f"(?:{w})" for w in lexicon("commitments").get("article_label") or ()) or r"(?!)")
    titles = {sec.number: sec.title for sec in structure.sections}
    out, inside, section = set(), False, None
    for b in structure.blocks:
        if b.section != section:
            section = b.section
            title = titles.get(section) or ""
            inside = bool(title) and bool(rx.match(fold_same_length(title.strip()) + "\n"))
        if b.kind in ("heading", "title"):
            inside = bool(rx.match(fold_same_length(b.text.strip()) + "\n")) or \
                (inside and b.kind == "heading" and b.text.strip().isupper())
            continue
        if inside:
            out.add(b.ordinal)
    return frozenset(out)


def first_article(structure: DocumentStructure) -> int | None:
    """Where the first passage of an agreement's articles starts (its offset), or None."""
    blocks = article_blocks(structure)
    return min((structure.block(o).start for o in blocks), default=None)


def article_clause(ctx: Context, start: int, end: int, items) -> bool:
    """Whether a sentence of an agreement's article binds: a party is its subject ("España
    reconoce ...", "The Government shall ..."), it goes on binding the subject before it ("Se
    compromete asimismo a ..."), it fixes something by the parties' mutual agreement, or the
    article establishes something itself ("La Representación de la OIM se establece en Madrid")."""
    words = _article_words()
    folded = " ".join(fold_same_length(ctx.text[start:end]).split())
    if any(rx.search(folded) for key in ("article_continued", "mutual_agreement", "article_establishes")
           for rx in words[key]):
        return True
    tagged = Tagged.build(ctx.text, start, end, items)
    return any(rx.match(tagged.s) for rx in words["article_binds"])


def _actor_commits(ctx: Context):
    """The test report_decisions asks of a sentence: does a state named in it commit itself
    (data/patterns.yaml commitments `actor_commits`: "In return, Australia will resettle ...")?"""
    rules = ctx.patterns.actor_commits
    if not rules:
        return None
    articles = article_blocks(ctx.structure)
    title = " ".join(fold_same_length(ctx.structure.title or "").split())

    def commits(start: int, end: int) -> bool:
        block = ctx.structure.block_at(start)
        if block is None:
            return False
        if len(title) >= 20 and " ".join(fold_same_length(ctx.text[start:end]).split()).startswith(title):
            return False    # the headline restated ("Australia and PNG to establish ..."): no decision of its own
        items = ctx.items_by_block.get(block.ordinal, [])
        if block.ordinal in articles and article_clause(ctx, start, end, items):
            return True
        if not any(it.kind in ("Country", "Organization", "Body", "Person") and start <= it.start < end
                   for it in items):
            return bound_by_name(start, end)
        tagged = Tagged.build(ctx.text, start, end, items)
        return any(rx.search(tagged.s) for rx in rules) or bound_by_name(start, end)

    definitions = party_definitions(ctx)
    binds = re.compile("|".join(f"(?:{w})" for w in lexicon("commitments").get("party_binds") or ()) or r"(?!)")

    def bound_by_name(start: int, end: int) -> bool:
        """An agreement's party binding itself by the short name the agreement gives it ("The
        Committee will provide ..."), or its government by its demonym ("The Canadian
        Government agrees to ...")."""
        folded = fold_same_length(ctx.text[start:end])
        for rx, _, _ in definitions:
            m = rx.match(folded)
            if m and binds.match(folded[m.end() - 1:]):
                return True
            if party_clause(ctx.text[start:end], rx):
                return True
        return _demonym_government(ctx, start, end) is not None
    return commits


def _table_row(ctx: Context, c: CommitmentSpan, tagged: Tagged) -> None:
    """An action-item table row: who is responsible is its responsible cell, when it is due its
    deadline cell (a date, or a meeting to come), what about its action cell."""
    def cell_items(role):
        spans = [(a, b) for r, a, b in c.cells if r == role]
        return [it for it in tagged.items for a, b in spans if a <= it.start and it.end <= b]
    for it in cell_items("responsible"):
        if it.kind in ACTORS:
            for i in it.ids:
                ctx.edge("RESPONSIBLE_FOR", i, c.id, [ctx.source(it.start, it.end)])
    for it in cell_items("deadline"):
        if it.kind == "Date":
            date_node(ctx, it)
            ctx.edge("DUE", c.id, it.ids[0], [ctx.source(it.start, it.end)])
    for role, a, b in c.cells:
        if role != "deadline":
            continue
        for ne in next_events(ctx, tagged):
            s, _ = tagged.span(ne.start, ne.end)
            if a <= s < b:
                ctx.edge("DUE", c.id, ne.id, [ctx.source(*tagged.span(ne.start, ne.end))])
    for it in cell_items("action"):
        if it.kind in ("Topic", "Instrument"):
            for i in it.ids:
                ctx.edge("CONCERNS", c.id, i, [ctx.source(it.start, it.end)])


def _new_deliverable(ctx: Context, c: CommitmentSpan, tagged: Tagged, m: re.Match) -> None:
    """A document the commitment produces, named as written ("informe sobre retorno de
    migrantes extrarregionales"): an Instrument of this document."""
    _named_instrument(ctx, c, tagged, m, "DELIVERABLE")


def _named_instrument(ctx: Context, c: CommitmentSpan, tagged: Tagged, m: re.Match,
                      etype: str) -> None:
    """An instrument named as written (group `what` of `m`), an Instrument of this document,
    and the commitment's `etype` edge to it (DELIVERABLE: it produces it; CONCERNS: it adopts,
    approves or implements it)."""
    s, e = tagged.span(*m.span("what"))
    s, e = trim(ctx.text, s, e)
    name = " ".join(ctx.text[s:e].split()).rstrip(" ,;.")
    if not name:
        return
    iid = f"instrument:{ctx.doc}:{re.sub(r'[^a-z0-9]+', '-', fold_same_length(name)).strip('-')[:60]}"
    src = ctx.source(s, e)
    ctx.batch.add_node(iid, "Instrument", name[:1].upper() + name[1:], [src], doc=ctx.doc,
                       subtype="document")
    ctx.edge(etype, c.id, iid, [src])


@lru_cache(maxsize=1)
def _guest_words() -> tuple[re.Pattern, ...]:
    """data/lang/*/commitments.yaml `meeting_guest` and `invited_guest`, compiled over folded text."""
    lex = lexicon("commitments")
    return tuple(re.compile(w) for w in (lex.get("meeting_guest") or []) + (lex.get("invited_guest") or []))



@lru_cache(maxsize=1)
def _own_meeting_words() -> tuple[re.Pattern, ...]:
    """data/lang/*/commitments.yaml `own_meeting_deliverable`, compiled over folded text."""
    return lexicon_patterns("own_meeting_deliverable")


def _own_meeting(quote: str) -> tuple[int, int] | None:
    """The span, within `quote`, of the words by which a commitment holds the very meeting the
    document records ("organizar la presente reunión", "to convene this meeting"), or None."""
    folded = fold_same_length(quote)
    m = next((m for rx in _own_meeting_words() for m in [rx.search(folded)] if m), None)
    return m.span() if m else None


def _commitment_event(ctx: Context, c: CommitmentSpan, tagged: Tagged, m: re.Match) -> None:
    """A meeting an agreement calls for becomes an Event of this document, held where and when
    the agreement says right after naming it ("un taller ... en Ciudad de Guatemala durante el
    segundo semestre de 2004"); the actors its name holds take part in it, but for a guest to be
    invited ("una reunión trilateral con Estados Unidos": `meeting_guest`)."""
    a = m.start("what")
    end = ctx.patterns.event_name_end.search(tagged.s, m.end("what"))
    b = end.start() if end else len(tagged.s)
    s, e = tagged.span(a, b)
    name = ctx.text[s:e]
    name = " ".join(name.split())
    eid = f"event:{ctx.doc}:acta:{c.number}" if c.group != "report" else \
        f"event:{ctx.doc}:report:{c.number}"
    src = ctx.source(s, e)
    ctx.batch.add_node(eid, "Event", name[:1].upper() + name[1:], [src], doc=ctx.doc)
    ctx.edge("DELIVERABLE", c.id, eid, [src])
    for it in tagged.items:
        if it.start < s or it.end > e:
            continue
        if it.kind in ACTORS:
            k = next((x for x, start in enumerate(tagged.starts) if start >= it.start), len(tagged.s))
            if any(rx.search(tagged.s, max(0, k - 40), k) for rx in _guest_words()):
                continue        # "una reunión trilateral con Estados Unidos": a guest to invite
            for i in it.ids:
                ctx.edge("PARTICIPATES_IN", i, eid, [ctx.source(it.start, it.end)])
        elif it.kind == "Date":
            date_node(ctx, it)
            ctx.edge("HELD_ON", eid, it.ids[0], [ctx.source(it.start, it.end)])
    if end is not None:
        _where_when(ctx, eid, tagged, end.start())


def _where_when(ctx: Context, eid: str, tagged: Tagged, at: int) -> None:
    """HELD_IN and HELD_ON of a meeting a commitment produces, from the words right after its
    name: "en Ciudad de Guatemala durante el segundo semestre de 2004", "in Lima in 2024"."""
    place = place_after(ctx, tagged, at)
    if not place:
        return
    ctx.edge("HELD_IN", eid, place[0], [place[1]])
    # where the place's words end, in the tagged string
    past = next((k for k, start in enumerate(tagged.starts) if start >= place[1].end),
                len(tagged.s))
    nxt = next((x for x in PLACEHOLDER.finditer(tagged.s, past) if x.group("kind") == "Date"), None)
    # ", Panamá, en el mes de agosto de 2022", " in 2024", " durante el segundo semestre"
    when = re.compile(r"\s*,?\s*(?:⟦(?:Country|Place)#\d+⟧\s*,?\s*)?"
                      r"(?:(?:durante|en|el|los|del|mes|de|on|in|during|the|month|of)\s+){0,4}")
    if nxt and when.fullmatch(tagged.s, past, nxt.start()):
        it = tagged.items[int(nxt.group("idx"))]
        if it.kind == "Date" and it.subtype != "period":
            date_node(ctx, it)
            ctx.edge("HELD_ON", eid, it.ids[0], [ctx.source(it.start, it.end)])
