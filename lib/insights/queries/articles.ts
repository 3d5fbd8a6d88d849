import { appendTo } from "../../append-to";
import { sql } from "drizzle-orm";
import type { EventsDb } from "@/lib/events/store";
import type { InsightsCatalogue } from "../catalogue";
import { rows, share } from "../rows";
import type { InsightsWindow } from "../window";

export interface ArticleInsight {
  article: string;
  /** The article's title, or null when the current content has no such slug (renamed or removed). */
  title: string | null;
  views: number;
  votes: number;
  helpful: number;
  notHelpful: number;
  /** helpful / votes, or null without votes. */
  helpfulRate: number | null;
  /** Reasons given with "No", most given first. */
  reasons: { reason: string; votes: number }[];
  /** "Still stuck?" opened. */
  escalations: number;
  /** escalations / views, or null without views. */
  escalationRate: number | null;
  requestsCopied: number;
  /** No votes plus escalations: the visitors it failed (one who did both counts twice). */
  failed: number;
}

/** Per article over the window, ordered by how many visitors it failed, then by views. */
export async function articleInsights(db: EventsDb, window: InsightsWindow, catalogue: InsightsCatalogue): Promise<ArticleInsight[]> {
  const [counts, reasons] = await Promise.all([
    rows<{ article: string; views: number; helpful: number; not_helpful: number; stuck: number; requests_copied: number }>(
      db,
      sql`select article, sum(views)::int as views, sum(helpful)::int as helpful, sum(not_helpful)::int as not_helpful,
            sum(stuck)::int as stuck, sum(requests_copied)::int as requests_copied
          from daily_articles where day >= ${window.since} and day <= ${window.through} group by article`,
    ),
    rows<{ article: string; reason: string; votes: number }>(
      db,
      sql`select article, reason, sum(votes)::int as votes from daily_reasons
          where day >= ${window.since} and day <= ${window.through} group by article, reason`,
    ),
  ]);
  const reasonsOf = new Map<string, { reason: string; votes: number }[]>();
  for (const { article, reason, votes } of reasons) appendTo(reasonsOf, article, { reason, votes });
  return counts
    .map((row): ArticleInsight => {
      const votes = row.helpful + row.not_helpful;
      return {
        article: row.article,
        title: catalogue.articles.get(row.article)?.title ?? null,
        views: row.views,
        votes,
        helpful: row.helpful,
        notHelpful: row.not_helpful,
        helpfulRate: share(row.helpful, votes),
        reasons: (reasonsOf.get(row.article) ?? []).sort((a, b) => b.votes - a.votes || a.reason.localeCompare(b.reason)),
        escalations: row.stuck,
        escalationRate: share(row.stuck, row.views),
        requestsCopied: row.requests_copied,
        failed: row.not_helpful + row.stuck,
      };
    })
    .sort((a, b) => b.failed - a.failed || b.views - a.views || a.article.localeCompare(b.article));
}
