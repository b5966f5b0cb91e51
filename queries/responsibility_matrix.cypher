// title_es: Matriz de responsabilidades
// title_en: Responsibility matrix
// description_es: >-
//   Actores por compromisos: una fila por cada actor responsable de cada compromiso (para una
//   vista de matriz actor × número de compromiso).
// description_en: >-
//   Actors by commitments: one row per actor responsible for each commitment (for an actor ×
//   commitment-number matrix view).
// view: matrix
// params:
//   - name: include_report
//     type: bool
//     default: false
//     label_es: Incluir decisiones del informe
//     label_en: Include decisions recorded in the report
MATCH (a)-[r:RESPONSIBLE_FOR]->(c:Commitment)
WHERE $include_report OR coalesce(c.acta_group, '') <> 'report'
RETURN a.name AS actor, c.number AS commitment, 'R' AS value, a.kind AS actor_kind,
       a.id AS actor_id, c.id AS commitment_id
ORDER BY actor, actor_id, c.doc, coalesce(c.char_start, 0), commitment_id
