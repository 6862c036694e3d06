CREATE TABLE "run_events" (
	"run_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"type" text NOT NULL,
	"actor" text NOT NULL,
	"payload" jsonb NOT NULL,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "run_events_run_id_seq_pk" PRIMARY KEY("run_id","seq")
);
--> statement-breakpoint
CREATE TABLE "runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"wizard_id" uuid NOT NULL,
	"wizard_version" integer NOT NULL,
	"tenant_id" text DEFAULT 'default' NOT NULL,
	"status" text DEFAULT 'created' NOT NULL,
	"channel" text NOT NULL,
	"visitor_id" text,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"current_step_id" text,
	"values" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"last_seq" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone,
	CONSTRAINT "runs_status_check" CHECK ("runs"."status" in ('created', 'active', 'completed', 'abandoned')),
	CONSTRAINT "runs_channel_check" CHECK ("runs"."channel" in ('form', 'chat', 'voice', 'cli'))
);
--> statement-breakpoint
CREATE TABLE "transcript_entries" (
	"run_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"role" text NOT NULL,
	"text" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "transcript_entries_run_id_seq_pk" PRIMARY KEY("run_id","seq"),
	CONSTRAINT "transcript_entries_role_check" CHECK ("transcript_entries"."role" in ('user', 'agent'))
);
--> statement-breakpoint
CREATE TABLE "wizard_versions" (
	"wizard_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"definition" jsonb NOT NULL,
	"content_hash" text NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "wizard_versions_wizard_id_version_pk" PRIMARY KEY("wizard_id","version"),
	CONSTRAINT "wizard_versions_version_check" CHECK ("wizard_versions"."version" > 0)
);
--> statement-breakpoint
CREATE TABLE "wizards" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" text DEFAULT 'default' NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"is_template" boolean DEFAULT false NOT NULL,
	"builtin" boolean DEFAULT false NOT NULL,
	"draft" jsonb NOT NULL,
	"latest_version" integer,
	"source_hash" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "wizards_status_check" CHECK ("wizards"."status" in ('draft', 'published', 'archived'))
);
--> statement-breakpoint
ALTER TABLE "run_events" ADD CONSTRAINT "run_events_run_id_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "runs" ADD CONSTRAINT "runs_wizard_version_fk" FOREIGN KEY ("wizard_id","wizard_version") REFERENCES "public"."wizard_versions"("wizard_id","version") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transcript_entries" ADD CONSTRAINT "transcript_entries_run_id_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wizard_versions" ADD CONSTRAINT "wizard_versions_wizard_id_wizards_id_fk" FOREIGN KEY ("wizard_id") REFERENCES "public"."wizards"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "run_events_type_at_idx" ON "run_events" USING btree ("type","at");--> statement-breakpoint
CREATE INDEX "runs_wizard_created_idx" ON "runs" USING btree ("wizard_id","created_at");--> statement-breakpoint
CREATE INDEX "runs_tenant_status_idx" ON "runs" USING btree ("tenant_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "wizards_tenant_slug_key" ON "wizards" USING btree ("tenant_id","slug");--> statement-breakpoint
CREATE INDEX "wizards_tenant_status_idx" ON "wizards" USING btree ("tenant_id","status");