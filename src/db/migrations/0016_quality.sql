CREATE TABLE "quality_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" text NOT NULL,
	"suite_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"question" text NOT NULL,
	"expected_facts" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"expected_sources" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"expected_tone" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "quality_gates" (
	"prompt_version_id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"suite_id" uuid NOT NULL,
	"thresholds" jsonb NOT NULL,
	"min_pass_rate" double precision DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "quality_results" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" text NOT NULL,
	"run_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"question" text NOT NULL,
	"answer" text NOT NULL,
	"citations" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"scores" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"overall" double precision NOT NULL,
	"passed" boolean NOT NULL,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "quality_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" text NOT NULL,
	"sidekick_id" uuid NOT NULL,
	"suite_id" uuid NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"judge" text NOT NULL,
	"prompt_layer" text,
	"prompt_number" integer,
	"prompt_versions" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"gated" boolean DEFAULT false NOT NULL,
	"total" integer NOT NULL,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "quality_runs_status_check" CHECK ("quality_runs"."status" in ('queued', 'running', 'finished', 'failed')),
	CONSTRAINT "quality_runs_judge_check" CHECK ("quality_runs"."judge" in ('llm', 'deterministic'))
);
--> statement-breakpoint
CREATE TABLE "quality_suites" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" text NOT NULL,
	"sidekick_id" uuid NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "quality_cases" ADD CONSTRAINT "quality_cases_suite_id_quality_suites_id_fk" FOREIGN KEY ("suite_id") REFERENCES "public"."quality_suites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_gates" ADD CONSTRAINT "quality_gates_prompt_version_id_prompt_versions_id_fk" FOREIGN KEY ("prompt_version_id") REFERENCES "public"."prompt_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_gates" ADD CONSTRAINT "quality_gates_suite_id_quality_suites_id_fk" FOREIGN KEY ("suite_id") REFERENCES "public"."quality_suites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_results" ADD CONSTRAINT "quality_results_run_id_quality_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."quality_runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_runs" ADD CONSTRAINT "quality_runs_sidekick_id_sidekicks_id_fk" FOREIGN KEY ("sidekick_id") REFERENCES "public"."sidekicks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_runs" ADD CONSTRAINT "quality_runs_suite_id_quality_suites_id_fk" FOREIGN KEY ("suite_id") REFERENCES "public"."quality_suites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_suites" ADD CONSTRAINT "quality_suites_sidekick_id_sidekicks_id_fk" FOREIGN KEY ("sidekick_id") REFERENCES "public"."sidekicks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "quality_cases_suite_idx" ON "quality_cases" USING btree ("suite_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "quality_results_run_case_key" ON "quality_results" USING btree ("run_id","case_id");--> statement-breakpoint
CREATE INDEX "quality_runs_sidekick_idx" ON "quality_runs" USING btree ("tenant_id","sidekick_id","created_at");--> statement-breakpoint
CREATE INDEX "quality_suites_sidekick_idx" ON "quality_suites" USING btree ("tenant_id","sidekick_id");