import { ArticleList } from "@/components/article-list";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { PageRange, Pagination } from "@/components/pagination";
import { loadCategoryPage } from "@/lib/detail-page-routes";
import { categoryPath } from "@/lib/routes";

/** `/categories/<id>` and `/categories/<id>/page/<n>`: a category's articles, a page at a time. */
export async function CategoryListing({ id, page: number }: { id: string; page: number | string }) {
  const { category, page } = await loadCategoryPage(id, number);
  const home = { name: "Home", href: "/" };
  return (
    <>
      <Breadcrumbs trail={page.page === 1 ? [home, { name: category.name }] : [home, { name: category.name, href: categoryPath(category.id) }, { name: `Page ${page.page}` }]} />
      <h1 className="text-3xl font-bold tracking-tight">{category.name}</h1>
      <PageRange page={page} noun="Articles" />
      <p className="mt-2 mb-8 text-lg text-slate-700 dark:text-slate-300">{category.description}</p>
      <ArticleList articles={page.items} headingLevel={2} />
      <Pagination page={page} label={`${category.name} articles`} />
    </>
  );
}
