-- PostgreSQL only (ADR 0038): the released migrations were written for H2 and name its large-object types BLOB and
-- CLOB, which PostgreSQL does not have. Declared here as domains over bytea and text, every migration of db/migration
-- runs unchanged on both engines; only a file whose syntax differs has a copy in db/postgresql (V7). The Java side
-- reads them as it reads H2's (byte[] and String).
CREATE DOMAIN blob AS bytea;
CREATE DOMAIN clob AS text;
