import fs from "node:fs";
import path from "node:path";
import { ARTIFACT_FILES, ARTIFACTS_VERSION, type BuiltArtifacts, type Manifest } from "./types";

/**
 * Writes the artifacts to `dir`, replacing what was there in one rename: a server or build worker
 * reading the folder sees the old set or the new one, never half of each.
 */
export function writeArtifacts(dir: string, compiled: BuiltArtifacts, inputs: { fingerprint: string; contentDir: string }): Manifest {
  const staging = `${dir}.staging-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(path.join(staging, ARTIFACT_FILES.articles), { recursive: true });
  const write = (name: string, value: unknown) => fs.writeFileSync(path.join(staging, name), JSON.stringify(value));

  for (const article of compiled.articles) write(path.join(ARTIFACT_FILES.articles, `${article.slug}.json`), article);
  write(ARTIFACT_FILES.site, compiled.site);
  write(ARTIFACT_FILES.searchIndex, compiled.searchIndex);
  write(ARTIFACT_FILES.searchMeta, compiled.searchMeta);
  write(ARTIFACT_FILES.pasteCatalogue, compiled.pasteCatalogue);
  // The 404 page may render per request; it lists the categories and should not load site.json for that.
  write(ARTIFACT_FILES.categories, compiled.site.categories);
  write(ARTIFACT_FILES.redirects, compiled.redirects);
  write(ARTIFACT_FILES.symptomSlugs, compiled.symptomSlugs);
  write(ARTIFACT_FILES.statusBake, compiled.statusBake);
  const manifest: Manifest = {
    version: ARTIFACTS_VERSION,
    fingerprint: inputs.fingerprint,
    contentDir: path.relative(process.cwd(), inputs.contentDir).split(path.sep).join("/"),
    articles: compiled.articles.length,
    searchIndexHash: compiled.searchMeta.indexHash,
    pasteCatalogueHash: compiled.pasteCatalogueHash,
  };
  // Written last: a folder without a manifest is never taken for a finished one.
  write(ARTIFACT_FILES.manifest, manifest);

  const previous = `${dir}.previous-${process.pid}`;
  if (fs.existsSync(dir)) fs.renameSync(dir, previous);
  fs.renameSync(staging, dir);
  fs.rmSync(previous, { recursive: true, force: true });
  return manifest;
}
