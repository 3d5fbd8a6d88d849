import { Breadcrumbs } from "@/components/breadcrumbs";
import { PageRange, Pagination } from "@/components/pagination";
import { SolutionSteps } from "@/components/solution-steps";
import { StatusNotice } from "@/components/status-notice";
import { loadSymptomPage } from "@/lib/detail-page-routes";
import { getStatusBake } from "@/lib/artifacts";
import { componentsForArticles } from "@/lib/status/concerns";

/**
 * `/symptoms/<slug>` and `/symptoms/<slug>/page/<n>`: the articles for what people see, in order, a
 * page of them at a time (a symptom thousands of articles share would otherwise be megabytes).
 */
export async function SymptomListing({ slug, page: number }: { slug: string; page: number | string }) {
  const { entry, page } = await loadSymptomPage(slug, number);
  const many = entry.articles.length > 1;
  const statusComponents = componentsForArticles((await getStatusBake()).components, entry.articles.map((article) => article.slug));
  const trail = [{ name: "Home", href: "/" }, { name: "Symptoms", href: "/symptoms" }];

  return (
    <div className="max-w-3xl">
      <Breadcrumbs trail={page.page === 1 ? [...trail, { name: entry.text }] : [...trail, { name: entry.text, href: entry.url }, { name: `Page ${page.page}` }]} />
      <p className="text-sm font-medium text-slate-600 dark:text-slate-400">You see</p>
      <h1 className="text-3xl font-bold tracking-tight">{entry.text}</h1>
      <p className="mt-3 text-lg text-slate-700 dark:text-slate-300">
        {many ? `${entry.articles.length} problems look like this. Pick the one that matches, then try its steps in order.` : "Try these steps in order; the most likely fix is first."}
      </p>
      <PageRange page={page} noun="Articles" />
      {statusComponents.length > 0 && <StatusNotice components={statusComponents} className="no-print mt-6" />}
      <ul className="mt-8 grid gap-4">
        {page.items.map((article) => (
          <li key={article.slug} className="rounded-xl border border-slate-200 p-5 dark:border-slate-800">
            <h2 className="text-xl font-semibold">
              <a href={article.url}>{article.title}</a>
            </h2>
            <p className="mt-1 text-slate-600 dark:text-slate-400">{article.summary}</p>
            <SolutionSteps article={article} />
          </li>
        ))}
      </ul>
      <Pagination page={page} label="articles for this symptom" />
    </div>
  );
}
