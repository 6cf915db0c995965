/**
 * Runs `fn` once the browser has painted the current frame, and returns a cancel function.
 * A map redraw costs a whole frame on slow GPUs; deferring it lets the DOM changes of the same
 * interaction (an opened panel) reach the screen first.
 */
export function afterNextPaint(fn: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(fn, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}
