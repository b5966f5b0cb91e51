// title_es: Quién propuso, apoyó u objetó qué
// title_en: Who proposed, supported or objected to what
// description_es: >-
//   Propuestas, apoyos y objeciones: el actor, la postura, aquello a lo que se refiere
//   (intervención, compromiso, evento o instrumento) y la cita.
// description_en: >-
//   Proposals, support and objections: the actor, the stance, what it refers to (statement,
//   commitment, event or instrument) and the quote.
// view: table
// params:
//   - name: stance
//     type: string
//     default: ""
//     choices: ["", PROPOSED, SUPPORTED, OBJECTED]
//     label_es: Postura (vacío = todas)
//     label_en: Stance (empty = all)
//   - name: actor
//     type: entity
//     default: ""
//     label_es: Actor (vacío = todos)
//     label_en: Actor (empty = all)
//     choices_query: >-
//       MATCH (a)-[r:PROPOSED|SUPPORTED|OBJECTED]->() RETURN DISTINCT a.id AS value,
//       a.name AS label ORDER BY label, value
WITH toLower($actor) AS k_actor
MATCH (a)-[r:PROPOSED|SUPPORTED|OBJECTED]->(t)
WHERE ($stance = '' OR r.type = $stance)
  AND ($actor = '' OR toLower(a.id) = k_actor OR toLower(a.name) = k_actor
       OR toLower(coalesce(a.acronym, '')) = k_actor
       OR any(x IN coalesce(a.aliases, []) WHERE toLower(x) = k_actor))
RETURN a.name AS actor, r.type AS stance, t.kind AS target_kind,
       coalesce(t.number, '') AS number, coalesce(t.text, t.name) AS target, r.quote AS quote,
       r.section AS section, r.paragraph AS paragraph, t.id AS target_id, r.id AS edge_id
ORDER BY coalesce(paragraph, -1), coalesce(r.char_start, -1), actor, stance, target_id, edge_id
