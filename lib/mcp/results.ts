import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";

/** A tool's answer as JSON: the text for models that read text, the same object for clients that read structure. */
export function jsonResult(value: Record<string, unknown>): CallToolResult {
  return { content: [{ type: "text", text: JSON.stringify(value, null, 2) }], structuredContent: value };
}

export function markdownResult(text: string): CallToolResult {
  return { content: [{ type: "text", text }] };
}

/** A failure the client shows the model or the person: what was wrong and what to do instead. */
export function toolError(message: string): CallToolResult {
  return { content: [{ type: "text", text: message }], isError: true };
}

/** Every tool only reads public content. */
export const READ_ONLY = { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false } as const;

/**
 * A tool's body, with a failure of ours (never of the input: zod refused that already) turned into
 * a plain tool error. The SDK would pass the exception's message on, and ours can name server paths
 * (a missing artifacts folder); the log keeps the detail.
 */
export function guarded<A extends unknown[]>(run: (...args: A) => Promise<CallToolResult>): (...args: A) => Promise<CallToolResult> {
  return async (...args) => {
    try {
      return await run(...args);
    } catch (error) {
      console.error("MCP tool failed:", error);
      return toolError("The help center could not answer this just now. Try again in a minute.");
    }
  };
}
