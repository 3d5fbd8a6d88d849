import { describeErrorDetails } from "../paste/describe";
import type { ErrorDetails } from "../paste/types";
import { redactSecrets } from "../redact";

/**
 * What a support request carries of an error the reader pasted: the recognized labels, request ids
 * and message, never the paste itself. Built only here, so every copy of it (on screen, in
 * sessionStorage, in the request, on the clipboard) has been through the redactor.
 */
export interface PastedError {
  labels: string[];
  requestIds: string[];
  message?: string;
}

const MAX_LABELS = 12;
const MAX_IDS = 5;
const MAX_LABEL_CHARS = 200;
const MAX_MESSAGE_CHARS = 300;

const clean = (text: string, max: number) => redactSecrets(text.slice(0, max * 4)).slice(0, max);

export function pastedErrorFrom(details: ErrorDetails): PastedError {
  return {
    labels: describeErrorDetails(details).slice(0, MAX_LABELS).map((label) => clean(label, MAX_LABEL_CHARS)),
    requestIds: details.requestIds.slice(0, MAX_IDS).map((id) => clean(id, MAX_LABEL_CHARS)),
    message: details.message ? clean(details.message, MAX_MESSAGE_CHARS) : undefined,
  };
}

const strings = (value: unknown, max: number, maxChars: number): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === "string").slice(0, max).map((item) => clean(item, maxChars)) : [];

/**
 * A pasted error read back from storage, checked element by element: anything of the wrong type is
 * dropped, lengths are capped, and the text is redacted again (storage is not ours to trust).
 */
export function parsePastedError(raw: string | null): PastedError | undefined {
  if (!raw || raw.length > 20_000) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (typeof value !== "object" || value === null) return undefined;
  const record = value as Record<string, unknown>;
  const labels = strings(record.labels, MAX_LABELS, MAX_LABEL_CHARS);
  const requestIds = strings(record.requestIds, MAX_IDS, MAX_LABEL_CHARS);
  const message = typeof record.message === "string" && record.message ? clean(record.message, MAX_MESSAGE_CHARS) : undefined;
  return labels.length || requestIds.length || message ? { labels, requestIds, message } : undefined;
}
