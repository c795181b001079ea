/**
 * `concurrency:` groups, as GitHub runs them: at most one run (or job) of a group in progress and
 * one waiting. A newcomer waits for the holder, or cancels it with `cancel-in-progress`; a waiter
 * that is overtaken by a newer one is cancelled (GitHub's docs, "Control the concurrency of
 * workflows and jobs").
 */
import { asText, evaluateValue, type Contexts } from './expressions.js';
import type { Plain } from './load.js';

/** A `concurrency:` value, evaluated. */
export interface ConcurrencySetting {
  group: string;
  cancelInProgress: boolean;
}

/** `concurrency:` (a group name, or `{group, cancel-in-progress}`) evaluated over `contexts`. */
export function concurrencyOf(value: Plain | undefined, contexts: Contexts): ConcurrencySetting | undefined {
  if (value === undefined || value === null) return undefined;
  const evaluated = evaluateValue(value, contexts, { status: 'success' });
  if (typeof evaluated === 'string') return { group: evaluated, cancelInProgress: false };
  const { group, 'cancel-in-progress': cancel } = evaluated as { group?: unknown; 'cancel-in-progress'?: unknown };
  return { group: asText(group), cancelInProgress: cancel === true || cancel === 'true' };
}

interface Group {
  holder?: AbortController;
  pending?: { controller: AbortController; resolve: (acquired: boolean) => void };
}

/** The groups of one executor; a run or job is known by its `AbortController`. */
export class ConcurrencyGroups {
  readonly #groups = new Map<string, Group>();

  /** Takes the group for `controller`; resolves false when a newer waiter cancelled it first. */
  acquire(setting: ConcurrencySetting, controller: AbortController): Promise<boolean> {
    const group = this.#groups.get(setting.group) ?? {};
    this.#groups.set(setting.group, group);
    if (!group.holder) {
      group.holder = controller;
      return Promise.resolve(true);
    }
    if (setting.cancelInProgress) {
      group.holder.abort(new Error(`Canceling since a higher priority waiting request for ${setting.group} exists`));
    }
    if (group.pending) {
      group.pending.controller.abort();
      group.pending.resolve(false);
    }
    return new Promise((resolve) => {
      group.pending = { controller, resolve };
    });
  }

  /** Gives the group up; the waiter, if any, takes it. */
  release(setting: ConcurrencySetting, controller: AbortController): void {
    const group = this.#groups.get(setting.group);
    if (!group || group.holder !== controller) return;
    group.holder = undefined;
    const next = group.pending;
    if (next) {
      group.pending = undefined;
      group.holder = next.controller;
      next.resolve(true);
    }
  }
}
