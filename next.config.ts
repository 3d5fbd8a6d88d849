import type { NextConfig } from "next";
import { readRedirects } from "./lib/content/redirect-map";
import { securityHeaders } from "./lib/security-headers";
import { bakeStatus } from "./lib/status/bake";

const nextConfig: NextConfig = {
  // No `X-Powered-By: Next.js`: it tells attackers what to try and helps nobody.
  poweredByHeader: false,
  reactStrictMode: true,
  // A second build (the hostile-content test site) goes to its own folder.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // `NEXT_OUTPUT=standalone npm run build` makes a self-contained server in `.next/standalone`
  // (see README, Deploy). Off by default because `next start` refuses to serve a standalone build.
  output: process.env.NEXT_OUTPUT === "standalone" ? "standalone" : undefined,
  typedRoutes: false,
  // The event store's drivers stay plain Node modules, loaded at run time on the first event:
  // PGlite ships WebAssembly and data files a bundler must not rewrite, and neither belongs in a
  // build (the build never opens the store).
  serverExternalPackages: ["@electric-sql/pglite", "pg"],
  // The migrator reads the SQL migrations from disk on first use; standalone builds must carry them.
  outputFileTracingIncludes: { "/api/events/**": ["./lib/events/migrations/**/*"] },
  // proxy.ts strips trailing slashes itself, so the 308 carries the security headers.
  skipTrailingSlashRedirect: true,
  // Articles' `redirectFrom` paths, for proxy.ts to answer with 308 (and the security headers,
  // which config redirects would not carry). Inlined at build time.
  // Likewise the status component map and the hand-written notice (lib/status/bake.ts), so the
  // running server needs only HELP_STATUS_URL.
  env: { HELP_REDIRECTS: JSON.stringify(readRedirects()), HELP_STATUS_BAKE: JSON.stringify(bakeStatus()) },
  async headers() {
    // The search index's long cache is set by its hashed route itself (app/search-index/[file]).
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
