import Link from "next/link";
import type { Article } from "@/lib/content/types";
import { getPasteCatalogueUrl } from "@/lib/paste/server";
import { STILL_STUCK_ID } from "@/lib/markdown/plugins/extract-still-stuck";
import { absoluteUrl, site } from "@/lib/site";
import { StillStuckPanel } from "./still-stuck-panel";

/**
 * The article's footer: its own "Still stuck?" advice (from the Markdown), the escalation order
 * that applies everywhere (the organization administrator first, then platform support), and the
 * panel that builds a support request from what the reader tried.
 */
export async function StillStuck({ article }: { article: Article }) {
  return (
    <section aria-labelledby={STILL_STUCK_ID} className="mt-12 rounded-xl border border-slate-200 bg-slate-50 p-6 dark:border-slate-800 dark:bg-slate-900">
      <h2 id={STILL_STUCK_ID} className="text-xl font-semibold">
        Still stuck?
      </h2>
      {article.stillStuckHtml && <div className="article-body mt-3" dangerouslySetInnerHTML={{ __html: article.stillStuckHtml }} />}
      <ol className="mt-4 grid gap-3 sm:grid-cols-2">
        {site.contacts.map((contact, index) => (
          <li key={contact.name} className="rounded-lg bg-white p-4 text-sm dark:bg-slate-950">
            <p className="font-semibold">
              {index + 1}. {contact.href ? <a href={contact.href}>{contact.name}</a> : contact.name}
            </p>
            <p className="mt-1 text-slate-600 dark:text-slate-400">{contact.when}</p>
            <p className="mt-1 text-slate-600 dark:text-slate-400">{contact.how}</p>
          </li>
        ))}
      </ol>
      <StillStuckPanel
        slug={article.slug}
        title={article.title}
        url={absoluteUrl(article.url)}
        steps={article.solutions.map(({ id, title }) => ({ id, title }))}
        contacts={site.contacts.map(({ name, when, how, href }) => ({ name, when, how, href }))}
        catalogueUrl={await getPasteCatalogueUrl()}
      />
      <p className="mt-4 text-sm">
        <Link prefetch={false} href="/articles/getting-help#escalation">How to escalate, and what to include</Link>
      </p>
    </section>
  );
}
