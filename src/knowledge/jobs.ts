/** The durable queue that processes knowledge documents (one job per document). */
export const KNOWLEDGE_INGEST_QUEUE = 'knowledge-ingest';

/** A job of the ingest queue: the document to fetch (URL imports), parse, chunk and index. */
export interface KnowledgeIngestJob {
  documentId: string;
}
