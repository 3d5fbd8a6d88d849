import { slug as slugify } from "github-slugger";
import type { Article } from "./article";
import type { Content } from "./load";
import { symptomPath } from "../routes";

export interface SymptomEntry {
  slug: string;
  /** The symptom as the first article that lists it words it. */
  text: string;
  url: string;
  /** Articles listing this symptom (same slug), in content order. */
  articles: Article[];
}

/** A symptom's URL segment: GitHub-style, the same rules as heading ids. */
export function symptomSlug(text: string): string {
  return slugify(text.replace(/["“”]/g, "")) || "symptom";
}

/** Every symptom of every troubleshooting article, one entry per distinct slug. */
export function symptomEntries(content: Content): SymptomEntry[] {
  const bySlug = new Map<string, SymptomEntry>();
  for (const article of content.articles) {
    for (const text of article.symptoms) {
      const slug = symptomSlug(text);
      const entry = bySlug.get(slug) ?? { slug, text, url: symptomPath(slug), articles: [] };
      if (!entry.articles.includes(article)) entry.articles.push(article);
      bySlug.set(slug, entry);
    }
  }
  return [...bySlug.values()];
}

export function findSymptom(content: Content, slug: string): SymptomEntry | undefined {
  return symptomEntries(content).find((entry) => entry.slug === slug);
}
