import { describe, expect, it } from "vitest";
import { LIST_ALL_FLAG, unlockedUrlsReport } from "@/lib/cli/unlocked-report";

const few = ["/articles/a", "/articles/a#fix", "/symptoms/slow"];
const many = [
  ...Array.from({ length: 30 }, (_, index) => `/articles/generated-${index}`),
  ...Array.from({ length: 120 }, (_, index) => `/articles/generated-${index % 30}#step-${index}`),
  ...Array.from({ length: 40 }, (_, index) => `/symptoms/symptom-${index}`),
  "/errors/webhook_expired",
  "/categories/imported",
  "/articles/page/2",
  "/categories/imported/page/2",
  "/errors/429/page/3",
];

describe("the unlocked-URL report", () => {
  it("lists a few URLs one per line", () => {
    expect(unlockedUrlsReport(few, false).split("\n")).toEqual([
      "3 new URLs not yet in the published-URL lock (run `npm run urls:lock` when they are ready to publish):",
      "  /articles/a",
      "  /articles/a#fix",
      "  /symptoms/slow",
    ]);
  });

  it("past a screenful, gives the count by kind, a sample of each, and the commands", () => {
    const lines = unlockedUrlsReport(many, false).split("\n");
    expect(lines).toEqual([
      "195 new URLs not yet in the published-URL lock (run `npm run urls:lock` when they are ready to publish).",
      "  120 heading anchors, e.g. /articles/generated-0#step-0, /articles/generated-1#step-1, …",
      "  3 later pages of lists, e.g. /articles/page/2, /categories/imported/page/2, …",
      "  30 articles, e.g. /articles/generated-0, /articles/generated-1, …",
      "  40 symptoms, e.g. /symptoms/symptom-0, /symptoms/symptom-1, …",
      "  1 error code, e.g. /errors/webhook_expired",
      "  1 category, e.g. /categories/imported",
      `List them all with \`npm run content:check -- ${LIST_ALL_FLAG}\`.`,
    ]);
  });

  it("lists every one when asked", () => {
    expect(unlockedUrlsReport(many, true).split("\n")).toHaveLength(many.length + 1);
  });

  it("counts an import's hundred thousand URLs (grouping them once was quadratic: 50 s)", () => {
    const imported = Array.from({ length: 100_000 }, (_, index) => `/articles/imported-${index >> 3}#step-${index}`);
    expect(unlockedUrlsReport(imported, false).split("\n")[1]).toMatch(/^  100,000 heading anchors, e\.g\. /);
  });

  it("says nothing when every URL is locked", () => {
    expect(unlockedUrlsReport([], false)).toBe("");
  });
});
