// title_es: Decisiones del informe que no recoge el acta
// title_en: Report decisions no acta agreement takes up
// description_es: >-
//   Discrepancias informe/acta: decisiones registradas en el informe (acta_group 'report') a las
//   que ningún acuerdo del acta apunta con DISCUSSED_IN.
// description_en: >-
//   Report-versus-acta discrepancies: decisions recorded in the report (acta_group 'report') that
//   no acta agreement is DISCUSSED_IN.
// view: table
MATCH (d:Commitment)
WHERE d.acta_group = 'report'
  AND NOT EXISTS { MATCH (:Commitment)-[:DISCUSSED_IN]->(d) }
RETURN d.doc AS document, d.number AS number, d.text AS decision, d.section AS section,
       d.paragraph AS paragraph, d.quote AS quote, d.id AS id
ORDER BY document, coalesce(d.char_start, 0), id
