import { createHash } from "node:crypto";
import { toArticleMeta } from "../content/article";
import { findArticle } from "../content/queries";
import { contentRedirects } from "../content/redirect-map";
import type { Article, Content } from "../content/types";
import { buildContentIndex } from "../search/content-index";
import type { CompiledArtifacts } from "./types";

/** The artifacts of loaded, valid content: pure, so tests and `next dev` run it without files. */
export function compileArtifacts(content: Content<Article>): CompiledArtifacts {
  const site = { ...content, articles: content.articles.map(toArticleMeta) };
  const searchIndex = buildContentIndex(content);
  const indexHash = createHash("sha256").update(JSON.stringify(searchIndex)).digest("hex").slice(0, 16);
  const popular = content.search.popular.flatMap((slug) => {
    const article = findArticle(site, slug);
    return article ? [{ slug: article.slug, title: article.title, url: article.url }] : [];
  });
  return { site, articles: content.articles, searchIndex, searchMeta: { indexHash, popular }, redirects: contentRedirects(content) };
}
