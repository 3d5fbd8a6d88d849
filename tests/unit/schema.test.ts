import { describe, expect, it } from "vitest";
import { frontmatterSchema } from "@/lib/content/schema";

const schema = frontmatterSchema(["api", "help"]);
const valid = { title: "Rate limit exceeded", summary: "Too many requests.", category: "api", symptoms: ["429 errors"] };

function messages(input: unknown) {
  const result = schema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
}

describe("frontmatter schema", () => {
  it("accepts a minimal article and fills the defaults", () => {
    const result = schema.parse(valid);
    expect(result).toMatchObject({ type: "troubleshooting", errorCodes: [], audience: [], related: [], redirectFrom: [] });
    expect(result.updated).toBeUndefined();
  });

  it("keeps HTTP statuses as numbers and platform codes as strings", () => {
    expect(schema.parse({ ...valid, errorCodes: [429, "rate_limit_exceeded"] }).errorCodes).toEqual([429, "rate_limit_exceeded"]);
  });

  it("accepts the import's source record and old heading ids other sites generated, and checks both", () => {
    const source = { format: "zendesk", id: "zendesk:360001111", url: "https://help.example.com/hc/en-us/articles/360001111", importedAt: "2026-11-30", hash: "0123456789abcdef" };
    expect(schema.parse({ ...valid, source, anchors: { h_01HW0AAAA3: "solutions", Custom_ID: "why" } }).source).toEqual(source);
    expect(messages({ ...valid, source: { ...source, hash: "nope", extra: 1 } }).sort()).toEqual([
      "source.hash: must be the 16-character hash the importer wrote",
      'source: Unrecognized key: "extra"',
    ]);
    expect(messages({ ...valid, anchors: { "bad id": "x", ok: "Not_Ours" } })).toHaveLength(2);
  });

  it("rejects an unknown key instead of ignoring it", () => {
    const result = schema.safeParse({ ...valid, sumary: "typo" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ code: "unrecognized_keys", keys: ["sumary"] });
  });

  it("names every failing field at once", () => {
    expect(
      messages({
        title: "",
        category: "billing",
        summary: "x".repeat(201),
        errorCodes: ["429", 99, "Not-Snake"],
        audience: ["everyone"],
        updated: "2026-02-30",
        type: "faq",
      }),
    ).toEqual([
      "type: must be one of: troubleshooting, guide",
      "title: must not be empty",
      "summary: must be at most 200 characters",
      "category: must be one of the categories declared in categories.yml: api, help",
      "errorCodes.0: must be an HTTP status as an unquoted number (429) or a platform code in snake_case (rate_limit_exceeded)",
      "errorCodes.1: an HTTP status must be between 100 and 599",
      "errorCodes.2: must be an HTTP status as an unquoted number (429) or a platform code in snake_case (rate_limit_exceeded)",
      "audience.0: must be one of: end-user, developer, admin",
      "updated: must be a date written YYYY-MM-DD",
    ]);
  });

  it("says a missing required field is required", () => {
    expect(messages({ symptoms: ["x"] })).toEqual(["title: is required", "summary: is required", "category: is required"]);
  });

  it("wants one-line text and lists where lists belong", () => {
    expect(messages({ ...valid, summary: "Line one.\nLine two." })).toEqual(["summary: must be one line"]);
    expect(messages({ ...valid, symptoms: "429 errors" })).toEqual(["symptoms: must be a list (one `- item` per line)"]);
  });

  it("accepts only site paths in redirectFrom", () => {
    const message = "must be a site path starting with /, of letters, digits and - _ . ~ / (no query or #anchor)";
    expect(messages({ ...valid, redirectFrom: ["/old-path", "https://elsewhere.example/x", "/a#b", "/:slug(.*)"] })).toEqual([
      `redirectFrom.1: ${message}`,
      `redirectFrom.2: ${message}`,
      `redirectFrom.3: ${message}`,
    ]);
  });

  it("maps old heading ids to new ones in anchors", () => {
    expect(schema.parse({ ...valid, anchors: { "old-step": "new-step" } }).anchors).toEqual({ "old-step": "new-step" });
    expect(messages({ ...valid, anchors: { "Old Step": "new-step" } })).toHaveLength(1);
  });
});
