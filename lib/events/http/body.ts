import { readCappedText } from "../../read-capped";

/** Event bodies are small: a comment of 1,000 characters fits with room to spare. */
export const MAX_BODY_BYTES = 4096;

/** The request body as text, or null when it is larger than `max` bytes (see lib/read-capped.ts). */
export function readLimitedText(request: Request, max = MAX_BODY_BYTES): Promise<string | null> {
  return readCappedText(request, max);
}
