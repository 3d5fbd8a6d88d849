import { Breadcrumbs } from "@/components/breadcrumbs";
import { PageRange, Pagination } from "@/components/pagination";
import { SolutionSteps } from "@/components/solution-steps";
import { StatusNotice } from "@/components/status-notice";
import { errorEntries, type ErrorEntry } from "@/lib/content/error-entries";
import { loadCodePage } from "@/lib/detail-page-routes";
import { errorPath } from "@/lib/routes";
import { getStatusBake } from "@/lib/artifacts";
import { componentsForCodePage } from "@/lib/status/concerns";

export function codeHeading(entry: ErrorEntry): string {
  return entry.kind === "http" ? `${entry.code} ${entry.name}` : entry.code;
}

/**
 * `/errors/<code>` and `/errors/<code>/page/<n>`: what the code means and the articles that fix it,
 * a page of them at a time (a code thousands of articles claim would otherwise be megabytes). The
 * platform codes sent with an HTTP status are on the first page, under its fixes.
 */
export async function ErrorCodeListing({ code, page: number }: { code: string; page: number | string }) {
  const { content, entry, page } = await loadCodePage(code, number);
  const related = page.page === 1 ? errorEntries(content).filter((other) => other.kind === "platform" && String(other.status) === entry.code) : [];
  const choose = entry.fixes.length > 1;
  const statusComponents = componentsForCodePage((await getStatusBake()).components, entry.code, entry.fixes.map((fix) => fix.article.slug));
  const trail = [{ name: "Home", href: "/" }, { name: "Error codes", href: "/errors" }];

  return (
    <div className="max-w-3xl">
      <Breadcrumbs trail={page.page === 1 ? [...trail, { name: entry.code }] : [...trail, { name: entry.code, href: errorPath(entry.code) }, { name: `Page ${page.page}` }]} />
      <p className="text-sm font-medium text-slate-600 dark:text-slate-400">
        {entry.kind === "http" ? "HTTP status" : `Platform error code${entry.status ? ` · sent with HTTP ${entry.status}` : ""}`}
      </p>
      <h1 className="font-mono text-3xl font-bold tracking-tight break-words">{codeHeading(entry)}</h1>
      {entry.kind === "platform" && <p className="mt-1 font-semibold">{entry.name}</p>}
      <p className="mt-3 text-lg text-slate-700 dark:text-slate-300">{entry.meaning}</p>
      {statusComponents.length > 0 && <StatusNotice components={statusComponents} className="no-print mt-6" />}

      <h2 className="mt-8 text-2xl font-semibold">{choose ? "Which one is it?" : "How to fix it"}</h2>
      {choose && <p className="mt-1 text-slate-700 dark:text-slate-300">This code has more than one cause. Pick the description that matches what you see.</p>}
      <PageRange page={page} noun="Articles" />
      <ul className="mt-4 grid gap-4">
        {page.items.map((fix) => (
          <li key={fix.article.slug} className="rounded-xl border border-slate-200 p-5 dark:border-slate-800">
            <h3 className="text-xl font-semibold">
              <a href={fix.url}>{fix.article.title}</a>
            </h3>
            <p className="mt-1 text-slate-600 dark:text-slate-400">{fix.article.summary}</p>
            {fix.step && (
              <p className="mt-3">
                Start here:{" "}
                <a href={fix.url} className="font-medium">
                  {fix.step.title}
                </a>
              </p>
            )}
            <SolutionSteps article={fix.article} />
          </li>
        ))}
      </ul>
      <Pagination page={page} label={`articles for ${entry.code}`} />

      {related.length > 0 && (
        <section aria-labelledby="related-codes" className="mt-10">
          <h2 id="related-codes" className="text-xl font-semibold">
            Platform codes sent with {entry.code}
          </h2>
          <p className="mt-1 text-slate-600 dark:text-slate-400">The error body&apos;s <code>code</code> field narrows it down:</p>
          <ul className="mt-3 space-y-1">
            {related.map((other) => (
              <li key={other.code}>
                <a href={other.url} className="font-mono">
                  {other.code}
                </a>{" "}
                — {other.meaning}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
