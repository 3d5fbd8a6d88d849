import "server-only";
import type { Category } from "../content/schema";
import type { Article, ArticleMeta, Content } from "../content/types";
import type { PasteCatalogue } from "../paste/catalogue";
import type { SerializedIndex } from "../search/types";
import type { StatusBake } from "../status/types";
import { currentArtifacts } from "./current";
import type { SearchMeta } from "./types";

/**
 * The door from `app/` to the content: pages at build time and route handlers at run time read
 * the artifacts `npm run content:build` wrote (see README, "Build artifacts"), never `content/`.
 * Nothing here renders or validates. Under `next dev` the same artifacts are compiled in memory
 * from `content/` instead, so edits show without a build (see `currentArtifacts`).
 */

/** Categories, data files (search vocabulary, error catalogue, navigator) and every article's metadata. */
export async function getSite(): Promise<Content<ArticleMeta>> {
  return (await currentArtifacts()).site();
}

/** One whole article: metadata, rendered body parts and its Markdown source. Undefined for an unknown slug. */
export async function getArticle(slug: string): Promise<Article | undefined> {
  return (await currentArtifacts()).article(slug);
}

/** The serialized search index (what `/search-index.json` serves and the server searches). */
export async function getSearchIndex(): Promise<SerializedIndex> {
  return (await currentArtifacts()).searchIndex();
}

/** The categories alone (small): for pages that may render per request, such as the 404. */
export async function getCategories(): Promise<Category[]> {
  return (await currentArtifacts()).categories();
}

/** The index's content hash and the articles offered when a search finds nothing: small, for every search page. */
export async function getSearchMeta(): Promise<SearchMeta> {
  return (await currentArtifacts()).searchMeta();
}

/** The paste box's catalogue: articles that claim a code and the platform codes (served, never a page prop). */
export async function getPasteCatalogue(): Promise<PasteCatalogue> {
  return (await currentArtifacts()).pasteCatalogue();
}

/** The paste catalogue's content hash: its file name under `/paste-catalogue/`. */
export async function getPasteCatalogueHash(): Promise<string> {
  return (await currentArtifacts()).manifest().pasteCatalogueHash;
}

/** The status component map and the hand-written notice, baked by content:build (lib/status/bake.ts). */
export async function getStatusBake(): Promise<StatusBake> {
  return (await currentArtifacts()).statusBake();
}
