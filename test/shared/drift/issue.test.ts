/**
 * The drift issue lifecycle as a pure decision: a drifted run opens one issue per (model, stage);
 * later runs update it in place (a comment only when the severity changes); clean runs count up and
 * close it with a summary; after a close the next drift opens a new one. Bodies stay under 65,536
 * characters; the hidden state survives a round trip; retraining is dispatched only when the policy
 * allows and never twice for the same report. A property test replays random run sequences.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DRIFT_ISSUE_LABEL,
  decideDriftIssue,
  decideRetrain,
  driftFingerprint,
  fitMarkdown,
  hasDriftFingerprint,
  parseDriftState,
  renderDriftHistoryChart,
  type DriftIssueInput,
  type DriftIssuePlan,
  type DriftIssueState,
  type RetrainOutcome,
} from '../../../shared/drift/issue.js';
import { serializeDriftState } from '../../../shared/drift/issue-state.js';
import { GITHUB_BODY_LIMIT as ISSUE_BODY_LIMIT } from '../../../shared/github/limits.js';
import type { DriftPolicy } from '../../../shared/config/policy.js';
import type { DriftSeverityLevel } from '../../../shared/drift/report.js';
import { driftPolicy, driftReport } from './issue-fixture.js';

const SKIP: RetrainOutcome = { kind: 'skip', reason: 'disabled', message: 'Retraining on drift is off.' };
const digestOf = (n: number) => n.toString(16).padStart(64, '0');

function input(
  severity: DriftSeverityLevel,
  share: number,
  existing: { number: number; body: string | null } | undefined,
  extra: Partial<DriftIssueInput> = {},
): DriftIssueInput {
  return {
    model: 'churn',
    stage: 'production',
    report: driftReport(severity, share),
    policy: driftPolicy(),
    digest: digestOf(Math.round(share * 1000) + 1),
    now: '2026-03-01T06:00:00.000Z',
    details: '## Columns\n\n| column | drifted |\n|---|---|\n| f0 | yes |\n',
    existing,
    retrain: SKIP,
    runUrl: 'https://github.com/acme/churn/actions/runs/1',
    ...extra,
  };
}

/** The body a plan leaves on the issue. */
function bodyOf(plan: DriftIssuePlan): string {
  if (plan.kind === 'open') return plan.issue.body;
  if (plan.kind === 'update' || plan.kind === 'close') return plan.update.body!;
  throw new Error('no body');
}

const day = (d: number) => `2026-03-${String(d).padStart(2, '0')}T06:00:00.000Z`;

describe('opening', () => {
  it('a clean run with no issue writes nothing', () => {
    expect(decideDriftIssue(input('none', 0, undefined))).toEqual({ kind: 'none', state: undefined });
  });

  it('a warn run opens the issue with the fingerprint, the state, the labels and the assignees', () => {
    const policy = driftPolicy('labels: [drift, ml]\nassignees: [octocat]');
    const plan = decideDriftIssue(input('warn', 0.2, undefined, { policy }));
    expect(plan.kind).toBe('open');
    if (plan.kind !== 'open') return;
    expect(plan.issue.title).toBe('Data drift: churn in production (warn)');
    expect(plan.issue.labels).toEqual([DRIFT_ISSUE_LABEL, 'drift', 'ml']);
    expect(plan.issue.assignees).toEqual(['octocat']);
    expect(hasDriftFingerprint(plan.issue.body, 'churn', 'production')).toBe(true);
    expect(parseDriftState(plan.issue.body)).toEqual(plan.state);
    expect(plan.state).toMatchObject({ severity: 'warn', peak: 'warn', runs: 1, clean_runs: 0 });
    expect(plan.issue.body).toContain('| Drift share | 20.0%: 2 of 10 tested columns drifted');
    expect(plan.issue.body).toContain('| f0 | yes |');
    expect(plan.issue.body).toContain('| Closes after | 3 clean runs in a row (0 so far) |');
  });

  it('the default policy labels the issue `modelship:drift` and `drift` and assigns nobody', () => {
    const plan = decideDriftIssue(input('alert', 0.5, undefined));
    expect(plan.kind === 'open' && plan.issue.labels).toEqual([DRIFT_ISSUE_LABEL, 'drift']);
    expect(plan.kind === 'open' && plan.issue.assignees).toBeUndefined();
  });

  it('with openAt alert, a warn run opens nothing', () => {
    expect(decideDriftIssue(input('warn', 0.2, undefined, { openAt: 'alert' })).kind).toBe('none');
    expect(decideDriftIssue(input('alert', 0.4, undefined, { openAt: 'alert' })).kind).toBe('open');
  });
});

describe('updating in place', () => {
  const opened = decideDriftIssue(input('warn', 0.2, undefined, { now: day(1) }));
  const issue = { number: 7, body: bodyOf(opened) };

  it('a second drifted run of the same severity updates the body, without a comment and never opens', () => {
    const plan = decideDriftIssue(input('warn', 0.15, issue, { now: day(2) }));
    expect(plan.kind).toBe('update');
    if (plan.kind !== 'update') return;
    expect(plan.number).toBe(7);
    expect(plan.comment).toBeUndefined();
    expect(plan.update.state).toBeUndefined();
    expect(plan.state).toMatchObject({ runs: 2, clean_runs: 0, opened_at: day(1) });
    expect(plan.state.history.map((p) => p.drift_share)).toEqual([0.2, 0.2]); // round(0.15 × 10) = 2
    expect(plan.update.body).toContain('### Drift score over time');
    expect(plan.update.body).toContain('xychart-beta');
    expect(plan.update.body).toContain('x-axis ["03-01", "03-02"]');
  });

  it('a change of severity comments once', () => {
    const up = decideDriftIssue(input('alert', 0.5, issue, { now: day(2) }));
    expect(up.kind === 'update' && up.comment).toMatch(/^\*\*Severity rose from warn to alert\*\*/);
    expect(up.kind === 'update' && up.update.title).toBe('Data drift: churn in production (alert)');
    const again = decideDriftIssue(input('alert', 0.6, { number: 7, body: bodyOf(up) }, { now: day(3) }));
    expect(again.kind === 'update' && again.comment).toBeUndefined();
    const down = decideDriftIssue(input('warn', 0.2, { number: 7, body: bodyOf(again) }, { now: day(4) }));
    expect(down.kind === 'update' && down.comment).toMatch(/^\*\*Severity fell from alert to warn\*\*/);
    expect(down.state?.peak).toBe('alert');
  });

  it('an issue whose state was edited away is updated (found by fingerprint), without a comment', () => {
    const body = `${driftFingerprint('churn', 'production')}\nsomeone rewrote this`;
    const plan = decideDriftIssue(input('alert', 0.5, { number: 9, body }));
    expect(plan.kind).toBe('update');
    expect(plan.kind === 'update' && plan.comment).toBeUndefined();
    expect(plan.state).toMatchObject({ runs: 1, severity: 'alert' });
  });
});

describe('closing after clean runs', () => {
  it('comments on the first clean run, counts silently, then closes with a summary after N', () => {
    let plan = decideDriftIssue(input('alert', 0.5, undefined, { now: day(1) }));
    const at = (d: number, severity: DriftSeverityLevel, share: number) =>
      decideDriftIssue(input(severity, share, { number: 3, body: bodyOf(plan) }, { now: day(d) }));

    plan = at(2, 'none', 0);
    expect(plan.kind).toBe('update');
    expect(plan.kind === 'update' && plan.comment).toMatch(/^\*\*No drift in this run\*\*.*clean run 1 of 3/);
    expect(plan.kind === 'update' && plan.update.title).toBe(
      'Data drift: churn in production (recovering, 1 clean run)',
    );

    plan = at(3, 'none', 0);
    expect(plan.kind === 'update' && plan.comment).toBeUndefined();
    expect(plan.state?.clean_runs).toBe(2);

    plan = at(4, 'none', 0);
    expect(plan.kind).toBe('close');
    if (plan.kind !== 'close') return;
    expect(plan.update).toMatchObject({ state: 'closed', stateReason: 'completed' });
    expect(plan.update.title).toBe('Data drift: churn in production (resolved)');
    expect(plan.comment).toMatch(/^\*\*Closing: 3 clean runs in a row\.\*\*/);
    expect(plan.comment).toContain('worst severity alert');
    expect(plan.comment).toContain('Highest drift share: 50.0% on 2026-03-01 06:00 UTC');
    expect(plan.comment).toContain('xychart-beta');
    expect(plan.comment.endsWith('[Workflow run](https://github.com/acme/churn/actions/runs/1)')).toBe(true);
    expect(plan.state).toMatchObject({ runs: 4, clean_runs: 3 });
  });

  it('a drifted run between clean ones resets the count and says drift is back', () => {
    let body = bodyOf(decideDriftIssue(input('warn', 0.2, undefined, { now: day(1) })));
    body = bodyOf(decideDriftIssue(input('none', 0, { number: 3, body }, { now: day(2) })));
    body = bodyOf(decideDriftIssue(input('none', 0, { number: 3, body }, { now: day(3) })));
    const back = decideDriftIssue(input('warn', 0.2, { number: 3, body }, { now: day(4) }));
    expect(back.kind === 'update' && back.comment).toMatch(/^\*\*Drift is back: warn\*\*/);
    expect(back.state?.clean_runs).toBe(0);
    const clean = decideDriftIssue(input('none', 0, { number: 3, body: bodyOf(back) }, { now: day(5) }));
    expect(clean.kind).toBe('update');
    expect(clean.state?.clean_runs).toBe(1);
  });

  it('close_after_clean_runs: 1 closes on the first clean run', () => {
    const policy = driftPolicy('close_after_clean_runs: 1');
    const body = bodyOf(decideDriftIssue(input('warn', 0.2, undefined, { policy })));
    expect(decideDriftIssue(input('none', 0, { number: 3, body }, { policy })).kind).toBe('close');
  });

  it('after the issue is closed, the next drift opens a new issue with a fresh state', () => {
    // The executor finds no open issue once it is closed: existing is undefined.
    const plan = decideDriftIssue(input('warn', 0.2, undefined, { now: day(9) }));
    expect(plan.kind).toBe('open');
    expect(plan.state).toMatchObject({ runs: 1, opened_at: day(9), retrain: [] });
  });
});

describe('the body limit', () => {
  const hugeTable = [
    '## Columns',
    '',
    '| column | method | statistic | drifted |',
    '|---|---|---|---|',
    ...Array.from({ length: 5000 }, (_, i) => `| feature_with_a_long_name_${i} | ks | 0.${i} | yes |`),
  ].join('\n');

  it('cuts a huge report at a row, says so, and stays under 65,536 characters', () => {
    const plan = decideDriftIssue(input('alert', 0.5, undefined, { details: hugeTable }));
    const body = bodyOf(plan);
    expect(hugeTable.length).toBeGreaterThan(ISSUE_BODY_LIMIT);
    expect(body.length).toBeLessThan(ISSUE_BODY_LIMIT);
    expect(body.length).toBeGreaterThan(ISSUE_BODY_LIMIT - 2000);
    expect(body).toMatch(/\*\*Truncated:\*\* [\d,]+ more lines of the report are left out/);
    const rows = body.split('\n').filter((l) => l.startsWith('| feature_with'));
    expect(rows.every((r) => /^\| feature_with_a_long_name_\d+ \| ks \| 0\.\d+ \| yes \|$/.test(r))).toBe(true);
    expect(parseDriftState(body)).toEqual(plan.state);
  });

  it('closes a code fence it cuts through', () => {
    const fenced = '```mermaid\n' + 'x\n'.repeat(40_000) + '```\n';
    const fitted = fitMarkdown(fenced, 1000);
    expect(fitted.truncated).toBe(true);
    expect(fitted.text.length).toBeLessThanOrEqual(1000);
    expect(fitted.text.match(/```/g)).toHaveLength(2);
  });

  it('cuts one enormous line instead of dropping everything, and leaves short text alone', () => {
    const fitted = fitMarkdown('y'.repeat(10_000), 2000);
    expect(fitted.text.startsWith('yyy')).toBe(true);
    expect(fitted.text.length).toBeLessThanOrEqual(2000);
    expect(fitMarkdown('short\ntext', 2000)).toEqual({ text: 'short\ntext', truncated: false, omittedLines: 0 });
  });
});

describe('fingerprint and hidden state', () => {
  it('matches only its own (model, stage) on a line of its own', () => {
    const body = `${driftFingerprint('churn', 'production')}\nrest`;
    expect(hasDriftFingerprint(body, 'churn', 'production')).toBe(true);
    expect(hasDriftFingerprint(body, 'churn', 'staging')).toBe(false);
    expect(hasDriftFingerprint(body, 'churn-eu', 'production')).toBe(false);
    expect(hasDriftFingerprint(`${driftFingerprint('churn-eu', 'production')}\n`, 'churn', 'production')).toBe(false);
    expect(hasDriftFingerprint(`quoted: ${driftFingerprint('churn', 'production')}`, 'churn', 'production')).toBe(
      false,
    );
    expect(hasDriftFingerprint(null, 'churn', 'production')).toBe(false);
  });

  it('round-trips a state whose strings hold `--` and `-->` without ending the comment early', () => {
    const state: DriftIssueState = {
      v: 1,
      severity: 'alert',
      peak: 'alert',
      opened_at: day(1),
      runs: 2,
      clean_runs: 0,
      last_digest: digestOf(1),
      history: [{ at: day(1), drift_share: 0.5, severity: 'alert' }],
      retrain: [{ digest: digestOf(1), at: day(1), severity: 'alert', workflow: 're--train.yml', ref: 'x-->y' }],
    };
    const comment = serializeDriftState(state);
    expect(comment.slice(4, -3)).not.toContain('--');
    expect(parseDriftState(`text\n${comment}\nmore`)).toEqual(state);
  });

  it('reads a broken or missing state as none', () => {
    expect(parseDriftState('<!-- modelship:drift-state {not json -->')).toBeUndefined();
    expect(parseDriftState('<!-- modelship:drift-state {"v":2} -->')).toBeUndefined();
    expect(parseDriftState('no state')).toBeUndefined();
  });

  it('keeps the last 30 runs of history', () => {
    let plan = decideDriftIssue(input('warn', 0.2, undefined, { now: day(1) }));
    for (let i = 0; i < 40; i++) {
      plan = decideDriftIssue(
        input(
          'warn',
          0.2,
          { number: 1, body: bodyOf(plan) },
          { now: new Date(Date.UTC(2026, 3, 1 + i)).toISOString() },
        ),
      );
    }
    expect(plan.state?.history).toHaveLength(30);
    expect(plan.state?.runs).toBe(41);
  });

  it('draws the chart with times when two runs share a day, and nothing for one run', () => {
    expect(renderDriftHistoryChart([{ at: day(1), drift_share: 0.1, severity: 'warn' }])).toBe('');
    const chart = renderDriftHistoryChart([
      { at: '2026-03-01T06:00:00.000Z', drift_share: 0.1, severity: 'warn' },
      { at: '2026-03-01T18:30:00.000Z', drift_share: 0.35, severity: 'alert' },
    ]);
    expect(chart).toContain('x-axis ["03-01 06:00", "03-01 18:30"]');
    expect(chart).toContain('line [0.1, 0.35]');
  });
});

describe('retraining on a leash', () => {
  const on = driftPolicy('retrain: { enabled: true, workflow: retrain.yml }');
  const onWarn = driftPolicy('retrain: { enabled: true, workflow: retrain.yml, min_severity: warn, ref: release }');
  const ask = (policy: DriftPolicy, severity: DriftSeverityLevel, state?: DriftIssueState, digest = digestOf(1)) =>
    decideRetrain({ policy, severity, model: 'churn', stage: 'production', digest, state, defaultRef: 'main' });
  const stateWith = (records: DriftIssueState['retrain']): DriftIssueState => ({
    v: 1,
    severity: 'alert',
    peak: 'alert',
    opened_at: day(1),
    runs: 1,
    clean_runs: 0,
    last_digest: digestOf(1),
    history: [],
    retrain: records,
  });

  it('is off by default and below min_severity', () => {
    expect(ask(driftPolicy(), 'alert')).toMatchObject({ kind: 'skip', reason: 'disabled' });
    expect(ask(on, 'warn')).toMatchObject({ kind: 'skip', reason: 'below-min-severity' });
    expect(ask(on, 'none')).toMatchObject({ kind: 'skip', reason: 'below-min-severity' });
  });

  it('dispatches on the default branch, or the policy ref, with model, stage and the report digest', () => {
    expect(ask(on, 'alert')).toEqual({
      kind: 'dispatch',
      workflow: 'retrain.yml',
      ref: 'main',
      inputs: { model: 'churn', stage: 'production', 'report-digest': digestOf(1) },
    });
    expect(ask(onWarn, 'warn')).toMatchObject({ kind: 'dispatch', ref: 'release' });
  });

  it('never dispatches twice for the same report, nor again in the episode unless the severity rises', () => {
    const record = { digest: digestOf(1), at: day(1), severity: 'warn' as const, workflow: 'retrain.yml', ref: 'main' };
    expect(ask(onWarn, 'warn', stateWith([record]))).toMatchObject({ kind: 'skip', reason: 'same-report' });
    expect(ask(onWarn, 'alert', stateWith([record]))).toMatchObject({ kind: 'skip', reason: 'same-report' });
    expect(ask(onWarn, 'warn', stateWith([record]), digestOf(2))).toMatchObject({
      kind: 'skip',
      reason: 'already-dispatched',
    });
    expect(ask(onWarn, 'alert', stateWith([record]), digestOf(2))).toMatchObject({ kind: 'dispatch' });
  });

  it('never dispatches below the severity that opens the issue (nothing would remember it)', () => {
    const q = { policy: onWarn, model: 'churn', stage: 'production', digest: digestOf(1), state: undefined };
    expect(decideRetrain({ ...q, severity: 'warn', defaultRef: 'main', openAt: 'alert' })).toMatchObject({
      kind: 'skip',
      reason: 'below-min-severity',
    });
    expect(decideRetrain({ ...q, severity: 'alert', defaultRef: 'main', openAt: 'alert' })).toMatchObject({
      kind: 'dispatch',
    });
  });

  it('fails with a clear message when no ref is known', () => {
    const decision = decideRetrain({
      policy: on,
      severity: 'alert',
      model: 'churn',
      stage: 'production',
      digest: digestOf(1),
      state: undefined,
      defaultRef: undefined,
    });
    expect(decision).toMatchObject({ kind: 'failed' });
    expect(decision.kind === 'failed' && decision.message).toContain('drift.retrain.ref');
  });

  it('records a dispatch in the state and says so in the body', () => {
    const retrain: RetrainOutcome = {
      kind: 'dispatched',
      workflow: 'retrain.yml',
      ref: 'main',
      inputs: { model: 'churn', stage: 'production', 'report-digest': digestOf(5) },
    };
    const plan = decideDriftIssue(input('alert', 0.5, undefined, { retrain, digest: digestOf(5), policy: on }));
    expect(plan.state?.retrain).toEqual([
      {
        digest: digestOf(5),
        at: input('none', 0, undefined).now,
        severity: 'alert',
        workflow: 'retrain.yml',
        ref: 'main',
      },
    ]);
    expect(bodyOf(plan)).toContain(
      `**Retraining dispatched** in this run: \`retrain.yml\` on \`main\` with report digest \`${digestOf(5)}\``,
    );
    // The next run with the same report: the leash holds, and the body lists the earlier dispatch.
    expect(ask(on, 'alert', plan.state, digestOf(5))).toMatchObject({ kind: 'skip', reason: 'same-report' });
  });
});

describe('random run sequences', () => {
  it('keep at most one open issue, close exactly after N clean runs in a row, and stay under the limit', () => {
    const severities = fc.constantFrom<DriftSeverityLevel>('none', 'none', 'warn', 'alert');
    fc.assert(
      fc.property(fc.array(severities, { minLength: 1, maxLength: 25 }), fc.integer({ min: 1, max: 4 }), (runs, n) => {
        const policy = driftPolicy(`close_after_clean_runs: ${n}`);
        let open: { number: number; body: string } | undefined;
        let issues = 0;
        let clean = 0;
        runs.forEach((severity, i) => {
          const share = severity === 'none' ? 0 : severity === 'warn' ? 0.2 : 0.5;
          const plan = decideDriftIssue(input(severity, share, open, { policy, now: day(1 + (i % 28)) }));
          clean = severity === 'none' ? clean + 1 : 0;
          switch (plan.kind) {
            case 'none':
              expect(open).toBeUndefined();
              expect(severity).toBe('none');
              break;
            case 'open':
              expect(open).toBeUndefined();
              issues++;
              open = { number: issues, body: plan.issue.body };
              clean = 0;
              break;
            case 'update':
              expect(open).toBeDefined();
              expect(plan.number).toBe(open!.number);
              expect(plan.state.clean_runs).toBe(clean);
              expect(plan.state.clean_runs).toBeLessThan(n);
              open = { number: open!.number, body: plan.update.body! };
              break;
            case 'close':
              expect(plan.state.clean_runs).toBe(n);
              expect(clean).toBe(n);
              open = undefined;
              break;
          }
          if (plan.kind !== 'none') expect(bodyOf(plan).length).toBeLessThan(ISSUE_BODY_LIMIT);
        });
      }),
      { numRuns: 200 },
    );
  });
});
