import { CatalogueFilter } from "@/components/catalogue-filter";
import { CopyLinks } from "@/components/copy-links";
import { Pagination } from "@/components/pagination";
import type { Category } from "@/lib/content/schema";
import type { ArticleMeta } from "@/lib/content/types";
import type { ListingPage } from "@/lib/listings";

const cell = "py-2 pr-4 align-top max-md:block max-md:py-1 max-md:pr-0 max-md:before:block max-md:before:text-xs max-md:before:font-semibold max-md:before:content-[attr(data-label)]";

/** One page of the catalogue support admins work from: its articles, filterable, each with its copy buttons. */
export function ArticleCatalogue({ page, categories }: { page: ListingPage<ArticleMeta>; categories: Category[] }) {
  const articles = page.items;
  const findCategory = (id: string) => categories.find((category) => category.id === id);
  return (
    <>
      <CatalogueFilter tableId="article-catalogue" total={articles.length} siteTotal={page.pages > 1 ? page.total : undefined} />
      <table id="article-catalogue" className="mt-4 w-full border-collapse text-left text-sm max-md:block">
        <caption className="sr-only">All articles</caption>
        <thead className="max-md:hidden">
          <tr className="border-b border-slate-300 dark:border-slate-700">
            <th scope="col" className="py-2 pr-4">Article</th>
            <th scope="col" className="py-2 pr-4">Category</th>
            <th scope="col" className="py-2 pr-4">Symptoms</th>
            <th scope="col" className="py-2 pr-4">Error codes</th>
            <th scope="col" className="py-2">Updated</th>
          </tr>
        </thead>
        <tbody className="max-md:block">
          {articles.map((article) => {
            const category = findCategory(article.category);
            const filterText = [article.title, article.summary, category?.name, ...article.symptoms, ...article.errorCodes].join(" ").toLowerCase();
            return (
              <tr key={article.slug} data-filter={filterText} className="border-b border-slate-200 dark:border-slate-800 max-md:block max-md:py-3">
                <th scope="row" className="py-2 pr-4 text-left align-top font-normal max-md:block max-md:pr-0">
                  <a href={article.url} className="font-semibold">
                    {article.title}
                  </a>
                  <p className="mt-1 text-slate-600 dark:text-slate-400">{article.summary}</p>
                  <div className="mt-2">
                    <CopyLinks path={article.url} articleTitle={article.title} summary={article.summary} />
                  </div>
                </th>
                <td className={cell} data-label="Category">
                  {category?.name}
                </td>
                <td className={cell} data-label="Symptoms">
                  {article.symptoms.length > 0 ? (
                    <ul className="list-disc pl-4">
                      {article.symptoms.map((symptom) => (
                        <li key={symptom}>{symptom}</li>
                      ))}
                    </ul>
                  ) : (
                    "—"
                  )}
                </td>
                <td className={cell} data-label="Error codes">
                  {article.errorCodes.length > 0 ? <span className="font-mono">{article.errorCodes.join(", ")}</span> : "—"}
                </td>
                <td className={cell} data-label="Updated">
                  {article.updated ? <time dateTime={article.updated}>{article.updated}</time> : "—"}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <Pagination page={page} label="the article catalogue" />
    </>
  );
}
