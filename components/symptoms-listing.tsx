import { Breadcrumbs } from "@/components/breadcrumbs";
import { PageRange, Pagination } from "@/components/pagination";
import { loadListingPage } from "@/lib/listing-routes";
import { LISTED_PER_ITEM } from "@/lib/listings";

/** `/symptoms` and `/symptoms/page/<n>`: every symptom in the words people use, a page at a time. */
export async function SymptomsListing({ page: number }: { page: number | string }) {
  const { page } = await loadListingPage("/symptoms", number);
  return (
    <div className="max-w-3xl">
      <Breadcrumbs trail={page.page === 1 ? [{ name: "Home", href: "/" }, { name: "Symptoms" }] : [{ name: "Home", href: "/" }, { name: "Symptoms", href: "/symptoms" }, { name: `Page ${page.page}` }]} />
      <h1 className="text-3xl font-bold tracking-tight">Symptoms</h1>
      <PageRange page={page} noun="Symptoms" />
      <p className="mt-3 text-lg text-slate-700 dark:text-slate-300">Everything we know how to fix, in the words people use for it.</p>
      <ul className="mt-6 space-y-2">
        {page.items.map((entry) => {
          const named = entry.articles.slice(0, LISTED_PER_ITEM).map((article) => article.title);
          const more = entry.articles.length - named.length;
          return (
            <li key={entry.slug}>
              <a href={entry.url}>{entry.text}</a>
              <span className="text-sm text-slate-600 dark:text-slate-400">
                {" "}
                — {named.join("; ")}
                {more > 0 ? `; and ${more} more` : ""}
              </span>
            </li>
          );
        })}
      </ul>
      <Pagination page={page} label="symptoms" />
    </div>
  );
}
