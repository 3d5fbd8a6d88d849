import fs from "node:fs";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

/** The Chromium the browser tests drive: CHROME_PATH when set, else the first system Chromium found. */
export function chromiumPath() {
  const fromEnv = process.env.CHROME_PATH?.trim();
  if (fromEnv) return fromEnv;
  return CANDIDATES.find((candidate) => fs.existsSync(candidate)) ?? CANDIDATES[0];
}

/** The flags every tool launches it with: without the networking ones it keeps dialling out. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
