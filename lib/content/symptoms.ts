import { slug as slugify } from "github-slugger";
import { symptomPath } from "../routes";
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

export function findSymptom(content: Content, slug: string): SymptomEntry | undefined {
  return bySlug(content).get(slug);
}

/** "What to do when you see …: A, B, C and 9 more." Capped: the page's meta description once named every article, thousands for a common symptom. */
export function symptomDescription(entry: SymptomEntry): string {
  const named = entry.articles.slice(0, 3).map((article) => article.title);
  const more = entry.articles.length - named.length;
  return `What to do when you see “${entry.text}”: ${named.join(", ")}${more > 0 ? ` and ${more} more` : ""}.`;
}
