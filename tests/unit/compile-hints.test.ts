import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { COMPILE_HINT, markStartupChunks, startupChunks, withCompileHint } from "@/lib/compile-hints";

let scratch = "";

afterEach(() => {
  if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
});

/** A build folder with a manifest and three chunks, of which two start every page. */
function fakeBuild(): string {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), "compile-hints-"));
  fs.mkdirSync(path.join(scratch, "static/chunks"), { recursive: true });
  fs.writeFileSync(path.join(scratch, "static/chunks/react.js"), "(globalThis.TURBOPACK||[]).push([1])");
  fs.writeFileSync(path.join(scratch, "static/chunks/runtime.js"), '"use strict";run()');
  fs.writeFileSync(path.join(scratch, "static/chunks/search.js"), "lazy()");
  fs.writeFileSync(path.join(scratch, "build-manifest.json"), JSON.stringify({ polyfillFiles: ["static/chunks/polyfills.js"], rootMainFiles: ["static/chunks/react.js", "static/chunks/runtime.js"] }));
  return scratch;
}

describe("V8 compile hints on the start-up chunks", () => {
  it("puts the magic comment on its own first line, once, whatever the file starts with", () => {
    expect(withCompileHint('"use strict";x()')).toBe(`//# allFunctionsCalledOnLoad\n"use strict";x()`);
    expect(withCompileHint(withCompileHint("x()"))).toBe(`${COMPILE_HINT}x()`);
  });

  it("takes Next's rootMainFiles and nothing that is not a chunk file", () => {
    const manifest = { rootMainFiles: ["static/chunks/a.js", "static/chunks/../../server/app.js", "/etc/passwd", "static/css/a.css", 42, "static/chunks/b-1.js"] };
    expect(startupChunks(manifest)).toEqual(["static/chunks/a.js", "static/chunks/b-1.js"]);
  });

  it("says what changed when the manifest has no start-up list", () => {
    expect(() => startupChunks({ pages: {} })).toThrow(/rootMainFiles/);
    expect(() => startupChunks(null)).toThrow(/rootMainFiles/);
  });

  it("marks the start-up chunks of a build, leaves the lazily loaded ones, and can run twice", async () => {
    const dir = fakeBuild();
    expect(await markStartupChunks(dir)).toEqual(["static/chunks/react.js", "static/chunks/runtime.js"]);
    await markStartupChunks(dir);
    const read = (name: string) => fs.readFileSync(path.join(dir, "static/chunks", name), "utf8");
    expect(read("react.js")).toBe(`${COMPILE_HINT}(globalThis.TURBOPACK||[]).push([1])`);
    expect(read("runtime.js")).toBe(`${COMPILE_HINT}"use strict";run()`);
    expect(read("search.js")).toBe("lazy()");
  });
});
