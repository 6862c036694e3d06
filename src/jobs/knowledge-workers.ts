import type { Db } from '../db/client.js';
import {
  getKnowledgeDocumentContent,
  setKnowledgeDocumentContent,
  setKnowledgeDocumentStatus,
} from '../db/knowledge-documents.js';
import type { JobQueue } from '../db/queue.js';
import type { Embedder } from '../knowledge/embeddings.js';
import { fetchPage } from '../knowledge/fetch-page.js';
import { processDocument } from '../knowledge/ingest.js';
import { KNOWLEDGE_INGEST_QUEUE, type KnowledgeIngestJob } from '../knowledge/jobs.js';
import { DocumentParseError } from '../knowledge/parse/errors.js';
import type { WorkerLogger } from './webhook-workers.js';

/** What the knowledge workers need. */
export interface KnowledgeWorkerDeps {
  db: Db;
  queue: JobQueue;
  embedder: Embedder | null;
  /** Largest fetched page, in bytes. */
  maxBytes: number;
  /** Fetch pages from private and loopback addresses too. */
  allowPrivate: boolean;
  log: WorkerLogger;
}

/** Concurrent documents per process: parsing is CPU-bound, so few. */
const WORKERS = 2;

/**
 * Creates the ingest queue (a failed job, e.g. the database or the embedding provider away, is retried twice
 * after 10 s, then 20 s; one may run 5 minutes).
 */
export async function createKnowledgeQueue(queue: JobQueue): Promise<void> {
  await queue.createQueue(KNOWLEDGE_INGEST_QUEUE, {
    retryLimit: 2,
    retryDelay: 10,
    retryBackoff: true,
    expireInSeconds: 300,
  });
}

/**
 * Starts this process's knowledge workers: each job fetches a URL document's page first (through the SSRF
 * guard; a refused or failed fetch fails the document with the reason), then parses, chunks and indexes it
 * (see processDocument). A bad document never stops a worker: it ends `failed` and the next job runs.
 */
export async function startKnowledgeWorkers(deps: KnowledgeWorkerDeps): Promise<void> {
  await createKnowledgeQueue(deps.queue);
  for (let i = 0; i < WORKERS; i++)
    await deps.queue.work<KnowledgeIngestJob>(KNOWLEDGE_INGEST_QUEUE, async (job) => {
      const { documentId } = job.data;
      const document = await getKnowledgeDocumentContent(deps.db, documentId);
      if (!document) return;
      if (document.source === 'url' && document.sourceUrl && !document.content?.length) {
        try {
          const page = await fetchPage(document.sourceUrl, deps);
          await setKnowledgeDocumentContent(deps.db, documentId, page.content, page.contentType);
        } catch (error) {
          if (!(error instanceof DocumentParseError)) throw error;
          await setKnowledgeDocumentStatus(deps.db, documentId, 'failed', { reason: error.message });
          deps.log.info({ documentId, reason: error.message }, 'knowledge document failed');
          return;
        }
      }
      await processDocument(deps, documentId);
      deps.log.info({ documentId }, 'knowledge document processed');
    });
}
