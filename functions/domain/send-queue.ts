import type { Priority } from './send-priority.ts';

/** One owed email of one record, in the send order. */
export interface SendJob {
  id: string;
  kind: string;
  priority: Priority;
  at: string;
}

/**
 * The round's emails, most pressing first, then oldest first, sent by a few senders at once while
 * the round is still bringing records up to date: sending never waits for the slowest record.
 * A sender takes the first job whose record no other sender is writing (two writers of one record
 * would only conflict). Once every record is prepared, at most `budget` sends are started in all;
 * what is left stays owed, in its place, for the next round. `stop()` ends it early (SES said
 * "not now").
 */
export function sendQueue(options: {
  senders: number;
  budget: number;
  until: number;
  send(job: SendJob): Promise<void>;
}) {
  const queue: SendJob[] = [];
  const busy = new Set<string>();
  const waiting: (() => void)[] = [];
  let closed = false;
  let stopped = false;
  let started = 0;
  const wake = () => {
    for (const resolve of waiting.splice(0)) resolve();
  };
  const wait = () => new Promise<void>((resolve) => waiting.push(resolve));
  const open = () => !stopped && Date.now() <= options.until && (!closed || started < options.budget);
  const sender = async () => {
    while (open()) {
      const index = queue.findIndex((job) => !busy.has(job.id));
      if (index < 0) {
        if (closed && queue.length === 0) return;
        await wait();
        continue;
      }
      const [job] = queue.splice(index, 1);
      if (!job) continue;
      busy.add(job.id);
      started += 1;
      try {
        await options.send(job);
      } finally {
        busy.delete(job.id);
        wake();
      }
    }
  };
  const running = Promise.all(Array.from({ length: options.senders }, sender)).then(wake);
  return {
    push(jobs: SendJob[]) {
      for (const job of jobs) {
        const at = queue.findIndex(
          (other) => other.priority > job.priority || (other.priority === job.priority && other.at > job.at),
        );
        queue.splice(at < 0 ? queue.length : at, 0, job);
      }
      wake();
    },
    stop() {
      stopped = true;
      wake();
    },
    /** No more jobs this round; resolves when the senders are done. */
    async finish() {
      closed = true;
      wake();
      await running;
    },
  };
}
