import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { ErrorCodeTable } from "@/components/error-code-table";
import { PasteError } from "@/components/paste-error";
import { getSite } from "@/lib/artifacts";
import { errorEntries } from "@/lib/content/error-entries";
import { getPasteCatalogueUrl } from "@/lib/paste/server";
import { getSearchIndexUrl } from "@/lib/search/server";

export const metadata: Metadata = {
  title: "Error codes",
  description: "Every HTTP status and platform error code the AIaaS API returns, what it means, and how to fix it.",
  alternates: { canonical: "/errors" },
};

export default async function ErrorsPage() {
  const content = await getSite();
  const entries = errorEntries(content);
  return (
    <div className="max-w-4xl">
      <Breadcrumbs trail={[{ name: "Home", href: "/" }, { name: "Error codes" }]} />
      <h1 className="text-3xl font-bold tracking-tight">Error codes</h1>
      <p className="mt-3 text-lg text-slate-700 dark:text-slate-300">
        Every code the platform returns, what it means, and the step that fixes it. Each has its own page at{" "}
        <code>/errors/&lt;code&gt;</code>; tools can read the whole list at <a href="/errors.json">/errors.json</a>.
      </p>
      <section aria-labelledby="paste-title" className="mt-8">
        <h2 id="paste-title" className="text-2xl font-semibold">
          Paste your error
        </h2>
        <PasteError catalogueUrl={await getPasteCatalogueUrl()} indexUrl={await getSearchIndexUrl()} />
      </section>
      <div className="mt-10 space-y-10">
        <ErrorCodeTable caption="HTTP statuses" entries={entries.filter((entry) => entry.kind === "http")} />
        <ErrorCodeTable caption="Platform error codes" entries={entries.filter((entry) => entry.kind === "platform")} />
      </div>
    </div>
  );
}
