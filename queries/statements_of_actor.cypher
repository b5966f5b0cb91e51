// title_es: Lo que dijo un actor
// title_en: What an actor said
// description_es: >-
//   Las intervenciones de un actor (buscado por id, nombre, sigla o alias) en orden del texto,
//   con la cita, la sección y el párrafo.
// description_en: >-
//   The statements of an actor (matched by id, name, acronym or alias) in text order, with the
//   quote, section and paragraph.
// view: table
// params:
//   - name: actor
//     type: entity
//     default: Chile
//     required: true
//     label_es: Actor (id, nombre o alias)
//     label_en: Actor (id, name or alias)
//     choices_query: >-
//       MATCH (a)-[:SAID]->() RETURN DISTINCT a.id AS value, a.name AS label
//       ORDER BY label, value
WITH toLower($actor) AS k_actor
MATCH (a:Country|Conference|Organization|Body|Person)
WHERE (toLower(a.id) = k_actor OR toLower(a.name) = k_actor
       OR toLower(coalesce(a.acronym, '')) = k_actor
       OR any(x IN coalesce(a.aliases, []) WHERE toLower(x) = k_actor))
MATCH (a)-[r:SAID]->(s:Statement)
OPTIONAL MATCH (s)-[:CONCERNS]->(t)
WITH a, r, s, collect(DISTINCT t.name) AS topics
RETURN a.name AS actor, s.section AS section, s.paragraph AS paragraph, s.text AS statement,
       coalesce(r.quote, s.quote) AS quote, topics, s.doc AS document, s.id AS id
ORDER BY document, coalesce(s.char_start, 0), id, actor, a.id, r.id
