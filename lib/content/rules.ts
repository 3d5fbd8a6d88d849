import { articlePath, categoryPath, errorPath, LISTING_PAGE_SEGMENT, STATIC_PATHS, symptomPath } from "../routes";
import { SLUG_PATTERN } from "../patterns";
import { findSolutions } from "./article";
import { checkInternalLinks, type LinkTarget } from "./links";
import type { Problem } from "./problems";
import { redirectRules } from "./redirect-rules";
import { frontmatterLine, type ParsedSource } from "./source";
import { symptomSlug } from "./symptoms";
import type { CheckedFile } from "./types";

/** Rules about one file alone: its name, its body, and fields that depend on each other. */
export function fileRules({ source, frontmatter, rendered }: CheckedFile): Problem[] {
  const problems: Problem[] = [];
  const report = (field: string, message: string, bodyLine?: number) =>
    problems.push({ file: source.file, line: bodyLine === undefined ? undefined : bodyLine + source.bodyLineOffset, field, message });

  if (!SLUG_PATTERN.test(source.slug)) {
    problems.push({ file: source.file, field: "file", message: `name "${source.slug}" is not a slug: use lowercase letters, digits and hyphens (it becomes the URL)` });
  }
  reservedSegmentRules({ source, frontmatter }, report);
  for (const issue of rendered.issues) {
    if (issue.field) {
      // A frontmatter field (anchors.old-id): point at its line in the frontmatter.
      problems.push({ file: source.file, line: frontmatterLine(source.frontmatter, issue.field.split(".")), field: issue.field, message: issue.message });
    } else {
      report("body", issue.message, issue.line);
    }
  }

  const found = findSolutions(rendered.headings);
  if (found && found.solutions.length === 0) {
    report("body", 'the "## Solutions" section has no solution: add one "###" heading per fix', found.line);
  }
  if (frontmatter?.type === "troubleshooting") {
    if (!found) report("body", 'a troubleshooting article needs a "## Solutions" section with one "###" heading per fix');
    if (frontmatter.symptoms.length === 0) {
      problems.push({ file: source.file, field: "symptoms", message: "a troubleshooting article needs at least one symptom (what the user sees)" });
    }
  }
  return problems;
}

/** "page" names the listings' later pages (`/articles/page/2`): an article, symptom or code of that name would be shadowed by them. */
function reservedSegmentRules({ source, frontmatter }: Pick<CheckedFile, "source" | "frontmatter">, report: (field: string, message: string) => void) {
  const reserved = `is reserved: /articles/${LISTING_PAGE_SEGMENT}/2, /symptoms/${LISTING_PAGE_SEGMENT}/2 and /errors/${LISTING_PAGE_SEGMENT}/2 are the listings' pages`;
  if (source.slug === LISTING_PAGE_SEGMENT) report("file", `name "${source.slug}" ${reserved}; rename the file`);
  frontmatter?.symptoms.forEach((symptom, index) => {
    if (symptomSlug(symptom) === LISTING_PAGE_SEGMENT) report(`symptoms[${index}]`, `"${symptom}" would be /symptoms/${LISTING_PAGE_SEGMENT}, which ${reserved}; say more`);
  });
  frontmatter?.errorCodes.forEach((code, index) => {
    if (String(code) === LISTING_PAGE_SEGMENT) report(`errorCodes[${index}]`, `"${code}" ${reserved}`);
  });
}

/** Rules across files: unique slugs, `related` slugs that exist, internal links that resolve. */
export function crossFileRules(files: readonly CheckedFile[], categoryIds: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  const firstFileBySlug = new Map<string, string>();
  for (const { source } of files) {
    const first = firstFileBySlug.get(source.slug);
    if (first) problems.push({ file: source.file, field: "file", message: `slug "${source.slug}" is already used by ${first}; slugs are unique across folders` });
    else firstFileBySlug.set(source.slug, source.file);
  }

  for (const { source, frontmatter } of files) {
    frontmatter?.related.forEach((slug, index) => {
      const field = `related[${index}]`;
      const line = () => lineOfRelated(source, index);
      if (slug === source.slug) problems.push({ file: source.file, line: line(), field, message: "an article cannot be related to itself" });
      else if (!firstFileBySlug.has(slug)) problems.push({ file: source.file, line: line(), field, message: `no article has the slug "${slug}"` });
    });
  }

  const targets = linkTargets(files, categoryIds);
  problems.push(...redirectRules(files, new Set(targets.keys())));
  for (const { source, rendered } of files) {
    problems.push(
      ...checkInternalLinks(
        { file: source.file, path: articlePath(source.slug), bodyLineOffset: source.bodyLineOffset, links: rendered.links },
        targets,
      ),
    );
  }
  return problems;
}

/** Every path the site serves, with the anchors of article pages. */
function linkTargets(files: readonly CheckedFile[], categoryIds: readonly string[]): Map<string, LinkTarget> {
  const targets = new Map<string, LinkTarget>(STATIC_PATHS.map((path) => [path, {}]));
  for (const id of categoryIds) targets.set(categoryPath(id), {});
  // Anchors count even when an article's frontmatter is broken, so one mistake does not cascade.
  for (const { source, rendered, frontmatter } of files) {
    targets.set(articlePath(source.slug), { anchors: new Set(rendered.headingIds) });
    for (const code of frontmatter?.errorCodes ?? []) targets.set(errorPath(code), {});
    for (const symptom of frontmatter?.symptoms ?? []) targets.set(symptomPath(symptomSlug(symptom)), {});
  }
  return targets;
}

function lineOfRelated(source: ParsedSource, index: number): number | undefined {
  return frontmatterLine(source.frontmatter, ["related", index]);
}
