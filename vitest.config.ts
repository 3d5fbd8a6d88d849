import path from "node:path";
import { defineConfig } from "vitest/config";

const resolve = {
  alias: {
    "@": path.resolve(import.meta.dirname),
    // `server-only` throws outside React's server build; unit tests are server-side code anyway.
    "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
  },
};

export default defineConfig({
  resolve,
  test: {
    environment: "node",
    projects: [
      // 60 s per test, not vitest's 5: loading and rendering all the bundled content takes about 5 s on
      // a busy 2-core machine, and a test that asserts what the content holds should not fail on that.
      { resolve, test: { name: "unit", include: ["tests/unit/**/*.test.ts"], exclude: ["tests/unit/events/**"], testTimeout: 60_000, sequence: { groupOrder: 0 } } },
      // The event store's tests create PGlite databases (seconds of CPU each) and PostgreSQL ones:
      // they run after the others, so they never slow the tests that time themselves.
      { resolve, test: { name: "event-store", include: ["tests/unit/events/**/*.test.ts"], testTimeout: 60_000, hookTimeout: 120_000, sequence: { groupOrder: 1 } } },
    ],
  },
});
