import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * No import cycles anywhere in our code, type-only imports included. ESLint's `import/no-cycle`
 * fails the lint on cycles of value imports but skips `import type`, and a circle of types (the
 * content loader's types imported by rule files the loader imports) is still a tangle: this test
 * builds the whole graph with TypeScript's own resolver (tsconfig paths included) and fails on any
 * strongly connected group of more than one file.
 */
const ROOT = path.resolve(import.meta.dirname, "../..");
const SOURCES = ["app", "components", "lib", "tests", "proxy.ts", "next.config.ts", "playwright.config.ts", "vitest.config.ts"];

export function importGraph(root: string): Map<string, string[]> {
  const config = ts.getParsedCommandLineOfConfigFile(path.join(root, "tsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  const options = config?.options ?? {};
  const files = SOURCES.flatMap((entry) => {
    const full = path.join(root, entry);
    if (!fs.existsSync(full)) return [];
    if (fs.statSync(full).isFile()) return [full];
    return fs.readdirSync(full, { recursive: true, encoding: "utf8" }).filter((name) => /\.(ts|tsx|mts)$/.test(name) && !name.endsWith(".d.ts")).map((name) => path.join(full, name));
  });
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, "utf8"), true, true);
    const targets = importedFiles.flatMap(({ fileName }) => {
      const resolved = ts.resolveModuleName(fileName, file, options, ts.sys).resolvedModule?.resolvedFileName;
      return resolved && !resolved.includes(`${path.sep}node_modules${path.sep}`) && resolved.startsWith(root) ? [path.resolve(resolved)] : [];
    });
    graph.set(path.resolve(file), targets);
  }
  return graph;
}

/** Tarjan's strongly connected components: each group of two or more files is a cycle. */
export function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (node: string) => {
    index.set(node, next);
    low.set(node, next++);
    stack.push(node);
    onStack.add(node);
    for (const target of graph.get(node) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node)!, low.get(target)!));
      } else if (onStack.has(target)) low.set(node, Math.min(low.get(node)!, index.get(target)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      group.push(member);
    } while (member !== node);
    if (group.length > 1) groups.push(group.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return groups;
}

describe("the import graph", () => {
  const graph = importGraph(ROOT);

  it("covers the code (a resolver that found nothing would pass anything)", () => {
    const edges = [...graph.values()].reduce((sum, targets) => sum + targets.length, 0);
    expect(graph.size).toBeGreaterThan(150);
    expect(edges).toBeGreaterThan(300);
    expect(graph.get(path.join(ROOT, "lib/content/load.ts"))).toContain(path.join(ROOT, "lib/content/types.ts"));
  });

  it("has no cycles, type-only imports included", () => {
    const relative = cycles(graph).map((group) => group.map((file) => path.relative(ROOT, file)));
    expect(relative).toEqual([]);
  });

  it("finds a cycle when there is one", () => {
    const planted = new Map(graph);
    const types = path.join(ROOT, "lib/content/types.ts");
    planted.set(types, [...(graph.get(types) ?? []), path.join(ROOT, "lib/content/load.ts")]);
    expect(cycles(planted).flat()).toEqual(expect.arrayContaining([types, path.join(ROOT, "lib/content/load.ts")]));
  });
});
