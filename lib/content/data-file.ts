import fs from "node:fs";
import path from "node:path";
import { LineCounter, parseDocument } from "yaml";
import type { z } from "zod";
import type { Problem } from "./problems";
import { displayPath } from "./source";

/**
 * Reads one YAML data file of the content (categories, search vocabulary) and validates it with
 * its schema, reporting every problem with its line, like the articles' frontmatter.
 */
export function loadDataFile<T extends z.ZodType>(
  dir: string,
  name: string,
  schema: T,
): { file: string; data?: z.infer<T>; problems: Problem[] } {
  const absolute = path.join(dir, name);
  const file = displayPath(absolute);
  if (!fs.existsSync(absolute)) return { file, problems: [{ file, field: "file", message: "missing" }] };
  const lineCounter = new LineCounter();
  const doc = parseDocument(fs.readFileSync(absolute, "utf8"), { lineCounter, schema: "core" });
  if (doc.errors.length > 0) {
    return {
      file,
      problems: doc.errors.map((error) => ({ file, line: error.linePos?.[0].line, field: "yaml", message: error.message.split("\n")[0]! })),
    };
  }
  const result = schema.safeParse(doc.toJS());
  if (result.success) return { file, data: result.data, problems: [] };
  return {
    file,
    problems: result.error.issues.map((issue) => {
      const node = doc.getIn(issue.path, true) as { range?: [number, number, number] } | undefined;
      return {
        file,
        line: node?.range ? lineCounter.linePos(node.range[0]).line : undefined,
        field: issue.path.join(".") || name,
        message: issue.message,
      };
    }),
  };
}
