import { redactSecrets } from "../redact";
import { reasonPhrase } from "./http-status";
import type { ErrorDetails, RateLimitWindow } from "./types";

/** At most this many request ids and timestamps: a long log has dozens, the first few identify it. */
const MAX_IDS = 3;

const httpLabel = (status: number) => `HTTP ${status}${reasonPhrase(status) ? ` ${reasonPhrase(status)}` : ""}`;

/** "20" is seconds (what the platform sends); anything else ("1m30s", an epoch) is shown as sent. */
const resetLabel = (reset: string) => (/^[0-9]{1,6}$/.test(reset) ? `${reset} s` : reset);

function rateLimitLabel(window: RateLimitWindow): string | undefined {
  const name = window.variant === "default" ? "Rate limit" : `Rate limit (${window.variant})`;
  const parts: string[] = [];
  if (window.remaining !== undefined) {
    parts.push(window.limit === undefined ? `${window.remaining} left` : `${window.remaining} of ${window.limit} left`);
  } else if (window.limit !== undefined) {
    parts.push(`limit ${window.limit}`);
  }
  if (window.reset !== undefined) parts.push(`resets in ${resetLabel(window.reset)}`);
  return parts.length ? `${name}: ${parts.join(", ")}` : undefined;
}

/**
 * Short labels for the UI, most useful first: ["HTTP 429 Too Many Requests", "Code rate_limit_exceeded",
 * "Retry-After: 20 s", "Request ID req_7Hc2KpQ9sXw3"]. Guesses from words say so ("Likely …").
 */
export function describeErrorDetails(details: ErrorDetails): string[] {
  const labels: string[] = [];
  for (const { status, certainty, source } of details.statusEvidence) {
    labels.push(certainty === "keyword" ? `Likely ${httpLabel(status)} (“${source}”)` : httpLabel(status));
  }
  for (const code of details.codes) labels.push(`Code ${code}`);
  for (const code of details.hintedCodes) labels.push(`Likely code ${code}`);
  if (details.retryAfterSeconds !== undefined) labels.push(`Retry-After: ${details.retryAfterSeconds} s`);
  for (const window of Object.values(details.rateLimits)) {
    const label = rateLimitLabel(window);
    if (label) labels.push(label);
  }
  if (details.wwwAuthenticate) labels.push(`WWW-Authenticate: ${details.wwwAuthenticate}`);
  for (const id of details.requestIds.slice(0, MAX_IDS)) labels.push(`Request ID ${id}`);
  const [time] = details.timestamps;
  if (time) labels.push(`Time ${time}`);
  if (details.truncated) labels.push("Only the start of a very long paste was read");
  // Header values are quoted as sent (a rate-limit reset, WWW-Authenticate): mask what they carry.
  return labels.map(redactSecrets);
}

/** One line for a support request or a copied note: the labels, joined. */
export const summarizeErrorDetails = (details: ErrorDetails): string => describeErrorDetails(details).join(", ");
