// title_es: ¿Hay una entidad con este nombre?
// title_en: Is there an entity by this name?
// description_es: >-
//   Cuántas entidades tienen este id, nombre, nombre en inglés, sigla o alias (sin distinguir
//   mayúsculas), o este número de compromiso: lo que cualquier consulta guardada reconoce en un
//   parámetro de entidad. Con cero, la consulta vacía se explica: no hay tal actor en el almacén.
// description_en: >-
//   How many entities have this id, name, English name, acronym or alias (case-insensitively), or
//   this commitment number: whatever any saved query recognises in an entity parameter. With
//   zero, an empty answer is explained: there is no such actor in the store.
// view: table
// listed: false
// params:
//   - name: name
//     type: entity
//     default: Chile
//     required: true
//     label_es: Nombre
//     label_en: Name
WITH toLower($name) AS k_name
MATCH (n)
WHERE NOT n.kind IN ['Passage', 'Document']
  AND (toLower(n.id) = k_name OR toLower(n.name) = k_name
       OR toLower(coalesce(n.name_en, '')) = k_name
       OR toLower(coalesce(n.acronym, '')) = k_name
       OR any(x IN coalesce(n.aliases, []) WHERE toLower(x) = k_name)
       OR (n.kind = 'Commitment' AND n.number = $name))
RETURN count(n) AS n
ORDER BY n
