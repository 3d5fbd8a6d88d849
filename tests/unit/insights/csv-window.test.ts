import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "@/lib/insights/csv";
import { parseWindow } from "@/lib/insights/window";

describe("CSV", () => {
  it("quotes what needs quoting, doubles quotes, and leaves numbers and plain text alone", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell(42)).toBe("42");
    expect(csvCell(null)).toBe("");
    expect(csvCell('say "hi", then\nleave')).toBe('"say ""hi"", then\nleave"');
  });

  it("defuses visitors' text a spreadsheet would run as a formula", () => {
    for (const start of ["=", "+", "-", "@", "\t", "\r"]) expect(csvCell(`${start}cmd`).replace(/^"/, "")).toBe(`'${start}cmd`.replace(/^"/, "") + (start === "\r" ? '"' : ""));
    expect(csvCell("=1+1")).toBe("'=1+1");
    expect(csvCell(-5)).toBe("-5");
  });

  it("writes a byte-order mark, a header and CRLF lines", () => {
    expect(toCsv(["Query", "Searches"], [["a,b", 2], ["c", 1]])).toBe('\uFEFFQuery,Searches\r\n"a,b",2\r\nc,1\r\n');
  });
});

describe("the insights window", () => {
  const now = new Date("2026-11-30T15:00:00Z");
  it("is the last 7, 30 or 90 UTC days, today included, 30 by default", () => {
    expect(parseWindow(undefined, now)).toEqual({ days: 30, since: "2026-11-01", through: "2026-11-30" });
    expect(parseWindow("7", now)).toEqual({ days: 7, since: "2026-11-24", through: "2026-11-30" });
    expect(parseWindow(["90", "7"], now)).toMatchObject({ days: 90, since: "2026-09-02" });
  });

  it("refuses any other number of days", () => {
    for (const raw of ["1", "365", "7.0x", "abc", "-7", "1e9"]) expect(parseWindow(raw, now)).toBeNull();
  });
});
