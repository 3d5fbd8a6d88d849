/**
 * A request's or response's body as text, or null as soon as it passes `maxBytes`. The declared
 * `Content-Length` is checked first, and the stream is counted too (a chunked body declares no
 * length, and a declared one may lie), so no more than `maxBytes` are ever held; the rest is never
 * read. One reader for every body from outside: event POSTs, sign-in, the status feed.
 */
export async function readCappedText(message: Request | Response, maxBytes: number): Promise<string | null> {
  const declared = Number(message.headers.get("content-length") ?? 0);
  if (declared > maxBytes) {
    // Frees the connection of a response we will not read (a no-op for a request's body).
    await message.body?.cancel().catch(() => undefined);
    return null;
  }
  if (!message.body) return "";
  const reader = message.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}
