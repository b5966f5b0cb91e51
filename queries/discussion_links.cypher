// title_es: Dónde discute el informe cada acuerdo
// title_en: Where the report discusses each agreement
// description_es: >-
//   Cada acuerdo del acta con los pasajes del informe y las decisiones registradas que lo
//   discuten (DISCUSSED_IN), con la sección y la cita.
// description_en: >-
//   Each acta agreement with the report passages and recorded decisions that discuss it
//   (DISCUSSED_IN), with section and quote.
// view: table
MATCH (c:Commitment)-[r:DISCUSSED_IN]->(x)
RETURN c.number AS number, c.text AS agreement, x.kind AS discussed_in_kind,
       coalesce(x.section, r.section) AS section, coalesce(x.paragraph, r.paragraph) AS paragraph,
       coalesce(x.text, x.name) AS discussed_in, c.id AS id, x.id AS discussed_in_id
ORDER BY c.doc, coalesce(c.char_start, 0), id, coalesce(paragraph, -1), discussed_in_id
