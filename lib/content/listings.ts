import { categoryList, codeList, laterPagePaths, symptomList } from "../listings";
import { LISTINGS, type Listing } from "../routes";
import { errorEntries, type ErrorEntry } from "./error-entries";
import { articlesInCategory } from "./queries";
import { symptomEntries, type SymptomEntry } from "./symptoms";
import type { ArticleMeta, Content } from "./types";

/** What each listing lists, in its order: articles by title, every code (HTTP first), symptoms by text. */
export interface ListingItems {
  "/articles": ArticleMeta[];
  "/errors": ErrorEntry[];
  "/symptoms": SymptomEntry[];
}

// Each of a large site's hundreds of listing pages asks for the same sorted lists: sort once per content.
const sorted = new WeakMap<Content, ListingItems>();

export function listingItems(content: Content): ListingItems {
  let items = sorted.get(content);
  if (!items) {
    items = {
      "/articles": [...content.articles].sort((a, b) => a.title.localeCompare(b.title)),
      "/errors": errorEntries(content),
      "/symptoms": [...symptomEntries(content)].sort((a, b) => a.text.localeCompare(b.text)),
    };
    sorted.set(content, items);
  }
  return items;
}

/**
 * Every page past the first of every paginated list: the listings (`/articles/page/2`), a category's
 * articles (`/categories/api/page/2`), a code's (`/errors/429/page/2`) and a symptom's
 * (`/symptoms/<slug>/page/2`). For the sitemap and the URL lock.
 */
export function listingPagePaths(content: Content): string[] {
  const items = listingItems(content);
  return [
    ...LISTINGS.flatMap((listing: Listing) => laterPagePaths(listing, items[listing].length)),
    ...content.categories.flatMap((category) => laterPagePaths(categoryList(category.id), articlesInCategory(content, category.id).length)),
    ...errorEntries(content).flatMap((entry) => laterPagePaths(codeList(entry.code), entry.fixes.length)),
    ...symptomEntries(content).flatMap((entry) => laterPagePaths(symptomList(entry.slug), entry.articles.length)),
  ];
}
