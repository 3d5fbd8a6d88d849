import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "./tests/setup/chromium-path.mjs";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const HOSTILE_PORT = PORT + 1;
const IMPORTED_PORT = PORT + 2;
const baseURL = `http://127.0.0.1:${PORT}`;
const hostileURL = `http://127.0.0.1:${HOSTILE_PORT}`;
const importedURL = `http://127.0.0.1:${IMPORTED_PORT}`;

/**
 * End-to-end tests run in real Chromium (Debian's, or CHROME_PATH) against built sites served by
 * `next start`: the portal (`npm run build`), a second build of the hostile fixture articles for the
 * sanitizer tests (`npm run build:hostile`), and a third of an imported Zendesk export for the
 * old-link tests (`npm run build:imported`). `npm test` builds all three first.
 */
export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    trace: "retain-on-failure",
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
  },
  projects: [
    { name: "portal", testIgnore: /(hostile|imported)\.spec\.ts/, use: { ...devices["Desktop Chrome"], baseURL } },
    { name: "hostile-content", testMatch: /hostile\.spec\.ts/, use: { ...devices["Desktop Chrome"], baseURL: hostileURL } },
    { name: "imported-content", testMatch: /imported\.spec\.ts/, use: { ...devices["Desktop Chrome"], baseURL: importedURL } },
  ],
  webServer: [
    { command: `node_modules/.bin/next start -H 127.0.0.1 -p ${PORT}`, url: baseURL, reuseExistingServer: false, timeout: 60_000 },
    {
      command: `node_modules/.bin/next start -H 127.0.0.1 -p ${HOSTILE_PORT}`,
      url: hostileURL,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { NEXT_DIST_DIR: ".next-hostile", HELP_CONTENT_DIR: "tests/fixtures/hostile" },
    },
    {
      command: `node_modules/.bin/next start -H 127.0.0.1 -p ${IMPORTED_PORT}`,
      url: importedURL,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { NEXT_DIST_DIR: ".next-imported", HELP_CONTENT_DIR: ".imported-content" },
    },
  ],
});
