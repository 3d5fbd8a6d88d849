import { artifactsDir } from "./location";
import { fileArtifactReader, type ArtifactReader } from "./read";

let production: ArtifactReader | undefined;

/**
 * This server's artifacts: the build's folder, read lazily; under `next dev`, the artifacts compiled in
 * memory from `content/`, again after each content edit (lib/artifacts/dev.ts). Async because the
 * development branch loads the content pipeline only when it runs: in a production bundle that import
 * is dead code, so a server (or the proxy) never loads remark, zod or YAML.
 */
export async function currentArtifacts(): Promise<ArtifactReader> {
  if (process.env.NODE_ENV === "development") return (await import("./dev")).devArtifacts();
  production ??= fileArtifactReader(artifactsDir());
  return production;
}
