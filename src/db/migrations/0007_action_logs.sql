CREATE TABLE "action_logs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" text NOT NULL,
	"run_id" uuid,
	"wizard_id" uuid,
	"event_id" text NOT NULL,
	"action_id" text NOT NULL,
	"action_type" text NOT NULL,
	"trigger" text NOT NULL,
	"status" text NOT NULL,
	"input" jsonb,
	"output" jsonb,
	"error" text,
	"attempt" integer DEFAULT 1 NOT NULL,
	"duration_ms" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "action_logs_status_check" CHECK ("action_logs"."status" in ('succeeded', 'failed', 'skipped'))
);
--> statement-breakpoint
CREATE INDEX "action_logs_run_idx" ON "action_logs" USING btree ("run_id","created_at");--> statement-breakpoint
CREATE INDEX "action_logs_tenant_idx" ON "action_logs" USING btree ("tenant_id","created_at");