import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/**
 * A blank Next.js app (a root layout and a page of one heading and one paragraph) built with this project's own Next.js:
 * what the framework alone makes a page load. Built in `.next-baseline-app/` (git-ignored).
 */
const BASELINE_DIR = path.resolve(".next-baseline-app");

export function buildBaselineApp(): string {
  fs.rmSync(BASELINE_DIR, { recursive: true, force: true });
  fs.mkdirSync(path.join(BASELINE_DIR, "app"), { recursive: true });
  fs.writeFileSync(
    path.join(BASELINE_DIR, "app/layout.js"),
    'export default function RootLayout({ children }) { return <html lang="en"><body>{children}</body></html>; }\n',
  );
  // One paragraph: a page Lighthouse can time a largest contentful paint on (no script depends on it).
  fs.writeFileSync(
    path.join(BASELINE_DIR, "app/page.js"),
    "export default function Page() { return <main><h1>A blank page</h1><p>One paragraph of plain text and nothing else: what React and Next.js alone cost a page.</p></main>; }\n",
  );
  // Resolve `next` and `react` from this project's node_modules, which Turbopack must see as inside its root.
  fs.writeFileSync(
    path.join(BASELINE_DIR, "next.config.mjs"),
    `export default { turbopack: { root: ${JSON.stringify(process.cwd())} } };\n`,
  );
  execFileSync(path.resolve("node_modules/.bin/next"), ["build"], {
    cwd: BASELINE_DIR,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  return BASELINE_DIR;
}
