CREATE TABLE "wizard_views" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" text NOT NULL,
	"wizard_id" uuid NOT NULL,
	"visitor_id" text NOT NULL,
	"source" text NOT NULL,
	"day" text NOT NULL,
	"attribution" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "wizard_views_source_check" CHECK ("wizard_views"."source" in ('page', 'embed'))
);
--> statement-breakpoint
ALTER TABLE "runs" ADD COLUMN "attribution" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "wizard_views" ADD CONSTRAINT "wizard_views_wizard_id_wizards_id_fk" FOREIGN KEY ("wizard_id") REFERENCES "public"."wizards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "wizard_views_once_per_day_idx" ON "wizard_views" USING btree ("wizard_id","visitor_id","day");--> statement-breakpoint
CREATE INDEX "wizard_views_tenant_wizard_day_idx" ON "wizard_views" USING btree ("tenant_id","wizard_id","day");