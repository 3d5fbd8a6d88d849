/**
 * Runs `work` when the browser is idle, or soon after where there is no requestIdleCallback
 * (Safari): work that would otherwise land inside a keystroke.
 */
export function whenIdle(work: () => void): void {
  if (typeof window.requestIdleCallback === "function") window.requestIdleCallback(() => work(), { timeout: 2000 });
  else window.setTimeout(work, 50);
}
