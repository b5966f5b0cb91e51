"""Who led a country's delegation, said in a sentence that names the delegation by its demonym or
its country: "The Mexican delegation was led by the Foreign Minister, Ana Example, accompanied by
...", "la delegación guatemalteca estuvo encabezada por ...", "the delegation of Chile was headed
by ...".

Every person loaders.entities found in the rest of that sentence (the heads and those who
accompany them) takes part in the meeting the document records and represents the country; the
country takes part too. Each fact cites the sentence from the delegation's name to the person's
phrase. The cues are words of the language packs (data/lang/<code>/persons.yaml
`delegation_words`, `delegation_led_by`); demonyms are world data (data/world/demonyms.yaml).

A clause may also open with the country itself and say who represented it ("Chile estuvo
representado por el director ..., Ana Ejemplo", "Peru was represented by ..."), and the clauses
after it may leave the verb out ("; y Perú, por el director ..., Luis Muestra"): each clause's
persons represent the country that opens it (`country_represented_by`,
`country_represented_elided`).
This module must not find persons, nor read delegations anywhere but in such a sentence.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from loaders.context import Context
from loaders.lang import lexicon
from loaders.persons import _demonyms, regional
from loaders.read import fold_same_length
from loaders.spans import sentences


@lru_cache(maxsize=1)
def _cue() -> re.Pattern:
    """"<delegation word> ... <led-by cue>" on folded text, the demonym or country to be read
    around the delegation word."""
    lex = lexicon("persons")
    words = sorted({fold_same_length(w) for w in lex.get("delegation_words") or []}, key=len, reverse=True)
    led = sorted({fold_same_length(w) for w in lex.get("delegation_led_by") or []}, key=len, reverse=True)
    if not words or not led:
        return re.compile(r"(?!)")
    alt = lambda ws: "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ws)
    return re.compile(rf"\b(?P<word>{alt(words)})\b(?P<mid>[^.;:]{{0,60}}?)\s(?P<led>{alt(led)})\s")


@lru_cache(maxsize=1)
def _word() -> re.Pattern:
    words = sorted({fold_same_length(w) for w in lexicon("persons").get("delegation_words") or []},
                   key=len, reverse=True)
    return re.compile(r"\b(?:%s)\b" % "|".join(map(re.escape, words)) if words else r"(?!)")


def _country(ctx: Context, s: int, word_s: int, word_e: int, mid_e: int) -> tuple[str, int] | None:
    """The country a delegation is of: a demonym right before the delegation word ("the Mexican
    delegation") or right after it ("la delegación mexicana"), else a country mention between
    the word and the cue ("the delegation of Chile", "la Delegación de Chile"); with where the
    delegation's name starts. None when no one country is named."""
    rx, demonym = _demonyms()
    before = [m for m in rx.finditer(ctx.text, max(s, word_s - 30), word_s)
              if not ctx.text[m.end():word_s].strip() and not regional(ctx.text, m.start())]
    if before:
        return demonym[before[-1].group("d")], before[-1].start()
    after = rx.match(ctx.text, word_e + 1, mid_e) if ctx.text[word_e:word_e + 1] == " " else None
    if after:
        return demonym[after.group("d")], word_s
    found = {m.entity for m in ctx.mentions_starting(word_e, mid_e) if m.kind == "Country" and m.end <= mid_e}
    return (found.pop(), word_s) if len(found) == 1 else None


def _other_country_clause(ctx: Context, country: str, at: int, stop: int) -> int:
    """Where a clause after a semicolon turns to another country ("...; el Perú estuvo
    representado por ..."): its start, else `stop`."""
    for semi in re.finditer(";", ctx.text[at:stop]):
        s = at + semi.start()
        nxt = ctx.text.find(";", s + 1, stop)
        e = nxt if nxt >= 0 else stop
        if any(m.kind == "Country" and m.entity != country for m in ctx.mentions_starting(s + 1, e)):
            return s
    return stop


@lru_cache(maxsize=1)
def _represented_cue() -> tuple[re.Pattern, re.Pattern]:
    """The "represented by" cue right after a clause's country, and its elided form after a
    comma ("y Perú, por ..."), on folded text; each matched from the country's end."""
    lex = lexicon("persons")
    alt = lambda key: "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(
        {fold_same_length(w) for w in lex.get(key) or []}, key=len, reverse=True)) or "(?!)"
    return (re.compile(rf"\s+(?:{alt('country_represented_by')})\s"),
            re.compile(rf"\s*,?\s*(?:{alt('country_represented_elided')})\s"))


_CLAUSE_OPENING = re.compile(r"[\s;,]*(?:(?:y|e|and)\s+)?(?:(?:el|la|the)\s+)?", re.I)
# a clause of the sentence opens after a semicolon, or after a comma and "and"/"y" (", and New
# Zealand by its Deputy Prime Minister")
_CLAUSE_CUT = re.compile(r";|,\s+(?:and|y|e)\s+")
# another country joined to the clause's first ("Australia and Papua New Guinea were represented")
_COUNTRY_JOIN = re.compile(r"\s*(?:,\s*)?(?:and|y|e)\s+(?:(?:el|la|the)\s+)?|\s*,\s*", re.I)


def _opens_with_country(ctx: Context, at: int) -> bool:
    """A country's mention starts at `at`, after an article if any: ", and Peru by ..." opens a
    clause, ", and B, Director ..." (the next person of the same clause) does not."""
    at = _CLAUSE_OPENING.match(ctx.text, at).end()
    return any(m.kind == "Country" and m.start == at for m in ctx.mentions_starting(at, at + 1))


def _represented_clauses(ctx: Context, folded: str, s: int, e: int):
    """(countries, where the clause starts, where its cue ends, where it ends) for each clause of
    the sentence text[s:e] that opens with a country (or several joined by "and"/"y") said to be
    represented by someone; an elided clause counts only after one that says the verb."""
    cue, elided = _represented_cue()
    cuts = [s] + [s + m.start() for m in _CLAUSE_CUT.finditer(ctx.text[s:e])
                  if m.group(0) == ";" or _opens_with_country(ctx, s + m.end())] + [e]
    said = False
    for a, b in zip(cuts, cuts[1:]):
        at = _CLAUSE_OPENING.match(ctx.text, a, b).end()
        opening = [m for m in ctx.mentions_starting(at, at + 1) if m.kind == "Country" and m.start == at]
        if not opening:
            said = False
            continue
        first = max(opening, key=lambda m: m.end)
        countries, end = [first.entity], first.end
        while True:
            j = _COUNTRY_JOIN.match(ctx.text, end, b)
            nxt = [m for m in ctx.mentions_starting(j.end(), j.end() + 1) if m.kind == "Country"
                   and m.start == j.end()] if j else []
            if not nxt:
                break
            m = max(nxt, key=lambda m: m.end)
            countries.append(m.entity)
            end = m.end
        m = cue.match(folded, end, b)
        if m is None and said and len(countries) == 1:
            m = elided.match(folded, end, b)
        if m is None:
            said = False
            continue
        said = True
        yield countries, at, m.end(), b


def _link_represented_countries(ctx: Context, folded: str, people, people_starts, s: int, e: int) -> None:
    """PARTICIPATES_IN and REPRESENTS for the persons of each "<country> was represented by"
    clause of a sentence, and PARTICIPATES_IN for its countries: a country said to be represented
    takes part, even by a person named only by post ("by its Vice President") or at a level ("at
    Ministerial level")."""
    meeting = ctx.meeting_id
    for countries, at, cue_end, stop in _represented_clauses(ctx, folded, s, e):
        heads = people[bisect_left(people_starts, cue_end):bisect_left(people_starts, stop)]
        for f in heads if len(countries) == 1 else ():
            src = [ctx.source(at, max(f.end, f.phrase[1] if f.phrase else f.end))]
            ctx.edge("PARTICIPATES_IN", f.entity.id, meeting, src)
            ctx.edge("REPRESENTS", f.entity.id, countries[0], src)
        for country in countries:
            ctx.edge("PARTICIPATES_IN", country, meeting, [ctx.source(at, cue_end)])


def link_delegation_heads(ctx: Context) -> None:
    """PARTICIPATES_IN and REPRESENTS for the heads (and companions) of a named delegation."""
    meeting = ctx.meeting_id
    if meeting not in ctx.batch.nodes:
        return
    folded = fold_same_length(ctx.text)
    people = sorted((f for f in ctx.found if f.entity.kind == "Person" and f.entity.id in ctx.gazetteer.entities),
                    key=lambda f: f.start)
    people_starts = [f.start for f in people]
    for b in ctx.structure.blocks:
        for s, e in sentences(ctx.text, b.start, b.end, ctx.patterns.abbreviations):
            _link_represented_countries(ctx, folded, people, people_starts, s, e)
            for m in _cue().finditer(folded, s, e):
                found = _country(ctx, s, m.start("word"), m.end("word"), m.end("mid"))
                if found is None:
                    continue
                country, at = found
                # up to the next delegation named in the sentence ("... y la Delegación de X la presidió")
                stop = next((x.start() for x in _word().finditer(folded, m.end(), e)), e)
                stop = _other_country_clause(ctx, country, m.end("led"), stop)
                heads = people[bisect_left(people_starts, m.end("led")):bisect_left(people_starts, stop)]
                for f in heads:
                    src = [ctx.source(at, max(f.end, f.phrase[1] if f.phrase else f.end))]
                    ctx.edge("PARTICIPATES_IN", f.entity.id, meeting, src)
                    ctx.edge("REPRESENTS", f.entity.id, country, src)
                if heads:
                    ctx.edge("PARTICIPATES_IN", country, meeting,
                             [ctx.source(at, m.end("led"))])
