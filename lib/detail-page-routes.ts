import "server-only";
import { notFound } from "next/navigation";
import { getSite } from "./artifacts";
import { errorEntries, findErrorEntry } from "./content/error-entries";
import { articlesInCategory, findCategory } from "./content/queries";
import { findSymptom, symptomEntries } from "./content/symptoms";
import { pageOrNotFound } from "./listing-routes";
import { categoryList, codeList, laterPageNumbers, symptomList } from "./listings";

/**
 * A category's, a code's and a symptom's articles, a page at a time like the listings: page 1 at its
 * own URL, later pages at `/categories/<id>/page/<n>`, `/errors/<code>/page/<n>` and `/symptoms/<slug>/page/<n>`.
 */

/** `generateStaticParams` of `/categories/[category]/page/[page]`: every category's later pages. */
export async function categoryLaterPageParams(): Promise<{ category: string; page: string }[]> {
  const content = await getSite();
  return content.categories.flatMap((category) =>
    laterPageNumbers(categoryList(category.id), articlesInCategory(content, category.id).length).map((page) => ({ category: category.id, page: String(page) })),
  );
}

/** `generateStaticParams` of `/errors/[code]/page/[page]`: every code's later pages. */
export async function codeLaterPageParams(): Promise<{ code: string; page: string }[]> {
  return errorEntries(await getSite()).flatMap((entry) => laterPageNumbers(codeList(entry.code), entry.fixes.length).map((page) => ({ code: entry.code, page: String(page) })));
}

/** A category and one page of its articles; an unknown category or page is the 404. */
export async function loadCategoryPage(id: string, segment: string | number) {
  const content = await getSite();
  const category = findCategory(content, id);
  if (!category) notFound();
  return { content, category, page: pageOrNotFound(categoryList(category.id), articlesInCategory(content, category.id), segment) };
}

/** A code and one page of the articles that fix it; an unknown code or page is the 404. */
export async function loadCodePage(code: string, segment: string | number) {
  const content = await getSite();
  const entry = findErrorEntry(content, code);
  if (!entry) notFound();
  return { content, entry, page: pageOrNotFound(codeList(entry.code), entry.fixes, segment) };
}

/** `generateStaticParams` of `/symptoms/[symptom]/page/[page]`: every symptom's later pages. */
export async function symptomLaterPageParams(): Promise<{ symptom: string; page: string }[]> {
  return symptomEntries(await getSite()).flatMap((entry) => laterPageNumbers(symptomList(entry.slug), entry.articles.length).map((page) => ({ symptom: entry.slug, page: String(page) })));
}

/** A symptom and one page of the articles it leads to; an unknown symptom or page is the 404. */
export async function loadSymptomPage(slug: string, segment: string | number) {
  const entry = findSymptom(await getSite(), slug);
  if (!entry) notFound();
  return { entry, page: pageOrNotFound(symptomList(entry.slug), entry.articles, segment) };
}
