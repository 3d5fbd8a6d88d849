import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildArtifacts } from "@/lib/artifacts/build";
import { artifactsAreCurrent } from "@/lib/artifacts/freshness";
import { fileArtifactReader, MissingArtifactsError } from "@/lib/artifacts/read";
import { ARTIFACT_FILES } from "@/lib/artifacts/types";
import { CONTENT_DIR } from "@/lib/content/content-dir";
import { loadContent } from "@/lib/content/load";
import { symptomEntries } from "@/lib/content/symptoms";
import { pasteCatalogue } from "@/lib/paste/catalogue";
import { Searcher } from "@/lib/search/searcher";
import { bakeStatus } from "@/lib/status/bake";

const valid = path.join(import.meta.dirname, "../fixtures/valid");
const broken = path.join(import.meta.dirname, "../fixtures/broken");
let scratch = "";

function scratchDir(): string {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), "artifacts-"));
  return scratch;
}

afterEach(() => {
  if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
});

describe("build artifacts", () => {
  it("hold what the loader produced: metadata site-wide, whole articles one by one", async () => {
    const out = path.join(scratchDir(), "artifacts");
    const { manifest, problems } = await buildArtifacts(valid, out);
    expect(problems).toEqual([]);
    expect(manifest?.articles).toBe(2);
    const reader = fileArtifactReader(out);
    const loaded = loadContent(valid).content;

    const site = reader.site();
    expect(site.categories).toEqual(loaded.categories);
    expect(reader.categories()).toEqual(loaded.categories);
    expect(site.articles.map((article) => article.slug)).toEqual(["too-many-requests", "help-guide"]);
    // No body in the site-wide file: it is read for every page of a large site.
    expect(site.articles[0]).not.toHaveProperty("parts");
    expect(site.articles[0]).not.toHaveProperty("markdown");
    expect(site.articles[0]?.solutions).toEqual(loaded.articles[0]?.solutions);

    const article = reader.article("too-many-requests");
    expect(article).toEqual(loaded.articles[0]);
    expect(article?.markdown).toContain("### Check the headers {#check-headers}");
  });

  it("answer search the way the index built from the content does", async () => {
    const out = path.join(scratchDir(), "artifacts");
    await buildArtifacts(valid, out);
    const reader = fileArtifactReader(out);
    const results = new Searcher(reader.searchIndex()).search("too many requests", 3);
    expect(results[0]?.slug).toBe("too-many-requests");
    expect(reader.searchMeta().indexHash).toMatch(/^[0-9a-f]{16}$/);
    expect(reader.manifest().searchIndexHash).toBe(reader.searchMeta().indexHash);
  });

  it("carry the paste box's catalogue, named by its own hash, the same the content gives", async () => {
    const out = path.join(scratchDir(), "artifacts");
    await buildArtifacts(valid, out);
    const reader = fileArtifactReader(out);
    expect(reader.pasteCatalogue()).toEqual(pasteCatalogue(loadContent(valid).content));
    expect(reader.pasteCatalogue().articles.map((article) => article.slug)).toEqual(["too-many-requests"]);
    expect(reader.manifest().pasteCatalogueHash).toMatch(/^[0-9a-f]{16}$/);
    expect(reader.manifest().pasteCatalogueHash).not.toBe(reader.manifest().searchIndexHash);
  });

  it("list every symptom page's slug, for the proxy to turn unknown ones away", async () => {
    const out = path.join(scratchDir(), "artifacts");
    await buildArtifacts(CONTENT_DIR, out);
    const slugs = fileArtifactReader(out).symptomSlugs();
    const entries = symptomEntries(loadContent(CONTENT_DIR).content);
    expect(entries.length).toBeGreaterThan(20);
    expect(slugs).toEqual(entries.map((entry) => entry.slug));
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it("never turn a path-like slug into a file name", async () => {
    const out = path.join(scratchDir(), "artifacts");
    await buildArtifacts(valid, out);
    fs.writeFileSync(path.join(scratch, "secret.json"), JSON.stringify({ slug: "secret" }));
    const reader = fileArtifactReader(out);
    for (const slug of ["../secret", "..%2Fsecret", "/etc/passwd", "Too-Many-Requests", "", "no-such-article"]) {
      expect(reader.article(slug)).toBeUndefined();
    }
  });

  it("are not written when the content has problems, and the report says why", async () => {
    const out = path.join(scratchDir(), "artifacts");
    const { manifest, problems } = await buildArtifacts(broken, out);
    expect(manifest).toBeUndefined();
    expect(problems.length).toBeGreaterThan(0);
    expect(fs.existsSync(out)).toBe(false);
  });

  it("carry the status bake of the content they were built from", async () => {
    const out = path.join(scratchDir(), "artifacts");
    const { problems } = await buildArtifacts(CONTENT_DIR, out);
    expect(problems).toEqual([]);
    const bake = bakeStatus(CONTENT_DIR, loadContent(CONTENT_DIR).content.articles);
    expect(fileArtifactReader(out).statusBake()).toEqual(bake);
    expect(bake.components.map((component) => component.name)).toEqual(["API", "Dashboard", "Billing"]);
  });

  it("fail clearly when missing or written by another format version", async () => {
    const out = path.join(scratchDir(), "artifacts");
    expect(() => fileArtifactReader(out).site()).toThrow(MissingArtifactsError);
    expect(() => fileArtifactReader(out).site()).toThrow(/npm run content:build/);
    await buildArtifacts(valid, out);
    const manifestFile = path.join(out, ARTIFACT_FILES.manifest);
    fs.writeFileSync(manifestFile, JSON.stringify({ ...JSON.parse(fs.readFileSync(manifestFile, "utf8")), version: 0 }));
    expect(() => fileArtifactReader(out).searchIndex()).toThrow(/version 0/);
  });

  it("are stale once a content file changes", async () => {
    const content = path.join(scratchDir(), "content");
    fs.cpSync(valid, content, { recursive: true });
    const out = path.join(scratch, "artifacts");
    await buildArtifacts(content, out);
    expect(artifactsAreCurrent(out, content)).toBe(true);
    const file = path.join(content, "api/too-many-requests.md");
    fs.appendFileSync(file, "\nOne more line.\n");
    expect(artifactsAreCurrent(out, content)).toBe(false);
  });
});
