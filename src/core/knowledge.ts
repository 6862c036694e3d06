/** Names of the knowledge base shared by the database, the API and the web app. */

export const KNOWLEDGE_DOCUMENT_STATUSES = ['parsing', 'chunking', 'indexing', 'ready', 'failed'] as const;
/** Where a document is in its processing: `parsing` → `chunking` → `indexing` → `ready`, or `failed` (with a reason). */
export type KnowledgeDocumentStatus = (typeof KNOWLEDGE_DOCUMENT_STATUSES)[number];

export const KNOWLEDGE_SOURCES = ['upload', 'url'] as const;
/** How a document came in: an uploaded file or a web page imported by URL. */
export type KnowledgeSource = (typeof KNOWLEDGE_SOURCES)[number];
