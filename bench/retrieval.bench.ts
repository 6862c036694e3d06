import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { create, insertMultiple, search } from '@orama/orama';
import MiniSearch from 'minisearch';
import { z } from 'zod';
import { openDatabase } from '../src/db/client.js';
import {
  createEvalScope,
  EvalPassageSchema,
  EvalQuerySchema,
  indexEvalPassages,
  rankEvalQueries,
  readJsonl,
  scoreRetrieval,
  type EvalPassage,
  type EvalPrediction,
  type EvalQuery,
} from '../src/knowledge/evaluation.js';
import { fmt } from './stats.js';

const DIR = fileURLToPath(new URL('../../shared/eval/retrieval/', import.meta.url));
const GoldQuerySchema = EvalQuerySchema.extend({ gold: z.array(z.string()) });

/**
 * Retrieval quality on the CLAP-NQ dev questions (../shared/eval/retrieval): recall@1/5/10 and MRR@10 of the
 * knowledge base (indexed through its own ingestion, on PGlite, or on DATABASE_URL when set) next to
 * MiniSearch and Orama with their default settings on the same passages, in the same run. Skipped, saying so,
 * when the corpus is not there.
 */
export async function benchRetrieval(): Promise<void> {
  if (!existsSync(`${DIR}clapnq-passages.jsonl`)) {
    console.log(`retrieval: skipped (no corpus at ${DIR})`);
    return;
  }
  const passages = await readJsonl(`${DIR}clapnq-passages.jsonl`, EvalPassageSchema);
  const queries = await readJsonl(`${DIR}clapnq-dev-queries.jsonl`, GoldQuerySchema);
  const gold = new Map(queries.map((q) => [q.id, q.gold]));
  console.log(`retrieval: ${passages.length} passages, ${queries.length} dev questions (CLAP-NQ)`);
  const rows: [string, EvalPrediction[], number][] = [];
  for (const [name, rank] of [
    ['guidepost (BM25 in PostgreSQL)', rankGuidepost],
    ['MiniSearch (defaults)', rankMiniSearch],
    ['Orama (defaults)', rankOrama],
  ] as const) {
    const started = performance.now();
    const predictions = await rank(passages, queries);
    rows.push([name, predictions, performance.now() - started]);
  }
  for (const [name, predictions, ms] of rows) {
    const s = scoreRetrieval(predictions, gold);
    console.log(
      `  ${name.padEnd(32)} R@1 ${fmt(s.recall1, 3)}  R@5 ${fmt(s.recall5, 3)}  R@10 ${fmt(s.recall10, 3)}  MRR@10 ${fmt(s.mrr10, 3)}  (${fmt(ms / 1000, 1)} s to index and search)`,
    );
  }
}

async function rankGuidepost(passages: EvalPassage[], queries: EvalQuery[]): Promise<EvalPrediction[]> {
  const database = await openDatabase({
    databaseUrl: process.env.DATABASE_URL,
    dataDir: 'memory://',
  });
  try {
    const deps = { db: database.db, embedder: null };
    const scope = await createEvalScope(database.db);
    const documents = await indexEvalPassages(deps, scope, passages);
    return await rankEvalQueries(deps, scope, documents, queries);
  } finally {
    await database.close();
  }
}

function rankMiniSearch(passages: EvalPassage[], queries: EvalQuery[]): EvalPrediction[] {
  const index = new MiniSearch<EvalPassage>({ fields: ['title', 'text'] });
  index.addAll(passages);
  return queries.map((q) => ({
    id: q.id,
    ranked: index
      .search(q.question)
      .slice(0, 10)
      .map((r) => String(r.id)),
  }));
}

async function rankOrama(passages: EvalPassage[], queries: EvalQuery[]): Promise<EvalPrediction[]> {
  const db = create({ schema: { passage_id: 'string', title: 'string', text: 'string' } as const });
  await insertMultiple(
    db,
    passages.map((p) => ({ passage_id: p.id, title: p.title, text: p.text })),
  );
  const predictions: EvalPrediction[] = [];
  for (const q of queries) {
    const result = await search(db, { term: q.question, limit: 10 });
    predictions.push({ id: q.id, ranked: result.hits.map((hit) => hit.document.passage_id) });
  }
  return predictions;
}
