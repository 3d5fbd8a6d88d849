import { maskCardNumbers } from "./card-numbers";
import { maskLabelledValues } from "./labelled-values";
import { MASK } from "./mask";
import { maskPersonalData } from "./personal";
import { maskPrivateKeys } from "./private-keys";
import { maskVendorTokens } from "./vendor-tokens";

/**
 * The one redactor. Everything a reader pastes or types passes through it before it is shown
 * again, copied, kept in storage, put in a support request, or recorded as a signal.
 *
 * Both functions are pure, never throw, and run in time linear in their input, which they cap:
 * past MAX_REDACT_CHARS the text is cut (and says so), never passed on unread.
 */
export { MASK } from "./mask";

export const MAX_REDACT_CHARS = 100_000;

function capped(text: unknown): string {
  const value = typeof text === "string" ? text : String(text ?? "");
  if (value.length <= MAX_REDACT_CHARS) return value;
  return `${value.slice(0, MAX_REDACT_CHARS)}\n[… ${value.length - MAX_REDACT_CHARS} more characters not shown]`;
}

function maskSecrets(text: string): string {
  // Blocks first (they span lines), then known shapes (which keep their public prefix), then any
  // other value beside a secret's label.
  return maskCardNumbers(maskLabelledValues(maskVendorTokens(maskPrivateKeys(text))));
}

/** Masks every common API key, token, password and credential shape, wherever it appears. */
export function redactSecrets(text: string): string {
  try {
    return maskSecrets(capped(text));
  } catch {
    // Unreachable in practice; if it ever happens, nothing unread may leave.
    return MASK;
  }
}

/** `redactSecrets`, plus personal data: email addresses, phone numbers, IP addresses, user names in paths. */
export function redactPersonalData(text: string): string {
  try {
    return maskPersonalData(maskSecrets(capped(text)));
  } catch {
    return MASK;
  }
}
