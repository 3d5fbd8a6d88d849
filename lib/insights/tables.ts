import type { CsvCell } from "./csv";
import type { InsightsCatalogue } from "./catalogue";
import { minuteUtc, percent, reasonLabel } from "./format";
import { articleInsights, type ArticleInsight } from "./queries/articles";
import { latestComments, type CommentInsight } from "./queries/comments";
import { stepInsights, type StepInsight } from "./queries/steps";
import { undeclaredPastedCodes, unopenedQueries, zeroResultQueries, type PastedCode, type UnopenedQuery, type ZeroResultQuery } from "./queries/searches";
import { trend, type TrendDay } from "./queries/trend";
import type { EventsDb } from "@/lib/events/store";
import { searchPath } from "@/lib/routes";
import type { InsightsWindow } from "./window";

/**
 * Every insights table, once: how its rows are read, and its columns. The page's HTML table, the
 * CSV download and the JSON API all come from here, so the three always agree. A column's value
 * is what the CSV holds; the page formats it (1,234 and 64 %) and may link it.
 */
export type ColumnKind = "text" | "count" | "percent";

export interface Column<Row> {
  header: string;
  kind: ColumnKind;
  value(row: Row): CsvCell;
  href?(row: Row): string | null;
}

export interface InsightsTable<Row> {
  name: string;
  title: string;
  columns: Column<Row>[];
  /** Said instead of an empty table: what will appear here, and when. */
  empty: string;
  load(db: EventsDb, window: InsightsWindow, catalogue: InsightsCatalogue): Promise<Row[]>;
}

const table = <Row>(spec: InsightsTable<Row>) => spec;
const count = <Row>(header: string, value: (row: Row) => number): Column<Row> => ({ header, kind: "count", value });
const rate = <Row>(header: string, value: (row: Row) => number | null): Column<Row> => ({ header, kind: "percent", value: (row) => percent(value(row)) });
const articleName = (title: string | null, slug: string) => title ?? `${slug} (not in the current content)`;
const articleHref = (title: string | null, slug: string) => (title === null ? null : `/articles/${slug}`);

export const trendTable = table<TrendDay>({
  name: "trend",
  title: "Day by day",
  columns: [
    { header: "Day", kind: "text", value: (row) => row.day },
    count("Views", (row) => row.views),
    count("Votes", (row) => row.votes),
    rate("Helpful %", (row) => row.helpfulRate),
    count("Searches", (row) => row.searches),
    rate("Zero-result %", (row) => row.zeroResultRate),
    count("Escalations", (row) => row.escalations),
  ],
  empty: "Each day appears here once visitors have read an article or searched that day.",
  load: (db, window) => trend(db, window),
});

export const articlesTable = table<ArticleInsight>({
  name: "articles",
  title: "Articles that fail people",
  columns: [
    { header: "Article", kind: "text", value: (row) => articleName(row.title, row.article), href: (row) => articleHref(row.title, row.article) },
    count("Failed", (row) => row.failed),
    count("Views", (row) => row.views),
    count("Votes", (row) => row.votes),
    rate("Helpful %", (row) => row.helpfulRate),
    { header: "Reasons given with No", kind: "text", value: (row) => row.reasons.map((r) => `${reasonLabel(r.reason)}: ${r.votes}`).join("; ") },
    count("Escalations", (row) => row.escalations),
    rate("Escalation %", (row) => row.escalationRate),
    count("Requests copied", (row) => row.requestsCopied),
  ],
  empty: "Articles appear here once visitors have read them: views, votes, the reasons given with No, and how often “Still stuck?” was opened.",
  load: articleInsights,
});

export const commentsTable = table<CommentInsight>({
  name: "comments",
  title: "Latest comments",
  columns: [
    { header: "When", kind: "text", value: (row) => minuteUtc(row.at) },
    { header: "Article", kind: "text", value: (row) => articleName(row.title, row.article), href: (row) => articleHref(row.title, row.article) },
    { header: "Answer", kind: "text", value: (row) => (row.helpful ? "Yes" : "No") },
    { header: "Reasons", kind: "text", value: (row) => row.reasons.map(reasonLabel).join("; ") },
    { header: "Comment (redacted)", kind: "text", value: (row) => row.comment },
  ],
  empty: "Comments appear here when a visitor votes and leaves a few words (redacted before they were stored).",
  load: latestComments,
});

export const stepsTable = table<StepInsight>({
  name: "steps",
  title: "Which fixes work",
  columns: [
    { header: "Article", kind: "text", value: (row) => articleName(row.articleTitle, row.article), href: (row) => articleHref(row.articleTitle, row.article) },
    { header: "Step", kind: "text", value: (row) => (row.stepTitle === null ? `${row.step} (no longer in the article)` : `${row.position}. ${row.stepTitle}`), href: (row) => (row.stepTitle === null || row.articleTitle === null ? null : `/articles/${row.article}#${row.step}`) },
    count("Fixed it", (row) => row.fixed),
    count("Didn’t help", (row) => row.tried),
    rate("Success %", (row) => row.successRate),
    { header: "Consider moving up", kind: "text", value: (row) => (row.considerMovingUp ? "Yes: fixes more often than the step above" : "") },
  ],
  empty: "Solution steps appear here once visitors mark them “This fixed it” or “Tried — didn’t help”.",
  load: stepInsights,
});

const queryColumn = <Row extends { query: string }>(): Column<Row> => ({ header: "Query", kind: "text", value: (row) => row.query, href: (row) => searchPath(row.query) });

export const zeroResultsTable = table<ZeroResultQuery>({
  name: "zero-results",
  title: "Searches that found nothing",
  columns: [queryColumn(), count("Found nothing", (row) => row.zeroResults), count("Searched", (row) => row.searches)],
  empty: "Searches that found nothing appear here, so you know which articles or words to add.",
  load: (db, window) => zeroResultQueries(db, window),
});

export const unopenedTable = table<UnopenedQuery>({
  name: "unopened",
  title: "Searches whose results nobody opened",
  columns: [queryColumn(), count("Searches with results", (row) => row.withResults)],
  empty: "Searches that found articles but where no result was opened appear here.",
  load: (db, window) => unopenedQueries(db, window),
});

export const pastedCodesTable = table<PastedCode>({
  name: "pasted-codes",
  title: "Pasted error codes no article declares",
  columns: [{ header: "Code", kind: "text", value: (row) => row.code }, count("Pastes", (row) => row.pastes)],
  empty: "Error codes pasted into the paste box that no article declares appear here: articles to write next.",
  load: undeclaredPastedCodes,
});

// Each table's own row type stays with it; the list only needs what every table has.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const TABLES: InsightsTable<any>[] = [trendTable, articlesTable, commentsTable, stepsTable, zeroResultsTable, unopenedTable, pastedCodesTable];

export const findTable = (name: string) => TABLES.find((candidate) => candidate.name === name);
