CREATE TABLE "daily_articles" (
	"day" date NOT NULL,
	"article" text NOT NULL,
	"views" integer DEFAULT 0 NOT NULL,
	"helpful" integer DEFAULT 0 NOT NULL,
	"not_helpful" integer DEFAULT 0 NOT NULL,
	"stuck" integer DEFAULT 0 NOT NULL,
	"requests_copied" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "daily_articles_day_article_pk" PRIMARY KEY("day","article")
);
--> statement-breakpoint
CREATE TABLE "daily_paste_codes" (
	"day" date NOT NULL,
	"code" text NOT NULL,
	"pastes" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "daily_paste_codes_day_code_pk" PRIMARY KEY("day","code")
);
--> statement-breakpoint
CREATE TABLE "daily_queries" (
	"day" date NOT NULL,
	"query" text NOT NULL,
	"searches" integer DEFAULT 0 NOT NULL,
	"zero_results" integer DEFAULT 0 NOT NULL,
	"opened" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "daily_queries_day_query_pk" PRIMARY KEY("day","query")
);
--> statement-breakpoint
CREATE TABLE "daily_reasons" (
	"day" date NOT NULL,
	"article" text NOT NULL,
	"reason" text NOT NULL,
	"votes" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "daily_reasons_day_article_reason_pk" PRIMARY KEY("day","article","reason")
);
--> statement-breakpoint
CREATE TABLE "daily_steps" (
	"day" date NOT NULL,
	"article" text NOT NULL,
	"step" text NOT NULL,
	"fixed" integer DEFAULT 0 NOT NULL,
	"tried" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "daily_steps_day_article_step_pk" PRIMARY KEY("day","article","step")
);
--> statement-breakpoint
CREATE TABLE "daily_totals" (
	"day" date PRIMARY KEY NOT NULL,
	"searches" integer DEFAULT 0 NOT NULL,
	"zero_results" integer DEFAULT 0 NOT NULL,
	"searches_opened" integer DEFAULT 0 NOT NULL,
	"pastes" integer DEFAULT 0 NOT NULL,
	"pastes_recognized" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "page_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"session" uuid NOT NULL,
	"article" text NOT NULL,
	"kind" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pastes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"session" uuid NOT NULL,
	"source" text NOT NULL,
	"codes" text[] NOT NULL,
	"statuses" smallint[] NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rollup_state" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"rolled_through" date NOT NULL,
	"ran_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "searches" (
	"id" uuid PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"session" uuid NOT NULL,
	"source" text NOT NULL,
	"query" text NOT NULL,
	"results" integer NOT NULL,
	"opened_article" text,
	"opened_position" smallint,
	CONSTRAINT "searches_position" CHECK ("searches"."opened_position" is null or "searches"."opened_position" >= 1)
);
--> statement-breakpoint
CREATE TABLE "step_outcomes" (
	"session" uuid NOT NULL,
	"article" text NOT NULL,
	"step" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"outcome" text NOT NULL,
	CONSTRAINT "step_outcomes_session_article_step_pk" PRIMARY KEY("session","article","step")
);
--> statement-breakpoint
CREATE TABLE "votes" (
	"session" uuid NOT NULL,
	"article" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"helpful" boolean NOT NULL,
	"reasons" text[] DEFAULT '{}'::text[] NOT NULL,
	"comment" text,
	CONSTRAINT "votes_session_article_pk" PRIMARY KEY("session","article")
);
--> statement-breakpoint
CREATE INDEX "page_events_at" ON "page_events" USING btree ("at");--> statement-breakpoint
CREATE INDEX "pastes_at" ON "pastes" USING btree ("at");--> statement-breakpoint
CREATE INDEX "searches_at" ON "searches" USING btree ("at");--> statement-breakpoint
CREATE INDEX "step_outcomes_at" ON "step_outcomes" USING btree ("at");--> statement-breakpoint
CREATE INDEX "votes_at" ON "votes" USING btree ("at");