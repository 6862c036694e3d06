import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Component tests (web/**/*.test.tsx) compile JSX with esbuild's automatic runtime, and pick jsdom with a
  // `// @vitest-environment jsdom` docblock: the node tests keep the fast node environment.
  esbuild: { jsx: 'automatic' },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'web/**/*.test.{ts,tsx}'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
