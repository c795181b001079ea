/**
 * The analysis record on the release body: written by the deploy action, read back by the App for
 * one (stage, deployment). It keeps the rest of the body, holds one section per stage, refuses a
 * record of another deployment or a damaged one, and survives text that tries to close its comment.
 */
import { describe, expect, it } from 'vitest';
import { readAnalysisRecord, withAnalysisRecord } from '../../../shared/deploy/analysis-record.js';
import { canaryTable, canaryVerdict, fitStatus } from '../../../shared/deploy/analysis.js';
import { analyseCanary, type CanarySettings, type CanaryWindow } from '../../../shared/serve/canary.js';

const settings: CanarySettings = {
  interval_ms: 1000,
  threshold: 2,
  step_weight: 25,
  max_weight: 50,
  min_requests: 10,
  max_error_rate: 0.01,
  max_inconclusive: 1,
};
const side = (requests: number, errors: number) => ({ requests, errors, latency_ms: Array(requests).fill(5) });
const window = (canaryErrors: number, canaryRequests = 40): CanaryWindow => ({
  stable: side(100, 0),
  canary: side(canaryRequests, canaryErrors),
});

describe('analysis record', () => {
  it('round-trips for its deployment only, keeps the body and replaces the stage’s older record', () => {
    const failed = analyseCanary(settings, [window(8), window(8)]);
    const body = 'The model card.\n\n<!-- modelship:stages {} -->\n**Stages**\n<!-- /modelship:stages -->\n';
    const once = withAnalysisRecord(body, {
      stage: 'production',
      deploymentId: 5,
      phase: failed.phase,
      analysis: failed,
    });
    expect(once.startsWith('The model card.')).toBe(true);
    expect(once).toContain('<!-- /modelship:stages -->');
    expect(readAnalysisRecord(once, 'production', 5)?.analysis).toEqual(failed);
    expect(readAnalysisRecord(once, 'production', 6)).toBeUndefined();
    expect(readAnalysisRecord(once, 'staging', 5)).toBeUndefined();

    const starved = analyseCanary(settings, [window(0, 1), window(0, 1)]);
    const twice = withAnalysisRecord(once, {
      stage: 'production',
      deploymentId: 6,
      phase: starved.phase,
      analysis: starved,
    });
    expect(twice.match(/<!-- modelship:analysis stage=production /g)).toHaveLength(1);
    expect(readAnalysisRecord(twice, 'production', 6)?.analysis.failure).toBe('not_enough_traffic');
    const other = withAnalysisRecord(twice, {
      stage: 'staging',
      deploymentId: 7,
      phase: failed.phase,
      analysis: failed,
    });
    expect(readAnalysisRecord(other, 'production', 6)).toBeDefined();
    expect(readAnalysisRecord(other, 'staging', 7)).toBeDefined();
  });

  it('text that tries to end the hidden comment stays inside the JSON; a damaged record reads as none', () => {
    const failed = analyseCanary(settings, [window(8), window(8)]);
    const hostile = { ...failed, reason: 'x --> <!-- /modelship:analysis stage=production --> y' };
    const body = withAnalysisRecord(null, { stage: 'production', deploymentId: 9, phase: 'failed', analysis: hostile });
    expect(readAnalysisRecord(body, 'production', 9)?.analysis.reason).toBe(hostile.reason);
    const damaged = body.replace('"passed":0', '"passed":"zero"');
    expect(readAnalysisRecord(damaged, 'production', 9)).toBeUndefined();
  });
});

describe('analysis text', () => {
  it('a row per interval with what failed; a verdict line; statuses fit in 140 characters', () => {
    const failed = analyseCanary(settings, [window(8), window(8)]);
    const table = canaryTable(failed).split('\n');
    expect(table).toHaveLength(2 + 2);
    expect(table[2]).toMatch(/^\| 1 \| 25% \| 40 \| 20\.0% \| 0\.0% \|.*❌ fail \| .*error rate/);
    expect(canaryVerdict(failed)).toMatch(/^canary rolled back \(0 passed, 2 failed, 0 inconclusive\): /);
    expect(canaryTable(analyseCanary(settings, []))).toBe('_No interval was analysed._');
    expect([...fitStatus('é'.repeat(200))]).toHaveLength(140);
    expect(fitStatus('short')).toBe('short');
  });
});
