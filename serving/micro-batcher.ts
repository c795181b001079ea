/**
 * Adaptive micro-batching of one version's ONNX Runtime session (Triton's dynamic batching, without
 * a delay): an idle session runs a request at once; requests that arrive while a run is in flight
 * wait, and when the session goes idle again everything waiting runs as one batch per compatible
 * group (shared/serve/batching.ts decides what is compatible, joins the feeds and cuts the outputs),
 * at most `maxBatchSize` rows per run. A request that cannot batch runs alone. A batch whose run
 * fails, or whose outputs are not one row per input row, is run again one request at a time, so a
 * bad request fails alone and its neighbours get their answers.
 *
 * onnxruntime-node runs a session synchronously on the event loop (its `run` is a setImmediate), so
 * runs of one session never overlap anyway: while one runs, the requests the next poll phase reads
 * queue here, and one run of k rows replaces k runs of one row. Under load the batch grows with the
 * traffic; an idle server adds no wait.
 */
import type { OnnxModel, OrtTensor } from '../shared/onnx/index.js';
import {
  batchSlot,
  canBatch,
  joinFeeds,
  splitRows,
  type BatchSlot,
  type MappedRequest,
} from '../shared/serve/batching.js';
import { ortFeeds } from '../shared/serve/tensor-map.js';

export { DEFAULT_MAX_BATCH_SIZE } from './defaults.js';

/** A run's outputs by name. */
export type RunResults = Readonly<Record<string, OrtTensor>>;

interface Waiting {
  readonly request: MappedRequest;
  readonly slot: BatchSlot | undefined;
  readonly resolve: (results: RunResults) => void;
  readonly reject: (error: unknown) => void;
}

/** A group of waiting requests that will share one run. */
interface Group {
  readonly members: Waiting[];
  rows: number;
}

/** Called after each session run with the requests it carried (1 for a request alone). */
export type OnRun = (requests: number) => void;

/** The run queue of one session. */
export class MicroBatcher {
  private running = 0;
  private queue: Waiting[] = [];
  /** False when the model cannot batch or the cap is 1: every request runs alone, at once. */
  readonly batches: boolean;

  constructor(
    private readonly model: Pick<OnnxModel, 'session' | 'runtime' | 'inputs' | 'outputs'>,
    private readonly maxBatchSize: number,
    private readonly onRun?: OnRun,
  ) {
    this.batches = maxBatchSize > 1 && canBatch(model);
  }

  /** Runs one mapped request (alone or in a batch) and resolves with its own outputs. */
  run(request: MappedRequest): Promise<RunResults> {
    if (this.running === 0 || !this.batches) return this.runAlone(request);
    return new Promise((resolve, reject) => this.queue.push({ request, slot: batchSlot(request), resolve, reject }));
  }

  private async runAlone(request: MappedRequest): Promise<RunResults> {
    this.running += 1;
    try {
      const results = await this.model.session.run(ortFeeds(this.model, request.feeds), request.fetches);
      this.onRun?.(1);
      return results;
    } finally {
      this.settled();
    }
  }

  private settled(): void {
    this.running -= 1;
    if (this.running === 0 && this.queue.length > 0) this.flush();
  }

  /** Runs everything waiting: compatible requests together (up to the cap), the rest alone. */
  private flush(): void {
    const waiting = this.queue;
    this.queue = [];
    const open = new Map<string, Group>();
    for (const w of waiting) {
      if (w.slot === undefined || w.slot.rows >= this.maxBatchSize) {
        this.runAlone(w.request).then(w.resolve, w.reject);
        continue;
      }
      let group = open.get(w.slot.key);
      if (group !== undefined && group.rows + w.slot.rows > this.maxBatchSize) {
        this.launch(group);
        group = undefined;
      }
      if (group === undefined) {
        group = { members: [], rows: 0 };
        open.set(w.slot.key, group);
      }
      group.members.push(w);
      group.rows += w.slot.rows;
    }
    for (const group of open.values()) this.launch(group);
  }

  private launch(group: Group): void {
    if (group.members.length === 1) {
      const [only] = group.members;
      this.runAlone(only!.request).then(only!.resolve, only!.reject);
    } else {
      void this.runBatch(group);
    }
  }

  /** One run for the group; on any failure, each member again on its own. */
  private async runBatch({ members, rows }: Group): Promise<void> {
    this.running += 1;
    let answered = false;
    try {
      const { fetches } = members[0]!.request;
      const feeds = joinFeeds(
        members.map((m) => m.request),
        rows,
      );
      const results = await this.model.session.run(ortFeeds(this.model, feeds), fetches);
      this.onRun?.(members.length);
      const counts = members.map((m) => m.slot!.rows);
      const parts: OrtTensor[][] = [];
      for (const name of fetches) {
        const split = results[name] && splitRows(results[name], counts);
        if (split === undefined) return; // not one row per input row: run them one by one (finally)
        parts.push(split);
      }
      members.forEach((member, k) => {
        const own: Record<string, OrtTensor> = {};
        fetches.forEach((name, f) => (own[name] = parts[f]![k]!));
        member.resolve(own);
      });
      answered = true;
    } catch {
      // One bad request fails the whole run; the members run again alone, so only it fails
      // (its own error is then reported once, by the request's own run).
    } finally {
      if (!answered) for (const m of members) this.runAlone(m.request).then(m.resolve, m.reject);
      this.settled();
    }
  }
}
