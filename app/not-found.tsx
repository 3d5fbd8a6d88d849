import Link from "next/link";
import { getContent } from "@/lib/content";
import { categoryPath } from "@/lib/routes";

export const metadata = { title: "Page not found", robots: { index: false } };

/** A 404 that still helps: the way home and every category, since the reader came here with a problem. */
export default function NotFound() {
  const { categories } = getContent();
  return (
    <div className="max-w-2xl">
      <p className="font-mono text-sm text-slate-600 dark:text-slate-400">404</p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight">We couldn’t find that page</h1>
      <p className="mt-3 text-lg text-slate-700 dark:text-slate-300">
        The link may be mistyped, or the page may have moved. Start from the <Link href="/">help center home</Link>, or
        pick the area your problem is in:
      </p>
      <ul className="mt-6 grid gap-2 sm:grid-cols-2">
        {categories.map((category) => (
          <li key={category.id}>
            <Link href={categoryPath(category.id)}>{category.name}</Link>
          </li>
        ))}
      </ul>
      <p className="mt-8">
        Still lost? <Link href="/articles/getting-help">Here is how to get help</Link>.
      </p>
    </div>
  );
}
