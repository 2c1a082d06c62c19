import type { Logger } from "./logger.js";

/**
 * Runs `round` every `everySeconds`, never two rounds at once in this process (a round that
 * overruns makes the next ticks skip). `stop()` ends the timer, tells a round under way through
 * its AbortSignal to stop between items, and waits for it, so the store is not closed beneath it.
 */
export function startPeriodicJob(name: string, everySeconds: number, logger: Logger, round: (signal: AbortSignal) => Promise<unknown>) {
  let running: Promise<void> | null = null;
  const stopping = new AbortController();
  const timer = setInterval(() => {
    if (running) return;
    running = round(stopping.signal)
      .then(() => undefined)
      .catch((error: unknown) => logger.error({ err: error }, `${name} failed; will retry`))
      .finally(() => {
        running = null;
      });
  }, everySeconds * 1000);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      stopping.abort();
      await running;
    },
  };
}
