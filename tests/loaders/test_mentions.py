from loaders.mentions import find_mentions, link_mentions


def ids(text, gazetteer):
    return [(e.id, text[s:t]) for e, s, t in find_mentions(text, gazetteer)]


def test_longest_alias_wins(gazetteer):
    assert ids("La **PPT de la CRM** propone", gazetteer) == [("body:crm-ppt", "PPT de la CRM")]
    assert ids("La ST de la CSM menciona", gazetteer) == [("body:csm-st", "ST de la CSM")]
    assert ids("por parte de la Presidencia Pro-Témpore (PPT) de la CSM (Ministro X)", gazetteer)[0] == \
        ("body:csm-ppt", "Presidencia Pro-Témpore (PPT) de la CSM")
    assert ids("la CRM y la CSM", gazetteer) == [("conference:crm", "CRM"), ("conference:csm", "CSM")]


def test_case_and_accents(gazetteer):
    assert ids("MEXICO y panama", gazetteer) == [("country:mx", "MEXICO"), ("country:pa", "panama")]
    assert ids("Republica Dominicana", gazetteer)[0][0] == "country:do"


def test_misspellings_of_the_source(gazetteer):
    assert ids("La Viceministra Margarín propone", gazetteer) == \
        [("person:liduvina-magarin", "Viceministra Margarín")]
    assert ids("Conferencia Sudamericana sobre Migraciones", gazetteer)[0][0] == "conference:csm"
    assert ids("El grupo ad estará encargado", gazetteer)[0][0] == "body:adhoc-crm-csm-pmm"


def test_word_bounded(gazetteer):
    assert ids("CRMS, CSMx y Chilean", gazetteer) == []


def test_case_sensitive_alias(gazetteer):
    assert ids("los temas de la Declaración", gazetteer)[0][0] == "instrument:declaracion-nueva-york"
    assert ids("una declaración conjunta", gazetteer) == []


def test_report_mentions_are_exact(structure, gazetteer):
    ms = link_mentions(structure, gazetteer)
    assert len(ms) > 300
    for m in ms:
        assert structure.text[m.start:m.end] == m.quote
        b = structure.block(m.ordinal)
        assert b.start <= m.start < m.end <= b.end
