import { loadContent } from "../content/load";
import { ContentError } from "../content/problems";
import { CONTENT_DIR } from "../content/content-dir";
import { bakeStatus } from "../status/bake";
import { compileArtifacts } from "./compile";
import { inputsFingerprint } from "./fingerprint";
import { memoryArtifactReader, type ArtifactReader } from "./read";
import { ARTIFACTS_VERSION, type Manifest } from "./types";

let current: { fingerprint: string; reader: ArtifactReader } | undefined;

/**
 * `next dev` only: artifacts compiled in memory from `content/`, again whenever a content file
 * changes (checked on every request by size and time, a few milliseconds), so a saved edit shows
 * on the next page load. Problems throw, and the dev overlay shows the same report as content:check.
 */
export function devArtifacts(): ArtifactReader {
  const fingerprint = inputsFingerprint(CONTENT_DIR);
  if (current?.fingerprint === fingerprint) return current.reader;
  const { content, problems } = loadContent(CONTENT_DIR);
  if (problems.length > 0) throw new ContentError(problems);
  const compiled = { ...compileArtifacts(content), statusBake: bakeStatus(CONTENT_DIR, content.articles) };
  const manifest: Manifest = {
    version: ARTIFACTS_VERSION,
    fingerprint,
    contentDir: CONTENT_DIR,
    articles: content.articles.length,
    searchIndexHash: compiled.searchMeta.indexHash,
    pasteCatalogueHash: compiled.pasteCatalogueHash,
  };
  current = { fingerprint, reader: memoryArtifactReader(compiled, manifest) };
  return current.reader;
}
