import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { SolutionSteps } from "@/components/solution-steps";
import { StatusNotice } from "@/components/status-notice";
import { getSite } from "@/lib/artifacts";
import { findSymptom, symptomEntries } from "@/lib/content/symptoms";
import { bakedStatus } from "@/lib/status/baked";
import { componentsForArticles } from "@/lib/status/concerns";

export const dynamicParams = false;

export async function generateStaticParams() {
  return symptomEntries(await getSite()).map((entry) => ({ symptom: entry.slug }));
}

export async function generateMetadata(props: PageProps<"/symptoms/[symptom]">): Promise<Metadata> {
  const { symptom } = await props.params;
  const entry = findSymptom((await getSite()), symptom);
  if (!entry) return {};
  const description = `What to do when you see “${entry.text}”: ${entry.articles.map((article) => article.title).join(", ")}.`;
  return { title: entry.text, description, alternates: { canonical: entry.url }, openGraph: { title: entry.text, description, url: entry.url } };
}

/** One stable URL per symptom, so support can link what the user sees; it lists the fixes in order. */
export default async function SymptomPage(props: PageProps<"/symptoms/[symptom]">) {
  const { symptom } = await props.params;
  const entry = findSymptom((await getSite()), symptom);
  if (!entry) notFound();
  const many = entry.articles.length > 1;
  const statusComponents = componentsForArticles(bakedStatus().components, entry.articles.map((article) => article.slug));

  return (
    <div className="max-w-3xl">
      <Breadcrumbs trail={[{ name: "Home", href: "/" }, { name: "Symptoms", href: "/symptoms" }, { name: entry.text }]} />
      <p className="text-sm font-medium text-slate-600 dark:text-slate-400">You see</p>
      <h1 className="text-3xl font-bold tracking-tight">{entry.text}</h1>
      <p className="mt-3 text-lg text-slate-700 dark:text-slate-300">
        {many ? `${entry.articles.length} problems look like this. Pick the one that matches, then try its steps in order.` : "Try these steps in order; the most likely fix is first."}
      </p>
      {statusComponents.length > 0 && <StatusNotice components={statusComponents} className="no-print mt-6" />}
      <ul className="mt-8 grid gap-4">
        {entry.articles.map((article) => (
          <li key={article.slug} className="rounded-xl border border-slate-200 p-5 dark:border-slate-800">
            <h2 className="text-xl font-semibold">
              <Link prefetch={false} href={article.url}>{article.title}</Link>
            </h2>
            <p className="mt-1 text-slate-600 dark:text-slate-400">{article.summary}</p>
            <SolutionSteps article={article} />
          </li>
        ))}
      </ul>
    </div>
  );
}
