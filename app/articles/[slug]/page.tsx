import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AnchorAliases } from "@/components/anchor-aliases";
import { ArticleBody } from "@/components/article-body";
import { ArticleFeedback } from "@/components/article-feedback";
import { ArticleHeader } from "@/components/article-header";
import { ArticleList } from "@/components/article-list";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { RecordView } from "@/components/record-view";
import { StatusNotice } from "@/components/status-notice";
import { StillStuck } from "@/components/still-stuck";
import { SymptomList } from "@/components/symptom-list";
import { TableOfContents } from "@/components/table-of-contents";
import { getArticle, getSite, getStatusBake } from "@/lib/artifacts";
import { findArticle, findCategory, relatedArticles } from "@/lib/content/queries";
import { articleMarkdownPath, categoryPath } from "@/lib/routes";
import { componentsForArticles } from "@/lib/status/concerns";

export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getSite()).articles.map((article) => ({ slug: article.slug }));
}

export async function generateMetadata(props: PageProps<"/articles/[slug]">): Promise<Metadata> {
  const { slug } = await props.params;
  const article = findArticle((await getSite()), slug);
  if (!article) return {};
  return {
    title: article.title,
    description: article.summary,
    alternates: { canonical: article.url, types: { "text/markdown": articleMarkdownPath(article.slug) } },
    openGraph: { type: "article", title: article.title, description: article.summary, url: article.url, modifiedTime: article.updated },
  };
}

export default async function ArticlePage(props: PageProps<"/articles/[slug]">) {
  const { slug } = await props.params;
  const content = await getSite();
  const article = await getArticle(slug);
  const category = article && findCategory(content, article.category);
  if (!article || !category) notFound();
  const related = relatedArticles(content, article);
  const statusComponents = componentsForArticles((await getStatusBake()).components, [article.slug]);

  return (
    <>
      <Breadcrumbs trail={[{ name: "Home", href: "/" }, { name: category.name, href: categoryPath(category.id) }, { name: article.title }]} />
      <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_16rem] lg:gap-10">
        <article className="min-w-0">
          <ArticleHeader article={article} category={category} />
          <details className="no-print mb-8 rounded-lg border border-slate-200 p-4 lg:hidden dark:border-slate-800">
            <summary className="cursor-pointer font-semibold">On this page</summary>
            <div className="mt-3">
              <TableOfContents headings={article.toc} showHeading={false} />
            </div>
          </details>
          <SymptomList symptoms={article.symptoms} firstSolutionId={article.solutions[0]?.id} />
          {statusComponents.length > 0 && <StatusNotice components={statusComponents} className="no-print mb-8" />}
          <ArticleBody article={article} />
          {Object.keys(article.anchors).length > 0 && <AnchorAliases aliases={article.anchors} />}
          <ArticleFeedback article={article.slug} />
          <StillStuck article={article} />
          <RecordView article={article.slug} />
          {related.length > 0 && (
            <section aria-labelledby="related-heading" className="no-print mt-12">
              <h2 id="related-heading" className="mb-4 text-xl font-semibold">
                Related articles
              </h2>
              <ArticleList articles={related} />
            </section>
          )}
        </article>
        <aside className="no-print hidden lg:block">
          <div className="sticky top-24 max-h-[calc(100vh-7rem)] overflow-y-auto">
            <TableOfContents headings={article.toc} />
          </div>
        </aside>
      </div>
    </>
  );
}
