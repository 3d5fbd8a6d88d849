import { articlesTable, commentsTable, pastedCodesTable, stepsTable, trendTable, unopenedTable, zeroResultsTable, type InsightsTable } from "./tables";

/** The insights pages: each a URL of its own, with the tables it shows, pictures first. */
export interface InsightsSection {
  path: string;
  title: string;
  /** One line under the title: the question the page answers. */
  question: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  tables: InsightsTable<any>[];
}

export type SectionId = "overview" | "articles" | "fixes" | "searches";

export const SECTIONS: Record<SectionId, InsightsSection> = {
  overview: { path: "/insights", title: "Trend", question: "Is the portal helping more people than last week?", tables: [trendTable] },
  articles: { path: "/insights/articles", title: "Articles that fail people", question: "Which articles leave visitors unhelped or asking support?", tables: [articlesTable, commentsTable] },
  fixes: { path: "/insights/fixes", title: "Which fixes work", question: "Which solution steps fix the problem, and which should come first?", tables: [stepsTable] },
  searches: { path: "/insights/searches", title: "What people can’t find", question: "What do visitors look for that the portal does not answer?", tables: [zeroResultsTable, unopenedTable, pastedCodesTable] },
};
