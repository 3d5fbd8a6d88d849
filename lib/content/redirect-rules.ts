import { articlePath, normalizePath } from "../routes";
import type { Problem } from "./problems";
import { frontmatterLine } from "./source";
import type { CheckedFile } from "./types";

/**
 * `redirectFrom` paths must be unambiguous: not the article's own URL (a loop), not a page the site
 * serves (the redirect would hide it, or it would never fire), and not claimed by two articles.
 * Because every redirect points at a live article URL, no chain can form once these hold.
 */
export function redirectRules(files: readonly CheckedFile[], livePaths: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  const claimed = new Map<string, string>();
  for (const { source, frontmatter } of files) {
    frontmatter?.redirectFrom.forEach((raw, index) => {
      const path = normalizePath(raw);
      const report = (message: string) =>
        problems.push({ file: source.file, line: frontmatterLine(source.frontmatter, ["redirectFrom", index]), field: `redirectFrom[${index}]`, message });
      const other = claimed.get(path);
      if (path === articlePath(source.slug)) report(`"${raw}" is this article's own URL: the redirect would loop`);
      else if (livePaths.has(path)) report(`"${raw}" is a live page of the site; a redirect there would hide it or never fire`);
      else if (other) report(`"${raw}" is already redirected to ${other}; a path can lead to one article only`);
      else claimed.set(path, source.file);
    });
  }
  return problems;
}
