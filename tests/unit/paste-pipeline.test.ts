import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { pasteCatalogue } from "@/lib/paste/catalogue";
import { readPaste } from "@/lib/paste/read-paste";
import { buildContentIndex } from "@/lib/search/content-index";
import { Searcher } from "@/lib/search/searcher";
import { HOSTILE_PASTES } from "./paste-hostile";

const catalogue = pasteCatalogue(loadContent().content);
// Built here, not in the first test: building the index is not what the timeout below bounds.
// Built from the content, as the build does: tests do not depend on a build having run.
const searcher = new Searcher(buildContentIndex(loadContent().content));

describe("the paste box's whole pipeline", () => {
  it("recognizes, ranks and redacts a real paste", () => {
    const reading = readPaste(
      'HTTP/2 429\nretry-after: 20\nauthorization: Bearer sk-proj-Q7rT2vX9kL4mN8pW3zB6cY1dF5gH0jS\n{"error":{"code":"rate_limit_exceeded","request_id":"req_7Hc2KpQ9sXw3","message":"Slow down"}}',
      catalogue,
    );
    expect(reading.suggestions[0]).toMatchObject({ slug: "rate-limit-exceeded", url: "/articles/rate-limit-exceeded#check-rate-limit-headers" });
    expect(reading.labels).toContain("Code rate_limit_exceeded");
    expect(reading.pasted).toEqual({ labels: reading.labels, requestIds: ["req_7Hc2KpQ9sXw3"], message: "Slow down" });
    expect(JSON.stringify(reading)).not.toContain("Q7rT2vX9kL4m");
  });

  it("searches the message or the last line when nothing is recognized", () => {
    const frames = Array.from({ length: 6 }, (_, i) => `  File "/srv/app/module_${i}.py", line ${i + 10}, in handler_${i}`).join("\n");
    expect(readPaste(`Traceback (most recent call last):\n${frames}\nSomethingWeird: the widget is sad\n\n`, catalogue).searchText).toBe(
      "SomethingWeird: the widget is sad",
    );
    expect(readPaste("the playground shows nothing at all", catalogue).searchText).toBe("the playground shows nothing at all");
  });

  it("recognizes every platform code content/error-codes.yml declares, and a code added there", () => {
    for (const code of catalogue.platformCodes) {
      expect(readPaste(`failed: ${code.toUpperCase()}`, catalogue).labels).toContain(`Code ${code}`);
    }
    const withNewCode = { ...catalogue, platformCodes: [...catalogue.platformCodes, "quota_exhausted"] };
    expect(readPaste("error quota_exhausted while batching", withNewCode).labels).toContain("Code quota_exhausted");
    expect(readPaste("error quota_exhausted while batching", catalogue).labels).not.toContain("Code quota_exhausted");
  });

  // vitest's per-test timeout bounds these: quadratic work on 1 MB would take minutes, not seconds.
  // The speed itself is measured by `npm run bench:paste`, not asserted here.
  it.each(HOSTILE_PASTES)("finishes on 1 MB of %s, reading only the start", (_name, text) => {
    expect(text.length).toBeGreaterThanOrEqual(1_000_000);
    const reading = readPaste(text, catalogue);
    expect(reading.truncated).toBe(true);
    expect(reading.labels).toContain("Only the start of a very long paste was read");
    expect(reading.searchText.length).toBeLessThanOrEqual(200);
    expect(Array.isArray(searcher.search(reading.searchText, 3))).toBe(true);
  });
});
