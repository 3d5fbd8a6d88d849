import { renderMarkdown } from "../markdown/render";
import type { RenderedMarkdown } from "../markdown/types";
import { articlePath } from "../routes";
import { findSolutions, type Article } from "./article";
import { loadCategories } from "./categories";
import type { Problem } from "./problems";
import { crossFileRules, fileRules, type CheckedFile } from "./rules";
import { loadDataFile } from "./data-file";
import { searchVocabularySchema, type Category, type Frontmatter, type SearchVocabularyData } from "./schema";
import { CONTENT_DIR, parseSource, readSourceFiles, type ParsedSource } from "./source";
import { validateFrontmatter } from "./validate";

export const SEARCH_VOCABULARY_FILE = "search.yml";

export interface Content {
  categories: Category[];
  articles: Article[];
  searchVocabulary: SearchVocabularyData;
}

/**
 * Reads, validates and renders every article under `dir`, and checks what spans files (slugs,
 * `related`, internal links). Never throws for bad content: every problem of every file comes back
 * in `problems`, so an author can fix them all in one pass.
 */
export function loadContent(dir: string = CONTENT_DIR): { content: Content; problems: Problem[] } {
  const { categories, problems } = loadCategories(dir);
  const vocabulary = loadDataFile(dir, SEARCH_VOCABULARY_FILE, searchVocabularySchema);
  problems.push(...vocabulary.problems);
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
  const searchVocabulary = vocabulary.data ?? { phrases: [], synonyms: [] };
  return { content: { categories, articles, searchVocabulary }, problems };
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
