import { describe, expect, it } from "vitest";
import { readLimitedText } from "@/lib/events/http/body";
import { clientIp } from "@/lib/events/http/client-ip";
import { optedOut } from "@/lib/events/http/privacy";
import { RateLimiter } from "@/lib/events/http/rate-limit";
import { isSameOrigin } from "@/lib/events/http/same-origin";

const headers = (values: Record<string, string>) => new Headers(values);

describe("the event endpoints' checks", () => {
  it("reads the client address from the right end of X-Forwarded-For, by the number of trusted proxies", () => {
    expect(clientIp(headers({ "x-forwarded-for": "203.0.113.9" }), 0)).toBe("203.0.113.9");
    // Forged on the left by the client, appended on the right by our one proxy.
    expect(clientIp(headers({ "x-forwarded-for": "1.2.3.4, 203.0.113.9" }), 1)).toBe("203.0.113.9");
    expect(clientIp(headers({ "x-forwarded-for": "1.2.3.4, 203.0.113.9, 10.0.0.2" }), 2)).toBe("203.0.113.9");
    expect(clientIp(headers({ "x-forwarded-for": "203.0.113.9" }), 3)).toBe("203.0.113.9");
    expect(clientIp(headers({}), 0)).toBe("unknown");
  });

  it("accepts requests from the site's own pages only", () => {
    expect(isSameOrigin(headers({ "sec-fetch-site": "same-origin" }))).toBe(true);
    expect(isSameOrigin(headers({ "sec-fetch-site": "cross-site", origin: "http://portal.test", host: "portal.test" }))).toBe(false);
    expect(isSameOrigin(headers({ "sec-fetch-site": "same-site" }))).toBe(false);
    expect(isSameOrigin(headers({ origin: "http://portal.test:3000", host: "portal.test:3000" }))).toBe(true);
    expect(isSameOrigin(headers({ origin: "https://help.example", host: "10.0.0.5:3000", "x-forwarded-host": "help.example" }))).toBe(true);
    expect(isSameOrigin(headers({ origin: "https://help.example", host: "10.0.0.5:3000" }), "https://help.example")).toBe(true);
    expect(isSameOrigin(headers({ origin: "https://evil.example", host: "help.example" }), "https://help.example")).toBe(false);
    expect(isSameOrigin(headers({ origin: "null", host: "help.example" }))).toBe(false);
    expect(isSameOrigin(headers({ host: "help.example" }))).toBe(false);
  });

  it("honours Do Not Track and Global Privacy Control", () => {
    expect(optedOut(headers({ dnt: "1" }))).toBe(true);
    expect(optedOut(headers({ "sec-gpc": "1" }))).toBe(true);
    expect(optedOut(headers({ dnt: "0" }))).toBe(false);
    expect(optedOut(headers({}))).toBe(false);
  });

  it("limits each client to its rate, refilling over time, and says how long to wait", () => {
    const limiter = new RateLimiter(60);
    const now = 1_000_000;
    for (let i = 0; i < 60; i++) expect(limiter.take("a", now)).toBe(0);
    expect(limiter.take("a", now)).toBe(1);
    expect(limiter.take("b", now)).toBe(0);
    expect(limiter.take("a", now + 1_000)).toBe(0);
    expect(new RateLimiter(0).take("a", now)).toBe(0);
  });

  it("reads a body up to the limit, and refuses a longer one whatever its Content-Length says", async () => {
    const post = (body: string | ReadableStream, extra: Record<string, string> = {}) =>
      new Request("http://x/", { method: "POST", body, headers: extra, duplex: "half" } as RequestInit);
    expect(await readLimitedText(post("é".repeat(10)), 100)).toBe("é".repeat(10));
    expect(await readLimitedText(post("x".repeat(101)), 100)).toBeNull();
    expect(await readLimitedText(post("x", { "content-length": "5000" }), 100)).toBeNull();
    const chunked = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 10; i++) controller.enqueue(new TextEncoder().encode("x".repeat(20)));
        controller.close();
      },
    });
    expect(await readLimitedText(post(chunked), 100)).toBeNull();
  });
});
