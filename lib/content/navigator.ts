import { errorEntries } from "./error-entries";
import { findSymptom, symptomSlug } from "./symptoms";
import type { ArticleMeta, Content } from "./types";

/** An article's `## Solutions` section: where a symptom with one article leads. */
export function solutionsUrl(article: ArticleMeta): string {
  return article.solutionsId ? `${article.url}#${article.solutionsId}` : article.url;
}

export interface NavigatorChoice {
  label: string;
  href: string;
  /** Where the choice leads, for a screen reader and a hover: the article, or "2 articles". */
  hint: string;
}

export interface NavigatorGroup {
  id: string;
  title: string;
  description: string;
  /** Shown at once: each article's first symptoms (or every status code). */
  choices: NavigatorChoice[];
  /** Behind "More symptoms", so the first screen stays short. */
  more: NavigatorChoice[];
}

const FIRST_SYMPTOMS_PER_ARTICLE = 2;

/**
 * The navigator's groups, from content: the groups are data (navigator.yml), their choices are the
 * articles' own symptoms and codes. A choice with one article goes straight to its solutions, so
 * any fix is at most two choices away; shared choices go to a page that picks between articles.
 */
export function navigatorGroups(content: Content): NavigatorGroup[] {
  const statusEntries = errorEntries(content).filter((entry) => entry.kind === "http" && entry.fixes.length > 0);

  return content.navigator.map((group) => {
    if (group.codes) {
      const choices = statusEntries.map((entry) => {
        const only = entry.fixes.length === 1 ? entry.fixes[0] : undefined;
        return {
          label: `${entry.code} ${entry.name}`,
          href: only ? only.url : entry.url,
          hint: only ? only.article.title : `${entry.fixes.length} articles`,
        };
      });
      return { id: group.id, title: group.title, description: group.description, choices, more: [] };
    }

    const articles = content.articles.filter(
      (article) => article.type === "troubleshooting" && (group.categories.includes(article.category) || group.articles.includes(article.slug)),
    );
    const choices: NavigatorChoice[] = [];
    const more: NavigatorChoice[] = [];
    const seen = new Set<string>();
    for (const article of articles) {
      article.symptoms.forEach((text, index) => {
        const slug = symptomSlug(text);
        const entry = findSymptom(content, slug);
        if (!entry || seen.has(entry.slug)) return;
        seen.add(entry.slug);
        const only = entry.articles.length === 1 ? entry.articles[0] : undefined;
        const choice = {
          label: entry.text,
          href: only ? solutionsUrl(only) : entry.url,
          hint: only ? only.title : `${entry.articles.length} articles`,
        };
        (index < FIRST_SYMPTOMS_PER_ARTICLE ? choices : more).push(choice);
      });
    }
    return { id: group.id, title: group.title, description: group.description, choices, more };
  });
}
