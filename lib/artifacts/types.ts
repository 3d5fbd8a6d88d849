import type { ContentRedirect } from "../content/redirect-map";
import type { Article, ArticleMeta, Content } from "../content/types";
import type { PasteCatalogue } from "../paste/catalogue";
import type { SerializedIndex } from "../search/types";
import type { StatusBake } from "../status/types";

/**
 * The build artifacts: everything pages and route handlers need from `content/`, computed once
 * per build by `npm run content:build` and read from then on. Bumped when a shape changes, so a
 * reader never trusts files an older build wrote.
 */
export const ARTIFACTS_VERSION = 5;

/** `manifest.json`: which inputs the artifacts were made from, and what they hold. */
export interface Manifest {
  version: typeof ARTIFACTS_VERSION;
  /** Hash of the inputs (content files, the pipeline's code): equal means the artifacts are current. */
  fingerprint: string;
  /** The content folder they were built from, relative to the project. */
  contentDir: string;
  articles: number;
  /** First 16 hex digits of the search index's SHA-256: its file name under /search-index/. */
  searchIndexHash: string;
  /** First 16 hex digits of the paste catalogue's SHA-256: its file name under /paste-catalogue/. */
  pasteCatalogueHash: string;
}

/** A link to an article: what lists need when nothing else of it is shown. */
export interface ArticleLink {
  slug: string;
  title: string;
  url: string;
}

/** `search-meta.json`: what the search page and header need at run time, apart from the index. */
export interface SearchMeta {
  indexHash: string;
  /** `content/search.yml`'s `popular` articles, offered when a search finds nothing. */
  popular: ArticleLink[];
}

/** Everything one build writes, in memory. */
export interface CompiledArtifacts {
  /** `site.json`: categories, data files and every article without its body. */
  site: Content<ArticleMeta>;
  /** `articles/<slug>.json`: one whole article each (metadata, rendered body, Markdown source). */
  articles: Article[];
  /** `search-index.json`: what the browser downloads and the server searches. */
  searchIndex: SerializedIndex;
  searchMeta: SearchMeta;
  /** `paste-catalogue.json`: what the paste box fetches on first use (articles that claim a code, platform codes). */
  pasteCatalogue: PasteCatalogue;
  pasteCatalogueHash: string;
  /** `redirects.json`: `redirectFrom` paths and where they lead. */
  redirects: ContentRedirect[];
  /** `symptom-slugs.json`: every symptom page's slug, for proxy.ts to turn unknown ones away (lib/artifacts/symptom-slugs.ts). */
  symptomSlugs: string[];
}

/**
 * What a build writes: the compiled artifacts and `status-bake.json`, the status component map and
 * hand-written notice (lib/status/bake.ts). The bake reads content/'s status files besides the
 * articles, so it is not part of the pure compilation.
 */
export interface BuiltArtifacts extends CompiledArtifacts {
  statusBake: StatusBake;
}

/** The file names inside an artifacts folder. */
export const ARTIFACT_FILES = {
  manifest: "manifest.json",
  site: "site.json",
  articles: "articles",
  searchIndex: "search-index.json",
  searchMeta: "search-meta.json",
  pasteCatalogue: "paste-catalogue.json",
  categories: "categories.json",
  redirects: "redirects.json",
  symptomSlugs: "symptom-slugs.json",
  statusBake: "status-bake.json",
} as const;
