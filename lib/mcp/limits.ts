import { MAX_PASTE_CHARS } from "../paste/extract";
import { MAX_QUERY_LENGTH } from "../search/limits";

/**
 * Caps on what a client may send. A tool argument past its cap is a tool error the client can show
 * (zod's message); a request body past MAX_BODY_BYTES is refused with 413 before it is parsed.
 */
export const MCP_LIMITS = {
  query: MAX_QUERY_LENGTH,
  results: 20,
  defaultResults: 5,
  /** The paste box reads this much; so does diagnose_error. */
  pasteChars: MAX_PASTE_CHARS,
  slug: 100,
} as const;

/** Room for a full paste even when every character arrives JSON-escaped (`\uXXXX`, 6 bytes). */
export const MAX_BODY_BYTES = 256 * 1024;

/** Requests a minute per client: `HELP_MCP_RATE_LIMIT` (default 120; 0 turns the limit off). */
export function mcpRate(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.HELP_MCP_RATE_LIMIT ?? 120);
  return Number.isFinite(value) && value >= 0 ? value : 120;
}
