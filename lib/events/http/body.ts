/** Event bodies are small: a comment of 1,000 characters fits with room to spare. */
export const MAX_BODY_BYTES = 4096;

/**
 * The request body as text, or null when it is larger than `max` bytes. `Content-Length` is
 * checked first, and the stream is counted too (a chunked body declares no length, and a
 * declared one may lie), so no more than `max` bytes are ever held.
 */
export async function readLimitedText(request: Request, max = MAX_BODY_BYTES): Promise<string | null> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > max) return null;
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}
