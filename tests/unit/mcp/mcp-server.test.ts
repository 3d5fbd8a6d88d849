import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { beforeAll, describe, expect, it } from "vitest";
import { createMcpServer } from "@/lib/mcp/server";
import { content, source, text } from "./fixture";

/**
 * The MCP server over the SDK's in-memory transport, on the bundled content: the tools' logic.
 * The same tools over real HTTP against `next start` are in tests/e2e/mcp.spec.ts.
 */
let client: Client;
beforeAll(async () => {
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await createMcpServer(source).connect(serverSide);
  client = new Client({ name: "unit", version: "0" });
  await client.connect(clientSide);
});

const call = async (name: string, args: Record<string, unknown>) => (await client.callTool({ name, arguments: args })) as CallToolResult;

describe("the MCP server", () => {
  it("offers the four tools, each with a description and an input schema", async () => {
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name).sort()).toEqual(["diagnose_error", "get_article", "list_error_codes", "search_articles"]);
    for (const tool of tools) {
      expect(tool.description?.length ?? 0).toBeGreaterThan(80);
      expect(tool.inputSchema.type).toBe("object");
      expect(tool.annotations?.readOnlyHint).toBe(true);
    }
  });

  it("search_articles ranks as the site does: a code's article first", async () => {
    const result = await call("search_articles", { query: "429", limit: 3 });
    const { results } = result.structuredContent as { results: { slug: string; url: string }[] };
    expect(results[0]?.slug).toBe("rate-limit-exceeded");
    expect(results.length).toBeLessThanOrEqual(3);
    expect(results[0]?.url).toMatch(/^https?:\/\/.+\/articles\/rate-limit-exceeded/);
  });

  it("search_articles masks a key echoed back in the query", async () => {
    const key = "sk-proj-abcdefghijklmnopqrstuvwxyz0123456789ABCD";
    expect(text(await call("search_articles", { query: `invalid key ${key}` }))).not.toContain(key);
  });

  it("get_article gives the whole article or one step, and a tool error for an unknown one", async () => {
    expect(text(await call("get_article", { slug: "rate-limit-exceeded" }))).toMatch(/^# Rate limit exceeded/);
    const step = text(await call("get_article", { slug: "rate-limit-exceeded", section: "exponential-backoff" }));
    expect(step).toContain("### [Implement exponential backoff]");
    expect(step).not.toContain("Reduce request frequency");
    const missing = await call("get_article", { slug: "no-such-article" });
    expect(missing.isError).toBe(true);
    expect(text(missing)).toContain("search_articles");
    const noStep = await call("get_article", { slug: "rate-limit-exceeded", section: "nope" });
    expect(noStep.isError).toBe(true);
    expect(text(noStep)).toContain("check-rate-limit-headers");
  });

  it("diagnose_error reads a 429 body: the rate-limit article, the step to start with, Retry-After", async () => {
    const paste = 'HTTP/1.1 429 Too Many Requests\nRetry-After: 20\n\n{"error":{"code":"rate_limit_exceeded","message":"Rate limit reached for requests"}}';
    const result = (await call("diagnose_error", { text: paste })).structuredContent as {
      statuses: number[];
      codes: string[];
      retryAfterSeconds: number;
      articles: { slug: string; startWith: string }[];
      firstStep: { title: string; markdown: string };
    };
    expect(result.statuses).toContain(429);
    expect(result.codes).toContain("rate_limit_exceeded");
    expect(result.retryAfterSeconds).toBe(20);
    expect(result.articles[0]).toMatchObject({ slug: "rate-limit-exceeded", startWith: "Check the rate limit headers" });
    expect(result.firstStep.markdown).toContain("### [Check the rate limit headers]");
  });

  it("diagnose_error masks secrets in what it echoes", async () => {
    const key = "sk-proj-abcdefghijklmnopqrstuvwxyz0123456789ABCD";
    const result = await call("diagnose_error", { text: `Authorization: Bearer ${key}\n{"error":{"code":"invalid_api_key","message":"Incorrect API key provided: ${key}"}}` });
    expect(text(result)).not.toContain(key);
    expect(text(result)).not.toContain("abcdefghijklmnop");
  });

  it("bad and oversized arguments are tool errors", async () => {
    for (const [name, args] of [
      ["search_articles", { query: "x".repeat(201) }],
      ["search_articles", { query: "" }],
      ["search_articles", { query: "429", limit: 1000 }],
      ["get_article", { slug: "../../etc/passwd" }],
      ["diagnose_error", { text: "e".repeat(20_001) }],
      ["diagnose_error", {}],
      ["no_such_tool", {}],
    ] as const) {
      const result = await call(name, args);
      expect(result.isError, `${name} ${JSON.stringify(args).slice(0, 60)}`).toBe(true);
    }
  });

  it("list_error_codes is the catalogue: every code with its articles", async () => {
    const { codes } = (await call("list_error_codes", {})).structuredContent as { codes: Record<string, { articles: { slug: string }[] }> };
    expect(codes["rate_limit_exceeded"]?.articles[0]?.slug).toBe("rate-limit-exceeded");
    expect(codes["429"]).toBeTruthy();
  });

  it("lists and reads each article as a resource at its Markdown URL", async () => {
    const { resources } = await client.listResources();
    expect(resources).toHaveLength(content.articles.length);
    const uri = resources.find((resource) => resource.uri.endsWith("/articles/rate-limit-exceeded.md"))!.uri;
    const read = await client.readResource({ uri });
    expect(read.contents[0]).toMatchObject({ mimeType: "text/markdown" });
    await expect(client.readResource({ uri: uri.replace("rate-limit-exceeded", "nope") })).rejects.toThrow();
  });
});

