/**
 * Shadow traffic: a sample of live requests is mirrored to the challenger, clients only ever see the
 * champion's answers (even when the challenger fails), and the admin status reports the comparison
 * from shared/serve/shadow.ts.
 */
import { describe, expect, it } from 'vitest';
import { admin, featureRequest, infer } from './client.js';
import { ADMIN_TOKEN, healthyModel, sickModel, useServingRegistry } from './serving-fixture.js';

const serving = useServingRegistry();

describe('shadow', () => {
  it('mirrors requests to the challenger, never returns its answers, and reports the comparison', async () => {
    const {
      server,
      versions: [v1, v2],
    } = await serving.serve([healthyModel(0), sickModel()]);
    const started = await admin(
      server.url,
      'POST',
      '/shadow',
      { version: v2, sample_percent: 100, task: 'binary' },
      ADMIN_TOKEN,
    );
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({ candidate: { version: String(v2), mode: 'shadow' } });
    const answers = [];
    for (let i = 0; i < 50; i++) {
      // Every 5th request makes the sick challenger fail; the client must never notice.
      answers.push(await infer(server.url, featureRequest([[i % 5 === 0 ? 1.5 : 0.25, 0.5, 2, 40]])));
    }
    expect(answers.every((a) => a.status === 200 && a.response!.model_version === String(v1))).toBe(true);
    await admin(server.url, 'POST', '/abort', undefined, ADMIN_TOKEN);
    const status = await admin(server.url, 'GET', '/status', undefined, ADMIN_TOKEN);
    const shadow = status.body.shadow as { running: boolean; output: string; comparison: Record<string, unknown> };
    expect(shadow.running).toBe(false);
    expect(shadow.output).toBe('probability');
    expect(shadow.comparison).toMatchObject({
      task: 'binary',
      requests: 40,
      challenger_errors: 10,
      rows: 40,
      agreement_rate: 1,
    });
    expect(status.body).toMatchObject({ stable: { version: String(v1) }, candidate: null });
  });
});
