import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // No `X-Powered-By: Next.js`: it tells attackers what to try and helps nobody.
  poweredByHeader: false,
  reactStrictMode: true,
  // `NEXT_OUTPUT=standalone npm run build` makes a self-contained server in `.next/standalone`
  // (see README, Deploy). Off by default because `next start` refuses to serve a standalone build.
  output: process.env.NEXT_OUTPUT === "standalone" ? "standalone" : undefined,
  typedRoutes: false,
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
