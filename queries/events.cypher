// title_es: Eventos por fecha
// title_en: Events in date order
// description_es: >-
//   Reuniones, sesiones, lanzamientos y llamadas que nombra algún documento guardado, en orden de fecha (la más precisa del texto), con su precisión, lugar,
//   organizadores y participantes.
// description_en: >-
//   Meetings, sessions, launches and calls a stored document names, in date order (the finest date the text gives), with precision, place, organisers and
//   participants.
// view: table
MATCH (e:Event)
// only events a stored document names: a curated event of the reference layer is not listed
// for a store that holds no document naming it
OPTIONAL MATCH (e)-[own]-() WHERE own.doc IS NOT NULL AND own.doc <> 'reference'
WITH e, count(own) AS named
WHERE named > 0
OPTIONAL MATCH (e)-[:HELD_ON]->(d:Date)
WITH e, min(CASE d.precision WHEN 'day' THEN 0 WHEN 'week' THEN 1 WHEN 'month' THEN 2 WHEN 'year' THEN 3 ELSE 9 END) AS best
OPTIONAL MATCH (e)-[:HELD_ON]->(d:Date)
WHERE CASE d.precision WHEN 'day' THEN 0 WHEN 'week' THEN 1 WHEN 'month' THEN 2 WHEN 'year' THEN 3 ELSE 9 END = best
WITH e, min(d.date) AS d0, max(d.date_end) AS d1, min(d.precision) AS dp
WITH e, coalesce(e.date, d0) AS date, coalesce(e.date_end, d1, e.date, d0) AS date_end,
     coalesce(e.precision, dp) AS precision
OPTIONAL MATCH (e)-[:HELD_IN]->(pl)
WITH e, date, date_end, precision, collect(DISTINCT pl.name) AS places
OPTIONAL MATCH (o)-[:ORGANISES]->(e)
WITH e, date, date_end, precision, places, collect(DISTINCT o.name) AS organisers
OPTIONAL MATCH (x)-[:PARTICIPATES_IN]->(e)
WITH e, date, date_end, precision, places, organisers, collect(DISTINCT x.name) AS participants
OPTIONAL MATCH (e)-[:PART_OF]->(parent:Event)
RETURN date, date_end, precision, e.name AS event, places, organisers, participants,
       collect(DISTINCT parent.name) AS part_of, e.quote AS quote, e.id AS id
ORDER BY coalesce(date, '9999'), coalesce(date_end, ''), event, id
