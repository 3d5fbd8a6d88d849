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
