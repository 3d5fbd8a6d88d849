import Link from "next/link";
import { SearchForm } from "@/components/search-form";
import { getCategories } from "@/lib/artifacts";
import { categoryPath } from "@/lib/routes";

export const metadata = { title: "Page not found", robots: { index: false } };

/**
 * A 404 that still helps: the reader came here with a problem (often from a link in an error
 * response or a ticket), so offer search, the navigator, the error codes and every category.
 */
export default async function NotFound() {
  const categories = await getCategories();
  return (
    <div className="max-w-2xl">
      <p className="font-mono text-sm text-slate-600 dark:text-slate-400">404</p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight">We couldn’t find that page</h1>
      <p className="mt-3 text-lg text-slate-700 dark:text-slate-300">
        The link may be mistyped, or the page may have moved. Search for what you see, or start from one of these.
      </p>
      <SearchForm id="not-found-q" className="mt-6" />
      <ul className="mt-6 list-disc space-y-2 pl-6">
        <li>
          <Link prefetch={false} href="/#start">Pick what you see</Link> in the symptom navigator
        </li>
        <li>
          <Link prefetch={false} href="/errors">Every error code</Link>, with what it means and how to fix it
        </li>
      </ul>
      <h2 className="mt-8 text-xl font-semibold">Browse by area</h2>
      <ul className="mt-3 grid gap-2 sm:grid-cols-2">
        {categories.map((category) => (
          <li key={category.id}>
            <Link prefetch={false} href={categoryPath(category.id)}>{category.name}</Link>
          </li>
        ))}
      </ul>
      <p className="mt-8">
        Still lost? <Link prefetch={false} href="/articles/getting-help">Here is how to get help</Link>.
      </p>
    </div>
  );
}
