-- Custom migration: enable pgvector where the server has it (PGlite loads it through
-- @electric-sql/pglite-pgvector; Debian's PostgreSQL 15 has none, and knowledge search then falls back
-- to full-text). A role without the right to create it gets a notice instead of a failed start-up.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'vector') THEN
    BEGIN
      CREATE EXTENSION IF NOT EXISTS vector;
    EXCEPTION WHEN insufficient_privilege THEN
      RAISE NOTICE 'pgvector is available but this role may not create it; vector search stays off';
    END;
  END IF;
END
$$;
