import type { PastedError } from "../support/pasted-error";
import { pastedErrorFrom } from "../support/pasted-error";
import { redactSecrets } from "../redact";
import type { PasteCatalogue } from "./catalogue";
import { stepForMatch } from "./catalogue";
import { describeErrorDetails } from "./describe";
import { extractErrorDetails, MAX_PASTE_CHARS } from "./extract";
import { rankArticlesForError } from "./match";

export interface PasteSuggestion {
  slug: string;
  title: string;
  /** The article, with the anchor of the step to start with. */
  url: string;
  step?: string;
  reason: string;
}

export interface PasteReading {
  /** What was recognized, for the UI, redacted: "HTTP 429 Too Many Requests", "Request ID req_…". */
  labels: string[];
  /** What a support request may carry of it (redacted). */
  pasted: PastedError;
  /** Best first; empty when nothing recognized matches an article. */
  suggestions: PasteSuggestion[];
  /** Words to search for when nothing matched: the error's message or its last line, redacted. */
  searchText: string;
  /** What was recognized, without any of the pasted text: for the paste signal. */
  codes: string[];
  statuses: number[];
  /** Seconds the paste says to wait (`Retry-After`, a `retry_after` field…), when it says. */
  retryAfterSeconds?: number;
  truncated: boolean;
}

const MAX_SUGGESTIONS = 4;
const MAX_SEARCH_CHARS = 200;

/**
 * The whole paste box, as one pure function: cap, recognize, rank, pick the step, redact. It runs
 * on every keystroke in the browser, so every stage is bounded and linear (see the 1 MB tests and
 * `npm run bench:paste`).
 */
export function readPaste(text: string, catalogue: PasteCatalogue): PasteReading {
  const input = text.length > MAX_PASTE_CHARS ? text.slice(0, MAX_PASTE_CHARS + 1) : text;
  const details = extractErrorDetails(input, { knownCodes: catalogue.platformCodes });
  const suggestions = rankArticlesForError(details, catalogue.articles)
    .slice(0, MAX_SUGGESTIONS)
    .flatMap((match): PasteSuggestion[] => {
      const entry = catalogue.articles.find((candidate) => candidate.slug === match.slug);
      if (!entry) return [];
      const step = stepForMatch(match, entry);
      return [{ slug: entry.slug, title: entry.title, url: step ? `${entry.url}#${step.id}` : entry.url, step: step?.title, reason: match.reason }];
    });
  return {
    labels: describeErrorDetails(details),
    pasted: pastedErrorFrom(details),
    suggestions,
    searchText: redactSecrets(searchWords(details.message, input)).slice(0, MAX_SEARCH_CHARS),
    codes: details.codes,
    statuses: details.statuses,
    retryAfterSeconds: details.retryAfterSeconds,
    truncated: details.truncated,
  };
}

/** The message when one was found; a short paste whole; else its last non-blank line, where exceptions print theirs. */
function searchWords(message: string | undefined, text: string): string {
  if (message) return message;
  if (text.length <= MAX_SEARCH_CHARS) return text;
  // Walk back line by line; each character is looked at once.
  for (let end = text.length; end > 0; ) {
    const start = text.lastIndexOf("\n", end - 1);
    const line = text.slice(start + 1, end).trim();
    if (line) return line.slice(0, MAX_SEARCH_CHARS * 2);
    end = start;
  }
  return "";
}
