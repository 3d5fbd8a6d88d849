import { isHttpStatus } from "./http-status";
import type { Loose, LooseObject } from "./loose-json";
import { asCode } from "./platform-codes";

/**
 * Reads error bodies of every common shape by key name, wherever the keys sit:
 * `{"error":{"code","type","message","request_id"}}`, `{"error":"invalid_api_key","message":…}`,
 * `{"status":429,"detail":…}` (RFC 9457 problem details), `{"errors":[{"code":…}]}`, and a
 * `headers` object printed by an HTTP client.
 */
export interface JsonFindings {
  statuses: number[];
  codes: string[];
  types: string[];
  requestIds: string[];
  headers: [name: string, value: string][];
  message?: string;
  retryAfterSeconds?: number;
}

const MAX_NODES = 5_000;

/** Keys compared without case, `_`, `-` or spaces: `status_code`, `statusCode` and `Status-Code` are one. */
const squash = (key: string) => key.toLowerCase().replace(/[-_\s]/g, "");

const STATUS_KEYS = new Set(["status", "statuscode", "httpstatus", "httpstatuscode", "httpcode", "responsecode"]);
const CODE_KEYS = new Set(["code", "errorcode"]);
const REQUEST_ID_KEYS = new Set(["requestid", "reqid"]);
/** Where the human message lives, best first: `message` over RFC 9457's `detail` over a bare `title`. */
const MESSAGE_KEYS = ["message", "detail", "errormessage", "errordescription", "msg", "error", "title"];
/** Header names as a client prints them; matched on the exact lowercased name, hyphens and all. */
const HEADER_NAME = /^(?:x-request-id|request-id|retry-after|www-authenticate|date|x-rate-?limit-[a-z-]{1,40}|ratelimit-[a-z-]{1,40})$/;

const asStatus = (value: Loose): number | undefined => {
  const number = typeof value === "number" ? value : typeof value === "string" && /^[0-9]{3}$/.test(value) ? Number(value) : NaN;
  return isHttpStatus(number) ? number : undefined;
};

export function readJsonFindings(objects: readonly LooseObject[]): JsonFindings {
  const found: JsonFindings = { statuses: [], codes: [], types: [], requestIds: [], headers: [] };
  const messages: { rank: number; text: string }[] = [];
  let nodes = 0;

  const visit = (value: Loose, depth: number) => {
    if (nodes++ > MAX_NODES || depth > 20 || value === null || typeof value !== "object") return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    for (const [key, item] of Object.entries(value)) {
      readField(key, item);
      visit(item, depth + 1);
    }
  };

  const readField = (key: string, value: Loose) => {
    const name = squash(key);
    const lower = key.toLowerCase();
    const isHeader = HEADER_NAME.test(lower) && (lower !== "date" || (typeof value === "string" && /GMT$/.test(value)));
    if (isHeader && (typeof value === "string" || typeof value === "number")) {
      found.headers.push([lower, String(value)]);
      return;
    }
    const status = asStatus(value);
    if (STATUS_KEYS.has(name) && status !== undefined) found.statuses.push(status);
    if (CODE_KEYS.has(name)) {
      // A numeric `code` is a status only in the error range; 200 or 100 there is usually something else.
      if (status !== undefined && status >= 400) found.statuses.push(status);
      const code = typeof value === "string" ? asCode(value) : undefined;
      if (code) found.codes.push(code);
    }
    // `type` is an error class only when it looks like one (`rate_limit_error`), not `"type": "requests"`.
    if (name === "type" && typeof value === "string" && asCode(value)?.includes("_")) found.types.push(value);
    if (REQUEST_ID_KEYS.has(name) && typeof value === "string" && value.trim()) found.requestIds.push(value.trim());
    if (name === "retryafter" && found.retryAfterSeconds === undefined) {
      const seconds = typeof value === "number" ? value : typeof value === "string" ? Number(value) : NaN;
      if (Number.isFinite(seconds) && seconds >= 0) found.retryAfterSeconds = Math.ceil(seconds);
    }
    if (typeof value !== "string" || !value.trim()) return;
    // `{"error": "invalid_api_key", "message": …}`: a code in the `error` field; prose there is a message.
    const code = name === "error" ? asCode(value) : undefined;
    if (code && code.includes("_")) found.codes.push(code);
    const rank = MESSAGE_KEYS.indexOf(name);
    if (rank !== -1 && !(code && code.includes("_"))) messages.push({ rank, text: value.trim() });
  };

  for (const object of objects) visit(object, 0);
  const best = messages.reduce<{ rank: number; text: string } | undefined>(
    (current, message) => (!current || message.rank < current.rank ? message : current),
    undefined,
  );
  if (best) found.message = best.text;
  return found;
}
