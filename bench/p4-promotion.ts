/**
 * P4 for the App: GitHub API calls per `/promote` end to end (the reaction, the decision's facts,
 * the lock, the re-verification, the deployment and its status, the check run, then the
 * `deployment_status` event's release marker and reply) and per `/rollback`, at 10 and at 1,000
 * registered versions. The real App server handles the sandbox's signed webhooks; the sandbox
 * counts every call the App makes with its installation token (and the App JWT's token exchange).
 */
import { approve, comment, openPull, registerAt, startStack } from '../test/app/stack.js';
import { markdownTable } from './measure.js';

/** Calls by operation for one App operation. */
export type OperationCalls = Record<string, number>;

/** Measures /promote and /rollback with `versions` registered versions. */
async function measure(versions: number): Promise<{ promote: OperationCalls; rollback: OperationCalls }> {
  const stack = await startStack();
  try {
    const pr = await openPull(stack, `p4-${versions}`);
    registerAt(stack, pr.head, 1, versions);
    await approve(stack, 'reviewer', pr.number, pr.head);
    // A version already live, so the rollback has somewhere to go back to.
    await comment(stack, 'maintainer', pr.number, `/promote v${versions - 1} to staging`);
    await stack.settle();
    const appCalls = async (act: () => Promise<unknown>): Promise<OperationCalls> => {
      const start = stack.sandbox.counters.calls.length;
      await act();
      await stack.settle();
      const out: OperationCalls = {};
      for (const call of stack.sandbox.counters.calls.slice(start)) {
        if (!call.principal.startsWith('installation:') && call.principal !== 'app') continue;
        const op = call.operationId ?? `${call.method} ${call.path}`;
        out[op] = (out[op] ?? 0) + 1;
      }
      return out;
    };
    const promote = await appCalls(() => comment(stack, 'maintainer', pr.number, `/promote v${versions} to staging`));
    const { data: issue } = await stack
      .as('maintainer')
      .rest.issues.create({ owner: 'acme', repo: 'churn', title: 'p4' });
    const rollback = await appCalls(() => comment(stack, 'maintainer', issue.number, '/rollback in staging'));
    return { promote, rollback };
  } finally {
    await stack.close();
  }
}

const total = (calls: OperationCalls): number => Object.values(calls).reduce((a, b) => a + b, 0);

/** Runs the App part of P4 and prints its table; returns the totals. */
export async function runP4Promotion(log: (m: string) => void): Promise<{ promote: number[]; rollback: number[] }> {
  log('P4: API calls of the App per /promote and /rollback at 10 and 1,000 versions');
  const small = await measure(10);
  const large = await measure(1000);
  const rows: string[][] = [];
  for (const op of ['promote', 'rollback'] as const) {
    const a = total(small[op]);
    const b = total(large[op]);
    rows.push([`\`/${op}\` end to end`, String(a), String(b), a === b ? 'yes' : `**no** (${a} → ${b})`]);
  }
  console.log('\n### P4: GitHub API calls of the App per command (exact, counted by the sandbox)\n');
  console.log(markdownTable(['command', 'calls @10', 'calls @1,000', 'constant?'], rows));
  for (const op of ['promote', 'rollback'] as const) {
    const parts = Object.entries(large[op])
      .sort(([x], [y]) => x.localeCompare(y))
      .map(([k, v]) => `${k} ×${v}`)
      .join(', ');
    console.log(`- \`/${op}\` @1,000: ${parts}`);
  }
  return {
    promote: [total(small.promote), total(large.promote)],
    rollback: [total(small.rollback), total(large.rollback)],
  };
}
