CREATE TABLE "api_configurations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" text NOT NULL,
	"name" text NOT NULL,
	"base_url" text NOT NULL,
	"auth_type" text DEFAULT 'none' NOT NULL,
	"auth_param_name" text,
	"credentials_sealed" text,
	"default_headers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"timeout_ms" integer DEFAULT 10000 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "api_configurations_auth_type_check" CHECK ("api_configurations"."auth_type" in ('none', 'bearer', 'basic', 'api_key_header', 'api_key_query'))
);
--> statement-breakpoint
CREATE INDEX "api_configurations_tenant_idx" ON "api_configurations" USING btree ("tenant_id","name");