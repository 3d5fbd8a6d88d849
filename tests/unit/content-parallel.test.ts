import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { loadContentInParallel } from "@/lib/content/parallel";

const fixtures = path.join(import.meta.dirname, "../fixtures");

describe("loadContentInParallel", () => {
  // Forced onto threads (the CLIs only use them from 250 files per thread), and compared whole:
  // the same articles, problems (lines included) and unlocked URLs, in the same order.
  it.each(["broken", "valid", "hostile"])("gives what loadContent gives on the %s fixture", async (name) => {
    const dir = path.join(fixtures, name);
    const parallel = await loadContentInParallel(dir, { minFilesPerThread: 1 });
    expect(parallel).toEqual(loadContent(dir));
  });

  it("reports the broken fixture's problems, so the comparison above compares something", async () => {
    const { problems } = await loadContentInParallel(path.join(fixtures, "broken"), { minFilesPerThread: 1 });
    expect(problems.length).toBeGreaterThan(30);
  });
});
