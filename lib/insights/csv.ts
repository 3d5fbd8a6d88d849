/**
 * CSV as spreadsheets read it (RFC 4180: comma-separated, CRLF lines, a field quoted when it holds
 * a comma, quote or line break, quotes doubled), with a byte-order mark so Excel reads UTF-8.
 * Text a spreadsheet would run as a formula (a cell starting with = + - @, tab or carriage return:
 * queries and comments are visitors' words) gets a leading apostrophe. Numbers are written as is.
 */
export type CsvCell = string | number | boolean | null;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvCell): string {
  if (value === null) return "";
  if (typeof value !== "string") return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(header: string[], records: CsvCell[][]): string {
  return `\uFEFF${[header, ...records].map((record) => record.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
