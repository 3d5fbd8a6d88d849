import { describe, expect, it } from "vitest";
import { categoryList, codeList, symptomList, laterPageNumbers, laterPagePaths, listingPage, pageCount, pageWindow, parsePageParam, PER_PAGE } from "@/lib/listings";
import { listingPagePath } from "@/lib/routes";

const items = (count: number) => Array.from({ length: count }, (_, index) => index + 1);

describe("listing pages", () => {
  it("keep a list that fits on one page at the listing's own URL, with no later pages", () => {
    const fits = items(PER_PAGE["/articles"]);
    expect(listingPage("/articles", fits, 1)).toMatchObject({ path: "/articles", page: 1, pages: 1, total: fits.length, first: 1, items: fits });
    expect(laterPagePaths("/articles", fits.length)).toEqual([]);
    expect(listingPage("/articles", fits, 2)).toBeUndefined();
    expect(pageCount("/symptoms", 0)).toBe(1);
  });

  it("split a longer list in order, the last page holding the rest", () => {
    const per = PER_PAGE["/errors"];
    const all = items(2 * per + 3);
    expect(laterPagePaths("/errors", all.length)).toEqual(["/errors/page/2", "/errors/page/3"]);
    expect(listingPage("/errors", all, 2)).toMatchObject({ page: 2, pages: 3, first: per + 1, items: all.slice(per, 2 * per) });
    expect(listingPage("/errors", all, 3)?.items).toEqual([2 * per + 1, 2 * per + 2, 2 * per + 3]);
    for (const page of [0, 4, -1, 1.5, Number.NaN]) expect(listingPage("/errors", all, page)).toBeUndefined();
  });

  it("page a category's, a code's and a symptom's articles under its own URL", () => {
    const api = categoryList("api");
    const all = items(PER_PAGE.category + 1);
    expect(listingPage(api, all, 1)).toMatchObject({ path: "/categories/api", page: 1, pages: 2, items: all.slice(0, PER_PAGE.category) });
    expect(listingPage(api, all, 2)).toMatchObject({ path: "/categories/api", page: 2, pages: 2, first: PER_PAGE.category + 1, items: [PER_PAGE.category + 1] });
    expect(listingPage(api, all, 3)).toBeUndefined();
    expect(laterPagePaths(api, all.length)).toEqual(["/categories/api/page/2"]);

    const code = codeList("429");
    const fixes = items(2 * PER_PAGE.code + 1);
    expect(laterPageNumbers(code, fixes.length)).toEqual([2, 3]);
    expect(laterPagePaths(code, fixes.length)).toEqual(["/errors/429/page/2", "/errors/429/page/3"]);
    expect(listingPage(code, fixes, 3)?.items).toEqual([2 * PER_PAGE.code + 1]);
    // Each list has its own size: the same count is one page of one kind and two of another.
    expect(pageCount(code, PER_PAGE.category)).toBe(2);
    expect(pageCount(api, PER_PAGE.category)).toBe(1);
    expect(laterPagePaths(codeList("rate_limit_exceeded"), 0)).toEqual([]);
    expect(laterPagePaths(symptomList("requests-time-out"), PER_PAGE.symptom + 1)).toEqual(["/symptoms/requests-time-out/page/2"]);
  });

  it("name page 1 by the listing's URL and the others under /page/<n>", () => {
    expect(listingPagePath("/symptoms", 1)).toBe("/symptoms");
    expect(listingPagePath("/symptoms", 7)).toBe("/symptoms/page/7");
  });

  it("take only a plain page number from 2 out of a URL segment", () => {
    expect(parsePageParam("2")).toBe(2);
    expect(parsePageParam("41")).toBe(41);
    // Page 1 has one URL (the listing's own); anything else is the 404, never a second copy.
    for (const segment of ["1", "0", "02", "-2", "2.0", "2e1", "two", "", " 2", "9999999"]) expect(parsePageParam(segment)).toBeUndefined();
  });

  it("offer the first, the last and the pages around the current one, with gaps between", () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(1, 4)).toEqual([1, 2, 3, 4]);
    expect(pageWindow(1, 41)).toEqual([1, 2, 3, "gap", 41]);
    expect(pageWindow(20, 41)).toEqual([1, "gap", 18, 19, 20, 21, 22, "gap", 41]);
    expect(pageWindow(41, 41)).toEqual([1, "gap", 39, 40, 41]);
    expect(pageWindow(4, 41)).toEqual([1, 2, 3, 4, 5, 6, "gap", 41]);
  });
});
