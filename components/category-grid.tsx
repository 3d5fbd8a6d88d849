import Link from "next/link";
import type { Category } from "@/lib/content/schema";
import { categoryPath } from "@/lib/routes";

export function CategoryGrid({ categories, counts }: { categories: Category[]; counts: Record<string, number> }) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {categories.map((category) => (
        <li key={category.id} className="rounded-xl border border-slate-200 p-5 dark:border-slate-800">
          <h3 className="text-lg font-semibold">
            <Link prefetch={false} href={categoryPath(category.id)}>{category.name}</Link>
          </h3>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{category.description}</p>
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
            {counts[category.id] ?? 0} article{counts[category.id] === 1 ? "" : "s"}
          </p>
        </li>
      ))}
    </ul>
  );
}
