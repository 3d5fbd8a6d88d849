/**
 * `npm run content:import -- <markdown|zendesk> <source> [--into <folder under content/>]
 *   [--old-url-prefix <path>] [--source-url <origin>] [--report <file.json>] [--force]`
 *
 * Brings an existing knowledge base in (see lib/import/run.ts). The articles land in the content
 * folder (`content/`, or HELP_CONTENT_DIR), under `--into` (default `imported`).
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { CONTENT_DIR } from "../content/content-dir";
import { formatImportReport } from "../import/report";
import { runImport } from "../import/run";
import { IMPORT_FORMATS, type ImportFormat } from "../import/types";

const USAGE = "usage: npm run content:import -- <markdown|zendesk> <source folder> [--into <folder under content/>] [--old-url-prefix <path>] [--source-url <origin>] [--report <file.json>] [--force]";

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

const { values, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        into: { type: "string", default: "imported" },
        "old-url-prefix": { type: "string" },
        "source-url": { type: "string" },
        report: { type: "string" },
        force: { type: "boolean", default: false },
      },
    });
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
})();

const [format, source] = positionals;
if (!format || !source || positionals.length > 2) fail("expected a format and a source folder");
if (!(IMPORT_FORMATS as readonly string[]).includes(format)) fail(`unknown format "${format}": use ${IMPORT_FORMATS.join(" or ")}`);
const sourceDir = path.resolve(source);
if (!fs.existsSync(sourceDir) || !fs.statSync(sourceDir).isDirectory()) fail(`${source} is not a folder`);
const into = path.normalize(values.into);
if (path.isAbsolute(into) || into.startsWith("..") || into === ".") fail(`--into must be a folder inside the content folder, such as "imported" (got "${values.into}")`);
const prefix = values["old-url-prefix"];
if (prefix !== undefined && !/^\/[A-Za-z0-9._~/-]*$/.test(prefix)) fail(`--old-url-prefix must be a site path such as /docs/troubleshooting (got "${prefix}")`);
const sourceUrl = values["source-url"];
if (sourceUrl !== undefined && !/^https?:\/\/[^/]+\/?$/.test(sourceUrl)) fail(`--source-url must be an origin such as https://docs.example.com (got "${sourceUrl}")`);

const started = performance.now();
try {
  const report = runImport({
    format: format as ImportFormat,
    source: sourceDir,
    contentRoot: CONTENT_DIR,
    into,
    oldUrlPrefix: prefix?.replace(/\/+$/, ""),
    sourceUrl,
    force: values.force,
    publicDir: path.join(process.cwd(), "public"),
    today: new Date().toISOString().slice(0, 10),
  });
  console.log(formatImportReport(report, (performance.now() - started) / 1000));
  if (values.report) {
    fs.writeFileSync(values.report, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`Report written to ${values.report}`);
  }
} catch (error) {
  console.error(`Import failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
