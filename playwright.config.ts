import { defineConfig, devices } from "@playwright/test";
import { STAFF_PASSWORD, STAFF_SESSION_SECRET } from "./tests/e2e/staff";
import { CHROMIUM_ARGS, chromiumPath } from "./tests/setup/chromium-path.mjs";
import { FAKE_STATUS_PORT, FAKE_STATUS_URL, STATUS_SITE_URL } from "./tests/e2e/status-ports";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const HOSTILE_PORT = PORT + 1;
// E2E_PORT + 2 and + 3 belong to the event store's durability tests, + 4 and + 5 to service status.
const IMPORTED_PORT = PORT + 6;
// The portal listens on a loopback address other than localhost's, as a server bound to its
// interface does: Next 16 sends a rewrite made from the proxy's `request.url` (always `localhost`)
// back over HTTP, which fails there, so any such rewrite shows in the suite as a 500.
const PORTAL_HOST = process.env.E2E_HOST ?? "127.0.0.2";
const baseURL = `http://${PORTAL_HOST}:${PORT}`;
const hostileURL = `http://127.0.0.1:${HOSTILE_PORT}`;
const importedURL = `http://127.0.0.1:${IMPORTED_PORT}`;

/**
 * End-to-end tests run in real Chromium (Debian's, or CHROME_PATH) against built sites served by
 * `next start`: the portal (`npm run build`) and, for the sanitizer tests, a second build of the
 * hostile fixture articles (`npm run build:hostile`), and a third of an imported Zendesk export for the
 * old-link tests (`npm run build:imported`). `npm test` builds all three first. `npm run test:e2e`
 * runs them inside a throwaway PostgreSQL cluster (tests/setup/with-postgres.mjs) for the event store.
 * Another server runs the portal's build against a fake status service (tests/fakes), for the
 * service-status tests; they switch its scenarios, so they run one at a time.
 */
export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  // A guard against hangs, not a speed check: on a 2-core machine shared with other builds, axe on
  // the longest article took over Playwright's default 30 s (the same test takes 8 s when quiet).
  timeout: 90_000,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    trace: "retain-on-failure",
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
  },
  projects: [
    { name: "portal", testIgnore: /hostile\.spec\.ts|imported\.spec\.ts|store-durability\.spec\.ts|events-naughty\.spec\.ts|mcp-naughty\.spec\.ts|status-.*\.spec\.ts/, use: { ...devices["Desktop Chrome"], baseURL } },
    // Once the portal's tests are done, one after the other: the naughty strings on every event field
    // (thousands of requests, kept apart from the other naughty-strings run), then the event store's
    // durability and outage tests (they start their own servers and stop PostgreSQL).
    // The MCP server's naughty strings first (about 2,400 requests; beside the page naughty strings on
    // a busy 2-core machine, that run passed its 4-minute guard).
    { name: "mcp-naughty-strings", testMatch: /mcp-naughty\.spec\.ts/, dependencies: ["portal"], use: { ...devices["Desktop Chrome"], baseURL } },
    { name: "event-naughty-strings", testMatch: /events-naughty\.spec\.ts/, dependencies: ["mcp-naughty-strings"], use: { ...devices["Desktop Chrome"], baseURL } },
    { name: "event-store", testMatch: /store-durability\.spec\.ts/, dependencies: ["event-naughty-strings"], use: { ...devices["Desktop Chrome"] } },
    { name: "hostile-content", testMatch: /hostile\.spec\.ts/, use: { ...devices["Desktop Chrome"], baseURL: hostileURL } },
    { name: "imported-content", testMatch: /imported\.spec\.ts/, use: { ...devices["Desktop Chrome"], baseURL: importedURL } },
    // DNT: their page views are not the portal's readers, so the event store keeps none of them.
    {
      name: "service-status",
      testMatch: /status-.*\.spec\.ts/,
      workers: 1,
      use: { ...devices["Desktop Chrome"], baseURL: STATUS_SITE_URL, extraHTTPHeaders: { DNT: "1" } },
    },
  ],
  webServer: [
    {
      // With PostgreSQL, migrate first, so tests that read the store find its tables from the start.
      command: `${process.env.TEST_DATABASE_URL ? "npm run db:migrate && " : ""}node_modules/.bin/next start -H ${PORTAL_HOST} -p ${PORT}`,
      url: baseURL,
      reuseExistingServer: false,
      timeout: 60_000,
      // Events go to the throwaway PostgreSQL that `npm run test:e2e` starts, where the tests read
      // them. No rate limit: the tests send thousands of events from one address.
      // Insights are on, with the staff password the insights tests sign in with; figures for
      // visitors are never cached, so a test sees the outcomes it just stored.
      env: {
        ...(process.env.TEST_DATABASE_URL ? { DATABASE_URL: process.env.TEST_DATABASE_URL } : {}),
        HELP_EVENTS_RATE_LIMIT: "0",
        HELP_ADMIN_PASSWORD: STAFF_PASSWORD,
        HELP_SESSION_SECRET: STAFF_SESSION_SECRET,
        HELP_OUTCOMES_MAX_AGE: "0",
      },
    },
    {
      command: `node_modules/.bin/next start -H 127.0.0.1 -p ${HOSTILE_PORT}`,
      url: hostileURL,
      reuseExistingServer: false,
      timeout: 60_000,
      // Its article pages record views too: into the same throwaway PostgreSQL, not an embedded store.
      env: { NEXT_DIST_DIR: ".next-hostile", HELP_CONTENT_DIR: "tests/fixtures/hostile", ...(process.env.TEST_DATABASE_URL ? { DATABASE_URL: process.env.TEST_DATABASE_URL } : {}) },
    },
    {
      command: `node_modules/.bin/next start -H 127.0.0.1 -p ${IMPORTED_PORT}`,
      url: importedURL,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { NEXT_DIST_DIR: ".next-imported", HELP_CONTENT_DIR: ".imported-content", ...(process.env.TEST_DATABASE_URL ? { DATABASE_URL: process.env.TEST_DATABASE_URL } : {}) },
    },
    { command: `node_modules/.bin/tsx tests/fakes/status-service-cli.ts ${FAKE_STATUS_PORT}`, url: `${FAKE_STATUS_URL}/admin/stats`, reuseExistingServer: false, timeout: 30_000 },
    {
      command: `node_modules/.bin/next start -H 127.0.0.1 -p ${new URL(STATUS_SITE_URL).port}`,
      url: STATUS_SITE_URL,
      reuseExistingServer: false,
      timeout: 60_000,
      // No server-side caching, so each test sees its scenario on the next request; a short deadline.
      // The same throwaway PostgreSQL as the others, so it never opens an embedded store of its own.
      env: {
        HELP_STATUS_URL: `${FAKE_STATUS_URL}/api/v2/summary.json`,
        HELP_STATUS_TTL_MS: "0",
        HELP_STATUS_TIMEOUT_MS: "1000",
        ...(process.env.TEST_DATABASE_URL ? { DATABASE_URL: process.env.TEST_DATABASE_URL } : {}),
      },
    },
  ],
});
