import type { ExportSites, RenderedHeading, RenderedMarkdown, RenderedPart, RenderedSection } from "../markdown/types";
import type { Category, ErrorCatalogue, Frontmatter, NavigatorGroupData, SearchSettings } from "./schema";
import type { ParsedSource } from "./source";

/**
 * The shapes every part of `lib/content` shares, in one leaf module: the loader produces them, the
 * rules check them, the views read them, and nothing here imports back. (When these lived in the
 * loader and a rule file, seven files imported each other in a circle.)
 */

/** A solution step: a `###` under `## Solutions`, in the order authors rank them. */
export interface Solution {
  id: string;
  title: string;
}

/** A heading that has an id, at any depth: what `#anchor` links and the catalogues name. */
export interface ArticleHeading {
  id: string;
  text: string;
  depth: number;
}

/**
 * An article without its rendered body: what lists, views, checks and catalogues need. Small, so
 * the whole site's worth loads at once (the build artifact `site.json` holds one per article).
 */
export interface ArticleMeta extends Frontmatter {
  slug: string;
  url: string;
  /** Source path, for problem reports and "edit this page". */
  file: string;
  /** Every heading with an id, in document order. */
  headings: ArticleHeading[];
  /** Every heading id, at any depth: what `#anchor` links may point to. */
  headingIds: string[];
  solutions: Solution[];
  /** Id of the `## Solutions` heading, when the article has one. */
  solutionsId?: string;
}

/** What only the article's own page (and Markdown readers) need: loaded one article at a time. */
export interface ArticleBody {
  /** The body HTML split at each `##`/`###`, so pages can add controls after solution steps. */
  parts: RenderedPart[];
  /** `##`/`###` headings: the table of contents. */
  toc: RenderedHeading[];
  stillStuckHtml: string;
  /** Readable text per section, for search and previews. */
  sections: RenderedSection[];
  /** The Markdown body as the author wrote it, after the frontmatter. */
  markdown: string;
  /** Where the Markdown export (`.md`, llms-full.txt, MCP) edits the body, so it never parses it again. */
  exportSites: ExportSites;
}

/** A validated, rendered article. */
export interface Article extends ArticleMeta, ArticleBody {}

/** The site's content: data files and articles (whole, or as metadata where bodies are not needed). */
export interface Content<A extends ArticleMeta = ArticleMeta> {
  categories: Category[];
  articles: A[];
  search: SearchSettings;
  errorCatalogue: ErrorCatalogue;
  navigator: NavigatorGroupData[];
}

/** One article file as the loader saw it; `frontmatter` is missing when it failed validation. */
export interface CheckedFile {
  source: ParsedSource;
  frontmatter?: Frontmatter;
  rendered: RenderedMarkdown;
}
