import fs from "node:fs";
import path from "node:path";
import { LineCounter, parseDocument } from "yaml";
import type { Problem } from "./problems";
import { categoriesSchema, type Category } from "./schema";
import { displayPath } from "./source";

export const CATEGORIES_FILE = "categories.yml";

/** Reads `categories.yml`: the categories' ids, names, descriptions and order are content, not code. */
export function loadCategories(dir: string): { categories: Category[]; problems: Problem[] } {
  const absolute = path.join(dir, CATEGORIES_FILE);
  const file = displayPath(absolute);
  if (!fs.existsSync(absolute)) {
    return { categories: [], problems: [{ file, field: "file", message: "missing: declare the categories here (id, name, description)" }] };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(fs.readFileSync(absolute, "utf8"), { lineCounter, schema: "core" });
  if (doc.errors.length > 0) {
    return {
      categories: [],
      problems: doc.errors.map((error) => ({
        file,
        line: error.linePos?.[0].line,
        field: "yaml",
        message: error.message.split("\n")[0]!,
      })),
    };
  }
  const result = categoriesSchema.safeParse(doc.toJS());
  if (!result.success) {
    return {
      categories: [],
      problems: result.error.issues.map((issue) => {
        const node = doc.getIn(issue.path, true) as { range?: [number, number, number] } | undefined;
        return {
          file,
          line: node?.range ? lineCounter.linePos(node.range[0]).line : undefined,
          field: issue.path.join(".") || "categories",
          message: issue.message,
        };
      }),
    };
  }
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const [index, category] of result.data.entries()) {
    if (seen.has(category.id)) problems.push({ file, field: `${index}.id`, message: `"${category.id}" is declared twice` });
    seen.add(category.id);
  }
  return { categories: result.data, problems };
}
