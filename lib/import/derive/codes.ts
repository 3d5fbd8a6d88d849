import { STATUS_CODES } from "node:http";
import type { DeclaredError } from "../types";

const PLATFORM_CODE = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;

/** A code an article resolves, with what the source says it means (for a new catalogue entry). */
export interface CodeClaim {
  code: number | string;
  status?: number;
  meaning?: string;
}

/**
 * The source's declared errors as our `errorCodes`: HTTP statuses as numbers; codes already in
 * our snake_case shape as they are; all-caps codes (`PGRST301`, `HV000`) lowercased, which
 * changes nothing a reader types; anything else (`42501`, camelCase names) is not a code of ours
 * and stays in the article's symptoms as text, where search still finds it exactly.
 */
export function claimCodes(errors: readonly DeclaredError[]): { claims: CodeClaim[]; textCodes: Set<string> } {
  const claims = new Map<string, CodeClaim>();
  const textCodes = new Set<string>();
  for (const error of errors) {
    const status = error.httpStatus !== undefined && error.httpStatus >= 100 && error.httpStatus <= 599 ? error.httpStatus : undefined;
    if (status !== undefined && !claims.has(String(status))) claims.set(String(status), { code: status, meaning: error.message });
    if (!error.code) continue;
    const code = error.code.trim();
    const asStatus = /^\d{3}$/.test(code) && Number(code) >= 100 && Number(code) <= 599 ? Number(code) : undefined;
    const platform = PLATFORM_CODE.test(code) ? code : /^[A-Z][A-Z0-9_]*$/.test(code) && PLATFORM_CODE.test(code.toLowerCase()) ? code.toLowerCase() : undefined;
    if (asStatus !== undefined && status === undefined) {
      if (!claims.has(code)) claims.set(code, { code: asStatus, meaning: error.message });
    } else if (platform) {
      if (!claims.has(platform)) claims.set(platform, { code: platform, status, meaning: error.message });
    } else if (asStatus === undefined) textCodes.add(code);
  }
  return { claims: [...claims.values()], textCodes };
}

/**
 * HTTP statuses a title names unmistakably: the number with its reason phrase ("401 Unauthorized")
 * or after "HTTP", "status" or "error" ("HTTP 429", "error 503"). A bare number is not enough.
 */
export function statusesInTitle(title: string): DeclaredError[] {
  const found = new Set<number>();
  for (const match of title.matchAll(/\b([1-5]\d\d)\b/g)) {
    const status = Number(match[1]);
    const phrase = STATUS_CODES[status];
    if (!phrase) continue;
    const before = title.slice(0, match.index).toLowerCase();
    const after = title.slice(match.index + match[0].length).toLowerCase();
    if (after.trimStart().startsWith(phrase.toLowerCase()) || /\b(?:http|status|error|code)[\s:]*$/.test(before)) found.add(status);
  }
  return [...found].map((httpStatus) => ({ httpStatus }));
}
