import { expect, test } from "@playwright/test";
import { API_INCIDENT_NAME } from "../fakes/status-scenarios";
import { readReport, useScenario, utcTime } from "./status-service";

/**
 * The status service is someone else's server. Whatever it does (HTML, malformed JSON, a wrong
 * shape, 503, 10 MB, a redirect loop, a 30 s stall before or after the headers), the portal
 * keeps the last good answer, says how old it is, and never errs.
 */
const FAULTS = ["html", "malformed", "invalid", "server-error", "huge", "redirect-loop", "stall", "stall-body"];

for (const fault of FAULTS) {
  test(`a feed answering "${fault}": the last good status stays, with its age, and nothing fails`, async ({ page, request }) => {
    await useScenario(request, "incident");
    const good = await readReport(request);
    await useScenario(request, fault);

    const response = await request.get("/api/status");
    expect(response.status()).toBe(200);
    const report = await response.json();
    expect([report.state, report.asOf, report.incidents[0].name]).toEqual(["stale", good.asOf, API_INCIDENT_NAME]);
    expect(report.problem).toEqual(expect.any(String));

    await page.goto("/articles/high-error-rates");
    await expect(page.getByRole("heading", { name: `Known incident: ${API_INCIDENT_NAME}` })).toBeVisible();
    await expect(page.getByRole("complementary", { name: "Service status" })).toContainText(`As of ${utcTime(good.asOf!)}`);

    const status = await page.goto("/status");
    expect(status!.status()).toBe(200);
    await expect(page.getByText(`The status service is not answering just now. This is what it said as of ${utcTime(good.asOf!)}.`)).toBeVisible();
  });
}

test("markup and script in incident text stay plain text; a javascript: link is dropped", async ({ page, request }) => {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await useScenario(request, "hostile");
  for (const path of ["/articles/high-error-rates", "/status"]) {
    await page.goto(path);
    const banner = page.getByRole("complementary", { name: "Service status" });
    await expect(banner).toContainText('<img src=x onerror="document.title=\'pwned\'"><script>document.title="pwned"</script> Outage evil');
    await expect(banner).toContainText("<b>bold</b> text");
    await expect(banner.getByRole("link", { name: "Incident page" })).toHaveCount(0);
    expect(await page.locator("main img, aside img, main script, aside script, main b").count(), path).toBe(0);
    expect(await page.title(), path).not.toContain("pwned");
  }
  await expect(page.getByRole("link", { name: "This incident on the status page" })).toHaveCount(0);
  expect(dialogs).toEqual([]);
});
