/**
 * Work on one comment, PR or deployment must not overlap in one process (a redelivery racing the
 * first delivery, two reviews of one PR): a keyed queue, shared by the services of a process (the
 * App builds a service per event). Across processes the (model, stage) lock and GitHub's own state
 * take over.
 */

/** Runs tasks with the same key one after another; different keys run side by side. */
export class KeyedSerializer {
  readonly #tails = new Map<string, Promise<unknown>>();

  /** Runs `task` after every earlier task with the same key has settled. */
  async run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const before = this.#tails.get(key) ?? Promise.resolve();
    const run = before.then(task, task);
    const settled = run.then(
      () => undefined,
      () => undefined,
    );
    this.#tails.set(key, settled);
    try {
      return await run;
    } finally {
      if (this.#tails.get(key) === settled) this.#tails.delete(key);
    }
  }

  /** How many keys have work queued or running. */
  get size(): number {
    return this.#tails.size;
  }
}
