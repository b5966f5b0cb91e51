// title_es: Documentos cargados
// title_en: Documents loaded
// description_es: >-
//   Cada documento cargado con su fecha y lugar, y cuántos pasajes, compromisos del acta,
//   decisiones del informe, intervenciones, nodos propios y relaciones aporta.
// description_en: >-
//   Every loaded document with its date and place, and how many passages, acta commitments,
//   report decisions, statements, own nodes and relationships it contributes.
// view: table
// programs:
//   neo4j: graph.document_counts:documents
//   embedded: graph.document_counts:documents
MATCH (d:Document)
RETURN d.id AS id, d.title AS title, d.date AS date, d.place AS place, d.path AS path,
       COUNT { MATCH (p:Passage) WHERE p.doc = d.id } AS passages,
       COUNT { MATCH (c:Commitment) WHERE c.doc = d.id AND coalesce(c.acta_group, '') <> 'report' } AS acta_commitments,
       COUNT { MATCH (c:Commitment) WHERE c.doc = d.id AND c.acta_group = 'report' } AS report_decisions,
       COUNT { MATCH (s:Statement) WHERE s.doc = d.id } AS statements,
       COUNT { MATCH (n) WHERE n.doc = d.id } AS nodes,
       COUNT { MATCH ()-[r]->() WHERE r.doc = d.id OR d.id IN r.docs } AS edges
ORDER BY id
