/**
 * Mapping dataset columns to a model's inputs: one [N, F] input fed from an option, the model's
 * metadata or (when unambiguous) the data; one input per column by name; and the mapping errors
 * that list what is missing, what is extra and what was expected.
 */
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../shared/logger.js';
import type { TensorInfo } from '../../../shared/onnx/model.js';
import { featureColumnsFromMetadata } from '../../../shared/onnx/model-metadata.js';
import { planColumns, planFeeds, type ColumnInfo } from '../../../shared/onnx/signature.js';
import { expectUserError } from '../../helpers/expect-user-error.js';

const tensor = (name: string, shape: (number | string)[], type = 'float32'): TensorInfo => ({
  name,
  isTensor: true,
  type,
  shape,
});
const model = (inputs: TensorInfo[], props: Record<string, string> = {}) => ({
  file: 'model.onnx',
  inputs,
  metadata: { props },
});
const numbers = (...names: string[]): ColumnInfo[] => names.map((name) => ({ name, type: 'number' }));

describe('planFeeds: one [N, F] input', () => {
  const m = model([tensor('features', ['N', 3])]);
  const data = [...numbers('a', 'b', 'c', 'label'), { name: 'segment', type: 'category' }];

  it('follows the featureColumns option, in its order', () => {
    expect(planFeeds(m, data, { featureColumns: ['c', 'a', 'b'] })).toEqual({
      kind: 'matrix',
      input: 'features',
      type: 'float32',
      columns: ['c', 'a', 'b'],
      from: 'option',
    });
  });

  it('reads feature names from the model metadata (JSON array or comma list)', () => {
    expect(planFeeds(model([tensor('features', ['N', 3])], { feature_names: '["b","c","a"]' }), data)).toMatchObject({
      columns: ['b', 'c', 'a'],
      from: 'metadata',
    });
    expect(
      planFeeds(model([tensor('features', ['N', 3])], { 'modelship.feature_columns': 'a, c ,b' }), data),
    ).toMatchObject({
      columns: ['a', 'c', 'b'],
      from: 'metadata',
    });
    expect(featureColumnsFromMetadata({ 'modelship.feature_columns': '["x"]', feature_names: 'y' })).toEqual({
      key: 'modelship.feature_columns',
      columns: ['x'],
    });
  });

  it('with nothing stated, uses the numeric columns minus the excluded ones when there are exactly F, and says so', () => {
    const lines: string[] = [];
    const logger = { ...silentLogger, info: (m: string) => lines.push(m) };
    expect(planFeeds(m, data, { exclude: ['label'], logger })).toMatchObject({
      columns: ['a', 'b', 'c'],
      from: 'data',
    });
    expect(lines[0]).toContain('Feeding 3 numeric columns into `features` in file order: a, b, c');
  });

  it('refuses to guess when the count differs or the width is dynamic', () => {
    const e = expectUserError(() => planFeeds(m, data));
    expect(e.message).toContain('takes 3 features, and which columns they are is not stated');
    expect(e.message).toContain('4 numeric candidate columns: `a`, `b`, `c`, `label`');
    expect(e.hint).toContain('feature_names');
    const dynamic = expectUserError(() =>
      planFeeds(model([tensor('features', ['N', 'F'])]), data, { exclude: ['label'] }),
    );
    expect(dynamic.message).toContain('takes a dynamic number of features');
  });

  it('lists missing columns, the data’s columns and the expected ones', () => {
    const e = expectUserError(() => planFeeds(m, data, { featureColumns: ['a', 'x', 'y'] }));
    expect(e.message).toContain('the data has no column `x`, `y`, which the feature columns option names');
    expect(e.hint).toContain(
      "The data's columns are `a`, `b`, `c`, `label`, `segment`; the model expects `a`, `x`, `y`",
    );
    const fromMeta = expectUserError(() =>
      planFeeds(model([tensor('features', ['N', 3])], { feature_names: 'a,b,zz' }), data),
    );
    expect(fromMeta.message).toContain("which the model's metadata (`feature_names`) names");
  });

  it('refuses a wrong count, duplicates and non-numeric columns', () => {
    expect(expectUserError(() => planFeeds(m, data, { featureColumns: ['a', 'b'] })).message).toContain(
      'input features: float32[N, 3] takes 3 features but the feature columns option lists 2: `a`, `b`',
    );
    expect(expectUserError(() => planFeeds(m, data, { featureColumns: ['a', 'a', 'b'] })).message).toContain(
      'feature column `a` is listed more than once',
    );
    expect(expectUserError(() => planFeeds(m, data, { featureColumns: ['a', 'b', 'segment'] })).message).toContain(
      'feature column `segment` is not numeric (category)',
    );
  });

  it('accepts a dynamic width with any number of stated columns, and float64 inputs', () => {
    expect(planFeeds(model([tensor('x', ['N', 'F'], 'float64')]), data, { featureColumns: ['a', 'b'] })).toEqual({
      kind: 'matrix',
      input: 'x',
      type: 'float64',
      columns: ['a', 'b'],
      from: 'option',
    });
  });

  it('refuses inputs that are not float tensors', () => {
    const e = expectUserError(() =>
      planFeeds(model([tensor('features', ['N', 3], 'int64')]), data, { featureColumns: ['a', 'b', 'c'] }),
    );
    expect(e.message).toContain('input features: int64[N, 3] is not a float tensor');
    expect(e.location.key).toBe('features');
  });
});

describe('planFeeds: one input per column', () => {
  const data = numbers('age', 'income', 'label');

  it('maps inputs to columns by name, keeping each input’s rank', () => {
    const plan = planFeeds(model([tensor('income', ['N', 1]), tensor('age', ['N'])]), data);
    expect(plan).toEqual({
      kind: 'columns',
      feeds: [
        { input: 'income', column: 'income', type: 'float32', rank: 2 },
        { input: 'age', column: 'age', type: 'float32', rank: 1 },
      ],
    });
    expect(planColumns(plan)).toEqual(['income', 'age']);
  });

  it('a single [N, 1] input named after a column is fed from that column', () => {
    expect(planFeeds(model([tensor('age', ['N', 1])]), data)).toMatchObject({ kind: 'columns' });
  });

  it('lists the inputs with no column, and the expected and present columns', () => {
    const e = expectUserError(() =>
      planFeeds(model([tensor('age', ['N', 1]), tensor('tenure', ['N', 1]), tensor('plan', ['N', 1])]), data),
    );
    expect(e.message).toContain("the model's inputs `tenure`, `plan` have no column of the same name in the data");
    expect(e.hint).toContain('Expected columns: `age`, `tenure`, `plan`; the data has `age`, `income`, `label`');
  });

  it('refuses feature columns that are not inputs, and inputs wider than one column', () => {
    expect(
      expectUserError(() =>
        planFeeds(model([tensor('age', ['N', 1]), tensor('income', ['N', 1])]), data, {
          featureColumns: ['age', 'label'],
        }),
      ).message,
    ).toContain('feature column `label` is not an input of the model');
    expect(
      expectUserError(() => planFeeds(model([tensor('age', ['N', 2]), tensor('income', ['N', 1])]), data)).message,
    ).toContain('input age: float32[N, 2] cannot be fed from one column');
  });

  it('a model with no inputs is refused', () => {
    expect(expectUserError(() => planFeeds(model([]), data)).message).toContain('has no inputs');
  });
});
