/**
 * `decodeURIComponent` that never throws: a malformed escape (`%`, `%E0%A4%A`, `%C0%AF`) comes back
 * as written, or as `undefined` from `isDecodable`'s point of view. URLs are user input; nothing
 * in one may break a page or a request.
 */
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Whether every `%` escape in `text` decodes (as Next.js will try to when matching routes). */
export function isDecodable(text: string): boolean {
  try {
    decodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
}
