/**
 * Builds the content of the imported-site test build (`npm run build:imported`): the small base
 * site in tests/fixtures/import/site, with the Zendesk fixture export imported into it through the
 * real command. The result goes to `.imported-content/` (not committed); the e2e test
 * tests/e2e/imported.spec.ts serves it and follows old Zendesk links into it.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const target = path.resolve(".imported-content");
fs.rmSync(target, { recursive: true, force: true });
fs.cpSync(path.resolve("tests/fixtures/import/site"), target, { recursive: true });
execFileSync(
  process.execPath,
  ["--import", "tsx", "--conditions=react-server", "lib/cli/content-import.ts", "zendesk", "tests/fixtures/import/zendesk", "--into", "help-center"],
  { stdio: "inherit", env: { ...process.env, HELP_CONTENT_DIR: target } },
);
