import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // `server-only` throws outside React's server build; unit tests are server-side code anyway.
      "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    include: ["tests/unit/**/*.test.ts"],
    environment: "node",
    // A bound, not a speed check (benchmarks measure speed): loading and rendering the content
    // once took over 5 s (vitest's default) while other builds shared this 2-core machine.
    testTimeout: 60_000,
  },
});
