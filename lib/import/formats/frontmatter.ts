import { parse as parseToml } from "smol-toml";
import { parse as parseYaml } from "yaml";

export interface SplitSource {
  data: Record<string, unknown>;
  body: string;
  /** Lines before the body, so a body line can be turned back into a file line. */
  bodyLine: number;
}

const TOML_FENCE = /^\+\+\+[ \t]*\r?\n([\s\S]*?)\r?\n\+\+\+[ \t]*(?:\r?\n|$)/;
const DASH_FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;
/** `key = value` or `[table]`: TOML, even between `---` fences (Supabase writes it that way). */
const LOOKS_LIKE_TOML = /^\s*(?:\[|[A-Za-z0-9_."-]+\s*=)/;

/**
 * Splits a Markdown file into its frontmatter (YAML between `---`, TOML between `+++`, or TOML
 * between `---`) and its body. Data only: YAML is read with the core schema (no custom tags, so
 * nothing in the file can construct objects), TOML with smol-toml. Throws with a readable message
 * when the frontmatter is not valid.
 */
export function splitFrontmatter(raw: string): SplitSource {
  const text = raw.replace(/^\uFEFF/, "");
  const toml = TOML_FENCE.exec(text);
  const dashes = toml ? null : DASH_FENCE.exec(text);
  const match = toml ?? dashes;
  if (!match) return { data: {}, body: text, bodyLine: 0 };
  const inner = match[1] ?? "";
  const firstLine = inner.split("\n").find((line) => line.trim() !== "" && !line.trim().startsWith("#")) ?? "";
  const isToml = Boolean(toml) || LOOKS_LIKE_TOML.test(firstLine);
  let data: unknown;
  try {
    data = isToml ? parseToml(inner) : parseYaml(inner, { schema: "core", logLevel: "error" });
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new Error(`frontmatter is not valid ${isToml ? "TOML" : "YAML"}: ${message}`);
  }
  if (data !== null && data !== undefined && (typeof data !== "object" || Array.isArray(data))) {
    throw new Error("frontmatter is not a set of `key: value` fields");
  }
  return { data: (data ?? {}) as Record<string, unknown>, body: text.slice(match[0].length), bodyLine: match[0].split("\n").length - 1 };
}

/** A frontmatter value as one line of text, or undefined. */
export function textField(data: Record<string, unknown>, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const value = data[key];
    if (typeof value === "string" && value.trim()) return value.replace(/\s+/g, " ").trim();
    if (typeof value === "number") return String(value);
  }
  return undefined;
}

/** A frontmatter list of strings (a single string counts as a list of one). */
export function listField(data: Record<string, unknown>, ...keys: string[]): string[] {
  for (const key of keys) {
    const value = data[key];
    if (typeof value === "string" && value.trim()) return [value.trim()];
    if (Array.isArray(value)) return value.filter((item): item is string => typeof item === "string" && item.trim() !== "").map((item) => item.trim());
  }
  return [];
}

/** A date from frontmatter (TOML dates, ISO strings, YAML strings) as `YYYY-MM-DD`. */
export function dateField(data: Record<string, unknown>, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const value = data[key];
    const text = value instanceof Date ? (Number.isNaN(value.getTime()) ? "" : value.toISOString()) : typeof value === "string" ? value : "";
    const match = /^(\d{4}-\d{2}-\d{2})/.exec(text.trim());
    if (match && !Number.isNaN(Date.parse(match[1]!))) return match[1];
  }
  return undefined;
}
