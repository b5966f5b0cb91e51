// title_es: Relaciones de la red de actores y foros
// title_en: Relations of the network of actors and forums
// description_es: >-
//   Cada relación entre actores, foros, eventos y compromisos (membresía, cargo, presidencia,
//   representación, punto focal, participación, organización, responsabilidad, pertenencia de un
//   órgano a su conferencia) con su rol, su documento y la fecha del documento. Es la lectura de la
//   que parte el análisis de redes (`actagraph analyse`, página Red).
// description_en: >-
//   Every relationship between actors, forums, events and commitments (membership, post,
//   presidency, representation, focal point, participation, organisation, responsibility, a body
//   being part of its conference) with its role, its document and the document's date. It is the
//   read the network analysis starts from (`actagraph analyse`, Network page).
// view: table
// programs:
//   neo4j: graph.edge_pages:network_relations
//   embedded: graph.edge_pages:network_relations
MATCH (a)-[r:MEMBER_OF|PART_OF|HOLDS_POST|PRESIDES|REPRESENTS|FOCAL_POINT|PARTICIPATES_IN|ORGANISES|RESPONSIBLE_FOR]->(b)
UNWIND coalesce(r.docs, [r.doc]) AS document
OPTIONAL MATCH (d:Document) WHERE d.id = document
RETURN r.id AS edge_id, r.type AS type, r.role AS role, r.on_behalf_of AS on_behalf_of,
       document, d.date AS document_date, r.curated AS curated, r.quote AS quote,
       a.id AS source_id, a.kind AS source_kind, a.name AS source_name,
       a.acronym AS source_acronym, b.id AS target_id, b.kind AS target_kind,
       b.name AS target_name, b.acronym AS target_acronym
ORDER BY edge_id, coalesce(document, '')
