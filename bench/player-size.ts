import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build, type InlineConfig } from 'vite';

/**
 * Player size: the gzipped JavaScript a browser downloads to show a run of Guidepost (`/runs/$runId`: the
 * entry and every chunk it imports statically, plus the run page's chunk and its static imports, read from
 * Vite's build manifest; and the public player `public.html` before its first render and with its form) against a minimal page showing a one-question survey
 * with SurveyJS's runtime (survey-core + survey-js-ui, which renders with the Preact it bundles), built the
 * same way, alone and inside a React 19 app like Guidepost's. Builds into temporary directories and prints
 * the figures (kB = 1000 bytes, gzip level 9); never fails a build.
 */

const repo = fileURLToPath(new URL('..', import.meta.url));
const RUN_ROUTE = '/runs/$runId';
/** Where the run page lives when `web/src/runs/routes.tsx` cannot be read. */
const RUN_PAGE_FALLBACK = 'src/pages/RunPage.tsx';

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
}
type Manifest = Record<string, ManifestChunk>;

/** One built JavaScript file and its gzipped size in bytes. */
interface Sized {
  file: string;
  gzip: number;
}

const kB = (bytes: number) => (bytes / 1000).toFixed(1);

function readManifest(outDir: string): Manifest {
  return JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
}

/** The manifest keys of `roots` and everything they import statically, in load order. */
function staticClosure(manifest: Manifest, roots: string[]): string[] {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    for (const next of manifest[key].imports ?? []) visit(next);
  };
  roots.forEach(visit);
  return [...seen];
}

function sizeOf(outDir: string, manifest: Manifest, keys: string[]): Sized[] {
  return keys
    .map((key) => manifest[key]!.file)
    .filter((file) => file.endsWith('.js'))
    .map((file) => ({ file, gzip: gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length }));
}

/** The run page's module (relative to `web/`), read from the lazy import of the `/runs/$runId` route. */
function runPageModule(): string {
  try {
    const source = readFileSync(join(repo, 'web/src/runs/routes.tsx'), 'utf8');
    const at = source.indexOf(`path: '${RUN_ROUTE}'`);
    const match = /import\('\.\.\/([^']+)'\)/.exec(source.slice(at));
    if (at >= 0 && match) return `src/${match[1]}${/\.[jt]sx?$/.test(match[1]!) ? '' : '.tsx'}`;
  } catch {
    // fall through
  }
  return RUN_PAGE_FALLBACK;
}

async function viteBuild(config: InlineConfig, outDir: string): Promise<void> {
  await build({
    ...config,
    logLevel: 'silent',
    build: { ...config.build, outDir, emptyOutDir: true, sourcemap: false, manifest: true },
  });
}

/** The public player's entry and its lazy form chunk (see vite.config.ts). */
const PUBLIC_ENTRY = 'public.html';
const PUBLIC_FORM = 'src/public/PublicForm.tsx';

/** What one build of Guidepost's web app gives the bench. */
interface GuidepostBuild {
  /** The signed-in app's run page: the files it loads and the pages among them (only the run page is expected). */
  run: { files: Sized[]; pages: string[] };
  /** The public player `/w/<tenant>/<wizard>`: JavaScript before its first render, and with its form. */
  publicFirst: Sized[];
  publicWithForm: Sized[];
  /** `/embed.js`, gzipped bytes. */
  embed: number;
}

/** Builds the web app once and sizes the run page, the public player and embed.js. */
async function guidepostBuild(): Promise<GuidepostBuild> {
  const outDir = mkdtempSync(join(tmpdir(), 'guidepost-player-size-'));
  try {
    await viteBuild({ configFile: join(repo, 'vite.config.ts') }, outDir);
    const manifest = readManifest(outDir);
    const page = runPageModule();
    if (!manifest[page]) throw new Error(`the manifest has no ${page} (the ${RUN_ROUTE} page)`);
    const keys = staticClosure(manifest, ['index.html', page]);
    const pages = keys.filter((k) => manifest[k]!.isDynamicEntry).map((k) => manifest[k]!.src ?? k);
    return {
      run: { files: sizeOf(outDir, manifest, keys), pages },
      publicFirst: sizeOf(outDir, manifest, staticClosure(manifest, [PUBLIC_ENTRY])),
      publicWithForm: sizeOf(outDir, manifest, staticClosure(manifest, [PUBLIC_ENTRY, PUBLIC_FORM])),
      embed: gzipSync(readFileSync(join(outDir, 'embed.js')), { level: 9 }).length,
    };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

const SURVEY_JSON = `{ elements: [{ type: 'text', name: 'full_name', title: 'What is your name?', isRequired: true }] }`;

const VANILLA = `import { Model } from 'survey-core';
import { renderSurvey } from 'survey-js-ui';
import 'survey-core/survey-core.css';

renderSurvey(new Model(${SURVEY_JSON}), document.getElementById('root'));
`;

const IN_REACT = `import { useEffect, useRef } from 'react';
import { createRoot } from 'react-dom/client';
import { Model } from 'survey-core';
import { renderSurvey } from 'survey-js-ui';
import 'survey-core/survey-core.css';

function SurveyPage() {
  const host = useRef(null);
  useEffect(() => renderSurvey(new Model(${SURVEY_JSON}), host.current), []);
  return <main ref={host} />;
}

createRoot(document.getElementById('root')).render(<SurveyPage />);
`;

/**
 * A one-question SurveyJS page built by Vite from a temporary folder under node_modules/.tmp (so its bare
 * imports resolve to this repository's packages); every JS file the page loads.
 */
async function surveyJsPage(main: string, name: string): Promise<Sized[]> {
  mkdirSync(join(repo, 'node_modules', '.tmp'), { recursive: true });
  // The real path: node_modules may be a symlink (a git worktree), and Vite wants the HTML under its root.
  const parent = realpathSync(join(repo, 'node_modules', '.tmp'));
  const root = mkdtempSync(join(parent, 'surveyjs-'));
  try {
    writeFileSync(
      join(root, 'index.html'),
      `<!doctype html><html><body><div id="root"></div><script type="module" src="/${name}"></script></body></html>`,
    );
    writeFileSync(join(root, name), main);
    const outDir = join(root, 'dist');
    await viteBuild({ configFile: false, root, plugins: [react()] }, outDir);
    const manifest = readManifest(outDir);
    return sizeOf(outDir, manifest, staticClosure(manifest, ['index.html']));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const total = (files: Sized[]) => files.reduce((sum, f) => sum + f.gzip, 0);

/**
 * `npm run bench` entry: builds the pages and prints their gzipped JavaScript and the ratios: the signed-in
 * run page, the public player before its first render (the budget: ≤ 1/3 of SurveyJS's runtime) and with its
 * form, and embed.js (budget 5 kB).
 */
export async function benchPlayerSize(): Promise<void> {
  const built = await guidepostBuild();
  const { run } = built;
  const vanilla = await surveyJsPage(VANILLA, 'main.js');
  const inReact = await surveyJsPage(IN_REACT, 'main.jsx');
  const guidepost = total(run.files);
  console.log('player size (gzipped JavaScript loaded before the first render)');
  console.log(`  guidepost public run ${RUN_ROUTE}: ${kB(guidepost)} kB in ${run.files.length} files`);
  for (const f of [...run.files].sort((a, b) => b.gzip - a.gzip))
    console.log(`    ${kB(f.gzip).padStart(7)} kB  ${f.file}`);
  console.log(`    pages in it: ${run.pages.join(', ') || 'none'}`);
  console.log(`  surveyjs one-question survey (survey-core + survey-js-ui): ${kB(total(vanilla))} kB`);
  console.log(`  surveyjs one-question survey inside a React 19 app: ${kB(total(inReact))} kB`);
  console.log(
    `  ratio guidepost / surveyjs: ${(guidepost / total(vanilla)).toFixed(2)} (React app: ${(guidepost / total(inReact)).toFixed(2)})`,
  );
  const first = total(built.publicFirst);
  console.log(
    `  guidepost public player /w/<tenant>/<wizard> before first render: ${kB(first)} kB in ${built.publicFirst.length} files (budget ${kB(total(vanilla) / 3)} kB = surveyjs / 3; ratio ${(first / total(vanilla)).toFixed(2)})`,
  );
  for (const f of [...built.publicFirst].sort((a, b) => b.gzip - a.gzip))
    console.log(`    ${kB(f.gzip).padStart(7)} kB  ${f.file}`);
  console.log(
    `  guidepost public player with its form (lazy chunk, fetched after the first render): ${kB(total(built.publicWithForm))} kB`,
  );
  const firstFiles = new Set(built.publicFirst.map((f) => f.file));
  for (const f of built.publicWithForm.filter((f) => !firstFiles.has(f.file)).sort((a, b) => b.gzip - a.gzip))
    console.log(`    ${kB(f.gzip).padStart(7)} kB  ${f.file}`);
  console.log(`  embed.js: ${(built.embed / 1000).toFixed(2)} kB gzipped (budget 5 kB)`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await benchPlayerSize();
