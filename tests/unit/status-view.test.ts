import { describe, expect, it } from "vitest";
import { noticeWords } from "@/components/status-notice-words";
import { componentsForArticles, componentsForCodePage, componentsForCodes } from "@/lib/status/concerns";
import { readPaste } from "@/lib/paste/read-paste";
import { feedSchema } from "@/lib/status/feed-schema";
import { buildReport, isStatusReport, type StatusReport } from "@/lib/status/report";
import { formatUtc } from "@/lib/status/time";
import type { ComponentConcerns } from "@/lib/status/types";
import { bannerFor, incidentSince, incidentsMatching, maintenanceTiming, noticeFor } from "@/lib/status/view";
import { API_INCIDENT_NAME, SCENARIOS } from "../fakes/status-scenarios";

const NOW = new Date("2026-12-01T14:05:00Z");
const mapped: ComponentConcerns[] = [
  { name: "API", description: null, articles: [{ slug: "high-error-rates", title: "High error rates", url: "/articles/high-error-rates" }], codes: ["503", "service_unavailable"] },
  { name: "Dashboard", description: null, articles: [{ slug: "authentication-failures", title: "Can't sign in", url: "/articles/authentication-failures" }], codes: [] },
  { name: "Billing", description: null, articles: [{ slug: "budget-exceeded", title: "Budget exceeded", url: "/articles/budget-exceeded" }], codes: ["402"] },
];

/** The report `/api/status` would give for a scenario of the fake status service, fetched at NOW. */
function reportFor(scenario: string, state: StatusReport["state"] = "current"): StatusReport {
  const answer = SCENARIOS[scenario]!(NOW.getTime());
  if (answer.kind !== "json") throw new Error(`${scenario} is a fault`);
  return buildReport({ source: "feed", feed: feedSchema.parse(answer.body), mapped, state, asOf: NOW.toISOString(), problem: null, statusPage: null, now: NOW });
}
const time = (iso: string) => formatUtc(iso, NOW);

describe("times", () => {
  it("are UTC: the clock today, the day before it otherwise, the year when it differs", () => {
    expect(formatUtc("2026-12-01T14:02:59Z", NOW)).toBe("14:02 UTC");
    expect(formatUtc("2026-12-01T15:02:00+01:00", NOW)).toBe("14:02 UTC");
    expect(formatUtc("2026-11-30T23:58:00Z", NOW)).toBe("30 Nov 23:58 UTC");
    expect(formatUtc("2025-12-31T09:00:00Z", NOW)).toBe("31 Dec 2025 09:00 UTC");
    expect(formatUtc("not a time", NOW)).toBe("");
  });
});

describe("which components a page concerns (from the component map)", () => {
  it("by article, by code, and on a code's page by either", () => {
    expect(componentsForArticles(mapped, ["high-error-rates"])).toEqual(["API"]);
    expect(componentsForArticles(mapped, ["rate-limit-exceeded"])).toEqual([]);
    expect(componentsForCodes(mapped, [503, "budget_exceeded"])).toEqual(["API"]);
    expect(componentsForCodePage(mapped, "402", ["authentication-failures"])).toEqual(["Dashboard", "Billing"]);
  });
});

describe("the site-wide banner", () => {
  it("shows nothing when all is well, or once an incident is resolved", () => {
    expect(bannerFor(reportFor("healthy"), NOW)).toBeNull();
    expect(bannerFor(reportFor("resolved"), NOW)).toBeNull();
  });

  it("shows an incident's name, impact and latest update", () => {
    expect(bannerFor(reportFor("incident"), NOW)).toMatchObject({
      tone: "incident",
      label: "Major incident",
      title: API_INCIDENT_NAME,
      update: { body: "A fix is rolling out; error rates are falling.", at: "2026-12-01T14:00:00.000Z" },
      url: "https://stspg.example/inc-api-1",
      more: 0,
    });
  });

  it("shows maintenance in progress, and degraded components without an incident", () => {
    expect(bannerFor(reportFor("maintenance"), NOW)).toMatchObject({ tone: "maintenance", label: "Maintenance in progress", title: "API gateway upgrade" });
    expect(bannerFor(reportFor("degraded"), NOW)).toMatchObject({ tone: "incident", label: "Degraded performance", title: "API" });
  });
});

describe("the notice above a page's solutions", () => {
  it("names a known incident on the page's components, with when it was identified", () => {
    const notice = noticeFor(reportFor("incident"), ["API"], NOW);
    expect(notice).toMatchObject({ kind: "incident", incident: { name: API_INCIDENT_NAME } });
    expect(noticeWords(notice, ["API"], reportFor("incident"), time)).toEqual({
      tone: "incident",
      title: `Known incident: ${API_INCIDENT_NAME}`,
      detail: "Identified 13:45 UTC. Errors like yours may be on our side; you do not need to change anything.",
    });
  });

  it("stays clear on pages of other components, and says as of when", () => {
    const notice = noticeFor(reportFor("incident"), ["Dashboard"], NOW);
    expect(noticeWords(notice, ["Dashboard"], reportFor("incident"), time)).toMatchObject({ tone: "clear", title: "No known incident on the Dashboard" });
    expect(noticeWords(notice, ["Dashboard"], reportFor("incident"), time).detail).toMatch(/^As of 14:05 UTC\. /);
    expect(noticeWords(notice, ["Dashboard"], reportFor("incident", "stale"), time).detail).toMatch(/^As of 14:05 UTC \(the status service is not answering just now\)\. /);
  });

  it("shows maintenance in progress, and maintenance due within a day", () => {
    const report = reportFor("maintenance");
    expect(noticeWords(noticeFor(report, ["API"], NOW), ["API"], report, time)).toMatchObject({ title: "Maintenance in progress: API gateway upgrade", detail: expect.stringMatching(/^Until 14:55 UTC\./) });
    expect(noticeWords(noticeFor(report, ["Billing"], NOW), ["Billing"], report, time)).toMatchObject({
      title: "Scheduled maintenance: Billing database upgrade",
      detail: expect.stringMatching(/^17:05 UTC to 18:05 UTC\./),
    });
    expect(maintenanceTiming(report.maintenances[1]!, new Date(NOW.getTime() - 24 * 3_600_000))).toBe("later");
  });

  it("says so when the status is unknown, instead of claiming all is well", () => {
    const unknown = buildReport({ source: "feed", feed: null, mapped, state: "unavailable", asOf: null, problem: "timeout", statusPage: null, now: NOW });
    expect(noticeFor(unknown, ["API"], NOW)).toEqual({ kind: "unavailable" });
    expect(bannerFor(unknown, NOW)).toBeNull();
  });

  it("treats an incident that names no component as possibly anyone's", () => {
    const report = reportFor("incident");
    report.incidents[0]!.components = [];
    expect(noticeFor(report, ["Billing"], NOW).kind).toBe("incident");
    expect(incidentsMatching(report, { codes: [402] })).toEqual([]);
  });
});

describe("matching what a reader has to an incident", () => {
  it("matches pasted codes and articles of an affected component, and nothing else", () => {
    const report = reportFor("incident");
    expect(incidentsMatching(report, { codes: [503] }).map((incident) => incident.name)).toEqual([API_INCIDENT_NAME]);
    expect(incidentsMatching(report, { codes: ["service_unavailable"] })).toHaveLength(1);
    expect(incidentsMatching(report, { slugs: ["high-error-rates"] })).toHaveLength(1);
    expect(incidentsMatching(report, { codes: [401, 402] })).toEqual([]);
    expect(incidentsMatching(reportFor("resolved"), { codes: [503] })).toEqual([]);
  });

  it("the paste box's reading carries the codes to match: a pasted 503 body matches, a 401 does not", () => {
    const catalogue = { articles: [], platformCodes: ["service_unavailable", "invalid_api_key"] };
    const pasted = readPaste('HTTP/1.1 503 Service Unavailable\n{"error": {"code": "service_unavailable"}}', catalogue);
    expect([...pasted.statuses, ...pasted.codes]).toEqual([503, "service_unavailable"]);
    expect(incidentsMatching(reportFor("incident"), { codes: [...pasted.statuses, ...pasted.codes] })).toHaveLength(1);
    const unauthorized = readPaste("HTTP/1.1 401 Unauthorized", catalogue);
    expect(incidentsMatching(reportFor("incident"), { codes: [...unauthorized.statuses, ...unauthorized.codes] })).toEqual([]);
  });

  it("dates an incident by its first 'identified' update, else by when it started", () => {
    const [incident] = reportFor("incident").incidents;
    expect(incidentSince(incident!)).toEqual({ word: "identified", at: "2026-12-01T13:45:00.000Z" });
    expect(incidentSince({ ...incident!, status: "investigating", updates: [] })).toEqual({ word: "investigating since", at: incident!.startedAt });
  });
});

describe("isStatusReport", () => {
  it("accepts our report and refuses anything else", () => {
    expect(isStatusReport(JSON.parse(JSON.stringify(reportFor("incident"))))).toBe(true);
    expect(isStatusReport({ version: 2 })).toBe(false);
    expect(isStatusReport("<html>")).toBe(false);
    expect(isStatusReport(null)).toBe(false);
  });
});
