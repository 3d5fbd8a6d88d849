import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { NextConfig } from "next";
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from "next/constants";
import { ensureArtifacts } from "./lib/artifacts/freshness";
import { artifactsDir } from "./lib/artifacts/location";
import { ARTIFACT_FILES } from "./lib/artifacts/types";
import { markStartupChunks } from "./lib/compile-hints";
import { CONTENT_DIR } from "./lib/content/content-dir";
import { NOT_FOUND_HEADER, NOT_FOUND_PATH } from "./lib/routes";
import { securityHeaders } from "./lib/security-headers";

/**
 * What a build (and `next dev`) inlines for the running server, from the artifacts (made current
 * first): the articles' `redirectFrom` paths, for proxy.ts to answer with 308 (and the security
 * headers, which config redirects would not carry). `next start` serves a finished build, which
 * inlined them then. Only small modules are imported here: `next start` runs this file too, and the
 * content readers (Markdown, YAML, zod) it imported before cost a cold server 0.2 s.
 */
function redirectsFromArtifacts(phase: string, artifacts: string): string {
  if (phase !== PHASE_PRODUCTION_BUILD && phase !== PHASE_DEVELOPMENT_SERVER) return "[]";
  try {
    ensureArtifacts(artifacts, CONTENT_DIR);
  } catch (error) {
    // A build stops at a content problem (content:build has printed the report); `next dev` starts
    // anyway, so the author sees the pages, and takes redirects once the content is fixed.
    if (phase === PHASE_PRODUCTION_BUILD) throw error;
    console.warn("Content problems (listed above): next dev runs without redirects until they are fixed and it restarts.");
    return "[]";
  }
  return fs.readFileSync(path.join(artifacts, ARTIFACT_FILES.redirects), "utf8");
}

export default function config(phase: string): NextConfig {
  const artifacts = artifactsDir();
  const redirects = redirectsFromArtifacts(phase, artifacts);
  const artifactsRelative = path.relative(process.cwd(), artifacts).split(path.sep).join("/");
  return {
    // No `X-Powered-By: Next.js`: it tells attackers what to try and helps nobody.
    poweredByHeader: false,
    reactStrictMode: true,
    // A second build (the hostile-content test site) goes to its own folder.
    distDir: process.env.NEXT_DIST_DIR || ".next",
    // `NEXT_OUTPUT=standalone npm run build` makes a self-contained server in `.next/standalone`
    // (see README, Deploy). Off by default because `next start` refuses to serve a standalone build.
    output: process.env.NEXT_OUTPUT === "standalone" ? "standalone" : undefined,
    // The server reads the build artifacts, never content/: a standalone server carries them along.
    // The migrator reads the event store's SQL migrations from disk on first use.
    outputFileTracingIncludes: { "/*": [`./${artifactsRelative}/**/*`], "/api/events/**": ["./lib/events/migrations/**/*"] },
    // The embedded event store's data folder is what a server writes, never what a build ships: a
    // standalone build that carried a copy of `.data/events` (any checkout that ran `npm run portal`)
    // started from a half-copied database and refused every event.
    outputFileTracingExcludes: { "/*": ["./.data/**/*"] },
    typedRoutes: false,
    // The event store's drivers stay plain Node modules, loaded at run time on the first event:
    // PGlite ships WebAssembly and data files a bundler must not rewrite, and neither belongs in a
    // build (the build never opens the store).
    serverExternalPackages: ["@electric-sql/pglite", "pg"],
    experimental: {
      // One static-generation worker per core. Next's default leaves a core to the main process,
      // which only waits while pages render: on a 2-core machine that halves a large site's build.
      // Workers read the artifacts, never the Markdown, so each stays small.
      cpus: os.availableParallelism(),
      // Every link here is `prefetch={false}`, so the bundling of prefetch segments is never used,
      // yet measuring it (each segment gzipped, per page) was a fifth of static generation's CPU.
      prefetchInlining: false,
      // Pages rendered on request (a large site's rarer symptom pages) stay in Next's bounded memory
      // cache, never on disk: a server writes nothing (Next would store each such page, a 404 included,
      // as files of their own under the build folder).
      isrFlushToDisk: false,
    },
    compiler: {
      // The framework's start-up chunks get V8's compile hint, so hydration does not stop to
      // compile each function it calls (lib/compile-hints). Runs once the bundles are written.
      runAfterProductionCompile: async ({ distDir }) => {
        await markStartupChunks(distDir);
      },
    },
    // proxy.ts strips trailing slashes itself, so the 308 carries the security headers.
    skipTrailingSlashRedirect: true,
    env: {
      HELP_REDIRECTS: redirects,
      // Where this build's artifacts are, relative to the server's working directory.
      HELP_ARTIFACTS_DIR: artifactsRelative,
    },
    async rewrites() {
      // `/articles/<slug>.md` is the article as Markdown. A segment cannot be `[slug].md`, so the
      // route lives at /markdown/<slug> (answered 404 when asked for by that name, see proxy.ts).
      // Before the filesystem: `/articles/[slug]` would otherwise take "x.md" as a slug.
      // First, whatever proxy.ts marked for the 404 page (see lib/routes.ts).
      return {
        beforeFiles: [
          { source: "/:path*", has: [{ type: "header", key: NOT_FOUND_HEADER }], destination: NOT_FOUND_PATH },
          { source: "/articles/:slug.md", destination: "/markdown/:slug" },
        ],
        afterFiles: [],
        fallback: [],
      };
    },
    async headers() {
      // The search index's long cache is set by its hashed route itself (app/search-index/[file]).
      return [{ source: "/:path*", headers: securityHeaders }];
    },
  };
}
