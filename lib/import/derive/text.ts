/** One line, single spaces. */
export const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

/**
 * Text shortened to `max` characters for a field with a limit: whole sentences when they fit,
 * else whole words and an ellipsis. Returns the text unchanged when it already fits.
 */
export function shorten(text: string, max: number, sentences = true): string {
  const line = oneLine(text);
  if (line.length <= max) return line;
  if (sentences) {
    let fitted = "";
    for (const sentence of line.match(/[^.!?]+[.!?]+(?=\s|$)|[^.!?]+$/g) ?? []) {
      if ((fitted + sentence).trim().length > max) break;
      fitted += sentence;
    }
    if (fitted.trim().length >= max / 3) return fitted.trim();
  }
  const cut = line.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, "")}…`;
}
