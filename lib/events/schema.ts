/**
 * The event store's one schema (drizzle-kit generates the numbered migrations in ./migrations
 * from it). Two layers:
 *
 * - Raw events, one table per kind, each with the columns its questions need (no JSON blobs to
 *   unpack at read time). `at` is the server's clock, never the browser's. Votes and step outcomes
 *   keep one row per browser session (a changed mind replaces the row); the other kinds are
 *   append-only and keyed by the id the browser generated, so a retried send is stored once.
 *   Raw rows are deleted after HELP_RETENTION_DAYS.
 * - Daily aggregates, one row per UTC day and subject, recomputed from the raw rows by the rollup
 *   (lib/events/rollup.ts) and kept after the raw rows are gone. Insights read these: a 90-day
 *   view of an article is 90 small rows, however many events made them.
 *
 * No column holds an IP address, a user agent or anything else about the visitor: the session
 * id is random, made in the browser tab, and forgotten when the tab closes.
 */
import { sql } from "drizzle-orm";
import { boolean, check, date, index, integer, pgTable, primaryKey, smallint, text, timestamp, uuid } from "drizzle-orm/pg-core";

const at = () => timestamp("at", { withTimezone: true }).notNull().defaultNow();

/** Article views and escalation: "Still stuck?" opened, a support request copied. */
export const pageEvents = pgTable(
  "page_events",
  {
    id: uuid("id").primaryKey(),
    at: at(),
    session: uuid("session").notNull(),
    article: text("article").notNull(),
    kind: text("kind", { enum: ["view", "stuck", "request_copied"] }).notNull(),
  },
  (table) => [index("page_events_at").on(table.at)],
);

/** "Was this helpful?": the latest answer of each session per article. */
export const votes = pgTable(
  "votes",
  {
    session: uuid("session").notNull(),
    article: text("article").notNull(),
    // The day of the first vote decides where it is counted, so a changed mind never counts twice.
    at: at(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    helpful: boolean("helpful").notNull(),
    reasons: text("reasons").array().notNull().default(sql`'{}'::text[]`),
    comment: text("comment"),
  },
  (table) => [primaryKey({ columns: [table.session, table.article] }), index("votes_at").on(table.at)],
);

/** The checklist: a session's latest mark on one solution step. */
export const stepOutcomes = pgTable(
  "step_outcomes",
  {
    session: uuid("session").notNull(),
    article: text("article").notNull(),
    step: text("step").notNull(),
    at: at(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    outcome: text("outcome", { enum: ["fixed", "tried", "none"] }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.session, table.article, table.step] }), index("step_outcomes_at").on(table.at)],
);

/** A settled search from the header box or the results page; the result opened, if any. */
export const searches = pgTable(
  "searches",
  {
    id: uuid("id").primaryKey(),
    at: at(),
    session: uuid("session").notNull(),
    source: text("source", { enum: ["header", "page"] }).notNull(),
    /** Normalized (trimmed, lowercased, whitespace collapsed) and redacted. */
    query: text("query").notNull(),
    results: integer("results").notNull(),
    openedArticle: text("opened_article"),
    /** 1-based position of the opened result; null when nothing was opened. */
    openedPosition: smallint("opened_position"),
  },
  (table) => [index("searches_at").on(table.at), check("searches_position", sql`${table.openedPosition} is null or ${table.openedPosition} >= 1`)],
);

/** A paste read by the paste box: only what it recognized, never the text. */
export const pastes = pgTable(
  "pastes",
  {
    id: uuid("id").primaryKey(),
    at: at(),
    session: uuid("session").notNull(),
    /** The home page's paste box, or the error field of the support request. */
    source: text("source", { enum: ["home", "support"] }).notNull(),
    codes: text("codes").array().notNull(),
    statuses: smallint("statuses").array().notNull(),
  },
  (table) => [index("pastes_at").on(table.at)],
);

const day = () => date("day", { mode: "string" }).notNull();
const count = (name: string) => integer(name).notNull().default(0);

export const dailyArticles = pgTable(
  "daily_articles",
  {
    day: day(),
    article: text("article").notNull(),
    views: count("views"),
    helpful: count("helpful"),
    notHelpful: count("not_helpful"),
    stuck: count("stuck"),
    requestsCopied: count("requests_copied"),
  },
  (table) => [primaryKey({ columns: [table.day, table.article] })],
);

/** Reasons given with "No", per article (a vote may give several). */
export const dailyReasons = pgTable(
  "daily_reasons",
  { day: day(), article: text("article").notNull(), reason: text("reason").notNull(), votes: count("votes") },
  (table) => [primaryKey({ columns: [table.day, table.article, table.reason] })],
);

export const dailySteps = pgTable(
  "daily_steps",
  { day: day(), article: text("article").notNull(), step: text("step").notNull(), fixed: count("fixed"), tried: count("tried") },
  (table) => [primaryKey({ columns: [table.day, table.article, table.step] })],
);

/** Per normalized query: how often searched, how often nothing was found, how often a result was opened. */
export const dailyQueries = pgTable(
  "daily_queries",
  { day: day(), query: text("query").notNull(), searches: count("searches"), zeroResults: count("zero_results"), opened: count("opened") },
  (table) => [primaryKey({ columns: [table.day, table.query] })],
);

/** Per code or status found in pastes ("429", "rate_limit_exceeded"). */
export const dailyPasteCodes = pgTable(
  "daily_paste_codes",
  { day: day(), code: text("code").notNull(), pastes: count("pastes") },
  (table) => [primaryKey({ columns: [table.day, table.code] })],
);

/** Site-wide daily totals, for trends and rates without summing the per-query table. */
export const dailyTotals = pgTable("daily_totals", {
  day: day().primaryKey(),
  searches: count("searches"),
  zeroResults: count("zero_results"),
  searchesOpened: count("searches_opened"),
  pastes: count("pastes"),
  pastesRecognized: count("pastes_recognized"),
});

/** The last day the rollup has computed (it recomputes from the day before it, so late changes land). */
export const rollupState = pgTable("rollup_state", {
  id: smallint("id").primaryKey().default(1),
  rolledThrough: date("rolled_through", { mode: "string" }).notNull(),
  ranAt: timestamp("ran_at", { withTimezone: true }).notNull().defaultNow(),
});
