import { sql } from "drizzle-orm";
import type { EventsDb } from "@/lib/events/store";
import type { InsightsCatalogue } from "../catalogue";
import { rows } from "../rows";
import type { InsightsWindow } from "../window";

export interface CommentInsight {
  /** When the vote was last given or changed (ISO 8601, UTC). */
  at: string;
  article: string;
  title: string | null;
  helpful: boolean;
  reasons: string[];
  /** Redacted when it was stored (lib/events/ingest.ts); plain text, never HTML. */
  comment: string;
}

export const LATEST_COMMENTS = 50;

/** The latest comments left with a vote in the window, newest first. */
export async function latestComments(db: EventsDb, window: InsightsWindow, catalogue: InsightsCatalogue): Promise<CommentInsight[]> {
  // Walks the partial index on (updated_at) of votes with a comment, newest first.
  const found = await rows<{ at: string | Date; article: string; helpful: boolean; reasons: string[]; comment: string }>(
    db,
    sql`select updated_at as at, article, helpful, reasons, comment from votes
        where comment is not null and updated_at >= ${`${window.since}T00:00:00Z`}
        order by updated_at desc limit ${LATEST_COMMENTS}`,
  );
  return found.map((row) => ({
    at: new Date(row.at).toISOString(),
    article: row.article,
    title: catalogue.articles.get(row.article)?.title ?? null,
    helpful: row.helpful,
    reasons: row.reasons,
    comment: row.comment,
  }));
}
