/**
 * Text and links from a status feed are someone else's: they are shown as plain text (React
 * escapes them; nothing here is ever HTML) and cleaned of what could still mislead a reader.
 */

// C0/C1 controls except tab and newline, and the bidirectional overrides and isolates that can
// make text read differently from how it is stored (the "Trojan Source" characters).
const UNSAFE_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Plain text, safe to show: no control characters, runs of blank lines and spaces squeezed, capped. */
export function cleanText(text: string, max: number): string {
  // Only the start can be shown, so only the start is read (a feed may send 1 MiB of one string).
  const cleaned = text
    .slice(0, max * 4)
    .replace(/\r\n?/g, "\n")
    .replace(UNSAFE_CHARACTERS, "")
    .replace(/[ \t]+/g, " ")
    .split("\n")
    .map((line) => line.trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return cleaned.length > max ? `${cleaned.slice(0, max - 1).trimEnd()}…` : cleaned;
}

/** A link we may offer: http or https only (no `javascript:`, `data:` or relative tricks), else null. */
export function safeLink(value: unknown): string | null {
  if (typeof value !== "string" || value.length > 2000) return null;
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
  } catch {
    return null;
  }
}
