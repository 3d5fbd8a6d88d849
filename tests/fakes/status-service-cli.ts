/**
 * Runs the fake status service on its own, for Playwright's webServer and for trying the banner by
 * hand: `tsx tests/fakes/status-service-cli.ts <port>` (or FAKE_STATUS_PORT). Ctrl+C stops it.
 */
import { startFakeStatusService } from "./status-service";

const port = Number(process.argv[2] ?? process.env.FAKE_STATUS_PORT ?? 0);
const service = await startFakeStatusService(port);
console.log(`Fake status service: ${service.feedUrl} (POST ${service.url}/admin/scenario/<name> to switch)`);
const stop = () => void service.close().then(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
