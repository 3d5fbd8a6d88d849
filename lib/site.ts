/**
 * Site-wide facts in one typed place. Pages, metadata and the escalation panel read them from here;
 * nothing else hard-codes the portal's name, address or support contacts.
 */
export interface SupportContact {
  /** Who this is, as the user would name them. */
  name: string;
  /** When to turn to this contact, in one sentence. */
  when: string;
  /** Where to reach them: a URL, a mailto: link, or null when the portal cannot know (the user's own admin). */
  href: string | null;
  /** How to reach them, in words, for people and for plain-text support requests. */
  how: string;
}

function baseUrl(): string {
  const fromEnv = process.env.SITE_URL?.trim();
  // A trailing slash would double up in `${baseUrl}/articles/...`.
  return (fromEnv || "http://localhost:3000").replace(/\/+$/, "");
}

export const site = {
  name: "AIaaS Help Center",
  tagline: "Fix API, sign-in, access and budget problems on the AIaaS platform yourself, in minutes.",
  platformName: "AIaaS platform",
  baseUrl: baseUrl(),
  /** Escalation order matters: the organization administrator first, then platform support. */
  contacts: [
    {
      name: "Your organization administrator",
      when: "API keys, roles, permissions, budgets, rate limits and feature access are managed by your organization.",
      href: null,
      how: "Ask the person who manages your organization in Settings → Members (shown with the Admin role).",
    },
    {
      name: "Platform support",
      when: "Errors that persist after the steps here, outages, and anything your administrator cannot change.",
      href: "mailto:support@aiaas.example",
      how: "Email support@aiaas.example or open a ticket from Help → Contact support in the web portal.",
    },
  ] satisfies SupportContact[],
  statusPageUrl: "https://status.aiaas.example",
  apiDocsUrl: "https://docs.aiaas.example/api",
} as const;

/** Absolute URL of a path on this site, for canonical links, sitemaps and copied links. */
export function absoluteUrl(path: string): string {
  return `${site.baseUrl}${path.startsWith("/") ? path : `/${path}`}`;
}
