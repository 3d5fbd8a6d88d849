import crypto from "node:crypto";
import type { Root } from "mdast";
import remarkGfm from "remark-gfm";
import remarkStringify from "remark-stringify";
import { unified } from "unified";
import { parse, stringify } from "yaml";
import type { ImportFormat } from "../types";

/** Frontmatter as the importer writes it, in the order the README documents the fields. */
export interface ImportedFrontmatter {
  type?: "guide";
  title: string;
  summary: string;
  category: string;
  symptoms?: string[];
  errorCodes?: (number | string)[];
  redirectFrom?: string[];
  anchors?: Record<string, string>;
  updated?: string;
  source: { format: ImportFormat; id: string; url?: string; importedAt: string; hash: string };
}

const stringifier = unified().use(remarkGfm).use(remarkStringify, {
  bullet: "-",
  emphasis: "_",
  fences: true,
  rule: "-",
  listItemIndent: "one",
});

export function bodyMarkdown(tree: Root): string {
  return stringifier.stringify(tree).trim();
}

/** Sorted keys, so the hash depends on the content, not on the order YAML kept. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.keys(value).sort().map((key) => [key, canonical((value as Record<string, unknown>)[key])]));
  }
  return value;
}

/**
 * The hash of an article as it reads: its frontmatter without `source`, and its body. Recorded
 * at import; a file whose hash no longer matches was edited by hand since.
 */
export function contentHash(data: Record<string, unknown>, body: string): string {
  const rest = { ...data };
  delete rest.source;
  return crypto.createHash("sha256").update(JSON.stringify(canonical(rest))).update("\n").update(body.trim()).digest("hex").slice(0, 16);
}

const yamlText = (data: object) => stringify(data, { lineWidth: 0, version: "1.2" });

/** The file text, and the hash its `source.hash` records (computed from the text as it will be read back). */
export function articleFile(frontmatter: Omit<ImportedFrontmatter, "source">, source: Omit<ImportedFrontmatter["source"], "hash">, body: string): { text: string; hash: string } {
  const roundTrip = parse(yamlText(frontmatter), { schema: "core" }) as Record<string, unknown>;
  const hash = contentHash(roundTrip, body);
  const text = `---\n${yamlText({ ...frontmatter, source: { ...source, hash } })}---\n\n${body.trim()}\n`;
  return { text, hash };
}
