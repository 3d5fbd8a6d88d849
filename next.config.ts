import type { NextConfig } from "next";
import { readRedirects } from "./lib/content/redirect-map";

const nextConfig: NextConfig = {
  // No `X-Powered-By: Next.js`: it tells attackers what to try and helps nobody.
  poweredByHeader: false,
  reactStrictMode: true,
  // `NEXT_OUTPUT=standalone npm run build` makes a self-contained server in `.next/standalone`
  // (see README, Deploy). Off by default because `next start` refuses to serve a standalone build.
  output: process.env.NEXT_OUTPUT === "standalone" ? "standalone" : undefined,
  typedRoutes: false,
  // Articles' `redirectFrom` paths answer 308 to the article; the browser keeps any #anchor.
  async redirects() {
    return readRedirects().map(({ source, destination }) => ({ source, destination, permanent: true }));
  },
  async headers() {
    return [
      {
        // Pages link the index by a content hash (`?v=`), so any one URL never changes.
        source: "/search-index.json",
        headers: [{ key: "Cache-Control", value: "public, max-age=31536000, immutable" }],
      },
    ];
  },
};

export default nextConfig;
