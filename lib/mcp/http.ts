import "server-only";
import { WebStandardStreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js";
import { clientIp } from "../events/http/client-ip";
import { RateLimiter } from "../events/http/rate-limit";
import { artifactSource } from "./artifact-source";
import { MAX_BODY_BYTES, mcpRate } from "./limits";
import { createMcpServer } from "./server";

const KEY = Symbol.for("help-center.mcp-rate-limiter");

// One limiter per server process, in memory, like the event endpoints' (N instances allow N times the rate).
function limiter(): RateLimiter {
  const holder = globalThis as { [KEY]?: RateLimiter };
  return (holder[KEY] ??= new RateLimiter(mcpRate()));
}

/** A JSON-RPC error as an HTTP answer: what MCP clients expect when the request itself is refused. */
function rpcError(status: number, message: string, headers: Record<string, string> = {}): Response {
  return Response.json({ jsonrpc: "2.0", error: { code: -32000, message }, id: null }, { status, headers: { "Cache-Control": "no-store", ...headers } });
}

/**
 * POST /api/mcp: one JSON-RPC message, answered with JSON (no stream, no session: every request
 * stands alone, so any instance can answer it). Over the rate: 429 with Retry-After. Bad arguments
 * are tool errors inside a 200 (the SDK validates them with each tool's zod schema); a malformed
 * message is the SDK's 4xx; a body over the cap is a 413 before it is parsed.
 */
export async function handleMcpPost(request: Request): Promise<Response> {
  const retryAfter = limiter().take(clientIp(request.headers));
  if (retryAfter > 0) return rpcError(429, "Too many requests: slow down and retry after the Retry-After seconds.", { "Retry-After": String(retryAfter) });
  const transport = new WebStandardStreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true, maxRequestBodySize: MAX_BODY_BYTES });
  const server = createMcpServer(artifactSource);
  try {
    await server.connect(transport);
    const response = await transport.handleRequest(request);
    const headers = new Headers(response.headers);
    headers.set("Cache-Control", "no-store");
    return new Response(response.body, { status: response.status, headers });
  } catch {
    // Only the server's own fault gets here (its artifacts unreadable): no stack trace, a retryable answer.
    return rpcError(503, "The help center's MCP server is unavailable; try again shortly.", { "Retry-After": "30" });
  }
}

/** GET (a server-sent event stream) and DELETE (ending a session) mean nothing to a stateless server. */
export function mcpMethodNotAllowed(): Response {
  return rpcError(405, "This MCP endpoint is stateless: send each JSON-RPC message as a POST (Streamable HTTP).", { Allow: "POST" });
}
