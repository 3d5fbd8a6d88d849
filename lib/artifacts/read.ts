import fs from "node:fs";
import path from "node:path";
import type { ContentRedirect } from "../content/redirect-map";
import type { Category } from "../content/schema";
import type { Article, ArticleMeta, Content } from "../content/types";
import { SLUG_PATTERN } from "../patterns";
import type { PasteCatalogue } from "../paste/catalogue";
import type { SerializedIndex } from "../search/types";
import type { StatusBake } from "../status/types";
import { ARTIFACT_FILES, ARTIFACTS_VERSION, type BuiltArtifacts, type Manifest, type SearchMeta } from "./types";

/** Read access to one build's artifacts. Whole-site files are parsed once and kept; articles are read on demand. */
export interface ArtifactReader {
  manifest(): Manifest;
  /** Categories, data files and every article's metadata (no bodies). */
  site(): Content<ArticleMeta>;
  /** One whole article (rendered body and Markdown source), or undefined for an unknown slug. */
  article(slug: string): Article | undefined;
  searchIndex(): SerializedIndex;
  searchMeta(): SearchMeta;
  /** What the paste box fetches on first use; its hash is the manifest's `pasteCatalogueHash`. */
  pasteCatalogue(): PasteCatalogue;
  /** The categories alone: what the 404 page lists, without the whole site. */
  categories(): Category[];
  redirects(): ContentRedirect[];
  /** Every symptom page's slug (decoded, as in a symptom's URL before percent-encoding). */
  symptomSlugs(): string[];
  /** The status component map (each component's articles spelled out) and the hand-written notice. */
  statusBake(): StatusBake;
}

export class MissingArtifactsError extends Error {
  constructor(dir: string, reason: string) {
    super(`The content build artifacts in ${dir} ${reason}. Run \`npm run content:build\` (\`npm run build\` does it first).`);
    this.name = "MissingArtifactsError";
  }
}

/** A reader over the artifacts folder `dir` (see `artifactsDir()`), as `writeArtifacts` left it. */
export function fileArtifactReader(dir: string): ArtifactReader {
  const cache = new Map<string, unknown>();
  const readJson = <T>(name: string): T => {
    const file = path.join(dir, name);
    if (!fs.existsSync(file)) throw new MissingArtifactsError(dir, `have no ${name}`);
    return JSON.parse(fs.readFileSync(file, "utf8")) as T;
  };
  const once = <T>(name: string): T => {
    if (!cache.has(name)) cache.set(name, readJson<T>(name));
    return cache.get(name) as T;
  };
  const manifest = () => {
    const value = once<Manifest>(ARTIFACT_FILES.manifest);
    if (value.version !== ARTIFACTS_VERSION) throw new MissingArtifactsError(dir, `are version ${value.version}, this code reads version ${ARTIFACTS_VERSION}`);
    return value;
  };
  const checked = <T>(name: string): T => {
    manifest();
    return once<T>(name);
  };
  return {
    manifest,
    site: () => checked(ARTIFACT_FILES.site),
    searchIndex: () => checked(ARTIFACT_FILES.searchIndex),
    searchMeta: () => checked(ARTIFACT_FILES.searchMeta),
    pasteCatalogue: () => checked(ARTIFACT_FILES.pasteCatalogue),
    categories: () => checked(ARTIFACT_FILES.categories),
    redirects: () => checked(ARTIFACT_FILES.redirects),
    symptomSlugs: () => checked(ARTIFACT_FILES.symptomSlugs),
    statusBake: () => checked(ARTIFACT_FILES.statusBake),
    article: (slug) => {
      manifest();
      // The slug comes from a URL: only a slug's shape may become a file name (no `../`).
      if (!SLUG_PATTERN.test(slug)) return undefined;
      const file = path.join(dir, ARTIFACT_FILES.articles, `${slug}.json`);
      return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, "utf8")) as Article) : undefined;
    },
  };
}

/** A reader over artifacts held in memory (`next dev`, tests): the same interface, no files. */
export function memoryArtifactReader(compiled: BuiltArtifacts, manifest: Manifest): ArtifactReader {
  const bySlug = new Map(compiled.articles.map((article) => [article.slug, article]));
  return {
    manifest: () => manifest,
    site: () => compiled.site,
    article: (slug) => bySlug.get(slug),
    searchIndex: () => compiled.searchIndex,
    searchMeta: () => compiled.searchMeta,
    pasteCatalogue: () => compiled.pasteCatalogue,
    categories: () => compiled.site.categories,
    redirects: () => compiled.redirects,
    symptomSlugs: () => compiled.symptomSlugs,
    statusBake: () => compiled.statusBake,
  };
}
