import { slug as slugify } from "github-slugger";
import { symptomPath } from "../routes";
import { safeDecode } from "../url-decode";
import type { ArticleMeta, Content } from "./types";

export interface SymptomEntry {
  slug: string;
  /** The symptom as the first article that lists it words it. */
  text: string;
  url: string;
  /** Articles listing this symptom (same slug), in content order. */
  articles: ArticleMeta[];
}

/** A symptom's URL segment: GitHub-style, the same rules as heading ids. */
export function symptomSlug(text: string): string {
  return slugify(text.replace(/["“”]/g, "")) || "symptom";
}

// One pass per content, not one per page: a large site has thousands of symptom pages.
const computed = new WeakMap<Content, Map<string, SymptomEntry>>();

function bySlug(content: Content): Map<string, SymptomEntry> {
  let entries = computed.get(content);
  if (entries) return entries;
  entries = new Map();
  for (const article of content.articles) {
    for (const text of article.symptoms) {
      const slug = symptomSlug(text);
      let entry = entries.get(slug);
      if (!entry) entries.set(slug, (entry = { slug, text, url: symptomPath(slug), articles: [] }));
      if (entry.articles.at(-1) !== article) entry.articles.push(article);
    }
  }
  computed.set(content, entries);
  return entries;
}

/** Every symptom of every troubleshooting article, one entry per distinct slug. */
export function symptomEntries(content: Content): SymptomEntry[] {
  return [...bySlug(content).values()];
}

/**
 * The symptom of a slug as the build wrote it or, for a page rendered on request, as the request's
 * path carried it: Next passes such a param still percent-encoded ("%EF%BD%86…" for "ｆ…").
 */
export function findSymptom(content: Content, slug: string): SymptomEntry | undefined {
  const entries = bySlug(content);
  return entries.get(slug) ?? entries.get(safeDecode(slug));
}

/**
 * How many symptom pages a build prerenders. A large site's articles each name a few symptoms of their
 * own (12,789 symptom pages at 10,000 articles, 45 % of the site), and a static page costs the build
 * about 11 ms whatever it shows. The most-linked symptoms are prerendered; the others render on their
 * first request and are kept in the server's memory from then on (next.config.ts: nothing is written to
 * disk; proxy.ts turns unknown slugs away before the route). A small site has them all.
 * `HELP_PRERENDERED_SYMPTOMS` (build time) sets another number: the hostile test site uses 1, so its
 * other symptom pages are the on-demand kind and its tests cover them.
 */
const override = Number(process.env.HELP_PRERENDERED_SYMPTOMS);
export const PRERENDERED_SYMPTOMS = Number.isInteger(override) && override >= 0 ? override : 2000;

/** The symptoms whose pages the build prerenders: those most articles list, then by slug. */
export function prerenderedSymptoms(content: Content, count = PRERENDERED_SYMPTOMS): SymptomEntry[] {
  const entries = symptomEntries(content);
  if (entries.length <= count) return entries;
  return entries.sort((a, b) => b.articles.length - a.articles.length || (a.slug < b.slug ? -1 : 1)).slice(0, count);
}

/** "What to do when you see …: A, B, C and 9 more." Capped: the page's meta description once named every article, thousands for a common symptom. */
export function symptomDescription(entry: SymptomEntry): string {
  const named = entry.articles.slice(0, 3).map((article) => article.title);
  const more = entry.articles.length - named.length;
  return `What to do when you see “${entry.text}”: ${named.join(", ")}${more > 0 ? ` and ${more} more` : ""}.`;
}
