// title_es: Entidades para buscar (página)
// title_en: Entities to search (page)
// description_es: >-
//   Cada entidad (ni pasajes ni documentos) con sus nombres, sigla y alias.
// description_en: >-
//   Every entity (not passages or documents) with its names, acronym and aliases.
// view: table
// listed: false
MATCH (n) WHERE n.kind <> 'Passage' AND n.kind <> 'Document' RETURN n.id, n.kind, n.name, n.aliases, n.acronym, n.name_en
ORDER BY n.id
