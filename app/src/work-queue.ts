/**
 * Acknowledge fast, work after (field notes, "Promotion by comment" 3): GitHub waits 10 s for a
 * webhook answer and never retries by itself, so handlers only enqueue; the work runs here with a
 * bounded concurrency. A failure is logged, never thrown into the HTTP answer. `idle()` lets tests,
 * the demo and a graceful shutdown wait until everything queued has finished.
 */
export class WorkQueue {
  readonly #concurrency: number;
  readonly #waiting: (() => Promise<void>)[] = [];
  #running = 0;
  #idle: (() => void)[] = [];
  #processed = 0;
  #failed = 0;

  constructor(
    concurrency: number,
    private readonly onError: (error: unknown, label: string) => void,
  ) {
    this.#concurrency = Math.max(1, concurrency);
  }

  /** Queues `work`; returns at once. */
  add(label: string, work: () => Promise<unknown>): void {
    this.#waiting.push(async () => {
      try {
        await work();
      } catch (error) {
        this.#failed++;
        this.onError(error, label);
      } finally {
        this.#processed++;
      }
    });
    this.#pump();
  }

  /** Resolves once nothing is queued or running. */
  idle(): Promise<void> {
    if (this.#running === 0 && this.#waiting.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.#idle.push(resolve));
  }

  /** Counts since start: finished work items and how many of them failed. */
  get stats(): { processed: number; failed: number; queued: number; running: number } {
    return { processed: this.#processed, failed: this.#failed, queued: this.#waiting.length, running: this.#running };
  }

  #pump(): void {
    while (this.#running < this.#concurrency && this.#waiting.length > 0) {
      const next = this.#waiting.shift()!;
      this.#running++;
      void next().finally(() => {
        this.#running--;
        this.#pump();
        if (this.#running === 0 && this.#waiting.length === 0) {
          const waiters = this.#idle;
          this.#idle = [];
          for (const resolve of waiters) resolve();
        }
      });
    }
  }
}
