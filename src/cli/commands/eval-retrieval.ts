import { writeFile } from 'node:fs/promises';
import { openDatabase } from '../../db/client.js';
import {
  createEvalScope,
  EvalPassageSchema,
  EvalQuerySchema,
  indexEvalPassages,
  rankEvalQueries,
  readJsonl,
} from '../../knowledge/evaluation.js';

/**
 * `guidepost eval retrieval --passages <jsonl> --queries <jsonl> --out <pred.jsonl> [--depth 10]`: indexes the
 * passages in a throwaway in-memory database through the knowledge base's ingestion (parse, chunk, index),
 * ranks passages for each question with its retrieval, and writes `{"id", "ranked"}` lines
 * (../shared/eval/retrieval/README.md). A malformed line stops the command naming the file, line and problem.
 */
export async function evalRetrievalCommand(options: {
  passages: string;
  queries: string;
  out: string;
  depth: string;
}): Promise<void> {
  const depth = Number(options.depth);
  if (!Number.isInteger(depth) || depth < 1)
    throw new Error(`--depth must be a positive whole number, not "${options.depth}"`);
  const passages = await readJsonl(options.passages, EvalPassageSchema);
  const queries = await readJsonl(options.queries, EvalQuerySchema);
  const started = performance.now();
  const database = await openDatabase({ dataDir: 'memory://' });
  try {
    const deps = { db: database.db, embedder: null };
    const scope = await createEvalScope(database.db);
    const documents = await indexEvalPassages(deps, scope, passages);
    const predictions = await rankEvalQueries(deps, scope, documents, queries, depth);
    await writeFile(options.out, predictions.map((p) => `${JSON.stringify(p)}\n`).join(''));
  } finally {
    await database.close();
  }
  const seconds = (performance.now() - started) / 1000;
  console.error(
    `indexed ${passages.length} passages and ranked ${queries.length} questions in ${seconds.toFixed(1)} s → ${options.out}`,
  );
}
