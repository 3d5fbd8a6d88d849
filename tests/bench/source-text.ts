import fs from "node:fs";
import path from "node:path";

/**
 * Real troubleshooting prose to build synthetic articles from: sentences, topic keywords and
 * platform error codes, read from the Supabase troubleshooting corpus at bench time (never copied
 * into the repo). Without that directory the bench falls back to a small built-in text.
 */
export interface SourceText {
  origin: string;
  sentences: string[];
  /** Lowercase topic words and two-word terms ("pgbouncer", "edge function"). */
  topics: string[];
  /** snake_case platform codes seen in the prose ("email_not_confirmed"). */
  codes: string[];
}

const DEFAULT_CORPUS_DIR = "/work/shared/corpora/supabase-troubleshooting";

const NOT_TOPICS = new Set(
  "error errors fail failed issue issues problem troubleshooting supabase help new old call complex stored mode time row public local size delete disable disabled serve lovable elicitation toasts speed".split(" "),
);
/** Code-like names that read as errors (not column or function names). */
const ERROR_CODE = /not_|expired|quota|timeout|fail|error|invalid|missing|limit|overdue|denied|exceed/;

export function loadSourceText(dir = process.env.BENCH_CORPUS_DIR ?? DEFAULT_CORPUS_DIR): SourceText {
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => name.endsWith(".mdx")).sort() : [];
  if (files.length === 0) return FALLBACK;
  const sentences = new Set<string>();
  const topics = new Set<string>();
  const codes = new Set<string>();
  for (const name of files) {
    const raw = fs.readFileSync(path.join(dir, name), "utf8");
    const { frontmatter, body } = splitFrontmatter(raw);
    for (const keyword of frontmatter.match(/^keywords\s*=\s*\[([^\]]*)\]/m)?.[1]?.match(/"([^"]+)"/g) ?? []) {
      const word = keyword.slice(1, -1).trim().toLowerCase();
      if (/^[a-z]{3,14}( [a-z]{3,14})?$/.test(word) && !NOT_TOPICS.has(word)) topics.add(word);
    }
    const prose = stripMdx(body);
    for (const [, code] of body.matchAll(/`([a-z]+(?:_[a-z]+){1,3})`/g)) if (code!.length <= 32 && ERROR_CODE.test(code!) && !/_(msg|ms)$/.test(code!)) codes.add(code!);
    for (const sentence of prose.flatMap((line) => line.split(/(?<=[.!?])\s+(?=[A-Z])/))) {
      const clean = sentence.trim();
      const words = clean.split(/\s+/).length;
      if (words >= 6 && words <= 40 && /^[A-Z]/.test(clean) && /[.!?]$/.test(clean) && !/https?:|[{}<>|=]/.test(clean)) sentences.add(clean);
    }
  }
  return { origin: `${files.length} articles in ${dir}`, sentences: [...sentences], topics: [...topics].sort(), codes: [...codes].sort() };
}

function splitFrontmatter(raw: string): { frontmatter: string; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(raw);
  return match ? { frontmatter: match[1]!, body: raw.slice(match[0].length) } : { frontmatter: "", body: raw };
}

/** MDX → lines of plain prose: no code, JSX/HTML tags, tables, images, headings or Markdown markup. */
function stripMdx(body: string): string[] {
  return body
    .replace(/```[\s\S]*?```/g, " ")
    .replace(/<!--[\s\S]*?-->/g, " ")
    .replace(/^\s*(import|export) .*$/gm, " ")
    .replace(/^\s*\|.*$/gm, " ")
    .replace(/^#+ .*$/gm, " ")
    .replace(/!\[[^\]]*\]\([^)]*\)/g, " ")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/<\/?[A-Za-z][^>]*>/g, " ")
    .replace(/`([^`]*)`/g, "$1")
    .replace(/\*{1,3}([^*\n]+)\*{1,3}/g, "$1")
    .replace(/(?<!\w)_([^_\n]+)_(?!\w)/g, "$1")
    .replace(/^\s*(?:[-*+]|\d+\.)\s+/gm, "")
    .replace(/^\s*>\s?/gm, "")
    .split(/\n/)
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter(Boolean);
}

const FALLBACK: SourceText = {
  origin: "built-in fallback text (corpus directory not found)",
  sentences: [
    "Check the logs for the exact error message before changing any settings.",
    "This usually happens when the configuration was changed but the service was not restarted.",
    "Make sure the credentials you use belong to the right project and have not expired.",
    "If the problem started after an upgrade, compare the old and new settings side by side.",
    "Requests that take longer than the configured timeout are cancelled by the gateway.",
    "You can see the current limits and usage on the settings page of your project.",
    "Retry the request after a short wait, and add exponential backoff to your client.",
    "An administrator of your organization can change this setting for everyone.",
    "The dashboard shows the status of each job, with the time it last ran.",
    "Network policies or a firewall between your client and the service can block the connection.",
    "Clear the cache and sign in again to load the new permissions.",
    "When several clients write at the same time, the last write wins and earlier changes are lost.",
    "The error disappears once the certificate chain is complete and trusted by the client.",
    "Large uploads are split into parts, and a part that fails is retried on its own.",
    "Contact support with the request id and the time the error happened if nothing above helps.",
    "Most client libraries log the full response when debug logging is turned on.",
  ],
  topics: ["database", "storage", "realtime", "functions", "auth", "backups", "replication", "connection pool", "dashboard", "logs", "migrations", "extensions"],
  codes: ["email_not_confirmed", "invalid_credentials", "session_expired", "bucket_not_found", "over_request_rate_limit", "user_already_exists"],
};
