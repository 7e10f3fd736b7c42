/**
 * Runs `run` once the browser has painted the next frame (a task after the frame's callbacks);
 * at once in a hidden page, which draws no frames.
 */
export function afterFrame(run: () => void): void {
  if (document.hidden) setTimeout(run, 0);
  else requestAnimationFrame(() => setTimeout(run, 0));
}
