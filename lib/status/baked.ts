import { EMPTY_BAKE, type StatusBake } from "./types";

let cached: StatusBake | undefined;

/**
 * The status bake of this build. next.config.ts puts it in `HELP_STATUS_BAKE`, which Next inlines
 * into the compiled code at build time; nothing is read from `content/` when the server runs.
 * (When the build writes content artifacts, read it from there instead: this is the one place.)
 */
export function bakedStatus(): StatusBake {
  if (cached) return cached;
  try {
    const value = JSON.parse(process.env.HELP_STATUS_BAKE ?? "null") as StatusBake | null;
    cached = value && Array.isArray(value.components) ? value : EMPTY_BAKE;
  } catch {
    cached = EMPTY_BAKE;
  }
  return cached;
}
