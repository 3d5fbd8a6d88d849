import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { inputsFingerprint } from "./fingerprint";
import { ARTIFACT_FILES, ARTIFACTS_VERSION, type Manifest } from "./types";

/** True when `dir` holds artifacts of this code's version made from the current inputs. */
export function artifactsAreCurrent(dir: string, contentDir: string): boolean {
  const file = path.join(dir, ARTIFACT_FILES.manifest);
  if (!fs.existsSync(file)) return false;
  const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as Manifest;
  return manifest.version === ARTIFACTS_VERSION && manifest.fingerprint === inputsFingerprint(contentDir);
}

/**
 * For next.config.ts: makes sure a production build reads current artifacts. `npm run build` has
 * just written them, so this only stats files; a bare `next build` after a content edit runs
 * `content:build` first (in a child process: the content pipeline is ESM TypeScript, which the
 * config loader does not run). A content problem fails the build with the usual report.
 */
export function ensureArtifacts(dir: string, contentDir: string): void {
  if (artifactsAreCurrent(dir, contentDir)) return;
  const tsx = path.join(process.cwd(), "node_modules", "tsx", "dist", "cli.mjs");
  execFileSync(process.execPath, [tsx, "--conditions=react-server", path.join("lib", "cli", "content-build.ts"), contentDir, "--out", dir], { stdio: "inherit" });
}
