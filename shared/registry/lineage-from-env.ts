/**
 * What a registration can learn from the Actions runner by itself: the exact commit, the ref, the
 * run URL, who triggered it, the runner it ran on, and, from a pull request workflow, the PR and its
 * head SHA (the version becomes a candidate). Pure: it takes the environment as a plain record and
 * the parsed event payload, so the register action, a CLI and tests share one set of rules.
 */
import { UserError } from '../errors.js';
import type { Actor } from '../github/client.js';
import type { Lineage } from './manifest.js';
import { runUrlOf, type RunEnv } from '../run-context/run-context.js';

/** What the runner tells a registration. */
export interface RunnerRegistration {
  /** The commit the version's tag points at. */
  readonly commit: string;
  /** Lineage filled from the runner: ref, run URL and environment (never data, parameters or seed). */
  readonly lineage: Pick<Lineage, 'ref' | 'runUrl' | 'environment'>;
  readonly creator: Actor;
  /** Set for `pull_request` and `pull_request_target` events. */
  readonly candidate?: { pr: number; headSha: string };
}

const PULL_EVENTS = new Set(['pull_request', 'pull_request_target']);
const FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

interface PullEvent {
  pull_request?: { number?: unknown; head?: { sha?: unknown } };
  sender?: { id?: unknown; login?: unknown };
}

function creatorOf(env: RunEnv, event: PullEvent): Actor {
  const id = Number(env.GITHUB_ACTOR_ID);
  if (env.GITHUB_ACTOR && Number.isSafeInteger(id) && id > 0) return { id, login: env.GITHUB_ACTOR };
  const { sender } = event;
  if (typeof sender?.login === 'string' && typeof sender.id === 'number' && sender.id > 0) {
    return { id: sender.id, login: sender.login };
  }
  throw new UserError('Cannot tell who registers this version', {
    location: { key: 'GITHUB_ACTOR_ID' },
    hint: 'Run inside GitHub Actions (it sets GITHUB_ACTOR and GITHUB_ACTOR_ID), or set both variables',
  });
}

function environmentOf(env: RunEnv): Record<string, string> | undefined {
  const entries = Object.entries({
    'runner.os': env.RUNNER_OS,
    'runner.arch': env.RUNNER_ARCH,
    'runner.image': env.ImageOS && env.ImageVersion ? `${env.ImageOS} ${env.ImageVersion}` : env.ImageOS,
  }).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '');
  return entries.length ? Object.fromEntries(entries) : undefined;
}

/**
 * Reads the registration's commit, lineage, creator and candidate from the runner environment and
 * the event payload (`GITHUB_EVENT_PATH`, parsed).
 * - The commit is `GITHUB_SHA`; for pull request events it is the PR's **head SHA**, the commit
 *   reviewers approve (GITHUB_SHA there is a temporary merge commit), and the version is a candidate.
 * - The creator is `GITHUB_ACTOR` + `GITHUB_ACTOR_ID`, else the event's `sender`.
 * @throws UserError when the commit or the creator cannot be found.
 */
export function registrationFromRunner(env: RunEnv, event: unknown): RunnerRegistration {
  const payload = (typeof event === 'object' && event !== null ? event : {}) as PullEvent;
  return { ...runnerLineage(env, payload), creator: creatorOf(env, payload) };
}

/**
 * The commit, lineage and candidate of {@link registrationFromRunner} without the creator: what a
 * training run records about itself (the train action's lineage.json), by the same rules, so the
 * register step that stores it reads the same commit.
 * @throws UserError when the commit cannot be found.
 */
export function runnerLineage(env: RunEnv, event: unknown): Omit<RunnerRegistration, 'creator'> {
  const payload = (typeof event === 'object' && event !== null ? event : {}) as PullEvent;
  let commit = env.GITHUB_SHA ?? '';
  let candidate: RunnerRegistration['candidate'];
  if (PULL_EVENTS.has(env.GITHUB_EVENT_NAME ?? '')) {
    const pr = payload.pull_request;
    const headSha = pr?.head?.sha;
    if (typeof pr?.number !== 'number' || typeof headSha !== 'string' || !FULL_SHA.test(headSha)) {
      throw new UserError(`The ${env.GITHUB_EVENT_NAME} event payload has no pull request number and head SHA`, {
        location: { file: env.GITHUB_EVENT_PATH ?? 'GITHUB_EVENT_PATH', key: 'pull_request' },
        hint: 'Run the action from a pull_request workflow as GitHub triggers it',
      });
    }
    commit = headSha;
    candidate = { pr: pr.number, headSha };
  }
  if (!FULL_SHA.test(commit)) {
    throw new UserError(`GITHUB_SHA is ${commit ? `"${commit}"` : 'not set'}, not a full commit SHA`, {
      location: { key: 'GITHUB_SHA' },
      hint: 'Run inside GitHub Actions, or set GITHUB_SHA to the 40-hex commit the model was trained from',
    });
  }
  const runUrl = runUrlOf(env);
  const environment = environmentOf(env);
  return {
    commit,
    lineage: {
      ...(env.GITHUB_REF ? { ref: env.GITHUB_REF } : {}),
      ...(runUrl ? { runUrl } : {}),
      ...(environment ? { environment } : {}),
    },
    ...(candidate ? { candidate } : {}),
  };
}
