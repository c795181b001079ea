/**
 * The `modelship/train` check run a reviewer watches from the pull request while the model trains:
 * created `in_progress` when the command starts, its summary (current epoch, latest metrics, the
 * loss chart, GPU use; rendered by shared/train) updated at most once per interval while something
 * changed, and completed once at the end. Progress is a courtesy: a token without `checks: write`
 * or a failing API is one warning, and the training goes on.
 */
import type { CheckRunOutput, CheckRunWrite, GitHubClient, RepoRef } from '../../../shared/github/client.js';
import { explainRefusal } from '../../../shared/github/refusal.js';
import type { Logger } from '../../../shared/logger.js';

/** Where the check run goes and what it shows. */
export interface LiveCheckRunOptions {
  readonly github: () => GitHubClient;
  readonly repository: () => RepoRef;
  readonly name: string;
  /** The commit it belongs on (the PR head, else GITHUB_SHA); no check run without one. */
  readonly headSha: string | undefined;
  readonly intervalMs: number;
  readonly detailsUrl: string | undefined;
  /** The output as of now. */
  readonly render: () => CheckRunOutput;
  readonly logger: Logger;
}

/** A check run kept up to date while the command runs. */
export class LiveCheckRun {
  private id: number | undefined;
  private timer: NodeJS.Timeout | undefined;
  private changed = false;
  private inFlight: Promise<void> = Promise.resolve();
  private writing = false;
  private disabled: boolean;

  constructor(private readonly options: LiveCheckRunOptions) {
    this.disabled = options.headSha === undefined;
  }

  /** Creates the check run and starts the periodic updates. */
  async start(): Promise<void> {
    await this.write({ status: 'in_progress', output: this.options.render() });
    if (this.disabled) return;
    this.timer = setInterval(() => {
      // A slow API never queues updates: a tick while one is being written waits for the next.
      if (!this.changed || this.writing) return;
      this.changed = false;
      this.writing = true;
      this.inFlight = this.write({ status: 'in_progress', output: this.options.render() }).finally(
        () => (this.writing = false),
      );
    }, this.options.intervalMs);
    this.timer.unref();
  }

  /** Something new to show (a metric line, a GPU sample): written at the next tick. */
  touch(): void {
    this.changed = true;
  }

  /** Stops the updates and completes the check run with its final output. */
  async finish(conclusion: NonNullable<CheckRunWrite['conclusion']>, output: CheckRunOutput): Promise<void> {
    clearInterval(this.timer);
    await this.inFlight;
    await this.write({ status: 'completed', conclusion, output });
  }

  private async write(fields: CheckRunWrite): Promise<void> {
    if (this.disabled) return;
    const { github, name, headSha, detailsUrl } = this.options;
    try {
      const write = { ...fields, ...(detailsUrl ? { detailsUrl } : {}) };
      const run =
        this.id === undefined
          ? await github().createCheckRun(name, headSha!, write)
          : await github().updateCheckRun(this.id, write);
      this.id = run.id;
    } catch (error) {
      this.disabled = true;
      const explained = explainRefusal(error, { repository: this.options.repository(), permission: 'checks: write' });
      this.options.logger.warn(
        `The ${name} check run could not be written, so the PR shows no live progress (the training goes on): ${explained?.message ?? (error instanceof Error ? error.message : String(error))}`,
      );
    }
  }
}
