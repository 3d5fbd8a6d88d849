import type { ErrorDetails } from "@/lib/paste/types";
import type { Signal } from "./event-recorder";

// The shape the event endpoint accepts; anything else found in a JSON `code` field is left out.
const CODE = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/;

/** What a paste box recognized, as a signal: the codes and statuses only, never the pasted text. */
export function pasteSignal(source: "home" | "support", details: Pick<ErrorDetails, "codes" | "statuses">): Signal {
  return { type: "paste", source, codes: details.codes.filter((code) => CODE.test(code)).slice(0, 20), statuses: details.statuses.slice(0, 20) };
}
