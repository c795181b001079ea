/**
 * Predictions-only mode: reading labels, scores, champion columns and slices from CSV and JSON Lines,
 * and a clear UserError (file, line, column) for every kind of bad file.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type UserError } from '../../../shared/errors.js';
import { loadPolicy } from '../../../shared/config/policy.js';
import { evaluatePredictions } from '../../../shared/evaluate/evaluate-dataset.js';
import { readPredictions, type ReadPredictionsOptions } from '../../../shared/evaluate/read-predictions.js';
import { expectUserError } from '../../helpers/expect-user-error.js';

const dir = mkdtempSync(join(tmpdir(), 'modelship-predictions-'));
let n = 0;
function file(text: string, ext = 'csv'): string {
  const path = join(dir, `p${n++}.${ext}`);
  writeFileSync(path, text);
  return path;
}

async function fails(text: string, options: ReadPredictionsOptions, ext = 'csv'): Promise<UserError> {
  const path = file(text, ext);
  return expectUserError(readPredictions(path, options));
}

const binary = { label: 'y', task: 'binary' } as const;

describe('readPredictions', () => {
  it('reads binary labels (0/1, true/false), scores, champion scores and slices', async () => {
    const path = file('y,score,champion_score,country\n1,0.9,0.8,FR\nfalse,0.2,0.4,DE\nTRUE,0.6,0.5,\n0,0.1,0.3,FR\n');
    const got = await readPredictions(path, { ...binary, slices: ['country'] });
    expect(got.labels).toEqual({ task: 'binary', label: Float64Array.from([1, 0, 1, 0]) });
    expect(got.candidate).toEqual({ task: 'binary', score: Float64Array.from([0.9, 0.2, 0.6, 0.1]) });
    expect(got.champion).toEqual({ task: 'binary', score: Float64Array.from([0.8, 0.4, 0.5, 0.3]) });
    expect(got.slices).toEqual([{ name: 'country', codes: Int32Array.from([0, 1, -1, 0]), values: ['FR', 'DE'] }]);
  });

  it('reads multiclass score_<class> columns (classes in column order) from JSON Lines', async () => {
    const path = file(
      '{"label":"cat","score_cat":0.7,"score_dog":0.2,"score_eel":0.1}\n{"label":"eel","score_cat":0.1,"score_dog":0.1,"score_eel":0.8}\n',
      'jsonl',
    );
    const got = await readPredictions(path, { label: 'label', task: 'multiclass' });
    expect(got.labels).toEqual({ task: 'multiclass', classes: ['cat', 'dog', 'eel'], label: Int32Array.from([0, 2]) });
    expect(got.candidate).toEqual({
      task: 'multiclass',
      classes: ['cat', 'dog', 'eel'],
      probabilities: Float64Array.from([0.7, 0.2, 0.1, 0.1, 0.1, 0.8]),
    });
    expect(got.champion).toBeUndefined();
  });

  it('reads regression predictions', async () => {
    const got = await readPredictions(file('price,prediction\n10.5,11\n-3,-2.5\n'), {
      label: 'price',
      task: 'regression',
    });
    expect(got.labels).toEqual({ task: 'regression', label: Float64Array.from([10.5, -3]) });
    expect(got.candidate).toEqual({ task: 'regression', prediction: Float64Array.from([11, -2.5]) });
  });

  it('names a missing column and lists the columns', async () => {
    const e = await fails('y,prob\n1,0.5\n', binary);
    expect(e.message).toMatch(/no column `score` \(a binary predictions file needs a `score` column/);
    expect(e.message).toContain('`y`, `prob`');
    expect((await fails('label,score\n1,0.5\n', binary)).message).toMatch(/no column `y` \(the label column\)/);
    expect((await fails('y,score\n1,0.5\n', { ...binary, slices: ['region'] })).message).toMatch(/no column `region`/);
  });

  it('refuses a non-numeric, empty or out-of-range score at its line', async () => {
    const e = await fails('y,score\n1,0.5\n0,abc\n', binary);
    expect(e.location).toMatchObject({ line: 3, key: 'score' });
    expect(e.message).toMatch(/:3 \(score\): `score` value `abc` is not a number/);
    expect((await fails('y,score\n1,\n', binary)).message).toMatch(/:2 \(score\): `score` is empty/);
    expect((await fails('y,score\n1,0.5\n1,1.5\n', binary)).message).toMatch(
      /:3 \(score\): `score` is 1\.5, outside \[0, 1\]/,
    );
  });

  it('refuses a binary label that is not 0/1/true/false, an unknown class and a null label', async () => {
    expect((await fails('y,score\nyes,0.5\n', binary)).message).toMatch(
      /:2 \(y\): binary label `yes` is not 0\/1 or true\/false/,
    );
    expect((await fails('y,score\n2,0.5\n', binary)).message).toMatch(/binary label `2`/);
    const e = await fails('label,score_a,score_b\na,0.5,0.5\nc,0.5,0.5\n', { label: 'label', task: 'multiclass' });
    expect(e.message).toMatch(/:3 \(label\): label `c` is not one of the classes.*`a`, `b`/);
    expect((await fails('y,score\n,0.5\n', binary)).message).toMatch(/:2 \(y\): the label is empty/);
    expect((await fails('price,prediction\nabc,1\n', { label: 'price', task: 'regression' })).message).toMatch(
      /label `abc` is not a number/,
    );
  });

  it('refuses multiclass scores that do not sum to 1, naming file, row and what to do (as the ONNX path)', async () => {
    const multiclass = { label: 'label', task: 'multiclass' } as const;
    const e = await fails('label,score_a,score_b,score_c\na,0.5,0.3,0.2\nb,0.5,0.5,0.5\n', multiclass);
    expect(e.message).toMatch(
      /p\d+\.csv:3 \(score_\*\): the `score_<class>` columns sum to 1\.5, not 1\. Multiclass scores must be class probabilities that sum to 1 on every row \(±0\.001\); apply a softmax, or divide each score by the row's sum, before writing the file$/,
    );
    const champion = await fails(
      'label,score_a,score_b,champion_score_a,champion_score_b\na,0.6,0.4,0.2,0.2\n',
      multiclass,
    );
    expect(champion.message).toMatch(
      /:2 \(champion_score_\*\): the `champion_score_<class>` columns sum to 0\.4, not 1/,
    );
    // Rounded probabilities (0.333 × 3 = 0.999) are still probabilities.
    const ok = await readPredictions(file('label,score_a,score_b,score_c\na,0.333,0.333,0.333\n'), multiclass);
    expect(ok.candidate).toMatchObject({ task: 'multiclass', classes: ['a', 'b', 'c'] });
  });
});

describe('evaluatePredictions', () => {
  it('reports a policy metric of another task at its policy line, before reading any data', async () => {
    const policy = loadPolicy('evaluate:\n  min: { rmse: 0.5 }\n', '.github/modelship.yml').defaults.evaluate;
    // The data file does not exist: the metric mistake is found first, so nothing was read.
    await expect(
      evaluatePredictions({ data: join(dir, 'missing.csv'), cwd: dir, label: 'y', task: 'binary', policy }),
    ).rejects.toThrow(
      /^\.github\/modelship\.yml:2:16 \(evaluate\.min\.rmse\): metric `rmse` does not apply to a binary model/,
    );
  });
});
