// title_es: Miembros y roles de un foro
// title_en: Members and roles of a forum
// description_es: >-
//   Los miembros de un foro (conferencia u órgano) y de los órganos que forman parte de él
//   (troika, presidencia, secretaría, redes, grupos ad hoc), con su rol; incluye los órganos sin
//   miembros conocidos, a quien ejerce un cargo o preside y a los puntos focales. Un hecho
//   curado (curated, con su referencia) válido solo por un período aparece junto a cada documento
//   fechado dentro de ese período (document), nunca junto a documentos de otros años. Un mismo
//   hecho que afirman varios documentos es una sola fila: documents lista todos esos documentos
//   (document_count dice cuántos) y document nombra el primero.
// description_en: >-
//   The members of a forum (conference or body) and of the bodies that are PART_OF it (troika,
//   presidency, secretariat, networks, ad-hoc groups), with their role; bodies with no known
//   members are listed too, as are post holders, focal points and those who preside. A curated
//   fact (curated, with its reference) valid for a period only is listed beside each stored
//   document dated inside that period that names the forum or the body (document), never beside
//   documents of other years or of other forums. A fact stated by several documents is one row:
//   documents lists every one of them (document_count says how many), document names the first.
// view: table
// params:
//   - name: forum
//     type: entity
//     default: CRM
//     required: true
//     label_es: Foro (id, nombre, sigla o alias)
//     label_en: Forum (id, name, acronym or alias)
//     choices_query: >-
//       MATCH (f) WHERE f.kind IN ['Conference', 'Body']
//       RETURN f.id AS value, f.name AS label ORDER BY label, value
WITH toLower($forum) AS k_forum
MATCH (f:Conference|Body|Organization)
WHERE (toLower(f.id) = k_forum OR toLower(f.name) = k_forum
       OR toLower(coalesce(f.acronym, '')) = k_forum
       OR any(x IN coalesce(f.aliases, []) WHERE toLower(x) = k_forum))
// PART_OF*0..2 as two 0..1 steps, each collapsed (PART_OF edges are stored once per document,
// so the two-hop walks would otherwise multiply: N² at N documents)
MATCH (x)-[:PART_OF*0..1]->(f)
WITH DISTINCT f, x
MATCH (u:Conference|Body|Organization)-[:PART_OF*0..1]->(x)
WITH DISTINCT f, u
// the stored documents that name the forum or the unit, gathered only for a unit with a dated
// curated fact, the one use of them below (gathering them for every unit unwound every document
// of every relationship of the unit and of the forum: 4.9 s of 5.2 s at 1,000 meetings)
OPTIONAL MATCH (u)<-[dr:MEMBER_OF|HOLDS_POST|PRESIDES|FOCAL_POINT]-()
WHERE coalesce(dr.curated, false) AND (dr.valid_from IS NOT NULL OR dr.valid_until IS NOT NULL)
WITH f, u, count(dr) > 0 AS has_dated
OPTIONAL MATCH (u)-[un]-() WHERE has_dated AND un.doc IS NOT NULL AND un.doc <> 'reference'
UNWIND coalesce(un.docs, [un.doc]) AS und
WITH f, u, has_dated, collect(DISTINCT und) AS unit_docs
OPTIONAL MATCH (f)-[fn]-() WHERE has_dated AND fn.doc IS NOT NULL AND fn.doc <> 'reference'
UNWIND coalesce(fn.docs, [fn.doc]) AS fnd
WITH f, u, unit_docs, collect(DISTINCT fnd) AS forum_docs
WITH f, u, unit_docs + forum_docs AS named_in
OPTIONAL MATCH (m)-[r:MEMBER_OF|HOLDS_POST|PRESIDES|FOCAL_POINT]->(u)
// a curated fact that holds for a period only (a presidency of 2017) is shown beside each stored
// document dated inside that period, never beside documents of other years
WITH f, u, named_in, m, r,
     coalesce(r.curated, false) AND (r.valid_from IS NOT NULL OR r.valid_until IS NOT NULL) AS dated
// ... and that names the forum or the body (named_in): a presidency of one forum is never
// matched by year alone to a document of another forum
OPTIONAL MATCH (d:Document)
WHERE dated AND d.id <> 'reference' AND d.date IS NOT NULL AND d.id IN named_in
  AND d.date >= coalesce(r.valid_from, '0000') AND d.date <= coalesce(r.valid_until, '9999')
WITH f, u, m, r, dated, d
WHERE NOT dated OR d IS NOT NULL
RETURN DISTINCT f.name AS forum, u.name AS unit, coalesce(u.subtype, u.kind) AS unit_type,
       m.name AS member, m.kind AS member_kind,
       CASE WHEN r IS NULL THEN NULL ELSE coalesce(r.role, toLower(r.type)) END AS role,
       r.on_behalf_of AS on_behalf_of, r.quote AS quote, r.curated AS curated, r.reference AS reference,
       CASE WHEN dated THEN d.id ELSE r.doc END AS document,
       CASE WHEN r IS NULL THEN NULL WHEN dated THEN [d.id]
            ELSE coalesce(r.docs, [r.doc]) END AS documents,
       CASE WHEN r IS NULL THEN NULL WHEN dated THEN 1
            ELSE size(coalesce(r.docs, [r.doc])) END AS document_count,
       r.valid_from AS valid_from,
       r.valid_until AS valid_until, f.id AS forum_id, u.id AS unit_id, m.id AS member_id
ORDER BY forum, forum_id, CASE WHEN unit_id = forum_id THEN 0 ELSE 1 END, unit_type, unit,
         unit_id, coalesce(member, ''), coalesce(role, ''), coalesce(member_id, ''),
         coalesce(quote, ''), coalesce(document, '')
