"""Text in, GraphBatch out: the loader's one entry point (and the only place that reads a file).

`extract` is pure: the same text and id always give the same batch, which is what lets tests
run it on a paragraph, a variant or random text. Like a spaCy pipeline, extraction is ONE
explicit ordered list of components (`COMPONENTS`); each is a function taking the document
context (loaders.context.Context) and adding one kind of annotation to it or to its batch. The
order fixes node and edge order in the batch, so it must not change casually. This module only
builds the context and runs the components; it must not talk to a store nor read meaning itself.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from graph.batch import GraphBatch, Source, passage_id
from loaders.adoptions import link_adoptions, link_created_bodies
from loaders.motions import add_motions
from loaders.minutes_records import read_minutes_records
from loaders.record_owners import link_record_owners
from loaders.participants import read_attendance
from loaders.pair_references import both_take_part
from loaders.acting_subjects import subjects_take_part
from loaders.body_parts import link_body_parts
from loaders.commitments import extract_commitments
from loaders.context import Context, add_entity_node, add_placeholder_nodes, tag_document
from loaders.discussion import link_discussions
from loaders.entities import find_text_entities
from loaders.errors import SourceError
from loaders.events import read_named_events
from loaders.display_names import name_in_document_language
from loaders.frame import add_own_bodies, drop_unstated_meeting, name_document_place, read_meeting_frame
from loaders.facts import load_facts, place_facts
from loaders.gazetteer import Gazetteer, load_gazetteer
from loaders.listed_bodies import read_listed_bodies
from loaders.meeting import meeting_name
from loaders.member_lists import members_of_defined_party, read_member_lists
from loaders.ordinal_meetings import read_ordinal_meetings
from loaders.forum_past_meetings import read_forum_past_meetings
from loaders.other_participants import read_other_participants
from loaders.installations import read_installations
from loaders.announced_meetings import read_announced_meetings
from loaders.mentions import link_mentions
from loaders.patterns import load_patterns
from loaders.persons import link_delegations, link_officers, link_persons
from loaders.paired_persons import pair_persons_with_states
from loaders.subject_countries import subject_countries_take_part
from loaders.two_state_bodies import two_state_members
from loaders.represented_parties import bind_represented_states
from loaders.wire_datelines import read_wire_dateline
from loaders.visits import read_visits
from loaders.joined_members import read_joined_members
from loaders.delegate_lists import read_delegate_lists
from loaders.delegation_heads import link_delegation_heads
from loaders.country_rolls import read_country_rolls
from loaders.post_offices import link_post_offices
from loaders.chairs_taking_part import chairs_take_part
from loaders.companions import link_companions
from loaders.reading import ReadDocument, read_document
from loaders.read import normalise
from loaders.roll_calls import read_roll_calls
from loaders.rules import apply_rules
from loaders.signature_blocks import read_signatures
from loaders.signed_documents import link_signing_organisations
from loaders.statements import clause_positions, collective_requests, extract_statements, person_positions
from loaders.proposal_authors import link_proposal_authors
from loaders.taking_part import (countries_of_acting_persons, delegations_taking_part, governments_taking_part,
                                 participants_from_acts)
from loaders.meeting_roles import read_meeting_roles
from loaders.observers import keep_observers_apart
from loaders.organisers import link_organisers
from loaders.sponsors import link_funders, link_sponsors
from loaders.structure import DocumentStructure


def _passage_source(doc: DocumentStructure, ordinal: int) -> Source:
    b = doc.block(ordinal)
    return Source(doc.doc_id, b.section, b.ordinal, b.start, b.end, doc.text[b.start:b.end])


# -- components, in pipeline order ---------------------------------------------------------------

def add_document(ctx: Context) -> None:
    """The Document node (with what reading the file told: format, language, pages, the
    file's sha256) and one Passage per block, each with the page it starts on."""
    doc, batch, read = ctx.structure, ctx.batch, ctx.read
    title = doc.title or doc.doc_id
    sha = read.sha256 if read is not None else hashlib.sha256(doc.text.encode("utf-8")).hexdigest()
    batch.add_node(doc.doc_id, "Document", title, title=title, date=doc.date, place=doc.place,
                   path=Path(doc.path).name if doc.path else None, sha256=sha, text=doc.text,
                   format=read.format if read else None, language=read.language if read else None,
                   page_count=read.page_count if read else None)
    for b in doc.blocks:
        pid = passage_id(doc.doc_id, b.ordinal)
        src = _passage_source(doc, b.ordinal)
        batch.add_node(pid, "Passage", f"{doc.doc_id} §{b.section} ¶{b.ordinal}", [src],
                       doc=doc.doc_id, section=b.section, paragraph=b.ordinal, ordinal=b.ordinal,
                       char_start=b.start, char_end=b.end, text=src.quote, number=b.number,
                       subtype=b.kind, page=read.page_at(b.start) if read else None)
        batch.add_edge("IN_DOCUMENT", pid, doc.doc_id, [src])


def link_entities(ctx: Context) -> None:
    """Entity mentions (loaders.mentions) into ctx.mentions, each a node with its source."""
    ctx.mentions = link_mentions(ctx.structure, ctx.gazetteer)


def add_mention_nodes(ctx: Context) -> None:
    """A node per mentioned entity, its sources the mentions; MENTIONS for document-local ones."""
    doc, batch, gazetteer = ctx.structure, ctx.batch, ctx.gazetteer
    local: dict | None = None       # document-local entities by their id in this document
    actas: set[str] = set()
    for m in ctx.mentions:
        ent = gazetteer.get(m.entity)
        if not ent:
            if local is None:
                local = {}
                for e in gazetteer.entities.values():
                    if e.doc_local:
                        local.setdefault(e.for_document(doc.doc_id).id, e)
            e = local.get(m.entity)
            ent = e.for_document(doc.doc_id, doc.title) if e is not None else None
        src = Source(doc.doc_id, m.section, m.ordinal, m.start, m.end, m.quote)
        add_entity_node(batch, ent, [src])
        if ent.doc_local:
            batch.add_edge("MENTIONS", passage_id(doc.doc_id, m.ordinal), ent.id, [src])
            if ent.kind == "Instrument":
                actas.add(ent.id)
    for acta in actas:              # once all its mentions are sources
        _name_as_written(batch.nodes[acta])


def _name_as_written(node) -> None:
    """The document's own acta is named as the document writes it ("ACTA FINAL" → "Acta final",
    "acta" → "Acta"), from its longest mention: never a name the document does not use."""
    quote = max((s.quote for s in node.sources), key=len)
    node.name = quote[:1].upper() + quote[1:].lower() if quote.isupper() or quote.islower() else quote


def add_meeting(ctx: Context) -> None:
    """The meeting the document reports is an Event of its own, held on the document's date,
    named as the title or the acta heading names it (meeting.meeting_name), else by the title."""
    doc, batch, gazetteer = ctx.structure, ctx.batch, ctx.gazetteer
    ent = next((e for e in gazetteer.entities.values() if e.doc_local and e.kind == "Event"), None)
    if ent is None:
        return
    ent = ent.for_document(doc.doc_id, doc.title)
    add_entity_node(batch, ent, [])
    node = batch.nodes[ent.id]
    named = meeting_name(doc, ctx.patterns, ctx.gazetteer)
    if named:
        name, s, e = named
        block = doc.block_at(s)
        node.name = name
        batch.add_node(ent.id, "Event", name,
                       [Source(doc.doc_id, block.section, block.ordinal, s, e, doc.text[s:e])])
        if doc.title and doc.title != name:
            node.properties["aliases"] = list(dict.fromkeys(
                (node.properties.get("aliases") or []) + [doc.title]))
    date_block = next((b for b in doc.blocks if b.kind == "date"), None)
    if doc.date and date_block:
        from loaders.dates import resolve
        value = resolve(date_block.text)
        src = _passage_source(doc, date_block.ordinal)
        if value:
            batch.add_node(value.id, "Date", value.name, [src], date=value.iso,
                           date_end=value.end.isoformat(), precision=value.precision)
            batch.add_edge("HELD_ON", ent.id, value.id, [src])


def find_commitments(ctx: Context) -> None:
    """Commitment nodes and what they bind (loaders.commitments); spans kept in ctx.commitments."""
    ctx.commitments = extract_commitments(ctx)


def link_discussed(ctx: Context) -> None:
    """DISCUSSED_IN from acta agreements to the report passages that discuss them."""
    link_discussions(ctx, ctx.commitments, ctx.mentions)


def add_document_curation(ctx: Context) -> None:
    """Per-document curated facts (data/documents/<doc>/facts.yaml), each anchored on its quote
    in this document: stated by the document, read by hand where no rule reaches."""
    doc, batch, gazetteer = ctx.structure, ctx.batch, ctx.gazetteer
    for fact, s, e in place_facts(doc.text, doc.doc_id, ctx.facts):
        block = doc.block_at(s)
        src = Source(doc.doc_id, block.section, block.ordinal, s, e, doc.text[s:e])
        for end in (fact.source, fact.target):
            ent = gazetteer.get(end)
            if ent is None and end not in batch.nodes:
                raise SourceError("facts.yaml", fact.line, f"unknown entity {end!r}")
            if ent is not None:
                add_entity_node(batch, ent, [src])
        batch.add_edge(fact.type, fact.source, fact.target, [src], role=fact.role,
                       on_behalf_of=fact.on_behalf_of)


def validate(ctx: Context) -> None:
    """Every source its page (when the reader found pages), then the batch against the
    ontology and its own references (graph.batch)."""
    if ctx.read is not None and ctx.read.pages:
        ctx.batch.set_pages(ctx.read.page_at)
    ctx.batch.validate()


COMPONENTS = (
    add_document,           # Document, Passages
    link_entities,          # mentions of known entities
    find_text_entities,     # entities the text defines or names: bodies, persons, places
    add_mention_nodes,      # their nodes
    add_meeting,            # the meeting the document records
    read_wire_dateline,     # "San Salvador, 22 de octubre de 2014 (Notimex).-": the city a Place, the agency an Organization
    tag_document,           # placeholders per passage (loaders.tagging)
    add_placeholder_nodes,  # dates and members of collectives
    add_own_bodies,         # "the Technical Secretariat" of a forum the gazetteer lacks
    apply_rules,            # data/patterns.yaml relation rules
    read_meeting_frame,     # when, where, who took part, hosted, chaired; meetings to come
    read_named_events,      # other meetings the text names, where and when they meet
    read_ordinal_meetings,  # "the fifth meeting ... was held in X on D", "la primera fue en X en 2000" (loaders.ordinal_meetings)
    read_forum_past_meetings,  # "la CAN, cuya última reunión se realizó en Lima en 2004" (loaders.forum_past_meetings)
    read_installations,     # "la instalación del Panel ... en la Sede de la OEA el D" (loaders.installations)
    read_announced_meetings,  # "el 13 de agosto realizaremos el Foro Regional 2" (loaders.announced_meetings)
    read_visits,            # "la visita oficial del presidente A a Lima el 3 de mayo": an Event of the document (loaders.visits)
    read_other_participants,  # "la primera fue en X en 2000, participaron A, B y C" (loaders.other_participants)
    read_listed_bodies,     # "las siguientes comisiones:" then one body an item (loaders.listed_bodies)
    link_body_parts,        # a body named with the organisation it is part of (loaders.body_parts)
    link_organisers,        # who organises an event the text names (loaders.organisers)
    link_sponsors,          # who organises and who sponsors the document's own meeting (loaders.sponsors)
    link_funders,           # "Ministers thanked A and B for funding the meeting": SUPPORTED it (loaders.sponsors)
    read_member_lists,      # members of a body listed in the text (loaders.member_lists)
    members_of_defined_party,  # "X is a member of the Organization" after 'hereinafter called the Organization'
    read_joined_members,    # "the return of X to the Forum", "la adhesión de X a la Comunidad": X a member (loaders.joined_members)
    read_attendance,        # attendance lists: who was present, for whom, members of the body
    read_roll_calls,        # "Present: ...", "Estuvieron presentes los consejeros ...": who was there
    extract_statements,     # who said what
    add_motions,            # minutes: motions that passed, their movers and seconders
    person_positions,       # minutes: persons who object, agree or suggest
    clause_positions,       # an actor who proposes, backs or objects inside a sentence
    collective_requests,    # "Las organizaciones ... solicitamos: ...": what the writers ask for
    link_signing_organisations,  # "Organizaciones firmantes" of "el presente comunicado": SUPPORTED it
    link_adoptions,         # instruments a meeting, conference or body adopts (loaders.adoptions)
    find_commitments,       # agreements and what they bind (not again what a motion holds)
    link_proposal_authors,  # "la propuesta de Paraguay", "Chile's proposal": PROPOSED the decision or the sentence (loaders.proposal_authors)
    read_minutes_records,   # minutes' action links and voted resolutions (loaders.minutes_records)
    link_created_bodies,    # a body an agreement creates is its deliverable (loaders.adoptions)
    link_discussed,         # agreements ↔ report passages
    read_signatures,        # signature blocks: the layout's, "For the Government of X:", an acta's closing names
    link_persons,           # whom a person represents, where they hold a post
    pair_persons_with_states,  # "los presidentes A y B, de Chile y Perú, respectivamente" (loaders.paired_persons)
    subject_countries_take_part,  # "Los secretarios de Gobernación de México, A, y ... sostuvieron una reunión": México too (loaders.subject_countries)
    link_delegations,       # persons listed under a delegation heading represent its country
    read_country_rolls,     # "Por la República Argentina: Señor A, Ministro ..., Señor B, ...": each for that country
    link_post_offices,      # "Minister of X" holds the post in "the Ministry of X" the text names
    read_delegate_lists,    # "Conference Delegates": one delegate a line, whom they speak for first
    link_delegation_heads,  # "the Mexican delegation was led by ...": its heads take part for it
    link_companions,        # "A was joined by B, C": B and C speak for A's country
    link_officers,          # a listed chair/vice chair/secretary: of the body whose meeting it is
    participants_from_acts,  # speakers take part, with the countries they speak for
    governments_taking_part,  # "Queensland Ministers said", "Tasmania sought": states at the meeting
    subjects_take_part,     # "A, Presidenta de X, y los integrantes B y C expusieron ...": each takes part
    both_take_part,         # "Ambos ministros se reunieron", "Both officials discussed": the two named before
    delegations_taking_part,  # "the U.S. delegation noted", "U.S. and Mexican officials discussed": their countries
    read_meeting_roles,     # a person's role in the meeting: head of delegation, co-chair, secretary
    chairs_take_part,       # the person who presides the meeting takes part in it
    countries_of_acting_persons,  # the countries those persons speak for, when no list says who was there
    keep_observers_apart,   # a participant the text calls an observer takes part as one
    bind_represented_states,  # "Both ministers agreed to ...": the states the persons who met represent (loaders.represented_parties)
    two_state_members,      # the two states that meet as a 'Comisión Bilateral' are its members (loaders.two_state_bodies)
    link_record_owners,     # "- PR - [Action-... task]": the one person with those initials owns it (loaders.record_owners)
    drop_unstated_meeting,  # a declaration records no meeting: no Event made up from its title
    add_document_curation,  # data/documents/<doc>/facts.yaml (only with curation on)
    name_document_place,    # the Document's place: the name of the place its meeting is held in
    name_in_document_language,  # an English document shows the English names of shared entities
    validate,
)


def extract(text: str, doc_id: str, path: str = "", gazetteer: Gazetteer | None = None,
            facts=None, curation: bool = True, metadata: dict | None = None,
            read: ReadDocument | None = None) -> GraphBatch:
    """The graph batch of one document; raises SourceError when the text cannot be trusted.

    `gazetteer`/`facts` replace the bundled knowledge (tests); `curation=False` leaves out the
    document's own curation (data/documents/<doc>/), so it is read by general rules and the
    world, language and forum layers only: what `actagraph evaluate --general` measures.
    Curated reference facts are never in the batch (loaders.reference builds them as a batch of
    their own); `metadata` (title, date, ...) is what a reader found outside the text (front
    matter); `read` is the file as loaders.reading read it (its `text` must be `text`): it gives
    the document's own title, date, language, format and pages, and every source its page.
    """
    from loaders.structure import parse_document
    text = normalise(text)
    if not text.strip():
        raise SourceError(Path(path).name if path else doc_id, 1, "the text is empty")
    gazetteer = gazetteer or load_gazetteer(doc_id if curation else None)
    if not curation:
        facts = ()
    facts = load_facts(doc_id) if facts is None else facts
    ctx = Context(parse_document(text, doc_id, path, read=read), gazetteer, load_patterns(),
                  GraphBatch(doc_id), facts=tuple(facts), curation=curation,
                  metadata=dict(metadata or {}), read=read)
    for component in COMPONENTS:
        component(ctx)
        ctx.step_memo.clear()
    return ctx.batch


def load_file(path, curation: bool = True) -> GraphBatch:
    """The graph batch of one file (.pdf, .docx, .md, .html, .txt), id = the file's stem;
    `curation` as in `extract`; raises SourceError (one line) when the file cannot be read."""
    path = Path(path)
    read = read_document(path)
    return extract(read.text, path.stem, str(path), read=read, curation=curation)
