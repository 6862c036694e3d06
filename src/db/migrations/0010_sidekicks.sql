CREATE TABLE "provider_keys" (
	"tenant_id" text NOT NULL,
	"provider" text NOT NULL,
	"secret_sealed" text NOT NULL,
	"base_url" text,
	"hint" text DEFAULT '' NOT NULL,
	"last_tested_at" timestamp with time zone,
	"last_test_ok" boolean,
	"last_test_message" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "provider_keys_tenant_id_provider_pk" PRIMARY KEY("tenant_id","provider"),
	CONSTRAINT "provider_keys_provider_check" CHECK ("provider_keys"."provider" in ('openai', 'anthropic', 'openai_compatible', 'elevenlabs', 'deepgram', 'livekit'))
);
--> statement-breakpoint
CREATE TABLE "sidekicks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" text NOT NULL,
	"name" text NOT NULL,
	"slug" text NOT NULL,
	"personality_description" text DEFAULT '' NOT NULL,
	"voice_id" text,
	"avatar_prompt" text,
	"avatar_data" "bytea",
	"avatar_content_type" text,
	"avatar_etag" text,
	"config_mode" text DEFAULT 'default' NOT NULL,
	"model" text,
	"temperature" double precision,
	"retrieval_depth" integer,
	"citation_style" text,
	"greeting" text,
	"status" text DEFAULT 'active' NOT NULL,
	"builtin" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_from_run_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sidekicks_status_check" CHECK ("sidekicks"."status" in ('active', 'draft', 'archived')),
	CONSTRAINT "sidekicks_config_mode_check" CHECK ("sidekicks"."config_mode" in ('default', 'advanced')),
	CONSTRAINT "sidekicks_citation_style_check" CHECK ("sidekicks"."citation_style" is null or "sidekicks"."citation_style" in ('inline', 'footnotes', 'none'))
);
--> statement-breakpoint
ALTER TABLE "sidekicks" ADD CONSTRAINT "sidekicks_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "sidekicks_tenant_slug_key" ON "sidekicks" USING btree ("tenant_id","slug");--> statement-breakpoint
CREATE UNIQUE INDEX "sidekicks_created_from_run_key" ON "sidekicks" USING btree ("created_from_run_id");--> statement-breakpoint
CREATE INDEX "sidekicks_tenant_name_idx" ON "sidekicks" USING btree ("tenant_id","name");