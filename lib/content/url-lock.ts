import fs from "node:fs";
import path from "node:path";
import { categoryPath, errorPath, LISTING_PAGE_SEGMENT, LISTINGS, normalizePath, STATIC_PATHS, symptomPath } from "../routes";
import { errorEntries } from "./error-entries";
import { listingPagePaths } from "./listings";
import type { Problem } from "./problems";
import { displayPath } from "./source";
import { symptomEntries } from "./symptoms";
import type { ArticleMeta, Content } from "./types";

/**
 * The published-URL lock: every URL we have handed out (articles and each heading anchor,
 * categories, symptoms, error codes, redirects, the later pages of the listings, categories, codes and symptoms). content:check fails when one stops resolving;
 * `npm run urls:lock` adds new ones and never removes any, so dropping a URL is a visible edit.
 */
export const URL_LOCK_FILE = "published-urls.txt";

const HEADER = [
  "# Every URL the help center has published. Each must keep resolving: a live page, a redirect",
  "# (redirectFrom) or an anchor alias (anchors). Add new URLs with `npm run urls:lock`; remove a",
  "# line only on purpose, in a reviewed change.",
];

export interface LockedUrl {
  url: string;
  line: number;
}

/**
 * Every URL the content publishes now, sorted. Not here, on purpose: an article's Markdown
 * (`/articles/<slug>.md`), which is derived from the article's URL and follows it through renames
 * (proxy.ts redirects `old.md` to `new.md`), so locking the article locks its Markdown too and a line
 * of its own would only double the file; and the fixed machine files (`/llms.txt`, `/llms-full.txt`,
 * `/opensearch.xml`, `/api/mcp`), which no content change can remove.
 */
export function currentUrls(content: Content): string[] {
  const urls = new Set<string>(STATIC_PATHS);
  for (const category of content.categories) urls.add(categoryPath(category.id));
  for (const article of content.articles) {
    urls.add(article.url);
    for (const id of article.headingIds) urls.add(`${article.url}#${id}`);
    for (const from of article.redirectFrom) urls.add(normalizePath(from));
  }
  for (const entry of symptomEntries(content)) urls.add(entry.url);
  for (const entry of errorEntries(content)) urls.add(entry.url);
  for (const path of listingPagePaths(content)) urls.add(path);
  return [...urls].sort();
}

export function readUrlLock(dir: string): { file: string; urls: LockedUrl[] } | { file: string; missing: true } {
  const absolute = path.join(dir, URL_LOCK_FILE);
  const file = displayPath(absolute);
  if (!fs.existsSync(absolute)) return { file, missing: true };
  const urls = fs
    .readFileSync(absolute, "utf8")
    .split("\n")
    .map((text, index) => ({ url: text.trim(), line: index + 1 }))
    .filter(({ url }) => url !== "" && !url.startsWith("#"));
  return { file, urls };
}

export function formatUrlLock(urls: Iterable<string>): string {
  return `${[...HEADER, ...[...new Set(urls)].sort()].join("\n")}\n`;
}

/** Locked URLs that no longer resolve, each with how to fix it. */
export function checkUrlLock(lock: ReturnType<typeof readUrlLock>, content: Content): Problem[] {
  if ("missing" in lock) {
    return [{ file: lock.file, field: "file", message: "missing: run `npm run urls:lock` to record the URLs this content publishes" }];
  }
  const articles = new Map<string, ArticleMeta>();
  for (const article of content.articles) {
    articles.set(article.url, article);
    for (const from of article.redirectFrom) articles.set(normalizePath(from), article);
  }
  const live = new Set(currentUrls(content));
  const problems: Problem[] = [];
  for (const { url, line } of lock.urls) {
    const [rawPath = "", anchor] = url.split("#");
    const pagePath = normalizePath(rawPath);
    const article = articles.get(pagePath);
    const report = (message: string) => problems.push({ file: lock.file, line, field: url, message });
    if (article) {
      if (anchor && !article.headingIds.includes(anchor) && !(anchor in article.anchors)) {
        report(`no longer resolves: ${article.file} has no heading "#${anchor}". Add \`anchors: { ${anchor}: <current-heading-id> }\` to its frontmatter`);
      }
    } else if (!live.has(pagePath) && isListingPage(pagePath)) {
      report("no longer exists: the list is shorter than it was and has fewer pages. Delete this line on purpose (no article can take over a listing page)");
    } else if (!live.has(pagePath)) {
      report(`no longer resolves. Add "${pagePath}" to the redirectFrom of the article that replaced it (or delete this line on purpose)`);
    }
  }
  return problems;
}

// A later page of a listing, a category, a code or a symptom: `/articles/page/3`, `/categories/api/page/3`, `/errors/429/page/3`.
const LISTING_PAGE = new RegExp(`^(?:${LISTINGS.join("|")}|${categoryPath("[^/]+")}|${errorPath("[^/]+")}|${symptomPath("[^/]+")})/${LISTING_PAGE_SEGMENT}/[0-9]+$`);
const isListingPage = (path: string): boolean => LISTING_PAGE.test(path);
