import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { openDatabase } from '../src/db/client.js';
import {
  createEvalScope,
  EvalPassageSchema,
  EvalQuerySchema,
  indexEvalPassages,
  readJsonl,
} from '../src/knowledge/evaluation.js';
import { searchKnowledge } from '../src/knowledge/retrieve.js';
import { answerFromPassages } from '../src/sidekicks/chat/embedded-answerer.js';
import { fmt } from './stats.js';

const DIR = fileURLToPath(new URL('../../shared/eval/retrieval/', import.meta.url));
const GoldQuerySchema = EvalQuerySchema.extend({ gold: z.array(z.string()) });
/** Passages the answerer reads per question (a sidekick's default retrieval depth). */
const DEPTH = 5;

/**
 * Citation precision of the embedded answerer on the CLAP-NQ dev questions (../shared/eval/retrieval): each
 * question is answered from the top 5 passages of the knowledge base's own retrieval (PGlite, or DATABASE_URL),
 * and every passage the answer cites is checked against the gold passages. Prints the share of cited passages
 * that are gold, the share of answers whose first citation is gold, and how often it answered "I don't know".
 * Skipped, saying so, when the corpus is not there.
 */
export async function benchCitations(): Promise<void> {
  if (!existsSync(`${DIR}clapnq-passages.jsonl`)) {
    console.log(`citations: skipped (no corpus at ${DIR})`);
    return;
  }
  const passages = await readJsonl(`${DIR}clapnq-passages.jsonl`, EvalPassageSchema);
  const queries = await readJsonl(`${DIR}clapnq-dev-queries.jsonl`, GoldQuerySchema);
  const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: 'memory://' });
  try {
    const deps = { db: database.db, embedder: null };
    const scope = await createEvalScope(database.db);
    const documents = await indexEvalPassages(deps, scope, passages);
    let cited = 0;
    let citedGold = 0;
    let answered = 0;
    let firstGold = 0;
    for (const query of queries) {
      const found = await searchKnowledge(deps, scope, query.question, DEPTH);
      const answer = answerFromPassages(query.question, found);
      if (answer.unknown) continue;
      answered++;
      const ids = answer.citations.map((c) => documents.get(c.document_id));
      cited += ids.length;
      citedGold += ids.filter((id) => id !== undefined && query.gold.includes(id)).length;
      if (ids[0] !== undefined && query.gold.includes(ids[0])) firstGold++;
    }
    console.log(
      `citations (embedded answerer, top ${DEPTH} passages, ${queries.length} CLAP-NQ dev questions): ` +
        `citation precision ${fmt(citedGold / Math.max(cited, 1), 3)} (${citedGold}/${cited} cited passages gold), ` +
        `first citation gold ${fmt(firstGold / Math.max(answered, 1), 3)}, ` +
        `answered ${answered}, "I don't know" ${queries.length - answered}`,
    );
  } finally {
    await database.close();
  }
}
