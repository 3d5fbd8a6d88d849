import { expect, test } from "@playwright/test";
import { callTool, clientAddress, mcpClient, toolText } from "./mcp-client";

/**
 * The MCP server end to end: the SDK's own client, over real HTTP, against `next start`.
 */
const RATE_LIMIT_BODY = JSON.stringify({
  error: { message: "Rate limit reached for requests per min (RPM): Limit 60, Used 60, Requested 1.", type: "rate_limit_error", param: null, code: "rate_limit_exceeded" },
});

test("lists the four tools, each described for a model, and every article as a resource", async ({ baseURL }) => {
  const client = await mcpClient(baseURL!);
  const { tools } = await client.listTools();
  expect(tools.map((tool) => tool.name).sort()).toEqual(["diagnose_error", "get_article", "list_error_codes", "search_articles"]);
  for (const tool of tools) expect(tool.description?.length, tool.name).toBeGreaterThan(80);
  expect(Object.keys(tools.find((tool) => tool.name === "get_article")!.inputSchema.properties ?? {})).toEqual(["slug", "section"]);
  const { resources } = await client.listResources();
  expect(resources.length).toBeGreaterThan(10);
  const read = await client.readResource({ uri: resources.find((resource) => resource.uri.endsWith("/articles/invalid-api-key.md"))!.uri });
  expect(read.contents[0]).toMatchObject({ mimeType: "text/markdown" });
  await client.close();
});

test("search_articles ranks like /api/search and answers absolute URLs", async ({ baseURL, request }) => {
  const client = await mcpClient(baseURL!);
  const result = await callTool(client, "search_articles", { query: "invalid api key", limit: 3 });
  const { results } = result.structuredContent as { results: { slug: string; url: string; markdownUrl: string }[] };
  const api = (await (await request.get("/api/search?q=invalid%20api%20key&limit=3")).json()) as { results: { slug: string }[] };
  expect(results.map((hit) => hit.slug)).toEqual(api.results.map((hit) => hit.slug));
  expect(results[0]?.slug).toBe("invalid-api-key");
  expect(results[0]?.markdownUrl).toMatch(/^https?:\/\/[^/]+\/articles\/invalid-api-key\.md$/);
  await client.close();
});

test("get_article gives the article as Markdown, or one step of it", async ({ baseURL, request }) => {
  const client = await mcpClient(baseURL!);
  const whole = toolText(await callTool(client, "get_article", { slug: "rate-limit-exceeded" }));
  expect(whole).toBe(await (await request.get("/articles/rate-limit-exceeded.md")).text());
  const step = toolText(await callTool(client, "get_article", { slug: "rate-limit-exceeded", section: "exponential-backoff" }));
  expect(step).toMatch(/^From “Rate limit exceeded/);
  expect(step).toContain("### [Implement exponential backoff]");
  expect(step).not.toContain("### [Reduce request frequency]");
  await client.close();
});

test("diagnose_error on a pasted JSON 429 body names the rate-limit article and its first step", async ({ baseURL }) => {
  const client = await mcpClient(baseURL!);
  const result = await callTool(client, "diagnose_error", { text: RATE_LIMIT_BODY });
  expect(result.isError).toBeFalsy();
  const diagnosis = result.structuredContent as { codes: string[]; articles: { slug: string; startWith: string; url: string }[]; firstStep: { title: string; markdown: string } };
  expect(diagnosis.codes).toContain("rate_limit_exceeded");
  expect(diagnosis.articles[0]).toMatchObject({ slug: "rate-limit-exceeded", startWith: "Check the rate limit headers" });
  expect(diagnosis.articles[0]?.url).toMatch(/\/articles\/rate-limit-exceeded#check-rate-limit-headers$/);
  expect(diagnosis.firstStep.title).toBe("Check the rate limit headers");
  expect(toolText(result)).toContain("Check the rate limit headers");
  await client.close();
});

test("list_error_codes is the same catalogue as /errors.json", async ({ baseURL, request }) => {
  const client = await mcpClient(baseURL!);
  const result = await callTool(client, "list_error_codes", {});
  expect(result.structuredContent).toEqual(await (await request.get("/errors.json")).json());
  await client.close();
});

test("a secret in a paste never comes back", async ({ baseURL }) => {
  const key = "sk-proj-Zx9vQ2mL7pR4tY8wK1nB5cH3jF6gD0sA";
  const client = await mcpClient(baseURL!);
  const result = await callTool(client, "diagnose_error", { text: `curl -H "Authorization: Bearer ${key}" https://api.aiaas.example/v1/chat\nHTTP/1.1 401 Unauthorized\n{"error":{"code":"invalid_api_key","message":"Incorrect API key provided: ${key}"}}` });
  expect(toolText(result)).not.toContain("Zx9vQ2mL7pR4tY8wK1nB5cH3jF6gD0sA");
  expect((result.structuredContent as { articles: { slug: string }[] }).articles[0]?.slug).toBe("invalid-api-key");
  await client.close();
});

test("oversized and malformed arguments are tool errors, not HTTP failures", async ({ baseURL }) => {
  const client = await mcpClient(baseURL!);
  const cases: [string, Record<string, unknown>][] = [
    ["search_articles", { query: "a".repeat(201) }],
    ["search_articles", { query: "x".repeat(100_000) }],
    ["search_articles", { query: 429 }],
    ["search_articles", { query: "429", limit: -1 }],
    ["get_article", { slug: "x".repeat(5_000) }],
    ["get_article", { slug: "../../etc/passwd" }],
    ["get_article", { slug: "rate-limit-exceeded", section: "<script>" }],
    ["diagnose_error", { text: "E".repeat(20_001) }],
    ["diagnose_error", { text: "😀".repeat(60_000) }],
    ["diagnose_error", { text: "" }],
    ["diagnose_error", { text: { nested: true } }],
  ];
  for (const [name, args] of cases) {
    const result = await callTool(client, name, args);
    expect(result.isError, `${name} ${JSON.stringify(args).slice(0, 50)}`).toBe(true);
    expect(toolText(result).length).toBeLessThan(2_000);
  }
  await client.close();
});

test("requests the server cannot take get 4xx answers, never a 5xx", async ({ request }) => {
  const headers = { "content-type": "application/json", accept: "application/json, text/event-stream", "x-forwarded-for": clientAddress() };
  const call = { jsonrpc: "2.0", id: 1, method: "tools/call", params: { name: "search_articles", arguments: { query: "429" } } };
  expect((await request.get("/api/mcp")).status()).toBe(405);
  expect((await request.post("/api/mcp", { headers, data: "{not json" })).status()).toBe(400);
  expect((await request.post("/api/mcp", { headers: { ...headers, "content-type": "text/plain" }, data: JSON.stringify(call) })).status()).toBe(415);
  const huge = await request.post("/api/mcp", { headers, data: JSON.stringify({ ...call, params: { name: "diagnose_error", arguments: { text: "x".repeat(300_000) } } }) });
  expect(huge.status()).toBe(413);
  const ok = await request.post("/api/mcp", { headers, data: call });
  expect(ok.status()).toBe(200);
  expect(ok.headers()["cache-control"]).toBe("no-store");
});

test("each client is rate limited on its own, with Retry-After", async ({ request }) => {
  const list = { jsonrpc: "2.0", id: 1, method: "tools/list" };
  const headers = (address: string) => ({ "content-type": "application/json", accept: "application/json, text/event-stream", "x-forwarded-for": address });
  const busy = clientAddress();
  let limited: Awaited<ReturnType<typeof request.post>> | undefined;
  // The default is 120 requests a minute per client, in bursts of up to 120.
  for (let sent = 0; sent < 200 && !limited; sent += 1) {
    const response = await request.post("/api/mcp", { headers: headers(busy), data: list });
    if (response.status() === 429) limited = response;
    else expect(response.status()).toBe(200);
  }
  expect(limited, "the 121st request in a minute is refused").toBeTruthy();
  expect(Number(limited!.headers()["retry-after"])).toBeGreaterThan(0);
  expect(((await limited!.json()) as { error: { message: string } }).error.message).toContain("Too many requests");
  expect((await request.post("/api/mcp", { headers: headers(clientAddress()), data: list })).status()).toBe(200);
});
