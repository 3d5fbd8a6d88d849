import "server-only";
import { redactPersonalData } from "@/lib/redact";
import { cleanQuery } from "@/lib/search/query-params";
import type { PortalEvent } from "./event-schema";
import { recordEvent, type StoredEvent } from "./record";
import { withStore } from "./shared-store";

/** Input that passed the schema but has nothing left to store (a query of only control characters). */
export class EmptyFieldError extends Error {
  constructor(readonly field: string) {
    super(`${field} is empty`);
  }
}

/**
 * The event as it will be stored: free text redacted (API keys, tokens, passwords, email
 * addresses…), queries normalized so one question counts as one however it was typed.
 */
export function toStoredEvent(event: PortalEvent): StoredEvent {
  switch (event.type) {
    case "vote": {
      const comment = redactPersonalData(event.comment?.trim() ?? "").trim();
      return { ...event, reasons: [...new Set(event.reasons)], comment: comment || null };
    }
    case "search": {
      // Redact before lowercasing: some key shapes are recognized by their capitals.
      const query = redactPersonalData(cleanQuery(event.query)).toLowerCase();
      if (!query) throw new EmptyFieldError("query");
      return { ...event, query, opened: event.opened ?? null };
    }
    case "paste":
      return {
        ...event,
        // A "code" that the redactor would mask is a secret that happened to look like one.
        codes: [...new Set(event.codes)].filter((code) => redactPersonalData(code) === code),
        statuses: [...new Set(event.statuses)],
      };
    default:
      return event;
  }
}

/** Stores one event; resolves once it is committed, rejects with StoreUnavailableError. */
export async function ingest(event: StoredEvent): Promise<void> {
  await withStore((store) => recordEvent(store.db, event));
}
