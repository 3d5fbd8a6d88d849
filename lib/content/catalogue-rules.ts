import { appendTo } from "../append-to";
import type { Problem } from "./problems";
import type { ErrorCatalogue, NavigatorGroupData } from "./schema";
import { frontmatterLine } from "./source";
import type { CheckedFile } from "./types";

/**
 * The error catalogue and the articles must agree: every code an article claims is described,
 * every described code has an article, and every `start` step exists in an article that claims it.
 */
export function errorCatalogueRules(catalogue: ErrorCatalogue, file: string, files: readonly CheckedFile[]): Problem[] {
  const problems: Problem[] = [];
  const entries = [...catalogue.http, ...catalogue.platform];
  const described = new Map<string, (typeof entries)[number]>();
  entries.forEach((entry, index) => {
    const key = String(entry.code);
    if (described.has(key)) problems.push({ file, field: `code ${key}`, message: `is described twice (entry ${index + 1})` });
    described.set(key, entry);
  });

  const claimedBy = new Map<string, CheckedFile[]>();
  for (const checked of files) {
    checked.frontmatter?.errorCodes.forEach((code, index) => {
      const key = String(code);
      appendTo(claimedBy, key, checked);
      if (!described.has(key)) {
        problems.push({
          file: checked.source.file,
          line: frontmatterLine(checked.source.frontmatter, ["errorCodes", index]),
          field: `errorCodes[${index}]`,
          message: `"${key}" is not in ${file}: describe it there (name, meaning) so /errors/${key} can exist`,
        });
      }
    });
  }

  for (const [key, entry] of described) {
    const claimants = claimedBy.get(key) ?? [];
    if (claimants.length === 0) problems.push({ file, field: `code ${key}`, message: "no article lists it in errorCodes" });
    for (const [slug, anchor] of Object.entries(entry.start)) {
      const article = claimants.find((checked) => checked.source.slug === slug);
      if (!article) problems.push({ file, field: `code ${key}: start`, message: `article "${slug}" does not list ${key} in errorCodes` });
      else if (!article.rendered.headingIds.includes(anchor)) {
        problems.push({ file, field: `code ${key}: start`, message: `no heading "#${anchor}" in ${article.source.file}` });
      }
    }
  }
  return problems;
}

/** Navigator groups may only name categories and articles that exist. */
export function navigatorRules(groups: readonly NavigatorGroupData[], file: string, categoryIds: readonly string[], slugs: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  const ids = new Set<string>();
  groups.forEach((group, index) => {
    if (ids.has(group.id)) problems.push({ file, field: `groups[${index}].id`, message: `"${group.id}" is used twice` });
    ids.add(group.id);
    group.categories.forEach((category, position) => {
      if (!categoryIds.includes(category)) problems.push({ file, field: `groups[${index}].categories[${position}]`, message: `no category "${category}"` });
    });
    group.articles.forEach((slug, position) => {
      if (!slugs.has(slug)) problems.push({ file, field: `groups[${index}].articles[${position}]`, message: `no article has the slug "${slug}"` });
    });
  });
  return problems;
}
