import fs from "node:fs";
import path from "node:path";
import { parse, stringify } from "yaml";
import { slugify, generateCorpus } from "./synthetic-corpus";
import { createRandom } from "./prng";
import { loadSourceText } from "./source-text";
import { HTTP_STATUS } from "./word-lists";
import type { SearchRecord } from "../../lib/search/types";

/**
 * Writes a content folder of real Markdown files: the bundled content plus `count` articles from
 * the seeded generator of `bench:search` (the same records, so the two benchmarks measure the same
 * corpus), under `generated/`. Codes the generated articles claim are added to error-codes.yml;
 * articles go to the bundled categories in turn, so every page type grows as an import would
 * make it grow. The published-URL lock is copied as it is: the new URLs are unlocked until
 * `npm run urls:lock` records them, as after a real import.
 */
export const DEFAULT_SEED = 20261127;
const UPDATED = "2026-11-30";

interface CatalogueFile {
  http: { code: number; name: string; meaning: string }[];
  platform: { code: string; name: string; meaning: string; status?: number }[];
}

export function writeSyntheticContent(outDir: string, count: number, options: { from?: string; seed?: number } = {}): { articles: number } {
  const from = options.from ?? path.resolve("content");
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.cpSync(from, outDir, { recursive: true });
  const records = generateCorpus(count, loadSourceText(), createRandom((options.seed ?? DEFAULT_SEED) + count));
  const categories = (parse(fs.readFileSync(path.join(outDir, "categories.yml"), "utf8")) as { id: string }[]).map((category) => category.id);
  const taken = new Set(fs.readdirSync(from, { recursive: true, encoding: "utf8" }).filter((name) => name.endsWith(".md")).map((name) => path.basename(name, ".md")));

  const generatedDir = path.join(outDir, "generated");
  fs.mkdirSync(generatedDir);
  records.forEach((record, index) => {
    const slug = taken.has(record.slug) ? `${record.slug}-generated` : record.slug;
    taken.add(slug);
    const category = categories[index % categories.length]!;
    fs.writeFileSync(path.join(generatedDir, `${slug}.md`), articleMarkdown(record, category));
  });
  addCodes(path.join(outDir, "error-codes.yml"), records);
  return { articles: records.length };
}

/** One generated record as an author would write it: frontmatter, intro, `##` sections, pinned `###` steps. */
function articleMarkdown(record: SearchRecord, category: string): string {
  const codes = record.codes.map((code) => (/^\d+$/.test(code) ? Number(code) : code));
  const frontmatter = stringify({ title: record.title, summary: record.summary, category, symptoms: record.symptoms, errorCodes: codes, updated: UPDATED }, { lineWidth: 0 });
  const ids = new Set<string>();
  const body = record.sections.map((section) => {
    if (!section.id) return section.text;
    let id = slugify(section.heading) || "section";
    while (ids.has(id)) id = `${id}-2`;
    ids.add(id);
    const heading = `${"#".repeat(section.depth)} ${section.heading} {#${id}}`;
    return section.text ? `${heading}\n\n${section.text}` : heading;
  });
  return `---\n${frontmatter}---\n\n${body.join("\n\n")}\n`;
}

/** Describes, in error-codes.yml, every code the generated articles claim that the bundled catalogue lacks. */
function addCodes(file: string, records: readonly SearchRecord[]): void {
  const catalogue = parse(fs.readFileSync(file, "utf8"), { schema: "core" }) as CatalogueFile;
  const known = new Set([...catalogue.http, ...catalogue.platform].map((entry) => String(entry.code)));
  for (const code of new Set(records.flatMap((record) => record.codes))) {
    if (known.has(code)) continue;
    known.add(code);
    if (/^\d+$/.test(code)) {
      catalogue.http.push({ code: Number(code), name: HTTP_STATUS[Number(code)] ?? `HTTP ${code}`, meaning: `The platform answered ${code}.` });
    } else {
      catalogue.platform.push({ code, name: code.replace(/_/g, " "), meaning: `The request failed with ${code}; see the articles that list it.` });
    }
  }
  fs.writeFileSync(file, stringify(catalogue, { lineWidth: 0 }));
}
