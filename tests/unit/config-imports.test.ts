import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * `next start` runs next.config.ts (through Next's TypeScript hook) before its first answer. When
 * the config imported the content readers, zod and the status bake, that was 250–300 ms of a
 * 10,000-article cold start. This keeps what it loads at run time small: the modules it imports,
 * followed through our own files, value imports only (type imports are erased).
 */
const ROOT = path.resolve(import.meta.dirname, "../..");
const HEAVY = ["gray-matter", "yaml", "zod", "unified", "remark-parse", "rehype-stringify", "fuse.js", "highlight.js"];

function runtimeImports(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest);
  return source.statements.flatMap((statement) => {
    if (ts.isImportDeclaration(statement) && !statement.importClause?.isTypeOnly) return [(statement.moduleSpecifier as ts.StringLiteral).text];
    if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && !statement.isTypeOnly) return [(statement.moduleSpecifier as ts.StringLiteral).text];
    return [];
  });
}

/** Every module next.config.ts loads when it runs: our files by path, packages by name. */
function loadedBy(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const specifier of runtimeImports(file)) {
      if (!specifier.startsWith(".")) {
        packages.add(specifier);
        continue;
      }
      const base = path.resolve(path.dirname(file), specifier);
      const resolved = [`${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")].find((candidate) => fs.existsSync(candidate));
      if (!resolved) throw new Error(`${path.relative(ROOT, file)}: cannot resolve ${specifier}`);
      visit(resolved);
    }
  };
  visit(entry);
  return { files: [...files].map((file) => path.relative(ROOT, file)).sort(), packages: [...packages].sort() };
}

describe("next.config.ts at run time", () => {
  const { files, packages } = loadedBy(path.join(ROOT, "next.config.ts"));

  it("loads no content reader: no Markdown, YAML, schema or search package", () => {
    expect(packages.filter((name) => HEAVY.includes(name))).toEqual([]);
    expect(files).not.toContain("lib/content/source.ts");
    expect(files).not.toContain("lib/status/bake.ts");
  });

  it("loads only a handful of small files of ours", () => {
    expect(files).toContain("lib/artifacts/freshness.ts");
    // 9 since lib/compile-hints (Node built-ins only), which the build's post-compile hook runs.
    expect(files.length).toBeLessThanOrEqual(9);
  });

  it("would notice a heavy import (the check follows our files to the packages they use)", () => {
    expect(loadedBy(path.join(ROOT, "lib/content/load.ts")).packages).toEqual(expect.arrayContaining(["yaml", "zod", "gray-matter"]));
  });
});
