import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { LineCounter, parse, parseDocument, YAMLParseError } from "yaml";
import type { Problem } from "./problems";

export interface SourceFile {
  /** Path as authors see it, relative to the project: `content/api/rate-limit-exceeded.md`. */
  file: string;
  /** The file name without `.md`: the article's URL segment. */
  slug: string;
  raw: string;
}

export interface ParsedSource extends SourceFile {
  /** Frontmatter as parsed YAML: `unknown` until the schema has validated it. */
  data: unknown;
  body: string;
  /** Lines before the body: body line n is file line n + bodyLineOffset. */
  bodyLineOffset: number;
  /** The YAML between the `---` fences, kept to find the line of a failing field. */
  frontmatter: string;
}

export function displayPath(absolute: string): string {
  return path.relative(process.cwd(), absolute).split(path.sep).join("/");
}

/** Every `.md` file under `dir`, in a stable order. */
export function readSourceFiles(dir: string): SourceFile[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => {
      const absolute = path.join(dir, name);
      return { file: displayPath(absolute), slug: path.basename(name, ".md"), raw: fs.readFileSync(absolute, "utf8") };
    });
}

/**
 * YAML's core schema: no timestamps, so `updated: 2026-01-02` stays the string the author wrote
 * instead of becoming a Date that the schema would have to turn back.
 */
const yamlEngine = (text: string) => parse(text, { schema: "core" }) as object;

export function parseSource(source: SourceFile): { parsed?: ParsedSource; problems: Problem[] } {
  if (!/^---\r?\n/.test(source.raw)) {
    return { problems: [{ file: source.file, line: 1, field: "frontmatter", message: "missing: start the file with a `---` fenced YAML block" }] };
  }
  try {
    const result = matter(source.raw, { engines: { yaml: yamlEngine } });
    const prefix = source.raw.slice(0, source.raw.length - result.content.length);
    return {
      parsed: {
        ...source,
        data: result.data,
        body: result.content,
        bodyLineOffset: prefix.split("\n").length - 1,
        frontmatter: result.matter,
      },
      problems: [],
    };
  } catch (error) {
    const line = error instanceof YAMLParseError ? error.linePos?.[0].line : undefined;
    const firstLine = error instanceof Error ? error.message.split("\n")[0]! : String(error);
    const message = firstLine.replace(/ at line \d+, column \d+:?$/, "");
    return { problems: [{ file: source.file, line, field: "frontmatter", message: `is not valid YAML: ${message}` }] };
  }
}

/** File line of a frontmatter field (`["related", 1]`), or undefined when it is not in the source. */
export function frontmatterLine(frontmatter: string, fieldPath: readonly PropertyKey[]): number | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(frontmatter, { lineCounter, schema: "core" });
  for (let depth = fieldPath.length; depth > 0; depth -= 1) {
    const node = doc.getIn(fieldPath.slice(0, depth) as unknown[], true) as { range?: [number, number, number] } | undefined;
    // `getIn` finds values; for a key with no value, fall back to its parent.
    if (node?.range) return lineCounter.linePos(node.range[0]).line;
  }
  return undefined;
}
