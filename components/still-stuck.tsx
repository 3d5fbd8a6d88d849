import Link from "next/link";
import { STILL_STUCK_ID } from "@/lib/markdown/plugins/extract-still-stuck";
import { site } from "@/lib/site";

/**
 * The article's footer: its own "Still stuck?" advice (from the Markdown), then the escalation
 * order that applies everywhere: the organization administrator first, then platform support.
 */
export function StillStuck({ html }: { html: string }) {
  return (
    <section aria-labelledby={STILL_STUCK_ID} className="mt-12 rounded-xl border border-slate-200 bg-slate-50 p-6 dark:border-slate-800 dark:bg-slate-900">
      <h2 id={STILL_STUCK_ID} className="text-xl font-semibold">
        Still stuck?
      </h2>
      {html && <div className="article-body mt-3" dangerouslySetInnerHTML={{ __html: html }} />}
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
      <p className="mt-4 text-sm">
        <Link href="/articles/getting-help#escalation">How to escalate, and what to include</Link>
      </p>
    </section>
  );
}
