import path from "node:path";

/**
 * Where a build's artifacts live: beside its Next.js output, so the portal (`.next`) and the
 * hostile-content test site (`NEXT_DIST_DIR=.next-hostile`) never read each other's. Next empties
 * its own folder when a build starts, which is why the artifacts are not inside it.
 * `HELP_ARTIFACTS_DIR` overrides; next.config.ts passes the folder it used into the server bundle.
 */
export function artifactsDir(projectDir: string = process.cwd()): string {
  const relative = process.env.HELP_ARTIFACTS_DIR || `${process.env.NEXT_DIST_DIR || ".next"}-content`;
  return path.resolve(projectDir, relative);
}
