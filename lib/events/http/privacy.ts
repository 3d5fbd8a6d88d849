/** `DNT: 1` or `Sec-GPC: 1`: the visitor asked not to be tracked, so nothing of theirs is stored. */
export function optedOut(headers: Headers): boolean {
  return headers.get("dnt")?.trim() === "1" || headers.get("sec-gpc")?.trim() === "1";
}
