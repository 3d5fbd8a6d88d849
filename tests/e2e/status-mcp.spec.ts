import { expect, test } from "@playwright/test";
import { API_INCIDENT_NAME } from "../fakes/status-scenarios";
import { callTool, mcpClient } from "./mcp-client";
import { useScenario } from "./status-service";

/** diagnose_error knows the open incident, as the paste box does: the SDK's client against the status site. */
test("diagnose_error names the open incident a pasted error matches, and only then", async ({ baseURL, request }) => {
  const incidents = async (text: string) => {
    const client = await mcpClient(baseURL!);
    const result = await callTool(client, "diagnose_error", { text });
    await client.close();
    return (result.structuredContent as { knownIncidents: { name: string; url: string | null }[] }).knownIncidents;
  };
  await useScenario(request, "incident");
  expect((await incidents("HTTP/1.1 503 Service Unavailable")).map((incident) => incident.name)).toEqual([API_INCIDENT_NAME]);
  expect(await incidents("HTTP/1.1 401 Unauthorized")).toEqual([]);
  await useScenario(request, "healthy");
  expect(await incidents("HTTP/1.1 503 Service Unavailable")).toEqual([]);
});
