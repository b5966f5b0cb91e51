// title_es: Órganos de cada foro
// title_en: Bodies of each forum
// description_es: >-
//   Los órganos que nombra un documento guardado, o de un foro que nombra (troikas, presidencias pro tempore, secretarías técnicas, redes, grupos ad hoc,
//   fondos...) y de qué conferencia u órgano forman parte, con quién ejerce cada uno y cuántos
//   miembros tiene.
// description_en: >-
//   The bodies a stored document names, or of a forum it names (troikas, pro-tempore presidencies, technical secretariats, networks, ad-hoc
//   groups, funds...) and which conference or body they are part of, who exercises each and how
//   many members it has.
// view: table
// params:
//   - name: subtype
//     type: string
//     default: ""
//     label_es: Tipo de órgano (vacío = todos)
//     label_en: Body type (empty = all)
//     choices_query: >-
//       MATCH (b:Body) RETURN DISTINCT b.subtype AS value, b.subtype AS label ORDER BY value
MATCH (b:Body)
WHERE $subtype = '' OR b.subtype = $subtype
// only bodies a stored document names, or bodies of a forum a stored document names: the
// reference layer alone (the CRM's bodies) lists nothing for a store of other forums' documents
OPTIONAL MATCH (b)-[own]-() WHERE own.doc IS NOT NULL AND own.doc <> 'reference'
WITH b, count(own) AS named
OPTIONAL MATCH (b)-[:PART_OF]->(forum)-[fown]-() WHERE fown.doc IS NOT NULL AND fown.doc <> 'reference'
WITH b, named, count(fown) AS forum_named
WHERE named > 0 OR forum_named > 0
OPTIONAL MATCH (b)-[:PART_OF]->(parent)
WITH b, collect(DISTINCT parent.name) AS part_of
OPTIONAL MATCH (h)-[:HOLDS_POST|PRESIDES]->(b)
WITH b, part_of, collect(DISTINCT h.name) AS held_by
OPTIONAL MATCH (m)-[:MEMBER_OF]->(b)
RETURN b.subtype AS subtype, b.name AS body, part_of, held_by,
       collect(DISTINCT m.name) AS members, count(DISTINCT m) AS member_count, b.id AS id
ORDER BY coalesce(subtype, ''), body, id
