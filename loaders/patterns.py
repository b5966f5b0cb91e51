"""data/patterns.yaml, compiled: the rules and cue phrases every relation component reads.

A rule is Spanish with slots ("{Country+:m}", "{ACTOR:who}") that match the placeholders of a
tagged sentence (see tagging), so the YAML reads like the text it matches. A file that does not
compile is one `patterns.yaml:1: malformed patterns` error, never a half-loaded rule set. This
module must not look at a document; it only turns the rule data into regexes.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path


from graph.data_files import data_file
from graph.data_schemas import PatternsFile, load_checked
from loaders.errors import SourceError
from loaders.read import fold_same_length


PATTERNS_PATH = data_file("patterns.yaml")
ACTORS = ("Country", "Conference", "Organization", "Body", "Person")
SLOT = re.compile(r"\{(?P<kinds>[A-Za-z|]+)(?:\[(?P<sub>\w+)\])?(?P<plus>\+)?(?::(?P<name>\w+))?\}")


def _slot_regex(m: re.Match) -> str:
    kinds = m.group("kinds").split("|")
    if kinds == ["ACTOR"]:
        kinds = list(ACTORS)
    sub = m.group("sub")
    one = "⟦(?:%s)%s#\\d+⟧" % ("|".join(kinds), "/" + sub if sub else r"(?:/\w+)?")
    # the article of a later member is part of the joiner ("Guatemala and the United States",
    # "Chile y el Perú")
    body = f"{one}(?:(?:\\s*,\\s*(?:(?:y|and)\\s+)?|\\s+y\\s+|\\s+e\\s+|\\s+and\\s+)(?:(?:the|el|la|los|las)\\s+)?{one})*" \
        if m.group("plus") else one
    return f"(?P<{m.group('name')}>{body})" if m.group("name") else f"(?:{body})"


def compile_pattern(pattern: str) -> re.Pattern:
    return re.compile(SLOT.sub(_slot_regex, pattern))


@dataclass(frozen=True)
class Rule:
    name: str
    regex: re.Pattern
    edges: tuple


@dataclass(frozen=True, eq=False)
class Patterns:
    abbreviations: frozenset
    collectives: tuple
    rules: tuple
    speech_lead: int
    speech_verbs: re.Pattern
    country_verbs: re.Pattern
    stance: tuple
    reservation: tuple
    supporters: re.Pattern
    inverted_speaker: re.Pattern
    reporting_verbs: re.Pattern
    subject: re.Pattern
    agents: tuple
    infinitive: re.Pattern
    deliverables: tuple
    event: re.Pattern
    event_name_end: re.Pattern
    due: tuple
    decision_sentence: re.Pattern
    decision_list_intro: re.Pattern
    decision_section: re.Pattern
    commitment_sentences: tuple
    signing_party_words: re.Pattern
    new_deliverable: re.Pattern
    concerns_instrument: re.Pattern
    party_cues: tuple
    discussion: dict
    meeting: dict
    frame: dict
    decision_bounds: dict = field(default_factory=dict)   # min_words, max_chars of a decision
    actor_commits: tuple = ()   # a state named as the subject of a future: "Australia will fund"
    list_intro: re.Pattern | None = None   # a decision whose items follow: "agreed that ... include:"
    # a person, their post in apposition, then the speech verb: "Ana Ruiz, Presidenta de X, destacó"
    apposed_speaker: re.Pattern | None = None
    attributed_speaker: re.Pattern | None = None   # "De acuerdo con Ana Ruiz, ..."
    quoted_speaker: re.Pattern | None = None       # "“...”, dijo Ana Ruiz"
    quoted_surname: re.Pattern | None = None       # "“...”, indicó la Canciller Ruiz." (no tagged actor)
    continued_turn: re.Pattern | None = None       # a paragraph going on with the last speaker
    reported_sentence: re.Pattern | None = None    # "Explicó que ...", "“...”, agregó.": a statement of its own
    # the words right before a commitment's day that set the action for it: "el día", "on"
    due_on_day: re.Pattern | None = None
    due_on_day_opener: re.Pattern | None = None   # "Se acuerda que", "agreed that": not a clause of its own
    due_on_day_clause: re.Pattern | None = None   # a relative or subordinate clause: its day is not the action's
    due_follow_on: tuple = ()   # a sentence after the commitment dating its start: "These offices will begin ... on 12 June"


@lru_cache(maxsize=None)
def load_patterns(path: Path = PATTERNS_PATH) -> Patterns:
    path = Path(path)
    raw = load_checked(path, PatternsFile)
    try:
        sp, cm = raw["speech"], raw["commitments"]
        verbs = "|".join(sorted((v.replace(" ", r"\s+") for v in sp["verbs"]), key=len, reverse=True))
        actor = _slot_regex(SLOT.match("{ACTOR:who}"))
        return Patterns(
            frozenset(raw["sentence"]["abbreviations"]),
            tuple((fold_same_length(c["phrase"]), c["kind"], c.get("subtype")) for c in raw["collectives"]),
            tuple(Rule(r["name"], compile_pattern(r["pattern"]), tuple(r["edges"]))
                  for r in raw["rules"]),
            int(sp["lead_chars"]),
            # the lead holds no full stop but a title's ("During their remarks, Mr. A ...")
            re.compile(r"^(?:(?!%s)(?:(?<![a-z])(?:%s)\.|[^.])){0,%d}?%s(?:%s)?(?:,\s+|\s+(?:(?:%s)\s+)?(?:se\s+|le\s+|les\s+)?)(?P<verb>%s)\b"
                       % (sp.get("lead_stop") or r"\bque\b",
                          "|".join(sorted(map(re.escape, sp.get("lead_titles") or ()), key=len, reverse=True)) or r"(?!x)x",
                          int(sp["lead_chars"]), actor,
                          sp.get("companion") or r"(?!x)x",
                          "|".join(sp.get("adverbs") or ()) or r"(?!x)x", verbs)),
            re.compile(r"^(?:(?:el|la)\s+)?(?P<who>⟦Country#\d+⟧)\s+(?P<verb>%s)\b"
                       % "|".join(sp["country_verbs"])),
            tuple((etype, tuple(re.compile(p) for p in pats))
                  for etype, pats in sp["stance"].items()),
            tuple(re.compile(x) for x in sp.get("reservation", [])),
            compile_pattern(sp["supporters"]), compile_pattern(sp["inverted_speaker"]),
            re.compile(sp["reporting_verbs"]),
            compile_pattern(cm["subject"]),
            tuple(compile_pattern(p) for p in cm["agents"]),
            re.compile(cm["infinitive"]),
            tuple(compile_pattern(p) for p in cm["deliverables"]),
            re.compile(cm["event"]), re.compile(cm["event_name_end"]),
            tuple(compile_pattern(p) for p in cm["due"]),
            re.compile(cm["decision_sentence"]), re.compile(cm["decision_list_intro"]),
            re.compile(cm["decision_section"]),
            tuple(re.compile(x) for x in cm["commitment_sentences"]),
            re.compile(cm["signing_party_words"]), re.compile(cm["new_deliverable"]),
            re.compile(cm["concerns_instrument"]),
            tuple((k, re.compile(v)) for k, v in cm["party_subtype_cues"].items()),
            raw["discussion"], _meeting_rules(raw["meeting"]), _frame_rules(raw["frame"]),
            decision_bounds={k: int(v) for k, v in cm["decision_bounds"].items()},
            actor_commits=tuple(compile_pattern(x) for x in cm.get("actor_commits", ())),
            list_intro=re.compile(cm["list_intro"]) if cm.get("list_intro") else None,
            apposed_speaker=re.compile(
                r"^(?:(?!\bque\b)[^.]){0,%d}?(?P<who>⟦Person(?:/\w+)?#\d+⟧),\s+(?:[^.⟦]|⟦[^⟧]+⟧){1,%d}?,?\s+(?P<verb>%s)\b"
                % (int(sp["lead_chars"]), int(sp.get("apposition_chars", 0)), verbs))
            if sp.get("apposition_chars") else None,
            attributed_speaker=compile_pattern(sp["attributed_speaker"]) if sp.get("attributed_speaker") else None,
            quoted_speaker=compile_pattern(sp["quoted_speaker"].replace("{VERBS}", verbs))
            if sp.get("quoted_speaker") else None,
            quoted_surname=re.compile(sp["quoted_surname"].replace("{VERBS}", verbs))
            if sp.get("quoted_surname") else None,
            continued_turn=re.compile(sp["continued_turn"].replace("{VERBS}", verbs))
            if sp.get("continued_turn") else None,
            reported_sentence=re.compile(sp["reported_sentence"].replace("{VERBS}", verbs))
            if sp.get("reported_sentence") else None,
            due_on_day=re.compile(cm["due_on_day"]) if cm.get("due_on_day") else None,
            due_on_day_opener=re.compile(cm.get("due_on_day_opener") or r"(?!x)x"),
            due_on_day_clause=re.compile(cm.get("due_on_day_clause") or r"(?!x)x"),
            due_follow_on=tuple(compile_pattern(x) for x in cm.get("due_follow_on", ())))
    except (KeyError, TypeError, re.error) as exc:
        raise SourceError(path.name, 1, f"malformed patterns: {exc}") from exc


def _meeting_rules(cfg: dict) -> dict:
    return {"prefix": re.compile(cfg["name_prefix"]), "start": re.compile(cfg["name_start"]),
            "end": re.compile(cfg["name_end"]),
            "dateline": re.compile(cfg["name_dateline"]),
            "stated": tuple(re.compile(x) for x in cfg["stated_name"]),
            "stated_generic": frozenset(fold_same_length(w) for w in cfg["stated_generic"]),
            "connectors": frozenset(fold_same_length(w) for w in cfg["acronym_connectors"])}


def _frame_rules(cfg: dict) -> dict:
    """The `frame` cues compiled: lists stay lists, everything else one regex."""
    return {k: tuple(re.compile(p) for p in v) if isinstance(v, list) else
            int(v) if isinstance(v, str) and v.isdigit() else re.compile(v)
            for k, v in cfg.items()}
