/**
 * Runs `work` again and again with a pause in between: the local stand-in for the DynamoDB Stream
 * and the EventBridge schedules. `stop()` waits for the round in progress, so nothing is cut off.
 */
export function startPoller(
  work: () => Promise<unknown>,
  intervalMs: number,
  onError: (error: unknown) => void,
  options: { waitFirst?: boolean } = {},
): { stop(): Promise<void> } {
  let running = true;
  let wake: (() => void) | undefined;
  const pause = () =>
    new Promise<void>((resolve) => {
      wake = resolve;
      setTimeout(resolve, intervalMs).unref();
    });
  const loop = (async () => {
    if (options.waitFirst) await pause();
    while (running) {
      try {
        await work();
      } catch (error) {
        onError(error);
      }
      if (!running) break;
      await pause();
    }
  })();
  return {
    async stop() {
      running = false;
      wake?.();
      await loop;
    },
  };
}
