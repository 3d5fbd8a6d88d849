/**
 * `npm test`: the whole suite, runnable on a fresh clone. Installs what the tests need (npm
 * dependencies, Chromium, PostgreSQL), then runs every gate in order and stops at the first failure.
 * Plain Node with no dependencies, because it runs before `npm ci` has.
 *
 * The Lighthouse audit is not in it: its simulated performance score moves by several points
 * between identical runs on a 2-core VM, so as a CI gate it would fail at random. It runs as
 * `npm run audit` (see the README).
 */
import { execSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import { chromiumPath } from "./chromium-path.mjs";
import { ensurePostgres } from "./postgres.mjs";

function run(title, command) {
  console.log(`\n▶ ${title}\n  $ ${command}`);
  const started = Date.now();
  const result = spawnSync(command, { stdio: "inherit", shell: true });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✖ ${title} failed (exit ${result.status}) after ${seconds} s`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${title} (${seconds} s)`);
}

function dependenciesAreCurrent() {
  const installed = "node_modules/.package-lock.json";
  return fs.existsSync(installed) && fs.statSync(installed).mtimeMs >= fs.statSync("package-lock.json").mtimeMs;
}

function ensureChromium() {
  const path = chromiumPath();
  if (fs.existsSync(path)) return;
  if (process.env.CHROME_PATH) {
    console.error(`CHROME_PATH is set to ${path}, which does not exist. Point it at a Chromium or Chrome binary.`);
    process.exit(1);
  }
  const canApt = process.platform === "linux" && spawnSync("sh", ["-c", "command -v apt-get"]).status === 0;
  if (!canApt) {
    console.error("No Chromium found. Install Chromium or Chrome and set CHROME_PATH to its binary, then run npm test again.");
    process.exit(1);
  }
  const sudo = process.getuid?.() === 0 ? "" : "sudo ";
  run("Install Chromium (Debian package)", `${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium`);
}

process.env.NEXT_TELEMETRY_DISABLED = "1";
if (!dependenciesAreCurrent()) run("Install dependencies", "npm ci --no-audit --no-fund");
ensureChromium();
// The event store's tests, the end-to-end tests and bench:events run in throwaway clusters.
ensurePostgres();
console.log(`Chromium: ${execSync(`"${chromiumPath()}" --version 2>/dev/null`).toString().trim()}`);

// The content is read, validated and rendered once, here; `next build` reads the artifacts it writes.
run("Content check and build artifacts", "npm run content:build");
run("Type check", "npm run typecheck");
run("Lint", "npm run lint");
run("Unit tests", "npm run test:unit");
run("Build", "npx next build");
run("Build the hostile-content test site", "npm run build:hostile");
run("Build the imported-content test site (a Zendesk export through content:import)", "npm run build:imported");
run("End-to-end tests (Chromium)", "npm run test:e2e");
run("Serve without content/ (next start and standalone)", "npm run gate:no-content");
run("Size budget (first-load JavaScript)", "npm run size");
run("Load (autocannon)", "npm run bench:load");
run("Event store under load (autocannon)", "npm run bench:events");
console.log("\nAll checks passed.");
