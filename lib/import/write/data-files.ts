import fs from "node:fs";
import { STATUS_CODES } from "node:http";
import path from "node:path";
import { isSeq, parseDocument, type Document, YAMLSeq } from "yaml";
import { CATEGORIES_FILE } from "../../content/categories";
import { ERROR_CATALOGUE_FILE } from "../../content/load";
import { formatUrlLock, readUrlLock, URL_LOCK_FILE } from "../../content/url-lock";
import type { CodeClaim } from "../derive/codes";
import { shorten } from "../derive/text";
import { humanize } from "../formats/paths";

/** Writes a YAML document back only when it changed, so an unchanged re-import touches nothing. */
function save(file: string, doc: Document, before: string): boolean {
  const after = doc.toString({ lineWidth: 0 });
  if (after === before) return false;
  fs.writeFileSync(file, after);
  return true;
}

/** Declares the categories the import uses that `categories.yml` does not have yet (appended). */
export function declareCategories(contentRoot: string, categories: readonly { id: string; name: string; description: string }[]): string[] {
  const file = path.join(contentRoot, CATEGORIES_FILE);
  const before = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
  const doc = parseDocument(before || "[]\n");
  if (!isSeq(doc.contents)) throw new Error(`${file} is not a list of categories`);
  const known = new Set((doc.toJS() as { id?: string }[]).map((category) => category.id));
  const added: string[] = [];
  for (const category of categories) {
    if (known.has(category.id)) continue;
    known.add(category.id);
    (doc.contents as YAMLSeq).items.push(doc.createNode({ id: category.id, name: shorten(category.name, 60, false), description: shorten(category.description, 200) }));
    added.push(category.id);
  }
  save(file, doc, before);
  return added;
}

/**
 * Declares the codes imported articles claim that `error-codes.yml` does not describe yet, with the
 * source's meaning and a `review` note: an editor should reword them before publishing.
 */
export function declareCodes(contentRoot: string, claims: readonly { claim: CodeClaim; source: string }[]): string[] {
  const file = path.join(contentRoot, ERROR_CATALOGUE_FILE);
  const before = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
  const doc = parseDocument(before || "http: []\nplatform: []\n");
  const data = (doc.toJS() ?? {}) as { http?: { code: number }[]; platform?: { code: string }[] };
  const known = new Set([...(data.http ?? []), ...(data.platform ?? [])].map((entry) => String(entry.code)));
  const added: string[] = [];
  for (const { claim, source } of claims) {
    const key = String(claim.code);
    if (known.has(key)) continue;
    known.add(key);
    const review = shorten(`Imported from ${source}: check the name and meaning, then remove this note.`, 200, false);
    if (typeof claim.code === "number") {
      const name = STATUS_CODES[claim.code] ?? `HTTP ${claim.code}`;
      const entry = { code: claim.code, name, meaning: shorten(`The platform answered ${claim.code} ${name}.`, 200), review };
      insertSorted(doc, "http", entry);
    } else {
      const entry = {
        code: claim.code,
        ...(claim.status ? { status: claim.status } : {}),
        name: shorten(humanize(claim.code), 60, false),
        meaning: shorten(claim.meaning ?? `An error the imported article "${source}" resolves.`, 200),
        review,
      };
      insertSorted(doc, "platform", entry);
    }
    added.push(key);
  }
  save(file, doc, before);
  return added;
}

function insertSorted(doc: Document, key: "http" | "platform", entry: { code: number | string }): void {
  let seq = doc.get(key);
  if (!isSeq(seq)) {
    seq = new YAMLSeq();
    doc.set(key, seq);
  }
  const items = (seq as YAMLSeq).items;
  const position = key === "http" ? items.findIndex((item) => Number((item as { get?: (k: string) => unknown }).get?.("code")) > Number(entry.code)) : -1;
  const node = doc.createNode(entry);
  if (position === -1) items.push(node);
  else items.splice(position, 0, node);
}

/**
 * Adds the imported articles' old URLs to the published-URL lock: they were published (by the old
 * help center) before the import, so from now on they must keep resolving. New `/articles/…` URLs
 * are left to `npm run urls:lock`, as for any new article.
 */
export function lockOldUrls(contentRoot: string, urls: readonly string[]): number {
  const lock = readUrlLock(contentRoot);
  const existing = "urls" in lock ? lock.urls.map(({ url }) => url) : [];
  const known = new Set(existing);
  const added = [...new Set(urls)].filter((url) => !known.has(url));
  if (added.length === 0) return 0;
  fs.writeFileSync(path.join(contentRoot, URL_LOCK_FILE), formatUrlLock([...existing, ...added]));
  return added.length;
}
