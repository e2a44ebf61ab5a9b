-- The row that V18's lock takes.
INSERT INTO first_admin (id) VALUES (1);
