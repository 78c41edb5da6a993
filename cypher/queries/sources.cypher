// Every source document (few): titles and publishers for evidence.
MATCH (s:Source)
RETURN s.id AS id, s.name AS title, s.publisher AS publisher
