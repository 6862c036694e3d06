CREATE TABLE "knowledge_chunks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" text NOT NULL,
	"sidekick_id" uuid NOT NULL,
	"document_id" uuid NOT NULL,
	"ordinal" integer NOT NULL,
	"page" integer,
	"context" text NOT NULL,
	"text" text NOT NULL,
	"char_start" integer NOT NULL,
	"char_end" integer NOT NULL,
	"token_count" integer NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', "knowledge_chunks"."context"), 'A') || setweight(to_tsvector('english', "knowledge_chunks"."text"), 'B')) STORED NOT NULL
);
--> statement-breakpoint
CREATE TABLE "knowledge_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" text NOT NULL,
	"sidekick_id" uuid NOT NULL,
	"title" text NOT NULL,
	"source" text NOT NULL,
	"filename" text NOT NULL,
	"source_url" text,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"content_hash" text NOT NULL,
	"content" "bytea",
	"status" text DEFAULT 'parsing' NOT NULL,
	"status_reason" text,
	"page_count" integer,
	"chunk_count" integer DEFAULT 0 NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "knowledge_documents_status_check" CHECK ("knowledge_documents"."status" in ('parsing', 'chunking', 'indexing', 'ready', 'failed')),
	CONSTRAINT "knowledge_documents_source_check" CHECK ("knowledge_documents"."source" in ('upload', 'url'))
);
--> statement-breakpoint
ALTER TABLE "knowledge_chunks" ADD CONSTRAINT "knowledge_chunks_document_id_knowledge_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."knowledge_documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_documents" ADD CONSTRAINT "knowledge_documents_sidekick_id_sidekicks_id_fk" FOREIGN KEY ("sidekick_id") REFERENCES "public"."sidekicks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "knowledge_chunks_document_idx" ON "knowledge_chunks" USING btree ("document_id","ordinal");--> statement-breakpoint
CREATE INDEX "knowledge_chunks_sidekick_idx" ON "knowledge_chunks" USING btree ("tenant_id","sidekick_id");--> statement-breakpoint
CREATE INDEX "knowledge_chunks_search_idx" ON "knowledge_chunks" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "knowledge_documents_sidekick_idx" ON "knowledge_documents" USING btree ("tenant_id","sidekick_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "knowledge_documents_content_key" ON "knowledge_documents" USING btree ("tenant_id","sidekick_id","content_hash");--> statement-breakpoint
-- Custom: chunk embeddings, only where pgvector is installed (see 0001). Without it knowledge search is
-- full-text only, and /ready says so. The dimension is the configured model's (any, hence untyped `vector`).
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'vector') THEN
    CREATE TABLE IF NOT EXISTS "knowledge_chunk_embeddings" (
      "chunk_id" uuid PRIMARY KEY REFERENCES "knowledge_chunks"("id") ON DELETE CASCADE,
      "tenant_id" text NOT NULL,
      "sidekick_id" uuid NOT NULL,
      "model" text NOT NULL,
      "embedding" vector NOT NULL
    );
    CREATE INDEX IF NOT EXISTS "knowledge_chunk_embeddings_sidekick_idx"
      ON "knowledge_chunk_embeddings" ("tenant_id", "sidekick_id", "model");
  END IF;
END
$$;
