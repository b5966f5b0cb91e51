// title_es: Compromisos por tema
// title_en: Commitments by topic
// description_es: >-
//   Los compromisos agrupados por el tema del que tratan (relación CONCERNS); un tema vacío los
//   muestra todos.
// description_en: >-
//   Commitments grouped by the topic they concern (CONCERNS relationship); an empty topic shows
//   them all.
// view: table
// params:
//   - name: topic
//     type: entity
//     default: ""
//     label_es: Tema (vacío = todos)
//     label_en: Topic (empty = all)
//     choices_query: MATCH (t:Topic) RETURN t.id AS value, t.name AS label ORDER BY label, value
WITH toLower($topic) AS k_topic
MATCH (c:Commitment)-[r:CONCERNS]->(t)
WHERE $topic = '' OR t.id = $topic OR toLower(t.name) = k_topic
   OR any(x IN coalesce(t.aliases, []) WHERE toLower(x) = k_topic)
RETURN t.name AS topic, c.number AS number, c.acta_group AS acta_group, c.text AS commitment,
       r.quote AS quote, t.id AS topic_id, c.id AS id
ORDER BY topic, topic_id, c.doc, coalesce(c.char_start, 0), id
