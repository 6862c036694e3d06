import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { Db } from '../db/client.js';
import { insertKnowledgeDocument } from '../db/knowledge-documents.js';
import { insertSidekick } from '../db/sidekicks.js';
import type { KnowledgeScope } from '../db/knowledge-search.js';
import { processDocument } from './ingest.js';
import { rankChunks, type RetrieveDeps } from './retrieve.js';

/** A passage of a retrieval evaluation corpus (../shared/eval/retrieval). */
export const EvalPassageSchema = z.object({ id: z.string(), title: z.string(), text: z.string() });
export type EvalPassage = z.infer<typeof EvalPassageSchema>;

/** A question of a retrieval evaluation: its id and text (gold passages are the scorer's business). */
export const EvalQuerySchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  question: z.string(),
});
export type EvalQuery = z.infer<typeof EvalQuerySchema>;

/** One prediction line: the query id and passage ids, best first. */
export interface EvalPrediction {
  id: string;
  ranked: string[];
}

/**
 * Reads a JSONL file of `schema` objects. Throws an Error naming the file, line and problem for a line that
 * is not JSON or not of the schema.
 */
export async function readJsonl<S extends z.ZodType>(file: string, schema: S): Promise<z.output<S>[]> {
  const lines = (await readFile(file, 'utf8')).split('\n');
  const items: z.output<S>[] = [];
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch (error) {
      throw new Error(`${file}:${index + 1}: not valid JSON (${(error as Error).message})`);
    }
    const parsed = schema.safeParse(data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(`${file}:${index + 1}: ${issue.path.join('.') || 'line'}: ${issue.message}`);
    }
    items.push(parsed.data);
  }
  return items;
}

/**
 * Indexes each passage as a plain-text document of the scope through the knowledge base's own ingestion
 * (upload row, parse, chunk, index; the passage title is the document title) and returns a map from document
 * id to passage id.
 */
export async function indexEvalPassages(
  deps: RetrieveDeps,
  scope: KnowledgeScope,
  passages: EvalPassage[],
): Promise<Map<string, string>> {
  const documents = new Map<string, string>();
  for (const passage of passages) {
    const content = Buffer.from(passage.text, 'utf8');
    const { document } = await insertKnowledgeDocument(deps.db, {
      ...scope,
      title: passage.title,
      source: 'upload',
      filename: `${passage.id}.txt`,
      contentType: 'text/plain',
      content,
      contentHash: createHash('sha256').update(passage.id).update(content).digest('hex'),
    });
    await processDocument({ db: deps.db, embedder: deps.embedder }, document.id);
    documents.set(document.id, passage.id);
  }
  return documents;
}

/**
 * Ranks passages for each query with the knowledge base's retrieval (see rankChunks): the chunks found, best
 * first, each passage counted at its best chunk, the first `depth` passages.
 */
export async function rankEvalQueries(
  deps: RetrieveDeps,
  scope: KnowledgeScope,
  documents: Map<string, string>,
  queries: EvalQuery[],
  depth = 10,
): Promise<EvalPrediction[]> {
  const predictions: EvalPrediction[] = [];
  for (const query of queries) {
    const hits = await rankChunks(deps, scope, query.question, depth * 5);
    const ranked: string[] = [];
    for (const hit of hits) {
      const passage = documents.get(hit.documentId);
      if (passage && !ranked.includes(passage)) ranked.push(passage);
      if (ranked.length === depth) break;
    }
    predictions.push({ id: query.id, ranked });
  }
  return predictions;
}

/**
 * Creates the sidekick retrieval evaluations index into (tenant `eval`, in a database of their own: nothing else
 * lives there) and returns its scope.
 */
export async function createEvalScope(db: Db): Promise<KnowledgeScope> {
  const sidekick = await insertSidekick(db, {
    tenantId: 'eval',
    name: 'Retrieval evaluation',
    slug: 'retrieval-evaluation',
  });
  return { tenantId: sidekick.tenantId, sidekickId: sidekick.id };
}

/** Recall@1/5/10 and MRR@10 of predictions against gold passage ids, as ../shared/eval/retrieval/score.mjs computes them. */
export function scoreRetrieval(
  predictions: EvalPrediction[],
  gold: Map<string, string[]>,
): { recall1: number; recall5: number; recall10: number; mrr10: number } {
  const ranked = new Map(predictions.map((p) => [p.id, p.ranked]));
  let r1 = 0;
  let r5 = 0;
  let r10 = 0;
  let mrr = 0;
  for (const [id, golds] of gold) {
    const rank = (ranked.get(id) ?? []).findIndex((p) => golds.includes(p)) + 1;
    if (rank === 1) r1++;
    if (rank >= 1 && rank <= 5) r5++;
    if (rank >= 1 && rank <= 10) {
      r10++;
      mrr += 1 / rank;
    }
  }
  const n = Math.max(gold.size, 1);
  return { recall1: r1 / n, recall5: r5 / n, recall10: r10 / n, mrr10: mrr / n };
}
