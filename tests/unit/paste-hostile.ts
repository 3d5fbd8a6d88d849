/**
 * Pastes built to make a careless regex or parser do quadratic or exponential work: long runs of
 * whitespace, quotes, braces and digits, and the pieces our patterns start from, repeated. Shared
 * by the pipeline test (it must finish) and `npm run bench:paste` (how fast).
 */
const MB = 1_000_000;
const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);

export const HOSTILE_PASTES: [name: string, text: string][] = [
  ["blank lines", fill("\n")],
  ["spaces", fill(" ")],
  ["tabs and carriage returns", fill("\t\r\n")],
  ["double quotes", fill('"')],
  ["single quotes", fill("'")],
  ["opening braces", fill("{")],
  ["unterminated keys", fill('{"a":')],
  ["Python dict openings", fill("{'")],
  ["digits", fill("9")],
  ["status-line prefixes", fill("HTTP/1.1 ")],
  ["status code prefixes", fill("status code ")],
  ["a number then spaces", `429${fill(" ")}`],
  ["repeated header names", fill("x-ratelimit-remaining-requests: ")],
  ["header lines", fill("Authorization: Bearer \n")],
  ["snake_case run", fill("a_")],
  ["a long request id", `req_${fill("a")}`],
  ["escaped message", `"message": "${fill("\\\\")}`],
  ["retry phrases", fill("retry after ")],
  ["keyword prefixes", fill("rate limit ")],
  ["exception-like lines", fill("Error: ")],
  ["capitals (camelCase split)", fill("A")],
  ["key prefixes", fill("sk-")],
  ["at signs", fill("a@")],
  ["private key headers", fill("-----BEGIN ")],
];
