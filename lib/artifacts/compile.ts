import { createHash } from "node:crypto";
import { toArticleMeta } from "../content/article";
import { findArticle } from "../content/queries";
import { contentRedirects } from "../content/redirect-map";
import { symptomEntries } from "../content/symptoms";
import type { Article, Content } from "../content/types";
import { pasteCatalogue } from "../paste/catalogue";
import { buildContentIndex } from "../search/content-index";
import type { CompiledArtifacts } from "./types";

/** The artifacts of loaded, valid content: pure, so tests and `next dev` run it without files. */
export function compileArtifacts(content: Content<Article>): CompiledArtifacts {
  const site = { ...content, articles: content.articles.map(toArticleMeta) };
  const searchIndex = buildContentIndex(content);
  const indexHash = hashOf(searchIndex);
  const paste = pasteCatalogue(site);
  const popular = content.search.popular.flatMap((slug) => {
    const article = findArticle(site, slug);
    return article ? [{ slug: article.slug, title: article.title, url: article.url }] : [];
  });
  return {
    site,
    articles: content.articles,
    searchIndex,
    searchMeta: { indexHash, popular },
    pasteCatalogue: paste,
    pasteCatalogueHash: hashOf(paste),
    redirects: contentRedirects(content),
    symptomSlugs: symptomEntries(site).map((entry) => entry.slug),
  };
}

/** A file's name for caching forever: the first 16 hex digits of its JSON's SHA-256. */
const hashOf = (value: unknown): string => createHash("sha256").update(JSON.stringify(value)).digest("hex").slice(0, 16);
