import { closest } from "fastest-levenshtein";
import type { z } from "zod";
import type { Problem } from "./problems";
import { frontmatterSchema, type Frontmatter } from "./schema";
import { frontmatterLine, type ParsedSource } from "./source";

/** `errorCodes[2]`, `related[0]`: the field as an author would look for it. */
function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (name, key) => (typeof key === "number" ? `${name}[${key}]` : name ? `${name}.${String(key)}` : String(key)),
    "",
  );
}

const KNOWN_FIELDS = Object.keys(frontmatterSchema([]).shape);

function issueToProblems(source: ParsedSource, issue: z.core.$ZodIssue): Problem[] {
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => {
      const suggestion = closest(key, KNOWN_FIELDS);
      return {
        file: source.file,
        line: frontmatterLine(source.frontmatter, [...issue.path, key]),
        field: fieldName([...issue.path, key]),
        message: `unknown field (did you mean "${suggestion}"? Known fields: ${KNOWN_FIELDS.join(", ")})`,
      };
    });
  }
  return [
    {
      file: source.file,
      line: frontmatterLine(source.frontmatter, issue.path),
      field: fieldName(issue.path) || "frontmatter",
      message: issue.message,
    },
  ];
}

// One schema per list of categories, not one per file: building a zod schema costs more than using it.
let schemaCache: { key: string; schema: ReturnType<typeof frontmatterSchema> } | undefined;

function schemaFor(categoryIds: readonly string[]) {
  const key = categoryIds.join("\n");
  if (schemaCache?.key !== key) schemaCache = { key, schema: frontmatterSchema(categoryIds) };
  return schemaCache.schema;
}

/** Validates one file's frontmatter, reporting every failing field with its line. */
export function validateFrontmatter(
  source: ParsedSource,
  categoryIds: readonly string[],
): { frontmatter?: Frontmatter; problems: Problem[] } {
  const result = schemaFor(categoryIds).safeParse(source.data ?? {});
  if (result.success) return { frontmatter: result.data, problems: [] };
  return { problems: result.error.issues.flatMap((issue) => issueToProblems(source, issue)) };
}
