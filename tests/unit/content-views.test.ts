import path from "node:path";
import { describe, expect, it } from "vitest";
import { errorEntries, findErrorEntry } from "@/lib/content/error-entries";
import { loadContent } from "@/lib/content/load";
import { MAX_CHOICES, MAX_MORE, navigatorGroups } from "@/lib/content/navigator";
import { findSymptom, PRERENDERED_SYMPTOMS, prerenderedSymptoms, symptomDescription, symptomEntries, symptomSlug } from "@/lib/content/symptoms";

const { content } = loadContent(path.join(import.meta.dirname, "../fixtures/valid"));

describe("navigator groups come from content", () => {
  const groups = navigatorGroups(content);

  it("keeps the groups and order of navigator.yml", () => {
    expect(groups.map((group) => group.title)).toEqual(["I get an error code", "Requests fail"]);
  });

  it("offers every declared HTTP status, straight to the step to start with", () => {
    expect(groups[0]?.choices).toEqual([
      { label: "429 Too Many Requests", href: "/articles/too-many-requests#check-headers", hint: "Too many requests" },
    ]);
  });

  it("offers the symptoms of the group's categories, each straight to the article's solutions", () => {
    expect(groups[1]?.choices).toEqual([
      { label: "429 Too Many Requests errors", href: "/articles/too-many-requests#solutions", hint: "Too many requests" },
    ]);
  });
});

describe("symptoms", () => {
  it("get GitHub-style slugs without quotes", () => {
    expect(symptomSlug('"Invalid API key provided"')).toBe("invalid-api-key-provided");
    expect(symptomSlug("Error: rate_limit_exceeded")).toBe("error-rate_limit_exceeded");
  });

  it("have one entry per distinct slug, with the articles that list them", () => {
    expect(symptomEntries(content).map((entry) => [entry.slug, entry.url, entry.articles.map((article) => article.slug)])).toEqual([
      ["429-too-many-requests-errors", "/symptoms/429-too-many-requests-errors", ["too-many-requests"]],
    ]);
  });

  it("are found by their slug as built or as a request's path carries it (percent-encoded), never throwing on a bad escape", () => {
    const entry = symptomEntries(content)[0]!;
    expect(findSymptom(content, "429-too-many-requests-errors")).toBe(entry);
    expect(findSymptom(content, "%34%32%39-too-many-requests-errors")).toBe(entry);
    expect(findSymptom(content, "%E0%A4%A")).toBeUndefined();
    expect(findSymptom(content, "no-such-symptom")).toBeUndefined();
  });

  it("describe their page with the first three articles' titles and a count of the rest", () => {
    const entry = symptomEntries(content)[0]!;
    expect(symptomDescription(entry)).toBe("What to do when you see “429 Too Many Requests errors”: Too many requests.");
    const shared = { ...entry, articles: Array.from({ length: 1000 }, (_, index) => ({ ...entry.articles[0]!, title: `Cause ${index}` })) };
    expect(symptomDescription(shared)).toBe("What to do when you see “429 Too Many Requests errors”: Cause 0, Cause 1, Cause 2 and 997 more.");
  });
});

describe("prerendered symptoms (the rest of a large site's render on their first request)", () => {
  const bundled = loadContent().content;
  const all = symptomEntries(bundled);

  it("are all of a small site's, in content order, and 2,000 unless the build says otherwise", () => {
    expect(PRERENDERED_SYMPTOMS).toBe(2000);
    expect(all.length).toBeLessThan(PRERENDERED_SYMPTOMS);
    expect(prerenderedSymptoms(bundled)).toEqual(all);
  });

  it("are the most-linked past the count (most articles first, then by slug), none left out that more articles list", () => {
    const kept = prerenderedSymptoms(bundled, 5);
    expect(kept).toHaveLength(5);
    const counts = kept.map((entry) => entry.articles.length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts[0]).toBeGreaterThan(1);
    const left = all.filter((entry) => !kept.includes(entry));
    expect(Math.max(...left.map((entry) => entry.articles.length))).toBeLessThanOrEqual(counts.at(-1)!);
    for (let i = 1; i < kept.length; i += 1) {
      if (kept[i]!.articles.length === kept[i - 1]!.articles.length) expect(kept[i]!.slug > kept[i - 1]!.slug).toBe(true);
    }
    expect(prerenderedSymptoms(bundled, 0)).toEqual([]);
  });
});

describe("error entries", () => {
  it("join the catalogue with the articles that claim each code, starting at the catalogue's step", () => {
    expect(findErrorEntry(content, "rate_limit_exceeded")).toMatchObject({
      kind: "platform",
      status: 429,
      url: "/errors/rate_limit_exceeded",
      fixes: [{ url: "/articles/too-many-requests#check-headers", step: { id: "check-headers", title: "Check the headers" } }],
    });
  });

  it("fall back to the first solution when the catalogue names no step", () => {
    expect(findErrorEntry(content, "429")?.fixes[0]?.url).toBe("/articles/too-many-requests#check-headers");
  });

  it("list HTTP statuses before platform codes", () => {
    expect(errorEntries(content).map((entry) => entry.code)).toEqual(["429", "rate_limit_exceeded"]);
  });
});

describe("navigator groups at scale", () => {
  // Forty articles with three symptoms each in one group: more than the caps allow on the home page.
  const many = Array.from({ length: 40 }, (_, index) => ({
    ...content.articles[0]!,
    slug: `generated-${index}`,
    url: `/articles/generated-${index}`,
    category: "api",
    symptoms: [`First symptom ${index}`, `Second symptom ${index}`, `Third symptom ${index}`],
  }));
  const large = { ...content, articles: [...content.articles, ...many] };
  const group = navigatorGroups(large).find((candidate) => candidate.choices.some((choice) => choice.label === "First symptom 0"))!;

  it("shows at most MAX_CHOICES choices and MAX_MORE behind More, and counts the rest", () => {
    expect(group.choices).toHaveLength(MAX_CHOICES);
    expect(group.more).toHaveLength(MAX_MORE);
    expect(group.omitted).toBeGreaterThan(0);
    expect(group.choices.length + group.more.length + group.omitted).toBe(new Set(large.articles.filter((article) => article.category === "api").flatMap((article) => article.symptoms)).size);
  });

  it("leaves the small fixture whole", () => {
    expect(navigatorGroups(content).every((candidate) => candidate.omitted === 0)).toBe(true);
  });
});
