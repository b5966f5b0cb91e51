// title_es: Cronología
// title_en: Timeline
// description_es: >-
//   Todo lo fechado, en orden: documentos, eventos (con su fecha más precisa) y plazos de
//   compromisos, con la precisión (día, semana, mes, año), el lugar y los compromisos que vencen en
//   cada uno.
// description_en: >-
//   Everything dated, in order: documents, events (at their finest date) and commitment due dates,
//   with precision (day, week, month, year), place and the commitments due at each.
// view: timeline
MATCH (x)
WHERE x.kind IN ['Document', 'Event']
   OR (x.kind = 'Date' AND EXISTS { MATCH (:Commitment)-[:DUE]->(x) })
OPTIONAL MATCH (x)-[:HELD_ON]->(d:Date)
WITH x, min(CASE d.precision WHEN 'day' THEN 0 WHEN 'week' THEN 1 WHEN 'month' THEN 2 WHEN 'year' THEN 3 ELSE 9 END) AS best
OPTIONAL MATCH (x)-[:HELD_ON]->(d:Date)
WHERE CASE d.precision WHEN 'day' THEN 0 WHEN 'week' THEN 1 WHEN 'month' THEN 2 WHEN 'year' THEN 3 ELSE 9 END = best
WITH x, min(d.date) AS d0, max(d.date_end) AS d1, min(d.precision) AS dp
WITH x, coalesce(x.date, d0) AS date, coalesce(x.date_end, d1, x.date, d0) AS date_end,
     coalesce(x.precision, dp, CASE WHEN x.kind = 'Document' THEN 'day' END) AS precision
WHERE date IS NOT NULL
OPTIONAL MATCH (c:Commitment)-[:DUE]->(x)
WITH x, date, date_end, precision, collect(DISTINCT c.number) AS commitments_due
OPTIONAL MATCH (x)-[:HELD_IN]->(pl)
WITH x, date, date_end, precision, commitments_due, collect(DISTINCT pl.name) AS places
RETURN date, date_end, precision, x.kind AS kind, coalesce(x.title, x.name) AS what, places,
       commitments_due, x.id AS id
ORDER BY date, date_end, kind, what, id
