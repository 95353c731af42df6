-- A track snapshot is a few hundred characters of JSON: as a CLOB every row was a LOB (90-125 us per insert and
-- H2's LOB cleaner behind it, measured through the server's Database at load 4), as VARCHAR 15-28 us.
ALTER TABLE track_history ALTER COLUMN snapshot SET DATA TYPE CHARACTER VARYING(1000000);
