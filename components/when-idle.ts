/**
 * Runs `steps` when the browser is idle, as many per idle period as fit (one at least), so that a
 * keystroke arriving meanwhile waits for one step at most, never for all of them. Where there is no
 * requestIdleCallback (Safari), one step every 50 ms.
 */
export function stepsWhenIdle(steps: readonly (() => void)[]): void {
  let next = 0;
  if (typeof window.requestIdleCallback !== "function") {
    const runOne = () => {
      steps[next++]?.();
      if (next < steps.length) window.setTimeout(runOne, 50);
    };
    window.setTimeout(runOne, 50);
    return;
  }
  const run = (deadline: IdleDeadline) => {
    do steps[next++]?.();
    while (next < steps.length && deadline.timeRemaining() > 2);
    if (next < steps.length) window.requestIdleCallback(run);
  };
  window.requestIdleCallback(run);
}
