import { renderMarkdown } from "../markdown/render";
import type { Problem } from "./problems";
import { fileRules } from "./rules";
import { parseSource, type SourceFile } from "./source";
import type { CheckedFile } from "./types";
import { validateFrontmatter } from "./validate";

/**
 * Everything about one article file that needs no other file: parse, validate the frontmatter,
 * render, and the single-file rules. The bulk of a content check's time, and independent per
 * file, so a large content folder can spread it over threads (see parallel.ts).
 */
export function checkFile(file: SourceFile, categoryIds: readonly string[]): { checked?: CheckedFile; problems: Problem[] } {
  const { parsed, problems } = parseSource(file);
  if (!parsed) return { problems };
  const { frontmatter, problems: fieldProblems } = validateFrontmatter(parsed, categoryIds);
  const rendered = renderMarkdown(parsed.body, { anchorAliases: frontmatter?.anchors });
  const checked: CheckedFile = { source: parsed, frontmatter, rendered };
  return { checked, problems: [...problems, ...fieldProblems, ...fileRules(checked)] };
}
