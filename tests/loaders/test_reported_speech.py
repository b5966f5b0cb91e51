"""Reported speech and agreements in news copy: a quotation closed by its speech verb and no
subject is a statement of its own by the last speaker (sentences without a speaker of their own
go on with the statement before them); "ambas delegaciones convinieron <infinitive>" binds both
states to what they agreed."""
from tests.loaders.batches import read


def _statements(batch) -> list[tuple[str, set[str]]]:
    """[(text, {speaker ids})] of the batch's statements, in the order of the text."""
    out = []
    for sid, node in batch.nodes.items():
        if node.kind == "Statement":
            who = {e.source for e in batch.edges.values() if e.target == sid and e.type == "SAID"}
            out.append((node.sources[0].start, node.properties["text"], who))
    return [(t, w) for _, t, w in sorted(out)]


def test_spanish_quotes_closed_by_their_verb_are_statements_of_their_own():
    batch = read("La ministra de Comercio de Chile, Ana Ejemplo Soto, encabezó la reunión con su "
                 "par del Perú. Ejemplo destacó los avances del acuerdo de pesca. “Hemos cerrado "
                 "tres capítulos del tratado”, agregó. Explicó que la próxima ronda será en Lima. "
                 "“Queremos más inversión en los puertos”, subrayó.")
    assert _statements(batch) == [
        ("Ejemplo destacó los avances del acuerdo de pesca.", {"person:ana-ejemplo-soto"}),
        ("“Hemos cerrado tres capítulos del tratado”, agregó. Explicó que la próxima ronda será en Lima.",
         {"person:ana-ejemplo-soto"}),
        ("“Queremos más inversión en los puertos”, subrayó.", {"person:ana-ejemplo-soto"}),
    ]


def test_english_quote_with_a_pronoun_and_its_verb_is_a_statement_of_its_own():
    batch = read("Trade Minister Ann Example of Chile chaired the talks. Example said the fisheries "
                 "chapter was nearly closed. “We have closed three chapters of the treaty,” she said.")
    assert _statements(batch) == [
        ("Example said the fisheries chapter was nearly closed.", {"person:ann-example"}),
        ("“We have closed three chapters of the treaty,” she said.", {"person:ann-example"}),
    ]


def test_a_quoted_name_opening_a_sentence_goes_on_with_the_statement():
    batch = read("Trade Minister Ann Example of Chile chaired the talks. Example said the port "
                 "programme would grow. “Safe Harbour” is the name of that programme.")
    assert _statements(batch) == [
        ("Example said the port programme would grow. “Safe Harbour” is the name of that programme.",
         {"person:ann-example"}),
    ]


def test_a_quotation_before_any_speaker_opens_no_statement():
    batch = read("La reunión de Lima terminó ayer. “Hemos avanzado”, agregó.")
    assert _statements(batch) == []


def test_two_delegations_that_agree_on_a_task_are_both_bound_to_it():
    from tests.loaders.batches import bound, commitments
    batch = read("Los ministros de Comercio de Chile y del Perú sostuvieron hoy una reunión en Lima. "
                 "En la reunión ambas delegaciones convinieron ampliar el intercambio de datos aduaneros.")
    found = commitments(batch)
    assert list(found) == ["En la reunión ambas delegaciones convinieron ampliar el intercambio de datos aduaneros."]
    assert bound(batch, next(iter(found.values()))) == {"country:cl", "country:pe"}


def test_delegations_agreeing_on_an_opinion_commit_to_nothing():
    batch = read("Los ministros de Comercio de Chile y del Perú sostuvieron hoy una reunión en Lima. "
                 "Las delegaciones convinieron que el informe era útil.")
    assert [n for n in batch.nodes.values() if n.kind == "Commitment"] == []


def test_a_communiques_leaders_say_each_sentence_they_head():
    batch = read("The Ocean Leaders Meeting was held in Apia, Samoa, on 3 May 2022, and was attended "
                 "by Heads of State from Fiji, Tonga and Tuvalu. 1. Leaders expressed their thanks to "
                 "the Government of Samoa for its hospitality. Leaders also welcomed the new fisheries "
                 "report. The meeting discussed tuna stocks.")
    said = _statements(batch)
    assert [t for t, _ in said] == [
        "Leaders expressed their thanks to the Government of Samoa for its hospitality.",
        "Leaders also welcomed the new fisheries report. The meeting discussed tuna stocks."]
    assert all({"country:fj", "country:to", "country:tv"} <= who for _, who in said)


def test_spanish_officials_after_a_lead_say_it_for_the_persons_that_met():
    batch = read("Los cancilleres de Chile, Ana Ejemplo Soto, y del Perú, Luis Modelo Ríos, sostuvieron "
                 "hoy una reunión en Lima. En la reunión, celebrada en la Cancillería, los funcionarios "
                 "destacaron el buen estado de la relación.")
    # the persons who took part, not their states, when the text names them
    assert _statements(batch) == [
        ("En la reunión, celebrada en la Cancillería, los funcionarios destacaron el buen estado de la relación.",
         {"person:ana-ejemplo-soto", "person:luis-modelo-rios"})]


def test_leaders_named_in_a_sentence_that_no_meeting_holds_say_nothing():
    batch = read("Leaders welcomed the new fisheries report.")
    assert _statements(batch) == []


def test_a_person_called_by_both_surnames_proposes():
    from tests.loaders.batches import pairs
    batch = read("Los cancilleres de Chile, Ana Ejemplo Soto, y del Perú, Luis Modelo Ríos, sostuvieron "
                 "hoy una reunión en Lima. Modelo Ríos propuso crear un grupo de trabajo sobre aduanas.")
    assert {s for s, _ in pairs(batch, "PROPOSED")} == {"person:luis-modelo-rios"}


def test_a_task_list_item_headed_for_an_attendee_is_hers():
    from tests.loaders.batches import bound, commitments
    batch = read("# Minutes\n\n## Attendees:\n\n* Marta Ejemplo\n* Tom Modelo\n\n## Action Items\n\n"
                 "* [ ] For Marta: Send the budget draft to the board.\n"
                 "* [ ] For example: the venue may change.\n")
    found = commitments(batch)
    owned = [t for t, i in found.items() if bound(batch, i) == {"person:marta-ejemplo"}]
    assert owned == ["[ ] For Marta: Send the budget draft to the board."]
    assert not any("example" in t for t, i in found.items() if bound(batch, i))


def test_ministers_laying_emphasis_together_say_it():
    batch = read("La canciller de Chile, Ana Ejemplo Soto, y la canciller del Perú, Lucía Modelo Ríos, "
                 "sostuvieron hoy una reunión en Lima. Las ministras hicieron énfasis en la cooperación "
                 "aduanera en la frontera común.")
    said = _statements(batch)
    assert [t for t, _ in said] == ["Las ministras hicieron énfasis en la cooperación aduanera en la frontera común."]
    assert said[0][1] == {"person:ana-ejemplo-soto", "person:lucia-modelo-rios"}


def _proposed(batch) -> set[tuple[str, str]]:
    return {(e.source, batch.nodes[e.target].properties["text"]) for e in batch.edges.values()
            if e.type == "PROPOSED"}


def test_emphasis_on_the_need_to_act_proposes_it():
    es = read("La canciller de Chile, Ana Ejemplo Soto, se reunió hoy en Lima con su par del Perú. "
              "La canciller Ejemplo Soto hizo especial énfasis en la necesidad de crear un registro común.")
    assert {s for s, _ in _proposed(es)} == {"person:ana-ejemplo-soto"}
    en = read("Chilean Foreign Minister Ana Ejemplo Soto met her Peruvian counterpart in Lima today. "
              "Ejemplo Soto stressed the need to set up a joint register of returnees.")
    assert {s for s, _ in _proposed(en)} == {"person:ana-ejemplo-soto"}
    # emphasis on a topic, with no need to act, proposes nothing
    plain = read("La canciller de Chile, Ana Ejemplo Soto, se reunió hoy en Lima con su par del Perú. "
                 "La canciller Ejemplo Soto hizo especial énfasis en la cooperación aduanera.")
    assert _proposed(plain) == set()


def test_two_quotations_closed_by_a_surname_are_said_by_that_person():
    batch = read("La canciller de Chile, Ana Ejemplo Soto, y la canciller del Perú, Lucía Modelo Ríos, "
                 "sostuvieron hoy una reunión en Lima.\n\n“Queremos ordenar los retornos”, y agregó que "
                 "se buscan mecanismos ágiles: “Hemos quedado en crear una comisión técnica”, indicó la "
                 "canciller Modelo.")
    said = _statements(batch)
    quoted = [(t, w) for t, w in said if t.startswith("“Queremos")]
    assert quoted == [("“Queremos ordenar los retornos”, y agregó que se buscan mecanismos ágiles: “Hemos "
                       "quedado en crear una comisión técnica”, indicó la canciller Modelo.",
                       {"person:lucia-modelo-rios"})]


def test_a_surname_two_persons_share_names_no_speaker():
    batch = read("Chilean Minister Ana Ejemplo Soto and Chilean Senator Pedro Ejemplo Ruiz met Peruvian "
                 "officials in Lima today.\n\n\"We agreed on a common register,\" said Minister Ejemplo.")
    assert not any(t.startswith("\"We agreed") for t, _ in _statements(batch))


def test_they_after_a_sentence_opened_by_two_countries_officials_is_said_by_both():
    batch = read("Secretary of State Ana Example hosted Foreign Secretary Luis Modelo in Washington today. "
                 "U.S. and Mexican officials also discussed joint work on border health. In addition, they "
                 "reaffirmed the importance of regular consultations.")
    said = [(t, w) for t, w in _statements(batch) if "they reaffirmed" in t]
    assert said and said[0][1] == {"country:us", "country:mx"}


def test_they_after_a_sentence_of_no_group_says_nothing():
    batch = read("Secretary of State Ana Example hosted Foreign Secretary Luis Modelo in Washington today. "
                 "The talks covered border health. In addition, they reaffirmed the importance of regular "
                 "consultations.")
    assert not any("they reaffirmed" in t for t, _ in _statements(batch))
