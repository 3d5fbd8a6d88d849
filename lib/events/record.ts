import { sql } from "drizzle-orm";
import { pageEvents, pastes, searches, stepOutcomes, votes } from "./schema";
import type { EventsDb } from "./store";

/**
 * One event, already validated, normalized and redacted (lib/events/ingest.ts), written in one
 * statement: when it returns, the row is committed. Each kind is idempotent, so a browser that
 * retries a send it never got an answer for stores it once.
 */
export type StoredEvent =
  | { type: "view" | "stuck" | "request_copied"; id: string; session: string; article: string }
  | { type: "vote"; session: string; article: string; helpful: boolean; reasons: string[]; comment: string | null }
  | { type: "outcome"; session: string; article: string; step: string; outcome: "fixed" | "tried" | "none" }
  | {
      type: "search";
      id: string;
      session: string;
      source: "header" | "page";
      query: string;
      results: number;
      opened: { article: string; position: number } | null;
    }
  | { type: "paste"; id: string; session: string; source: "home" | "support"; codes: string[]; statuses: number[] };

export async function recordEvent(db: EventsDb, event: StoredEvent): Promise<void> {
  switch (event.type) {
    case "view":
    case "stuck":
    case "request_copied":
      await db.insert(pageEvents).values({ id: event.id, session: event.session, article: event.article, kind: event.type }).onConflictDoNothing();
      return;
    case "vote": {
      const { session, article, helpful, reasons, comment } = event;
      // A changed mind replaces the answer but keeps the day of the first one (see schema.ts).
      await db
        .insert(votes)
        .values({ session, article, helpful, reasons, comment })
        .onConflictDoUpdate({ target: [votes.session, votes.article], set: { helpful, reasons, comment, updatedAt: sql`now()` } });
      return;
    }
    case "outcome": {
      const { session, article, step, outcome } = event;
      await db
        .insert(stepOutcomes)
        .values({ session, article, step, outcome })
        .onConflictDoUpdate({ target: [stepOutcomes.session, stepOutcomes.article, stepOutcomes.step], set: { outcome, updatedAt: sql`now()` } });
      return;
    }
    case "search": {
      const { id, session, source, query, results, opened } = event;
      // The results page sends its search when it is left, or again when a result is opened:
      // the second send only adds the result opened.
      await db
        .insert(searches)
        .values({ id, session, source, query, results, openedArticle: opened?.article ?? null, openedPosition: opened?.position ?? null })
        .onConflictDoUpdate({
          target: searches.id,
          set: { openedArticle: sql`excluded.opened_article`, openedPosition: sql`excluded.opened_position` },
          setWhere: sql`${searches.openedPosition} is null and excluded.opened_position is not null`,
        });
      return;
    }
    case "paste":
      await db
        .insert(pastes)
        .values({ id: event.id, session: event.session, source: event.source, codes: event.codes, statuses: event.statuses })
        .onConflictDoNothing();
      return;
  }
}
