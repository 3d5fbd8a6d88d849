import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { getSite } from "@/lib/artifacts";
import { symptomEntries } from "@/lib/content/symptoms";

export const metadata: Metadata = {
  title: "Symptoms",
  description: "Everything the help center knows how to fix, in the words people use for it.",
  alternates: { canonical: "/symptoms" },
};

export default async function SymptomsPage() {
  const entries = symptomEntries(await getSite()).sort((a, b) => a.text.localeCompare(b.text));
  return (
    <div className="max-w-3xl">
      <Breadcrumbs trail={[{ name: "Home", href: "/" }, { name: "Symptoms" }]} />
      <h1 className="text-3xl font-bold tracking-tight">Symptoms</h1>
      <p className="mt-3 text-lg text-slate-700 dark:text-slate-300">Everything we know how to fix, in the words people use for it.</p>
      <ul className="mt-6 space-y-2">
        {entries.map((entry) => (
          <li key={entry.slug}>
            <Link prefetch={false} href={entry.url}>{entry.text}</Link>
            <span className="text-sm text-slate-600 dark:text-slate-400"> — {entry.articles.map((article) => article.title).join("; ")}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
