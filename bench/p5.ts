/**
 * P5: the App under a webhook storm. GitHub's side is played by this benchmark: it POSTs signed
 * `issue_comment.created` deliveries to the real App server (Probot's `createNodeMiddleware` on
 * `node:http`) at a fixed rate (default 100/s for 60 s), while the App talks to the sandbox. Most
 * comments are ordinary talk (ignored after parsing); every 50th is a real `/rollback` on a real
 * comment, so the App does API work (reaction, policy, role, lock, history) during the storm.
 * Measured: the time to acknowledge each delivery (HTTP answer), and that none is lost (every one
 * answered 2xx and handled by the work queue). Bar: p99 ≤ 100 ms, zero lost.
 */
import { createHmac } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { comment, startStack } from '../test/app/stack.js';
import { markdownTable } from './measure.js';

/** Options of a P5 run. */
export interface P5Options {
  readonly rate: number;
  readonly seconds: number;
  readonly log: (m: string) => void;
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/** Runs P5; returns true when it could run (a missed bar is reported, not an error). */
export async function runP5(options: P5Options): Promise<boolean> {
  const { rate, seconds, log } = options;
  log(`P5: ${rate} deliveries/s for ${seconds} s against the App (sandbox as GitHub)`);
  const stack = await startStack({ concurrency: 8 });
  try {
    const { sandbox, server } = stack;
    const { data: issue } = await stack
      .as('maintainer')
      .rest.issues.create({ owner: 'acme', repo: 'churn', title: 'storm' });
    // Real comments for the commands of the storm (the App reacts to them, so they must exist).
    const commandIds: number[] = [];
    for (let i = 0; i < Math.ceil((rate * seconds) / 50); i++) {
      commandIds.push(await comment(stack, 'maintainer', issue.number, 'warming up'));
    }
    await stack.settle();
    const maintainer = sandbox.personas.maintainer!;
    const repository = {
      id: 1,
      name: 'churn',
      full_name: 'acme/churn',
      default_branch: 'main',
      owner: { login: 'acme', id: 1 },
    };
    const total = rate * seconds;
    const latencies: number[] = [];
    let failed = 0;
    const sends: Promise<void>[] = [];
    const start = performance.now();
    for (let i = 0; i < total; i++) {
      const due = start + (i * 1000) / rate;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const command = i % 50 === 49;
      const body = command ? '/rollback churn in staging' : `storm comment ${i}: looks fine to me`;
      const id = command ? commandIds[Math.floor(i / 50)]! : 90_000_000 + i;
      const payload = JSON.stringify({
        action: 'created',
        issue: { number: issue.number, pull_request: null },
        comment: {
          id,
          body,
          html_url: `${sandbox.url}/acme/churn/issues/${issue.number}#issuecomment-${id}`,
          user: { id: maintainer.id, login: maintainer.login, type: 'User' },
        },
        repository,
        sender: { id: maintainer.id, login: maintainer.login, type: 'User' },
        installation: { id: sandbox.app.installationId },
      });
      const signature = `sha256=${createHmac('sha256', sandbox.app.webhookSecret).update(payload).digest('hex')}`;
      const sent = performance.now();
      sends.push(
        fetch(server.webhookUrl, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-github-event': 'issue_comment',
            'x-github-delivery': `p5-${i}-${crypto.randomUUID()}`,
            'x-hub-signature-256': signature,
          },
          body: payload,
        }).then(
          async (response) => {
            await response.arrayBuffer();
            latencies.push(performance.now() - sent);
            if (response.status < 200 || response.status >= 300) failed++;
          },
          () => {
            failed++;
          },
        ),
      );
    }
    await Promise.all(sends);
    const elapsed = (performance.now() - start) / 1000;
    await stack.settle();
    // Handled = an outcome recorded for the delivery (the App's own replies cause more events; not counted).
    const handled = new Set(stack.outcomes.filter((o) => o.deliveryId.startsWith('p5-')).map((o) => o.deliveryId)).size;
    const errors = server.app.queue.stats.failed;
    latencies.sort((a, b) => a - b);
    const row = [
      String(total),
      `${(total / elapsed).toFixed(1)}/s`,
      quantile(latencies, 0.5).toFixed(1),
      quantile(latencies, 0.95).toFixed(1),
      quantile(latencies, 0.99).toFixed(1),
      latencies.at(-1)!.toFixed(1),
      String(failed),
      `${handled}/${total}`,
      String(errors),
    ];
    console.log(`\n### P5: webhook storm (${rate}/s for ${seconds} s, every 50th a real /rollback)\n`);
    console.log(
      markdownTable(
        [
          'deliveries',
          'achieved rate',
          'ack p50 ms',
          'ack p95 ms',
          'ack p99 ms',
          'ack max ms',
          'not 2xx',
          'handled',
          'handler errors',
        ],
        [row],
      ),
    );
    const p99 = quantile(latencies, 0.99);
    console.log(
      `\nBars (P5): no delivery lost: ${failed === 0 && handled === total ? 'PASS' : 'FAIL'}; p99 ack ≤ 100 ms: ${p99 <= 100 ? 'PASS' : 'FAIL'} (${p99.toFixed(1)} ms)`,
    );
    return true;
  } finally {
    await stack.close();
  }
}
