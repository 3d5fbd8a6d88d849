import type { RateLimitWindow } from "./types";

/**
 * Response headers from `curl -i`/`-v` output, browser devtools, or a client's printed header object.
 * Only the headers that help diagnose are kept; request headers (`> Authorization: …` in curl -v)
 * are skipped so a pasted key never ends up in the summary.
 */
const KEPT = /^(?:date|retry-after|www-authenticate|x-request-id|request-id|content-type|server|via|x-rate-?limit-[a-z-]{1,40}|ratelimit-[a-z-]{1,40})$/;

// One line at a time, anchored, bounded: `Name: value`, `< Name: value`, `'name': 'value',`.
const HEADER_LINE = /^[ \t]{0,16}(?:<[ \t]{0,3})?["']?([A-Za-z][A-Za-z0-9-]{0,63})["']?[ \t]{0,3}:[ \t]{0,3}(.{0,1000})/;
const MAX_LINE = 2_000;

export function readHeaderLines(text: string): [name: string, value: string][] {
  const pairs: [string, string][] = [];
  for (const line of text.split("\n")) {
    if (line.length > MAX_LINE || /^[ \t]*>/.test(line)) continue;
    const match = HEADER_LINE.exec(line);
    const name = match?.[1]?.toLowerCase();
    if (!match || !name || !KEPT.test(name)) continue;
    const value = (match[2] ?? "").trim().replace(/,$/, "").replace(/^(["'])(.*)\1$/, "$2").trim();
    if (value) pairs.push([name, value]);
  }
  return pairs;
}

export interface HeaderFindings {
  headers: Record<string, string>;
  rateLimits: Record<string, RateLimitWindow>;
  retryAfterSeconds?: number;
  wwwAuthenticate?: string;
  requestIds: string[];
}

const RATE_LIMIT_PREFIXES = ["x-ratelimit-", "x-rate-limit-", "ratelimit-"];
const RATE_LIMIT_FIELDS = ["limit", "remaining", "reset"] as const;

/**
 * `X-RateLimit-Remaining-Tokens` → variant "tokens", field "remaining". The field may come first
 * (the platform's `-Requests`/`-Tokens` suffix) or last (`X-RateLimit-Tokens-Remaining` elsewhere).
 */
function rateLimitParts(name: string): { variant: string; field: (typeof RATE_LIMIT_FIELDS)[number] } | undefined {
  const prefix = RATE_LIMIT_PREFIXES.find((candidate) => name.startsWith(candidate));
  if (!prefix) return undefined;
  const parts = name.slice(prefix.length).split("-");
  const field = RATE_LIMIT_FIELDS.find((candidate) => parts.includes(candidate));
  if (!field) return undefined;
  const variant = parts.filter((part) => part !== field).join("-");
  return { variant: variant || "default", field };
}

/** Leading integer of a header value: "60", "60;w=60" (IETF RateLimit drafts). */
const leadingInt = (value: string) => {
  const match = /^[0-9]{1,12}/.exec(value.trim());
  return match ? Number(match[0]) : undefined;
};

/** Retry-After in seconds: a number, or an HTTP-date measured from the response's own `Date`. */
function retryAfter(value: string, date: string | undefined): number | undefined {
  if (/^[0-9]{1,9}$/.test(value.trim())) return Number(value.trim());
  if (!date) return undefined;
  // Without the response's Date, an HTTP-date cannot become seconds: the paste may be hours old.
  const seconds = (Date.parse(value) - Date.parse(date)) / 1000;
  return Number.isFinite(seconds) && seconds >= 0 ? Math.ceil(seconds) : undefined;
}

export function readHeaders(pairs: readonly (readonly [string, string])[]): HeaderFindings {
  const headers: Record<string, string> = {};
  const rateLimits: Record<string, RateLimitWindow> = {};
  const requestIds: string[] = [];
  for (const [name, value] of pairs) {
    // One value per name, the first: a paste rarely holds two responses, and when it does
    // (`curl -iL`), a redirect seldom carries the headers that matter here (Retry-After, rate limits).
    headers[name] ??= value;
    if (name === "x-request-id" || name === "request-id") requestIds.push(value);
    const parts = rateLimitParts(name);
    if (!parts) continue;
    const window = (rateLimits[parts.variant] ??= { variant: parts.variant });
    if (parts.field === "reset") window.reset ??= value;
    else window[parts.field] ??= leadingInt(value);
  }
  const retry = headers["retry-after"];
  return {
    headers,
    rateLimits,
    retryAfterSeconds: retry === undefined ? undefined : retryAfter(retry, headers["date"]),
    wwwAuthenticate: headers["www-authenticate"],
    requestIds,
  };
}
