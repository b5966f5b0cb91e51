// title_es: Personas y cargos
// title_en: People and their posts
// description_es: >-
//   Las personas que nombra algún documento guardado, el cargo que les da el texto y los órganos u organizaciones en que lo
//   ejercen, a quién representan y qué presiden, según los documentos; aparte (curated), los hechos
//   curados de la capa de referencia, cada uno válido para un período solo junto a los documentos
//   que nombran a la persona fechados dentro de él (curated_for).
// description_en: >-
//   The people a stored document names, the post the text gives them, and the bodies or organisations they hold it
//   in, whom they represent and what they preside, as the documents state it; apart (curated), the
//   curated facts of the reference layer, one valid for a period only beside the documents naming
//   the person that are dated inside it (curated_for).
// view: table
MATCH (p:Person)
// only persons a stored document names: the reference layer alone puts nobody on this list
OPTIONAL MATCH (p)-[own]-() WHERE own.doc IS NOT NULL AND own.doc <> 'reference'
WITH p, count(own) AS named
WHERE named > 0
OPTIONAL MATCH (p)-[r1:HOLDS_POST]->(h) WHERE NOT coalesce(r1.curated, false)
WITH p, collect(DISTINCT h.name) AS holds_post_in
OPTIONAL MATCH (p)-[r2:REPRESENTS]->(r) WHERE NOT coalesce(r2.curated, false)
WITH p, holds_post_in, collect(DISTINCT r.name) AS represents
OPTIONAL MATCH (p)-[r3:PRESIDES]->(x) WHERE NOT coalesce(r3.curated, false)
WITH p, holds_post_in, represents, collect(DISTINCT x.name) AS presides
// curated facts about the person: one valid for a period only is shown when a stored document
// that names the person is dated inside that period (curated_for), never beside other years
OPTIONAL MATCH (p)-[c:HOLDS_POST|REPRESENTS|PRESIDES]->(t) WHERE coalesce(c.curated, false)
WITH p, holds_post_in, represents, presides, c, t
OPTIONAL MATCH (p)-[n]-() WHERE n.doc <> 'reference'
UNWIND coalesce(n.docs, [n.doc]) AS named_in
WITH DISTINCT p, holds_post_in, represents, presides, c, t, named_in
OPTIONAL MATCH (d:Document)
WHERE d.id = named_in AND d.date >= coalesce(c.valid_from, '0000')
  AND d.date <= coalesce(c.valid_until, '9999')
WITH p, holds_post_in, represents, presides, c, t, d,
     c IS NOT NULL AND (d IS NOT NULL OR c.valid_from IS NULL AND c.valid_until IS NULL) AS shown
WITH p, holds_post_in, represents, presides,
     collect(DISTINCT CASE WHEN shown THEN toLower(c.type) + ': ' + t.name END) AS curated,
     collect(DISTINCT CASE WHEN shown AND d IS NOT NULL THEN d.id END) AS curated_for
RETURN p.name AS person, p.post AS post, holds_post_in, represents, presides,
       curated, curated_for,
       p.aliases AS aliases, p.id AS id
ORDER BY person, id
