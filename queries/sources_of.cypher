// title_es: Fuentes de un nodo o relación
// title_en: Sources of a node or relationship
// description_es: >-
//   De dónde sale un dato: para un nodo (id, o nombre exacto) su cita propia y, si es una entidad
//   compartida, las citas de cada mención (documento, sección, párrafo y posición); para una
//   relación (id) su cita (o, si es un dato curado, su referencia). La columna sources trae todas las fuentes en JSON.
// description_en: >-
//   Where a fact comes from: for a node (id, or exact name) its own quote and, for a shared
//   entity, the quote of every mention (document, section, paragraph and span); for a
//   relationship (id) its quote (or, for a curated fact, its reference). The sources column holds every source as JSON.
// view: table
// programs:
//   embedded: graph.sources_of:sources_of
//   neo4j: graph.sources_of:sources_of
// params:
//   - name: id
//     type: string
//     default: Chile
//     required: true
//     label_es: Id de nodo o relación (o nombre de nodo)
//     label_en: Node or relationship id (or node name)
WITH toLower($id) AS k_id
MATCH (x)
WHERE x.id = $id OR (toLower(x.name) = k_id AND x.kind <> 'Passage')
OPTIONAL MATCH (p:Passage)-[m:MENTIONS]->(x)
RETURN 'node' AS element, x.id AS id, x.kind AS kind, x.name AS name,
       CASE WHEN m IS NULL THEN 'own' ELSE 'mention' END AS via,
       coalesce(p.doc, x.doc) AS document, coalesce(m.section, x.section) AS section,
       coalesce(m.paragraph, x.paragraph) AS paragraph,
       coalesce(m.char_start, x.char_start) AS char_start,
       coalesce(m.char_end, x.char_end) AS char_end, coalesce(m.quote, x.quote) AS quote,
       coalesce(m.sources, x.sources) AS sources, x.reference AS reference
ORDER BY id, coalesce(document, ''), coalesce(paragraph, -1), coalesce(char_start, -1),
         coalesce(quote, '')
UNION ALL
MATCH (s)-[r]->(t)
WHERE r.id = $id
RETURN 'edge' AS element, r.id AS id, r.type AS kind, s.name + ' -> ' + t.name AS name,
       'own' AS via, r.doc AS document, r.section AS section, r.paragraph AS paragraph,
       r.char_start AS char_start, r.char_end AS char_end, r.quote AS quote, r.sources AS sources,
       r.reference AS reference
ORDER BY id
