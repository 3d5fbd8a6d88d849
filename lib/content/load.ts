import { renderMarkdown } from "../markdown/render";
import type { RenderedMarkdown } from "../markdown/types";
import { articlePath } from "../routes";
import { findSolutions, type Article } from "./article";
import { loadCategories } from "./categories";
import type { Problem } from "./problems";
import { crossFileRules, fileRules, type CheckedFile } from "./rules";
import { loadDataFile } from "./data-file";
import { searchSettingsSchema, type Category, type Frontmatter, type SearchSettings } from "./schema";
import { CONTENT_DIR, parseSource, readSourceFiles, type ParsedSource } from "./source";
import { validateFrontmatter } from "./validate";

export const SEARCH_SETTINGS_FILE = "search.yml";

export interface Content {
  categories: Category[];
  articles: Article[];
  search: SearchSettings;
}

/**
 * Reads, validates and renders every article under `dir`, and checks what spans files (slugs,
 * `related`, internal links). Never throws for bad content: every problem of every file comes back
 * in `problems`, so an author can fix them all in one pass.
 */
export function loadContent(dir: string = CONTENT_DIR): { content: Content; problems: Problem[] } {
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
    const rendered = renderMarkdown(parsed.body);
    const checked: CheckedFile = { source: parsed, frontmatter, rendered };
    problems.push(...fieldProblems, ...fileRules(checked));
    files.push(checked);
  }

  problems.push(...crossFileRules(files, categoryIds));
  const articles = files.flatMap(({ source, frontmatter, rendered }) =>
    frontmatter ? [toArticle(source, frontmatter, rendered)] : [],
  );
  const search = searchFile.data ?? { popular: [], phrases: [], synonyms: [] };
  for (const [index, slug] of search.popular.entries()) {
    if (!files.some((file) => file.source.slug === slug)) {
      problems.push({ file: searchFile.file, field: `popular[${index}]`, message: `no article has the slug "${slug}"` });
    }
  }
  return { content: { categories, articles, search }, problems };
}

function toArticle(source: ParsedSource, frontmatter: Frontmatter, rendered: RenderedMarkdown): Article {
  return {
    ...frontmatter,
    slug: source.slug,
    url: articlePath(source.slug),
    file: source.file,
    html: rendered.html,
    toc: rendered.headings,
    headingIds: rendered.headingIds,
    solutions: findSolutions(rendered.headings)?.solutions ?? [],
    stillStuckHtml: rendered.stillStuckHtml,
    sections: rendered.sections,
  };
}
