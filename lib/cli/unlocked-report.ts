import { appendTo } from "../append-to";
import { LISTING_PAGE_SEGMENT } from "../routes";

/**
 * How `content:check` and `content:build` tell an author about URLs not yet in the lock. A few
 * are listed one per line; past a screenful (an import adds tens of thousands) the count by
 * kind, a sample of each kind, and the commands that lock them or list them all.
 */
export const LIST_ALL_FLAG = "--all-unlocked";
const SCREENFUL = 20;
const SAMPLE_PER_KIND = 2;

// `/articles/page/2`, `/categories/api/page/2`, `/errors/429/page/2`: not an article, category or code of their own.
const LATER_PAGE = new RegExp(`/${LISTING_PAGE_SEGMENT}/[0-9]+$`);

const KINDS: [string, string, (url: string) => boolean][] = [
  ["heading anchor", "heading anchors", (url) => url.includes("#")],
  ["later page of a list", "later pages of lists", (url) => LATER_PAGE.test(url)],
  ["article", "articles", (url) => url.startsWith("/articles/")],
  ["symptom", "symptoms", (url) => url.startsWith("/symptoms/")],
  ["error code", "error codes", (url) => url.startsWith("/errors/")],
  ["category", "categories", (url) => url.startsWith("/categories/")],
  ["other page or redirect", "other pages and redirects", () => true],
];

const count = (n: number, noun: string) => `${n.toLocaleString("en-US")} ${noun}`;

export function unlockedUrlsReport(urls: readonly string[], listAll: boolean): string {
  if (urls.length === 0) return "";
  const head = `${count(urls.length, urls.length === 1 ? "new URL" : "new URLs")} not yet in the published-URL lock (run \`npm run urls:lock\` when they are ready to publish)`;
  if (listAll || urls.length <= SCREENFUL) return `${head}:\n${urls.map((url) => `  ${url}`).join("\n")}`;

  const byKind = new Map<string, string[]>();
  for (const url of urls) {
    const [kind] = KINDS.find(([, , test]) => test(url))!;
    appendTo(byKind, kind, url);
  }
  const lines = [`${head}.`];
  for (const [kind, plural] of KINDS) {
    const members = byKind.get(kind);
    if (!members) continue;
    const sample = members.slice(0, SAMPLE_PER_KIND).join(", ");
    lines.push(`  ${count(members.length, members.length === 1 ? kind : plural)}, e.g. ${sample}${members.length > SAMPLE_PER_KIND ? ", …" : ""}`);
  }
  lines.push(`List them all with \`npm run content:check -- ${LIST_ALL_FLAG}\`.`);
  return lines.join("\n");
}
