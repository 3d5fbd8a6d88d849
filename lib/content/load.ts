import { errorCatalogueRules, navigatorRules } from "./catalogue-rules";
import { toArticle } from "./article";
import { loadCategories } from "./categories";
import { checkFile } from "./check-file";
import { loadDataFile } from "./data-file";
import type { Problem } from "./problems";
import { crossFileRules } from "./rules";
import { errorCatalogueSchema, navigatorSchema, searchSettingsSchema, type Category } from "./schema";
import { CONTENT_DIR } from "./content-dir";
import { readSourceFiles, type SourceFile } from "./source";
import type { Article, CheckedFile, Content } from "./types";
import { checkUrlLock, currentUrls, readUrlLock } from "./url-lock";
import { checkStatusContent } from "../status/check";

export const SEARCH_SETTINGS_FILE = "search.yml";
export const ERROR_CATALOGUE_FILE = "error-codes.yml";
export const NAVIGATOR_FILE = "navigator.yml";

export interface LoadResult {
  content: Content<Article>;
  problems: Problem[];
  /** URLs the content publishes that the lock does not record yet (`npm run urls:lock` adds them). */
  unlockedUrls: string[];
}

/** What every file's check needs before it starts: the categories and the article files. */
export interface PreparedLoad {
  dir: string;
  categories: Category[];
  categoryIds: string[];
  files: SourceFile[];
  problems: Problem[];
}

export function prepareLoad(dir: string): PreparedLoad {
  const { categories, problems } = loadCategories(dir);
  return { dir, categories, categoryIds: categories.map((category) => category.id), files: readSourceFiles(dir), problems };
}

/**
 * The orchestrator of `lib/content`, and the only module that imports the rest: reads, validates
 * and renders every article under `dir`, and checks what spans files (slugs, `related`, internal
 * links, redirects) and the published-URL lock. Never throws for bad content: every problem of
 * every file comes back in `problems`, so an author can fix them all in one pass.
 * (`loadContentInParallel` in parallel.ts does the same with the per-file work on several threads.)
 */
export function loadContent(dir: string = CONTENT_DIR): LoadResult {
  const prepared = prepareLoad(dir);
  return finishLoad(prepared, prepared.files.map((file) => checkFile(file, prepared.categoryIds)));
}

/** The checks across files, given each file's own check in file order. */
export function finishLoad(prepared: PreparedLoad, perFile: readonly { checked?: CheckedFile; problems: Problem[] }[]): LoadResult {
  const { dir, categories, categoryIds } = prepared;
  const problems = [...prepared.problems, ...perFile.flatMap((result) => result.problems)];
  const files = perFile.flatMap((result) => (result.checked ? [result.checked] : []));
  const searchFile = loadDataFile(dir, SEARCH_SETTINGS_FILE, searchSettingsSchema);
  problems.push(...searchFile.problems, ...crossFileRules(files, categoryIds));
  const articles = files.flatMap(({ source, frontmatter, rendered }) => (frontmatter ? [toArticle(source, frontmatter, rendered)] : []));
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

// Modules written before types.ts existed import the content type from here.
export type { Content } from "./types";
