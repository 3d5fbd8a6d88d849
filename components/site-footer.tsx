import Link from "next/link";
import { site } from "@/lib/site";

export function SiteFooter() {
  const support = site.contacts.find((contact) => contact.href);
  return (
    <footer className="no-print mt-16 border-t border-slate-200 dark:border-slate-800">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-6 text-sm text-slate-600 dark:text-slate-400">
        <p>{site.name}</p>
        <Link prefetch={false} href="/articles">All articles</Link>
        <Link prefetch={false} href="/errors">Error codes</Link>
        <Link prefetch={false} href="/symptoms">Symptoms</Link>
        <Link prefetch={false} href="/articles/getting-help">Getting help</Link>
        <Link prefetch={false} href="/status">Service status</Link>
        {support?.href && <a href={support.href}>Contact platform support</a>}
      </div>
    </footer>
  );
}
