import { defineConfig } from 'drizzle-kit';

/**
 * drizzle-kit configuration: `npm run db:generate` diffs `src/db/schema.ts` against the last snapshot and
 * writes a new SQL migration to `src/db/migrations/`. The same migrations serve PGlite and PostgreSQL;
 * `migrate()` in `src/db/migrate.ts` applies them at start-up.
 */
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema.ts',
  out: './src/db/migrations',
  strict: true,
  verbose: true,
});
