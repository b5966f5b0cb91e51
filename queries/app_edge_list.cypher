// title_es: Lista de relaciones (página)
// title_en: Edge list (page)
// description_es: >-
//   Cada relación como (id, origen, destino, tipo), sin IN_DOCUMENT; MENTIONS solo si se pide.
// description_en: >-
//   Every relationship as (id, source, target, type), without IN_DOCUMENT; MENTIONS only when asked.
// view: table
// listed: false
// params:
//   - name: include_text
//     type: bool
//     default: false
//     label_es: Incluir menciones
//     label_en: Include mentions
MATCH ()-[r]->() WHERE r.type <> 'IN_DOCUMENT' AND ($include_text OR r.type <> 'MENTIONS') RETURN r.id, r.src, r.dst, r.type
ORDER BY r.id
