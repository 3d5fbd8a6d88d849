import { expect, test } from "@playwright/test";
import { API_INCIDENT_NAME } from "../fakes/status-scenarios";
import { readReport, useScenario, utcTime } from "./status-service";

/** Where a reader takes their error next: the paste box and the support request know the open incident. */
test("the paste box says when a pasted error matches the incident, and only then", async ({ page, request }) => {
  await useScenario(request, "incident");
  await page.goto("/");
  const paste = page.getByRole("textbox", { name: /Paste an error/ });
  await paste.fill("HTTP/1.1 503 Service Unavailable");
  await expect(page.getByText(`This matches a known incident: ${API_INCIDENT_NAME}`)).toBeVisible();
  await paste.fill("HTTP/1.1 401 Unauthorized");
  await expect(page.getByRole("link", { name: /Best match/ })).toBeVisible();
  await expect(page.getByText("This matches a known incident")).toHaveCount(0);
});

test("the support request records the incident open at the time", async ({ page, request }) => {
  await useScenario(request, "incident");
  const [incident] = (await readReport(request)).incidents;
  await page.goto("/articles/high-error-rates");
  await expect(page.getByRole("complementary", { name: "Service status" })).toBeVisible();
  await page.getByRole("button", { name: "I’m still stuck: build a support request" }).click();
  const supportRequest = page.getByRole("region", { name: "Your support request" });
  await expect(supportRequest).toContainText(`Known incident at the time: ${API_INCIDENT_NAME} (since `);
  await expect(supportRequest).toContainText(`${utcTime(incident!.updates.findLast((update) => update.status === "identified")!.at!)}) https://stspg.example/inc-api-1`);
});
