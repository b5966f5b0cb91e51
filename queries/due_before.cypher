// title_es: Compromisos con plazo antes de una fecha o evento
// title_en: Commitments due before a date or event
// description_es: >-
//   Compromisos cuyo plazo (fecha o evento, con su precisión) termina en o antes de la fecha dada;
//   si se indica un evento, los que vencen antes de su fecha o en ese mismo evento.
// description_en: >-
//   Commitments whose deadline (date or event, with its precision) ends on or before the given
//   date; if an event is given, those due before its date or at that event.
// view: table
// params:
//   - name: before
//     type: date
//     default: "2017-06-30"
//     label_es: Fecha límite
//     label_en: Cut-off date
//   - name: event
//     type: entity
//     default: ""
//     label_es: Evento (opcional; sustituye a la fecha)
//     label_en: Event (optional; replaces the date)
//     choices_query: >-
//       MATCH (e:Event) RETURN e.id AS value, e.name AS label ORDER BY label, value
WITH toLower($event) AS k_event
OPTIONAL MATCH (e:Event)
WHERE $event <> '' AND (e.id = $event OR toLower(e.name) = k_event)
OPTIONAL MATCH (e)-[:HELD_ON]->(ed:Date)
WITH min(coalesce(e.date, ed.date)) AS event_date, collect(DISTINCT e.id) AS event_ids
WITH CASE WHEN $event = '' THEN $before ELSE event_date END AS cutoff, event_ids
MATCH (c:Commitment)-[:DUE]->(w)
OPTIONAL MATCH (w)-[:HELD_ON]->(wd:Date)
WITH c, w, cutoff, event_ids, coalesce(w.date, wd.date) AS due_date,
     coalesce(w.date_end, wd.date_end, w.date, wd.date) AS due_end,
     coalesce(w.precision, wd.precision) AS precision
WHERE w.id IN event_ids OR due_end <= cutoff
OPTIONAL MATCH (a)-[:RESPONSIBLE_FOR]->(c)
WITH c, w, cutoff, due_date, due_end, precision, collect(DISTINCT a.name) AS responsible
RETURN c.acta_group AS acta_group, c.number AS number, c.text AS commitment, w.name AS due, w.kind AS due_kind, due_date,
       due_end, precision, responsible, cutoff, c.doc AS document, c.id AS id
ORDER BY coalesce(due_date, ''), document, coalesce(c.char_start, 0), id, due, w.id
