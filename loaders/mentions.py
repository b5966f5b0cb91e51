"""Find where a document names gazetteer entities, each with its exact span.

A phrase matcher over folded tokens (case and accents ignored, word-bounded, markup `**` and
hyphens skipped) where the longest alias wins, so "PPT de la CRM" is the presidency and not the
conference. Matching runs passage by passage so a mention never straddles two passages. Two
document-level additions: an event or venue mention does not hide the actors and places it names
("reunión de OEA" also mentions OEA, "sede de la OIM en Washington D.C." also Washington D.C., as
nested mentions), a name several entities share ("ST") goes to the body of the conference the
passage names (see _disambiguate), and a bare title ("la Viceministra", "la Declaración")
resolves to the most recent preceding full mention of a person holding that post / an instrument
of that subtype / a body whose name holds that head noun ("the Commission", "el Grupo"; not where a
capitalised word follows it) (data/gazetteer.yaml `anaphora`), else stays unresolved. A country name that
alone is also a word ("Niger", "Chad") counts only where the text writes a state (see
_state_context). It must not decide
relations; it only says "this span names that entity".
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from loaders.gazetteer import Anaphor, Entity, Gazetteer
from loaders.given_names import given_name
from loaders.invisible import INVISIBLE_CLASS, drop_invisible
from loaders.read import fold_same_length as _fold
from loaders.structure import DocumentStructure

# a word may hold invisible characters ("Pe\u00adrú"); they are dropped before folding
TOKEN = re.compile(rf"[^\W_]+(?:[{INVISIBLE_CLASS}]+[^\W_]+)*|[^\w\s*\-{INVISIBLE_CLASS}]")


@dataclass(frozen=True)
class Mention:
    entity: str
    kind: str
    start: int
    end: int
    quote: str
    ordinal: int
    section: str
    via: str | None = None      # None: named in full; "inside:<id>": nested in that mention;
                                # "anaphor": a bare title resolved to an earlier full mention


@dataclass(frozen=True)
class _Alias:
    tokens: tuple[str, ...]
    exact: tuple[str, ...] | None     # case-sensitive aliases keep their original tokens
    entity: Entity
    guarded: bool = False             # a name that stands for the entity only where the text
                                      # writes a state (see _state_context)


def match_key(text: str) -> str:
    """Case- and accent-free, without invisible characters (tokens only: lengths may change)."""
    return _fold(drop_invisible(text))


def _tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(0), m.start(), m.end()) for m in TOKEN.finditer(text)]


@lru_cache(maxsize=8)
def _index(gazetteer: Gazetteer) -> dict[str, list[_Alias]]:
    """First folded token -> aliases starting with it, longest first."""
    index: dict[str, list[_Alias]] = {}
    entities = gazetteer.entities.values()
    if gazetteer.base is not None:       # an extension: the base's index plus the new entities
        index = {k: list(v) for k, v in _index(gazetteer.base).items()}
        entities = [e for i, e in gazetteer.entities.items() if i not in gazetteer.base.entities]
    for ent in entities:
        names = set(ent.aliases) | {ent.name if ent.name_matches and not ent.doc_local else ""} | \
            {ent.acronym or ""} | {_english_name(ent)}
        for alias in sorted(names) + [g for g in ent.guarded if g not in names]:
            if not alias or "{" in alias:
                continue
            exact = alias.startswith("=") or _acronym_only(ent, alias)
            alias = alias[1:] if alias.startswith("=") else alias
            toks = tuple(match_key(t) for t, _, _ in _tokens(alias))
            if not toks:
                continue
            index.setdefault(toks[0], []).append(
                _Alias(toks, tuple(t for t, _, _ in _tokens(alias)) if exact else None, ent,
                       alias in ent.guarded and alias not in names))
    for lst in index.values():
        lst.sort(key=lambda a: -len(a.tokens))
    return index


ACTOR_KINDS = frozenset({"Organization", "Conference", "Body", "Instrument"})


def _english_name(ent: Entity) -> str:
    """A curated organisation's, forum's, body's or instrument's English name, which a text in
    English writes in full ("International Organization for Migration" is the OIM); "" for other
    kinds and for labels that only stand for the entity (name_matches off)."""
    if ent.kind in ACTOR_KINDS and ent.curated and ent.name_matches and not ent.doc_local:
        return ent.name_en or ""
    return ""


def _acronym_only(ent: Entity, alias: str) -> bool:
    """An all-capital acronym of an organisation ("BID", "OIM") matches only as written in
    capitals: "bid" or "can" in running text are words, not the bank or the community."""
    return ent.kind in ACTOR_KINDS and 2 <= len(alias) <= 8 and alias.isalpha() and alias.isupper()


def find_mentions(text: str, gazetteer: Gazetteer, offset: int = 0, doc_id: str = "",
                  title: str | None = None, exclude: frozenset = frozenset(),
                  kinds: frozenset | None = None) -> list[tuple[Entity, int, int]]:
    """(entity, start, end) for every alias occurrence in `text`, longest first, no overlaps.

    `exclude`: entity ids not to look for; `kinds`: only entities of these kinds.
    """
    index = _index(gazetteer)
    toks = _tokens(text)
    folded = [match_key(t) for t, _, _ in toks]
    candidates, guarded = [], []
    for i, ft in enumerate(folded):
        for alias in index.get(ft, ()):
            if alias.entity.id in exclude or (kinds is not None and alias.entity.kind not in kinds):
                continue
            n = len(alias.tokens)
            if tuple(folded[i:i + n]) != alias.tokens:
                continue
            if alias.exact and tuple(t for t, _, _ in toks[i:i + n]) != alias.exact:
                continue
            if alias.entity.capitalised and not toks[i][0][:1].isupper():
                continue
            (guarded if alias.guarded else candidates).append((i, i + n, alias.entity))
    candidates += _state_context(guarded, candidates, toks, folded)
    fixed = _fixed_expression_tokens(folded)
    candidates = [c for c in candidates if not all(k in fixed for k in range(c[0], c[1]))]
    country_ends: dict[int, int] = {}
    for a, b, ent in candidates:
        if ent.kind == "Country":
            country_ends[a] = max(b, country_ends.get(a, b))
    candidates = [c for c in candidates if not _surname(c, toks, text)
                  and not _name_goes_on(c, toks, text, country_ends)
                  and not _scope_word_beside(c, toks, text)]
    # most tokens, then most characters ("Viceministra Margarín" over "La Viceministra")
    candidates.sort(key=lambda c: (-(c[1] - c[0]), -(toks[c[1] - 1][2] - toks[c[0]][1]), c[0]))
    alternatives: dict[tuple[int, int], list[Entity]] = {}
    for a, b, ent in candidates:
        if ent not in alternatives.setdefault((a, b), []):
            alternatives[(a, b)].append(ent)
    used = [False] * len(toks)
    chosen = []
    for a, b, _ in candidates:
        if any(used[a:b]):
            continue
        for k in range(a, b):
            used[k] = True
        chosen.append((a, b))
    chosen_spans = set(chosen)
    owners = [(a, ents[0].id) for (a, b), ents in alternatives.items()
              if (a, b) in chosen_spans and len(ents) == 1]
    out = []
    for a, b in chosen:
        ent = _disambiguate(alternatives[(a, b)], a, owners, gazetteer)
        out.append((ent.for_document(doc_id, title), toks[a][1] + offset, toks[b - 1][2] + offset))
    return sorted(out, key=lambda m: m[1])


@lru_cache(maxsize=1)
def _fixed_expressions() -> tuple[tuple[str, ...], ...]:
    """data/lang/*/heads.yaml `fixed_expressions`, folded into tokens."""
    from loaders.lang import lexicon
    return tuple(tuple(match_key(t) for t, _, _ in _tokens(w))
                 for w in lexicon("heads").get("fixed_expressions") or [])


def _fixed_expression_tokens(folded: list[str]) -> set[int]:
    """The indexes of the tokens that stand inside a fixed expression ("se trata del"): no
    mention is made of them alone."""
    out: set[int] = set()
    for phrase in _fixed_expressions():
        n = len(phrase)
        for i in range(len(folded) - n + 1):
            if tuple(folded[i:i + n]) == phrase:
                out.update(range(i, i + n))
    return out


def _surname(candidate: tuple, toks: list, text: str) -> bool:
    """A country's name that closes a person's name is a surname, not the state:
    - right after a capitalised given name, one blank between ("Michael Jordan"; the given name
      is gender-guesser's, loaders.given_names);
    - right after a given name's initial, one blank or a wrapped line between ("Lisa O. Monaco",
      "Ana M.\\nGuyana");
    - right after an honorific or a capitalised post, one blank between ("Sr. Guyana", "Deputy
      Attorney General Monaco"; the words of data/lang/*/persons.yaml `honorifics`, `posts`).
    A name after a comma, a blank line or a lower-case word ("Asunción, Paraguay", "de Chile",
    "Presidente de Panamá") is read as before."""
    a, _, ent = candidate
    if ent.kind != "Country" or a == 0:
        return False
    word, start, end = toks[a - 1]
    gap = text[end:toks[a][1]]
    if gap == " " and word[:1].isupper() and word[1:2].islower() and word.isalpha() and given_name(word):
        return True
    if word == "." and a >= 3 and _wrap_or_blank(gap) and _initial_of_name(toks, a - 2, text):
        return True
    return gap == " " and _title_before(text, toks[a][1])


def _wrap_or_blank(gap: str) -> bool:
    """One blank, or blanks around one line break (a wrapped line)."""
    return gap.count("\n") <= 1 and gap.strip() == "" and gap != ""


def _initial_of_name(toks: list, i: int, text: str) -> bool:
    """toks[i] is one capital letter written right before its period, after a capitalised
    word and one blank ("Lisa O.")."""
    letter, s, e = toks[i]
    if not (len(letter) == 1 and letter.isupper() and text[e:toks[i + 1][1]] == "" and i >= 1):
        return False
    before, _, b_end = toks[i - 1]
    return text[b_end:s] == " " and before[:1].isupper() and before.isalpha() and len(before) > 1


@lru_cache(maxsize=1)
def _titles() -> re.Pattern:
    """An honorific or a post (data/lang/*/persons.yaml), case ignored, closing the text before
    a name and one blank ("Sr. ", "Attorney General ")."""
    from loaders.lang import lexicon
    words = lexicon("persons")
    titles = sorted(set(words.get("honorifics") or []) | set(words.get("posts") or []), key=len,
                    reverse=True)
    alternation = "|".join(re.escape(t).replace("\\ ", r"\s+") for t in titles)
    return re.compile(rf"(?<![^\W_])(?:{alternation})(?<=[\w.]) \Z", re.IGNORECASE)


def _title_before(text: str, at: int) -> bool:
    """An honorific or a post written capitalised ends right before `at`, one blank between
    (a post may wrap onto the line of the name: "Deputy Attorney\\nGeneral Monaco")."""
    blank_line = text.rfind("\n\n", 0, at)
    m = _titles().search(text, max(blank_line + 2 if blank_line >= 0 else 0, at - 80), at)
    return m is not None and m.group(0)[:1].isupper()


@lru_cache(maxsize=1)
def _name_goes_on_words() -> frozenset:
    """data/lang/*/countries.yaml `name_goes_on`, as written (case matters)."""
    from loaders.lang import lexicon
    return frozenset(lexicon("countries").get("name_goes_on") or [])


def _name_goes_on(candidate: tuple, toks: list, text: str, country_ends: dict[int, int]) -> bool:
    """A country's name right before one of `name_goes_on` (one blank between, the word
    capitalised as written) is part of a longer proper name ("Netherlands East Indies", "Hong
    Kong Ministerial Meeting"), not the state; so is each country of a chain joined by hyphens
    that runs up to such a word ("United States-Mexico-Canada Agreement"). `country_ends`: the
    token where each country candidate starting at a token ends."""
    a, b, ent = candidate
    if ent.kind != "Country":
        return False
    if _name_opens_before(a, toks, text, country_ends):
        return True
    if b >= len(toks):
        return False
    while b < len(toks) and text[toks[b - 1][2]:toks[b][1]] == "-" and b in country_ends:
        b = country_ends[b]
    if b >= len(toks):
        return False
    word, start, _ = toks[b]
    gap = text[toks[b - 1][2]:start]
    return (gap == " " or gap.strip() == "" and gap.count("\n") == 1) and word in _name_goes_on_words()


def _name_opens_before(a: int, toks: list, text: str, country_ends: dict[int, int]) -> bool:
    """toks[a] starts a country of a chain of countries joined by hyphens, two or more, written
    right after one of data/lang/*/countries.yaml `name_opens` ("Acuerdo Estados
    Unidos-México-Canadá"): the chain is part of the instrument's name."""
    starts = {end: start for start, end in country_ends.items()}
    first, last, count = a, country_ends.get(a, a + 1), 1
    while first in starts and text[toks[first - 1][2]:toks[first][1]] == "-":
        first, count = starts[first], count + 1
    while last < len(toks) and text[toks[last - 1][2]:toks[last][1]] == "-" and last in country_ends:
        last, count = country_ends[last], count + 1
    if count < 2 or first == 0:
        return False
    word, _, end = toks[first - 1]
    return text[end:toks[first][1]] == " " and word in _name_opens_words()


@lru_cache(maxsize=1)
def _name_opens_words() -> frozenset:
    """data/lang/*/countries.yaml `name_opens`, as written (case matters)."""
    from loaders.lang import lexicon
    return frozenset(lexicon("countries").get("name_opens") or [])


@lru_cache(maxsize=1)
def _scope_words() -> frozenset:
    """data/lang/*/heads.yaml `scope_words`, as written (case matters)."""
    from loaders.lang import lexicon
    return frozenset(lexicon("heads").get("scope_words") or [])


def _scope_word_beside(candidate: tuple, toks: list, text: str) -> bool:
    """A known body or organisation whose name is written with a capitalised word of scope
    right before or after it, one blank between ("National | Security Council", "Consejo de
    Seguridad | Nacional"), is another body, a state's own: not the known one."""
    a, b, ent = candidate
    if ent.kind not in ("Body", "Organization", "Conference"):
        return False
    words = _scope_words()
    before = a > 0 and toks[a - 1][0] in words and text[toks[a - 1][2]:toks[a][1]] == " "
    after = b < len(toks) and toks[b][0] in words and text[toks[b - 1][2]:toks[b][1]] == " "
    return before or after


@lru_cache(maxsize=1)
def _indefinite_articles() -> frozenset:
    """data/lang/*/heads.yaml `indefinite_articles`, folded."""
    from loaders.lang import lexicon
    return frozenset(match_key(str(w)) for w in lexicon("heads").get("indefinite_articles") or [])


def _forums_of(gazetteer: Gazetteer, body: str) -> set[str]:
    """The ids of the forums a known body is part of: its curated PART_OF, else the forums whose
    acronyms its name holds ("Grupo de trabajo ad-hoc CRM-CSM" → the CRM and the CSM); empty
    when neither says."""
    owner = gazetteer.owner_of(body)
    if owner:
        return {owner}
    ent = gazetteer.entities.get(body)
    words = set(re.findall(r"[A-Z]{2,8}", ent.name)) if ent else set()
    return {e.id for e in gazetteer.entities.values() if e.acronym in words
            and e.kind in ("Conference", "Organization")} if words else set()


def _without_strangers(found: list[Mention], text: str, gazetteer: Gazetteer) -> list[Mention]:
    """`found` without a known body's generic name written in lower case after an indefinite
    article ("crear un grupo de trabajo ad hoc", "set up an ad hoc working group") in a document
    that names none of the forums the body is part of (`_forums_of`): a body of its own the text speaks of, not
    the known one (where the forum is named, "la CRM y la CSM establezcan un grupo ad-hoc" is
    that forum's); references back that only such a mention gave go with it."""
    named = {m.entity for m in found}
    articles = _indefinite_articles()
    before = re.compile(r"([^\W\d_]+)[^\S\n]+$")

    def stranger(m: Mention) -> bool:
        if m.kind != "Body" or m.via or not m.quote[:1].islower():
            return False
        word = before.search(text, max(0, m.start - 12), m.start)
        owners = _forums_of(gazetteer, m.entity)
        return bool(word) and match_key(word.group(1)) in articles and bool(owners) \
            and not owners & named
    dropped = {id(m) for m in found if stranger(m)}
    kept = {m.entity for m in found if id(m) not in dropped and not m.via}
    return [m for m in found if id(m) not in dropped and (m.via != "anaphor" or m.entity in kept)]


@lru_cache(maxsize=1)
def _state_words() -> tuple[frozenset, tuple, tuple]:
    """(list joins, cues before a state, verbs after a state) of data/lang/*/countries.yaml, as
    folded tokens."""
    from loaders.lang import lexicon
    lex = lexicon("countries")
    as_tokens = lambda words: tuple(sorted({tuple(match_key(t) for t, _, _ in _tokens(w))
                                            for w in words or []} - {()}, key=len, reverse=True))
    return (frozenset(match_key(w) for w in lex.get("list_joins") or []),
            as_tokens(lex.get("before")), as_tokens(lex.get("state_verbs")))


def _state_context(guarded: list, named: list, toks: list, folded: list) -> list:
    """The guarded candidates (a name that alone is also a word, a given name or a place:
    "Niger", "Chad") that the text writes as a state: in a list with another country ("Ghana,
    Niger, Chad and Cape Verde", "Chad, Níger y Malí"), right after a cue such as "Government
    of", or opening a clause right before a verb a state takes ("Niger will host"). Candidates
    are (first token, end token, entity); a list's members are taken in turn from the countries
    already read, so the whole list is read however many of its names are guarded."""
    if not guarded:
        return []
    joins, before, verbs = _state_words()
    countries = {(a, b) for a, b, ent in named if ent.kind == "Country"}
    starts, ends = {a for a, _ in countries}, {b for _, b in countries}

    def ends_at(i: int) -> bool:         # a country's last token is i - 1
        return i in ends

    def joined_left(a: int) -> bool:
        k = a - 1
        if k >= 0 and folded[k] in joins:
            # "Ghana, Niger", "Ghana and Niger", "Ghana, and Niger"
            return ends_at(k) or (k >= 1 and folded[k - 1] in joins and ends_at(k - 1))
        return False

    def joined_right(b: int) -> bool:
        if b < len(folded) and folded[b] in joins:
            return b + 1 in starts or (b + 1 < len(folded) and folded[b + 1] in joins
                                       and b + 2 in starts)
        return False

    def cue_before(a: int) -> bool:
        return any(a >= len(c) and tuple(folded[a - len(c):a]) == c for c in before)

    def opens_clause(a: int) -> bool:
        if a == 0:
            return True
        prev = toks[a - 1][0]
        if prev[:1].isupper() and prev.isalpha():      # "Michael Jordan will host"
            return False
        if prev == "." and a >= 2 and toks[a - 2][0][:1].isupper() and len(toks[a - 2][0]) <= 4:
            return False                               # "Mr. Chad", "Sra. Georgia"
        return True

    def verb_after(b: int) -> bool:
        return any(tuple(folded[b:b + len(v)]) == v for v in verbs)

    out, pending = [], list(guarded)
    changed = True
    while changed and pending:
        changed = False
        for cand in list(pending):
            a, b, _ = cand
            if joined_left(a) or joined_right(b) or cue_before(a) or \
                    (opens_clause(a) and verb_after(b)):
                out.append(cand)
                pending.remove(cand)
                starts.add(a)
                ends.add(b)
                changed = True
    return out


def _disambiguate(ents: list[Entity], at: int, named: list[tuple[int, str]],
                  gazetteer: Gazetteer) -> Entity:
    """One entity for a name several share ("ST": the CRM's or the CSM's secretariat).

    The body whose owner (curated PART_OF) the passage names last before it, else first after
    it; with no such owner, the first entry of the gazetteer (as before).
    """
    if len(ents) == 1:
        return ents[0]
    by_owner = {gazetteer.owner_of(e.id): e for e in ents}
    before = [(a, i) for a, i in named if a < at and i in by_owner]
    after = [(a, i) for a, i in named if a > at and i in by_owner]
    if before:
        return by_owner[max(before)[1]]
    if after:
        return by_owner[min(after)[1]]
    return ents[0]


NESTED_IN = frozenset({"Event", "Place"})   # "sede de la OIM en Washington D.C." names both
NESTED_KINDS = frozenset({"Organization", "Conference", "Body", "Country", "Person", "Place"})


def _nested(text: str, gazetteer: Gazetteer, ent: Entity, s: int, e: int, doc_id: str,
            title: str | None) -> list[tuple[Entity, int, int]]:
    """Actors and places an event or venue names inside its own span ("reunión de OEA" → OEA,
    "sede de la OIM en Washington D.C." → OIM, Washington D.C.)."""
    if ent.kind not in NESTED_IN:
        return []
    return find_mentions(text[s:e], gazetteer, s, doc_id, title, frozenset({ent.id}), NESTED_KINDS)


def _titles_before(text: str, start: int) -> set[str]:
    """The word written right before a name ("Viceministra" in "la Viceministra Ana Pérez")."""
    m = re.search(r"([^\W\d_]+)[\s*]*$", text[max(0, start - 40):start])
    return {match_key(m.group(1))} if m else set()


def _defined_short_name(text: str, title: str) -> bool:
    """Whether the text gives something `title` as its short name after words that introduce one
    (data/lang/*/heads.yaml `acronym_lead_ins`: 'hereinafter referred to as "the Committee"')."""
    from loaders.lang import lexicon, phrase_alternation
    lead = [str(w) for w in lexicon("heads").get("acronym_lead_ins") or ()]
    if not lead:
        return False
    rx = re.compile(rf"(?i:{phrase_alternation(lead, fold=False)}),?\s+[\"“‘']?(?i:(?:the|la|el|los|las)\s+)?"
                    rf"{re.escape(title)}\b")
    return bool(rx.search(text))


def _title_opens_name(text: str, toks: list, folded: list, i: int) -> bool:
    """Whether a capitalised word follows token i after blanks only, or "de"/"del"/"of" and one:
    the title opens a name there."""
    if i + 1 >= len(toks) or text[toks[i][2]:toks[i + 1][1]].strip():
        return False
    nxt = toks[i + 1][0]
    if nxt[:1].isupper():
        return True
    if i + 2 < len(toks) and folded[i + 1] in ("de", "del", "of"):
        return toks[i + 2][0][:1].isupper() or (i + 3 < len(toks) and folded[i + 2] in ("la", "los", "las", "el", "the")
                                                and toks[i + 3][0][:1].isupper())
    return False


def _anaphors(block_text: str, offset: int, anaphora: tuple, taken: list[tuple[int, int]]
              ) -> list[tuple[Anaphor, int, int]]:
    """Bare titles of the passage after a determiner, outside every full mention."""
    toks = _tokens(block_text)
    folded = [match_key(t) for t, _, _ in toks]
    titles = [(a, match_key(a.title)) for a in anaphora]
    out = []
    for i, (tok, s, e) in enumerate(toks):
        if i == 0:
            continue
        for a, title in titles:
            same = tok == a.title if a.case_sensitive else folded[i] == title
            if not same or folded[i - 1] not in a.determiners:
                continue
            if a.kind == "Body" and _title_opens_name(block_text, toks, folded, i):
                continue        # "la Comisión Anticorrupción de X": a name read no further, not "la Comisión"
            s, e = s + offset, e + offset
            if any(s < te and ts < e for ts, te in taken):
                continue
            out.append((a, s, e))
            break
    return out


def link_mentions(structure: DocumentStructure, gazetteer: Gazetteer) -> list[Mention]:
    """Every gazetteer mention of the document, passage by passage, with nested and anaphoric ones."""
    out = []
    # the latest full mention an anaphor can take as its antecedent, by what it must match: an
    # instrument of the same subtype ("el Plan"), or an entity of the same kind whose name, post
    # or title before it shows the anaphor's post ("la Viceministra"); a lookup per anaphor
    # instead of a walk back over every earlier mention
    latest: dict[tuple, Entity] = {}
    text, doc_id, title = structure.text, structure.doc_id, structure.title
    # a body's short name the document defines itself ('(hereinafter referred to as "the
    # Committee")') is read by that definition, not as a reference back
    anaphora = tuple(a for a in gazetteer.anaphora if a.kind != "Body" or not _defined_short_name(text, a.title))
    for block in structure.blocks:
        found = find_mentions(block.text, gazetteer, block.start, doc_id, title)
        events = [(s, 0, ("full", ent, e)) for ent, s, e in found]
        anaphors = _anaphors(block.text, block.start, anaphora, [(s, e) for _, s, e in found])
        events += [(s, 1, ("anaphor", a, e)) for a, s, e in anaphors]
        for s, _, (what, obj, e) in sorted(events, key=lambda x: (x[0], x[1])):
            if what == "full":
                ent = obj
                out.append(Mention(ent.id, ent.kind, s, e, text[s:e], block.ordinal, block.section))
                for sub, ss, se in _nested(text, gazetteer, ent, s, e, doc_id, title):
                    out.append(Mention(sub.id, sub.kind, ss, se, text[ss:se], block.ordinal,
                                       block.section, f"inside:{ent.id}"))
                posts = set(match_key(ent.post or "").split()) | set(match_key(text[s:e]).split()) | \
                    _titles_before(text, s)
                if ent.kind == "Instrument":
                    latest[("subtype", ent.subtype)] = ent
                else:
                    latest.update({("post", ent.kind, p): ent for p in posts})
                continue
            antecedent = latest.get(("subtype", obj.subtype) if obj.kind == "Instrument"
                                    else ("post", obj.kind, match_key(obj.post)))
            if antecedent is not None:
                out.append(Mention(antecedent.id, antecedent.kind, s, e, text[s:e], block.ordinal,
                                   block.section, "anaphor"))
    return _without_strangers(out, text, gazetteer)
