import type { LoadResult } from "../content/load";
import { loadContentInParallel } from "../content/parallel";
import { bakeStatus } from "../status/bake";
import { compileArtifacts } from "./compile";
import { inputsFingerprint } from "./fingerprint";
import type { Manifest } from "./types";
import { writeArtifacts } from "./write";

export interface BuildResult extends LoadResult {
  /** Present when the content was valid and the artifacts were written. */
  manifest?: Manifest;
}

/**
 * `npm run content:build`: loads, validates and renders the content once, and when it has no
 * problems writes the artifacts every later step reads. The fingerprint is taken before reading,
 * so an edit made during the build makes the next build run again rather than go unnoticed.
 */
export async function buildArtifacts(contentDir: string, outDir: string): Promise<BuildResult> {
  const fingerprint = inputsFingerprint(contentDir);
  const result = await loadContentInParallel(contentDir);
  if (result.problems.length > 0) return result;
  const statusBake = bakeStatus(contentDir, result.content.articles);
  const manifest = writeArtifacts(outDir, { ...compileArtifacts(result.content), statusBake }, { fingerprint, contentDir });
  return { ...result, manifest };
}
