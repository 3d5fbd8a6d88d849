import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { SolutionSteps } from "@/components/solution-steps";
import { StatusNotice } from "@/components/status-notice";
import { getSite } from "@/lib/artifacts";
import { errorEntries, findErrorEntry, type ErrorEntry } from "@/lib/content/error-entries";
import { bakedStatus } from "@/lib/status/baked";
import { componentsForCodePage } from "@/lib/status/concerns";

// Unknown codes get the site's 404 page, which offers search, the navigator and the code list.
// (Rendering notFound() on demand would serve a blank shell without JavaScript: vercel/next.js#95613.)
export const dynamicParams = false;

export async function generateStaticParams() {
  return errorEntries(await getSite()).map((entry) => ({ code: entry.code }));
}

function heading(entry: ErrorEntry): string {
  return entry.kind === "http" ? `${entry.code} ${entry.name}` : entry.code;
}

export async function generateMetadata(props: PageProps<"/errors/[code]">): Promise<Metadata> {
  const { code } = await props.params;
  const entry = findErrorEntry((await getSite()), code);
  if (!entry) return {};
  return {
    title: heading(entry),
    description: entry.meaning,
    alternates: { canonical: entry.url },
    openGraph: { title: heading(entry), description: entry.meaning, url: entry.url },
  };
}

/** The stable page for one code: the platform's API links here from its error responses. */
export default async function ErrorCodePage(props: PageProps<"/errors/[code]">) {
  const { code } = await props.params;
  const content = await getSite();
  const entry = findErrorEntry(content, code);
  if (!entry) notFound();
  const related = errorEntries(content).filter((other) => other.kind === "platform" && String(other.status) === entry.code);
  const choose = entry.fixes.length > 1;
  const statusComponents = componentsForCodePage(bakedStatus().components, entry.code, entry.fixes.map((fix) => fix.article.slug));

  return (
    <div className="max-w-3xl">
      <Breadcrumbs trail={[{ name: "Home", href: "/" }, { name: "Error codes", href: "/errors" }, { name: entry.code }]} />
      <p className="text-sm font-medium text-slate-600 dark:text-slate-400">
        {entry.kind === "http" ? "HTTP status" : `Platform error code${entry.status ? ` · sent with HTTP ${entry.status}` : ""}`}
      </p>
      <h1 className="font-mono text-3xl font-bold tracking-tight break-words">{heading(entry)}</h1>
      {entry.kind === "platform" && <p className="mt-1 font-semibold">{entry.name}</p>}
      <p className="mt-3 text-lg text-slate-700 dark:text-slate-300">{entry.meaning}</p>
      {statusComponents.length > 0 && <StatusNotice components={statusComponents} className="no-print mt-6" />}

      <h2 className="mt-8 text-2xl font-semibold">{choose ? "Which one is it?" : "How to fix it"}</h2>
      {choose && <p className="mt-1 text-slate-700 dark:text-slate-300">This code has more than one cause. Pick the description that matches what you see.</p>}
      <ul className="mt-4 grid gap-4">
        {entry.fixes.map((fix) => (
          <li key={fix.article.slug} className="rounded-xl border border-slate-200 p-5 dark:border-slate-800">
            <h3 className="text-xl font-semibold">
              <Link prefetch={false} href={fix.url}>{fix.article.title}</Link>
            </h3>
            <p className="mt-1 text-slate-600 dark:text-slate-400">{fix.article.summary}</p>
            {fix.step && (
              <p className="mt-3">
                Start here:{" "}
                <Link prefetch={false} href={fix.url} className="font-medium">
                  {fix.step.title}
                </Link>
              </p>
            )}
            <SolutionSteps article={fix.article} />
          </li>
        ))}
      </ul>

      {related.length > 0 && (
        <section aria-labelledby="related-codes" className="mt-10">
          <h2 id="related-codes" className="text-xl font-semibold">
            Platform codes sent with {entry.code}
          </h2>
          <p className="mt-1 text-slate-600 dark:text-slate-400">The error body&apos;s <code>code</code> field narrows it down:</p>
          <ul className="mt-3 space-y-1">
            {related.map((other) => (
              <li key={other.code}>
                <Link prefetch={false} href={other.url} className="font-mono">
                  {other.code}
                </Link>{" "}
                — {other.meaning}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
