/** What a masked value becomes. No Markdown or shell meaning, so it is safe in every output. */
export const MASK = "…redacted";

/**
 * Values beside a secret's label that hold no secret: references to one (`$AIAAS_API_KEY`,
 * `${TOKEN}`, `<your-key>`, `{{key}}`), values already masked (`***`, `xxxx`, `[REDACTED]`), and
 * literals (`null`, `None`, `true`). Keeping them tells support how the key was passed.
 */
const PLACEHOLDER =
  /^(?:\$\{?[A-Z_][A-Z0-9_]{0,63}\}?|<[^<>]{0,64}>|\{\{[^{}]{0,64}\}\}|\*+|[xX]{3,}|\.{3}|….{0,16}|\[(?:redacted|filtered|masked|hidden)\]|(?:redacted|filtered|null|none|nil|undefined|true|false|empty))$/i;

/** A value a shape pattern already masked, keeping its public prefix: `sk-proj-…redacted`. */
const ALREADY_MASKED = /^[A-Za-z0-9_.-]{0,24}…redacted$/;

export const isPlaceholder = (value: string): boolean => {
  const trimmed = value.trim();
  return trimmed === "" || PLACEHOLDER.test(trimmed) || ALREADY_MASKED.test(trimmed);
};

/**
 * Whether a bare word after "Bearer" or "Basic" is a credential rather than prose ("Bearer
 * authentication"): credentials carry digits or punctuation, or are long.
 */
export const looksLikeCredential = (value: string): boolean =>
  value.length >= 8 && (/[0-9]/.test(value) || /[._~+/=-]/.test(value) || value.length >= 20);
