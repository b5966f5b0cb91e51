"""An action-item table in a Word file, its header in Spanish or English ("Acción | Responsable |
Plazo", "Action | Responsible | Deadline"): each row a commitment with its responsible and due
date; the header words come from the language packs. Documents written for the test."""
from __future__ import annotations

import pytest

from loaders.pipeline import load_file
from tests.loaders.reading.make_documents import docx

ES = (["# Informe de la Reunión del Grupo de Trabajo sobre Asuntos Consulares",
       "La reunión se celebró en Lima el 12 de mayo de 2021 con las delegaciones de Chile y Perú."],
      [["Acción", "Responsable", "Plazo"],
       ["Enviar el borrador de la guía regional", "Chile", "30 de junio de 2021"],
       ["Organizar un taller sobre protección consular", "Perú", "31 de agosto de 2021"]])
ES_OTHER = (ES[0], [["Tareas", "Encargado", "Fecha límite"]] + ES[1][1:])
EN = (["# Report of the Meeting of the Working Group on Consular Affairs",
       "The meeting was held in Lima on 12 May 2021 with the delegations of Chile and Peru."],
      [["Action", "Responsible", "Deadline"],
       ["Send the draft regional guide", "Chile", "30 June 2021"],
       ["Organise a workshop on consular protection", "Peru", "31 August 2021"]])


@pytest.mark.parametrize("paragraphs,table", [ES, ES_OTHER, EN])
def test_each_row_of_an_action_table_is_a_commitment(tmp_path, paragraphs, table):
    batch = load_file(docx(tmp_path / "informe.docx", paragraphs, table), curation=False)
    doc = batch.nodes[batch.document].properties["text"]
    commitments = {n.id: n for n in batch.nodes.values() if n.kind == "Commitment"}
    assert sorted(n.properties["text"].split(" | ")[0] for n in commitments.values()) == \
        sorted(row[0] for row in table[1:])
    for n in commitments.values():
        assert all(doc[s.start:s.end] == s.quote for s in n.sources)
    edges = {(e.type, e.source, commitments[e.target if e.type == "RESPONSIBLE_FOR" else e.source]
              .properties["text"].split(" | ")[0], e.target if e.type == "DUE" else None)
             for e in batch.edges.values() if e.type in ("RESPONSIBLE_FOR", "DUE")}
    first, second = table[1][0], table[2][0]
    assert {(t, s, c) for t, s, c, _ in edges if t == "RESPONSIBLE_FOR"} == {
        ("RESPONSIBLE_FOR", "country:cl", first), ("RESPONSIBLE_FOR", "country:pe", second)}
    assert {(c, d) for t, _, c, d in edges if t == "DUE"} == {
        (first, "date:2021-06-30"), (second, "date:2021-08-31")}
