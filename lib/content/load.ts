import { renderMarkdown } from "../markdown/render";
import type { RenderedMarkdown } from "../markdown/types";
import { articlePath } from "../routes";
import { findSolutions, type Article } from "./article";
import { loadCategories } from "./categories";
import type { Problem } from "./problems";
import { crossFileRules, fileRules, type CheckedFile } from "./rules";
import { loadDataFile } from "./data-file";
import { errorCatalogueRules, navigatorRules } from "./catalogue-rules";
import {
  errorCatalogueSchema,
  navigatorSchema,
  searchSettingsSchema,
  type Category,
  type ErrorCatalogue,
  type Frontmatter,
  type NavigatorGroupData,
  type SearchSettings,
} from "./schema";
import { CONTENT_DIR, parseSource, readSourceFiles, type ParsedSource } from "./source";
import { checkUrlLock, currentUrls, readUrlLock } from "./url-lock";
import { validateFrontmatter } from "./validate";
import { checkStatusContent } from "../status/check";

export const SEARCH_SETTINGS_FILE = "search.yml";
export const ERROR_CATALOGUE_FILE = "error-codes.yml";
export const NAVIGATOR_FILE = "navigator.yml";

export interface Content {
  categories: Category[];
  articles: Article[];
  search: SearchSettings;
  errorCatalogue: ErrorCatalogue;
  navigator: NavigatorGroupData[];
}

/**
 * Reads, validates and renders every article under `dir`, and checks what spans files (slugs,
 * `related`, internal links, redirects) and the published-URL lock. `unlockedUrls` are URLs the
 * content publishes that the lock does not record yet (`npm run urls:lock` adds them). Never throws for bad content: every problem of every file comes back
 * in `problems`, so an author can fix them all in one pass.
 */
export function loadContent(dir: string = CONTENT_DIR): { content: Content; problems: Problem[]; unlockedUrls: string[] } {
  const { categories, problems } = loadCategories(dir);
  const searchFile = loadDataFile(dir, SEARCH_SETTINGS_FILE, searchSettingsSchema);
  problems.push(...searchFile.problems);
  const categoryIds = categories.map((category) => category.id);
  const files: CheckedFile[] = [];

  for (const file of readSourceFiles(dir)) {
    const { parsed, problems: parseProblems } = parseSource(file);
    problems.push(...parseProblems);
    if (!parsed) continue;
    const { frontmatter, problems: fieldProblems } = validateFrontmatter(parsed, categoryIds);
    const rendered = renderMarkdown(parsed.body, { anchorAliases: frontmatter?.anchors });
    const checked: CheckedFile = { source: parsed, frontmatter, rendered };
    problems.push(...fieldProblems, ...fileRules(checked));
    files.push(checked);
  }

  problems.push(...crossFileRules(files, categoryIds));
  const articles = files.flatMap(({ source, frontmatter, rendered }) =>
    frontmatter ? [toArticle(source, frontmatter, rendered)] : [],
  );
  const catalogueFile = loadDataFile(dir, ERROR_CATALOGUE_FILE, errorCatalogueSchema);
  const errorCatalogue = catalogueFile.data ?? { http: [], platform: [] };
  problems.push(...catalogueFile.problems, ...errorCatalogueRules(errorCatalogue, catalogueFile.file, files));
  const navigatorFile = loadDataFile(dir, NAVIGATOR_FILE, navigatorSchema);
  const navigator = navigatorFile.data?.groups ?? [];
  const slugs = new Set(files.map((file) => file.source.slug));
  problems.push(...navigatorFile.problems, ...navigatorRules(navigator, navigatorFile.file, categoryIds, slugs));

  const search = searchFile.data ?? { popular: [], phrases: [], synonyms: [] };
  for (const [index, slug] of search.popular.entries()) {
    if (!slugs.has(slug)) {
      problems.push({ file: searchFile.file, field: `popular[${index}]`, message: `no article has the slug "${slug}"` });
    }
  }
  const content = { categories, articles, search, errorCatalogue, navigator };
  problems.push(...checkStatusContent(dir, content));
  const lock = readUrlLock(dir);
  problems.push(...checkUrlLock(lock, content));
  const locked = new Set("urls" in lock ? lock.urls.map(({ url }) => url) : []);
  const unlockedUrls = currentUrls(content).filter((url) => !locked.has(url));
  return { content, problems, unlockedUrls };
}

function toArticle(source: ParsedSource, frontmatter: Frontmatter, rendered: RenderedMarkdown): Article {
  const found = findSolutions(rendered.headings);
  return {
    ...frontmatter,
    slug: source.slug,
    url: articlePath(source.slug),
    file: source.file,
    html: rendered.html,
    parts: rendered.parts,
    toc: rendered.headings,
    headingIds: rendered.headingIds,
    solutions: found?.solutions ?? [],
    solutionsId: found?.id,
    stillStuckHtml: rendered.stillStuckHtml,
    sections: rendered.sections,
  };
}
