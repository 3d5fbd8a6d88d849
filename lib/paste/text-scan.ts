/**
 * Facts read straight from the text, outside any structure: request ids, timestamps, "retry after
 * 20 seconds", and the message of an exception line. Patterns are bounded (see statuses.ts).
 */

const REQUEST_ID_TOKEN = /\breq_[A-Za-z0-9]{6,64}(?![A-Za-z0-9])/g;
// `request_id=abc-123` in a log line, `"requestId": "…"`, `X-Request-Id: …`.
const REQUEST_ID_FIELD = /\b(?:x-)?request[_-]?id["']?[ \t]{0,3}[:=][ \t]{0,3}["']?([A-Za-z0-9][\w-]{3,79})/gi;

export function findRequestIds(text: string): string[] {
  const ids: string[] = [];
  for (const match of text.matchAll(REQUEST_ID_FIELD)) if (match[1]) ids.push(match[1]);
  for (const match of text.matchAll(REQUEST_ID_TOKEN)) ids.push(match[0]);
  return ids;
}

const ISO_8601 =
  /\b[0-9]{4}-[01][0-9]-[0-3][0-9](?:T[0-2][0-9]:[0-5][0-9](?::[0-5][0-9](?:[.,][0-9]{1,9})?)?|[ ][0-2][0-9]:[0-5][0-9]:[0-5][0-9](?:[.,][0-9]{1,9})?)(?:Z|[+-][0-2][0-9]:?[0-5][0-9])?(?![0-9])/g;
const RFC_1123 =
  /\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), [0-3][0-9] (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [0-9]{4} [0-2][0-9]:[0-5][0-9]:[0-5][0-9] GMT\b/g;

/** Date-times (a bare date is not enough to find a request in logs), in order of appearance. */
export function findTimestamps(text: string): string[] {
  const found = [...text.matchAll(ISO_8601), ...text.matchAll(RFC_1123)];
  return found.sort((a, b) => a.index - b.index).map((match) => match[0]);
}

// "Retry after 20 seconds", "retry in 20s", "Please try again in 1.5s", "try again in 7m12s".
const RETRY_PHRASE =
  /\b(?:retry|try again)(?:[ \t]{1,3}|-)(?:after|in)[ \t]{0,3}:?[ \t]{0,3}(?:([0-9]{1,4})m)?([0-9]{1,6}(?:\.[0-9]{1,3})?)[ \t]{0,2}(ms|milliseconds?|s|secs?|seconds?|m|mins?|minutes?|h|hours?)?(?![a-z])/i;

export function findRetryPhrase(text: string): number | undefined {
  const match = RETRY_PHRASE.exec(text);
  if (!match) return undefined;
  const minutes = Number(match[1] ?? 0);
  const amount = Number(match[2]);
  const unit = (match[3] ?? "s").toLowerCase();
  const factor = unit.startsWith("ms") || unit.startsWith("milli") ? 0.001 : unit.startsWith("h") ? 3600 : unit.startsWith("m") ? 60 : 1;
  return Math.ceil(minutes * 60 + amount * factor);
}

/**
 * The text of the first exception line: `Error: Request failed with status code 401`,
 * `requests.exceptions.HTTPError: 429 Client Error: …`, `openai.RateLimitError: Error code: 429 - {…}`
 * (the dict after " - " is read as JSON elsewhere). Plain string work, no regex over the line.
 */
export function findExceptionMessage(text: string): string | undefined {
  for (const raw of text.split("\n")) {
    const line = raw.trim().replace(/^(?:Uncaught(?: \(in promise\))?|\[)\s*/, "");
    const colon = line.indexOf(": ");
    if (colon < 1 || colon > 150) continue;
    const name = line.slice(0, colon);
    if (!/^[A-Za-z_$][\w.$]*$/.test(name) || !/(?:Error|Exception)$/.test(name)) continue;
    const message = line.slice(colon + 2).split(/ - [{[]/)[0]?.replace(/\]$/, "").trim();
    if (message) return message.slice(0, 300);
  }
  return undefined;
}

// A message in a body that did not parse (cut off, or a log's `msg="…"`). Alternatives are disjoint: linear.
const MESSAGE_FIELD = /\b(?:message|detail|msg|error_message)["']?[ \t]{0,3}[:=][ \t]{0,3}"((?:[^"\\\n]|\\.){1,500})"/i;
const HTML_TITLE = /<title>([^<]{1,200})<\/title>/i;

export function findLooseMessage(text: string): string | undefined {
  return MESSAGE_FIELD.exec(text)?.[1]?.trim() || HTML_TITLE.exec(text)?.[1]?.trim() || undefined;
}
