// title_es: Temas
// title_en: Topics
// description_es: >-
//   Los temas y cuántos compromisos, intervenciones, eventos y órganos tratan de cada uno.
// description_en: >-
//   The topics and how many commitments, statements, events and bodies concern each.
// view: table
MATCH (t:Topic)
RETURN t.name AS topic,
       COUNT { MATCH (c:Commitment)-[:CONCERNS]->(t) } AS commitments,
       COUNT { MATCH (s:Statement)-[:CONCERNS]->(t) } AS statements,
       COUNT { MATCH (e:Event)-[:CONCERNS]->(t) } AS events,
       COUNT { MATCH (b:Body)-[:CONCERNS]->(t) } AS bodies,
       t.aliases AS aliases, t.id AS id
ORDER BY commitments DESC, topic, id
