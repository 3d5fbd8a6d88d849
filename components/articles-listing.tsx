import { ArticleCatalogue } from "@/components/article-catalogue";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { PageRange } from "@/components/pagination";
import { loadListingPage } from "@/lib/listing-routes";

/** `/articles` and `/articles/page/<n>`: the catalogue for support admins, one page of it. */
export async function ArticlesListing({ page: number }: { page: number | string }) {
  const { content, page } = await loadListingPage("/articles", number);
  return (
    <div>
      <Breadcrumbs trail={page.page === 1 ? [{ name: "Home", href: "/" }, { name: "All articles" }] : [{ name: "Home", href: "/" }, { name: "All articles", href: "/articles" }, { name: `Page ${page.page}` }]} />
      <h1 className="text-3xl font-bold tracking-tight">All articles</h1>
      <PageRange page={page} noun="Articles" />
      <p className="mt-3 text-lg text-slate-700 dark:text-slate-300">
        Every article, with what people see and the codes it fixes. Tools can read the same list at{" "}
        <a href="/articles.json">/articles.json</a>.
      </p>
      <ArticleCatalogue page={page} categories={content.categories} />
    </div>
  );
}
