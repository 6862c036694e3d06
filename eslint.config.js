import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';

const ROOT = dirname(fileURLToPath(import.meta.url));

// DESIGN.md, "Dependencies point inward": which folder of src/ (an element) may import which.
const SERVICES = [
  'runs',
  'webhooks',
  'actions',
  'sidekicks',
  'knowledge',
  'analytics',
  'notifications',
  'publishing',
];
const ENTRY_POINTS = ['server', 'cli', 'jobs', 'voice', 'mcp', 'runtime'];
// What services and entry points build on. `config` imports the guide's LLM settings, so the guide cannot
// import config (it gets its settings as arguments).
const INNER = [...SERVICES, 'guide', 'core', 'db', 'config', 'builtin'];
const ALLOWED = {
  core: [],
  guide: ['core'],
  config: ['core', 'guide'],
  db: ['core', 'config'],
  builtin: ['core'],
  ...Object.fromEntries(SERVICES.map((service) => [service, INNER])),
  jobs: INNER, // never server: the server and the CLI start jobs, not the other way round
  // The process's composition root (services + effects + workers), used by every entry point.
  runtime: [...INNER, 'jobs'],
  voice: [...INNER, 'jobs', 'runtime'],
  mcp: [...INNER, 'jobs', 'runtime'],
  server: [...INNER, 'routes', 'jobs', 'voice', 'mcp', 'runtime'],
  routes: [...INNER.filter((type) => type !== 'db'), 'server', 'jobs', 'mcp'], // a route calls services, never db
  cli: [...INNER, 'server', 'jobs', 'voice', 'mcp', 'runtime'],
  // The web app shares the engine; its previews run the embedded guide and show the built-in wizards in the browser.
  web: ['core', 'guide', 'builtin'],
};
const ELEMENTS = [
  { type: 'routes', pattern: 'src/server/routes' }, // before `server`: the first match wins
  ...['core', 'guide', 'config', 'db', 'builtin', ...SERVICES, ...ENTRY_POINTS].map((type) => ({
    type,
    pattern: `src/${type}`,
  })),
  { type: 'web', pattern: 'web' },
].map((element) => ({ ...element, partialMatch: false }));

export default tseslint.config(
  { ignores: ['node_modules', 'data', 'dist', 'test-results', 'coverage', 'src/db/migrations'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  // CommonJS files (the lint resolver, which eslint-module-utils loads with require).
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  // The web app: the rules of hooks and the React Compiler's checks.
  { files: ['web/**/*.{ts,tsx}'], ...reactHooks.configs.flat.recommended },
  // Import boundaries of src/ and web/ (unit tests beside the code may use fixtures from anywhere).
  {
    files: ['src/**/*.{ts,tsx}', 'web/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'boundaries/root-path': ROOT,
      'boundaries/elements': ELEMENTS,
      'import/resolver': { [join(ROOT, 'scripts', 'eslint-resolve-ts.cjs')]: {} },
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: Object.entries(ALLOWED).map(([from, to]) => ({
            from: { element: { type: from } },
            allow: { to: { element: { type: to } } },
          })),
        },
      ],
    },
  },
);
