import { Breadcrumbs } from "@/components/breadcrumbs";
import { ErrorCodeTable } from "@/components/error-code-table";
import { PageRange, Pagination } from "@/components/pagination";
import { PasteError } from "@/components/paste-error";
import { loadListingPage } from "@/lib/listing-routes";
import { getPasteCatalogueUrl } from "@/lib/paste/server";
import { getSearchIndexUrl } from "@/lib/search/server";

/** `/errors` and `/errors/page/<n>`: every code, a page at a time; the paste box on the first. */
export async function ErrorsListing({ page: number }: { page: number | string }) {
  const { page } = await loadListingPage("/errors", number);
  const http = page.items.filter((entry) => entry.kind === "http");
  const platform = page.items.filter((entry) => entry.kind === "platform");
  return (
    <div className="max-w-4xl">
      <Breadcrumbs trail={page.page === 1 ? [{ name: "Home", href: "/" }, { name: "Error codes" }] : [{ name: "Home", href: "/" }, { name: "Error codes", href: "/errors" }, { name: `Page ${page.page}` }]} />
      <h1 className="text-3xl font-bold tracking-tight">Error codes</h1>
      <PageRange page={page} noun="Codes" />
      <p className="mt-3 text-lg text-slate-700 dark:text-slate-300">
        Every code the platform returns, what it means, and the step that fixes it. Each has its own page at{" "}
        <code>/errors/&lt;code&gt;</code>; tools can read the whole list at <a href="/errors.json">/errors.json</a>.
      </p>
      {page.page === 1 && (
        <section aria-labelledby="paste-title" className="mt-8">
          <h2 id="paste-title" className="text-2xl font-semibold">
            Paste your error
          </h2>
          <PasteError catalogueUrl={await getPasteCatalogueUrl()} indexUrl={await getSearchIndexUrl()} />
        </section>
      )}
      <div className="mt-10 space-y-10">
        {http.length > 0 && <ErrorCodeTable caption="HTTP statuses" entries={http} />}
        {platform.length > 0 && <ErrorCodeTable caption="Platform error codes" entries={platform} />}
      </div>
      <Pagination page={page} label="error codes" />
    </div>
  );
}
