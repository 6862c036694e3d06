CREATE TABLE "email_notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" text NOT NULL,
	"wizard_id" uuid NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"recipients" jsonb NOT NULL,
	"subject" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notification_emails" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" text NOT NULL,
	"wizard_id" uuid NOT NULL,
	"run_id" uuid NOT NULL,
	"recipients" jsonb NOT NULL,
	"subject" text NOT NULL,
	"status" text NOT NULL,
	"message_id" text,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notification_emails_status_check" CHECK ("notification_emails"."status" in ('sent', 'failed'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "email_notifications_wizard_key" ON "email_notifications" USING btree ("tenant_id","wizard_id");--> statement-breakpoint
CREATE INDEX "notification_emails_wizard_idx" ON "notification_emails" USING btree ("tenant_id","wizard_id","created_at");