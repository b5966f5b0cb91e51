// title_es: Buscar entidades
// title_en: Entity search
// description_es: >-
//   Entidades cuyo id, nombre, nombre en inglés, sigla o alias contiene el texto, sin distinguir
//   mayúsculas; las coincidencias exactas primero. Excluye pasajes y documentos.
// description_en: >-
//   Entities whose id, name, English name, acronym or alias contains the text,
//   case-insensitively; exact matches first. Passages and documents are left out.
// view: table
// params:
//   - name: q
//     type: string
//     default: Chile
//     required: true
//     label_es: Texto
//     label_en: Text
//   - name: kind
//     type: kind
//     default: ""
//     label_es: Tipo de nodo (vacío = todos)
//     label_en: Node kind (empty = all)
WITH toLower($q) AS k_q
MATCH (n)
WHERE NOT n.kind IN ['Passage', 'Document'] AND ($kind = '' OR n.kind = $kind)
  AND (toLower(n.id) CONTAINS k_q OR toLower(n.name) CONTAINS k_q
       OR toLower(coalesce(n.name_en, '')) CONTAINS k_q
       OR toLower(coalesce(n.acronym, '')) CONTAINS k_q
       OR any(x IN coalesce(n.aliases, []) WHERE toLower(x) CONTAINS k_q))
WITH n, toLower(n.name) = k_q OR toLower(coalesce(n.acronym, '')) = k_q
        OR n.id = $q OR any(x IN coalesce(n.aliases, []) WHERE toLower(x) = k_q) AS exact
RETURN n.id AS id, n.kind AS kind, n.name AS name, n.acronym AS acronym, n.aliases AS aliases,
       n.subtype AS subtype, n.doc AS document, exact
ORDER BY CASE WHEN exact THEN 0 ELSE 1 END, kind, name, id
