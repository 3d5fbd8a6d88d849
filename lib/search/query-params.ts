import { MAX_QUERY_LENGTH } from "./limits";

const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 50;

/** The query as searched: trimmed, whitespace collapsed, control characters dropped, capped. */
export function cleanQuery(raw: string | null | undefined): string {
  return (raw ?? "")
    .replace(/[\p{Cc}\p{Cf}]/gu, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, MAX_QUERY_LENGTH);
}

/** `limit` as given, or an error message when it is not a whole number; clamped to 1…50. */
export function parseLimit(raw: string | null | undefined): { limit: number } | { error: string } {
  if (raw === null || raw === undefined || raw === "") return { limit: DEFAULT_LIMIT };
  if (!/^\d{1,6}$/.test(raw.trim())) return { error: `limit must be a whole number from 1 to ${MAX_LIMIT}` };
  return { limit: Math.min(MAX_LIMIT, Math.max(1, Number(raw.trim()))) };
}
