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
  /** Choices left out past the caps below; the page then points to the full symptom list. */
  omitted: number;
}

const FIRST_SYMPTOMS_PER_ARTICLE = 2;

/**
 * A group shows at most this many choices, and this many more behind "More". The bundled content
 * stays well inside them (13 and 23 at most); an imported knowledge base of thousands of articles
 * would otherwise put every symptom on the home page (70 MB of HTML at 10,000 articles).
 */
export const MAX_CHOICES = 16;
export const MAX_MORE = 24;

function capped(group: Omit<NavigatorGroup, "omitted">): NavigatorGroup {
  const overflow = group.choices.slice(MAX_CHOICES);
  const more = [...overflow, ...group.more];
  return { ...group, choices: group.choices.slice(0, MAX_CHOICES), more: more.slice(0, MAX_MORE), omitted: Math.max(0, more.length - MAX_MORE) };
}

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
      return capped({ id: group.id, title: group.title, description: group.description, choices, more: [] });
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
    return capped({ id: group.id, title: group.title, description: group.description, choices, more });
  });
}
