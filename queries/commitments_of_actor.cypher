// title_es: Compromisos de un actor
// title_en: Commitments of an actor
// description_es: >-
//   Los compromisos de los que un actor es responsable, directamente o (si se pide) a través de un
//   órgano del que es miembro, punto focal o titular. El actor se busca por id, nombre, sigla o
//   alias, sin distinguir mayúsculas.
// description_en: >-
//   The commitments an actor is responsible for, directly or (if asked) through a body it is a
//   member, focal point or holder of. The actor is matched by id, name, acronym or alias,
//   case-insensitively.
// view: table
// programs:
//   embedded: graph.commitments_of_actor:commitments_of_actor
// params:
//   - name: actor
//     type: entity
//     default: Chile
//     required: true
//     label_es: Actor (id, nombre o alias)
//     label_en: Actor (id, name or alias)
//     choices_query: >-
//       MATCH (a) WHERE a.kind IN ['Country', 'Conference', 'Organization', 'Body', 'Person']
//       RETURN a.id AS value, a.name + ' (' + a.kind + ')' AS label ORDER BY label, value
//   - name: indirect
//     type: bool
//     default: true
//     label_es: Incluir los de sus órganos
//     label_en: Include those of its bodies
WITH toLower($actor) AS k_actor
MATCH (a:Country|Conference|Organization|Body|Person)
WHERE (toLower(a.id) = k_actor OR toLower(a.name) = k_actor
       OR toLower(coalesce(a.acronym, '')) = k_actor
       OR any(x IN coalesce(a.aliases, []) WHERE toLower(x) = k_actor))
// memberships are stored once per document: collapse them to distinct (actor, holder) first
MATCH (a)-[:MEMBER_OF|FOCAL_POINT|HOLDS_POST*0..1]->(h)
WHERE h.id = a.id OR $indirect
WITH DISTINCT a, h
MATCH (h)-[r:RESPONSIBLE_FOR]->(c:Commitment)
RETURN DISTINCT a.name AS actor, CASE WHEN h.id = a.id THEN '' ELSE h.name END AS via,
       c.doc AS document, c.acta_group AS acta_group, c.number AS number, c.text AS commitment,
       r.quote AS quote, c.id AS id
ORDER BY actor, document, acta_group, number, via, id
