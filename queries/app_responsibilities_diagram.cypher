// title_es: Responsabilidades (diagrama)
// title_en: Responsibilities (diagram)
// description_es: >-
//   Quién debe cumplir cada compromiso, para el diagrama de la página Responsabilidades.
// description_en: >-
//   Who must carry out each commitment, for the Responsibilities page diagram.
// view: table
// listed: false
MATCH (a)-[r:RESPONSIBLE_FOR]->(c:Commitment) RETURN c.doc AS document, c.number AS agreement, a.name AS actor, a, r, c ORDER BY document, agreement, actor, r.id
