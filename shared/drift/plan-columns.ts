/**
 * Which columns a drift run tests, decided from the schemas alone, before any row is read: the
 * reference's columns (or `--columns`), the prediction column (named, or `prediction` when both
 * sides have one), less the columns the policy ignores, the window column and timestamps. Every
 * mistake found here (an unknown column, a method that cannot test a column, a column missing from
 * the current data, nothing left to test) is a UserError that says what to do.
 */
import type { DriftPolicy } from '../config/policy.js';
import { didYouMean } from '../config/did-you-mean.js';
import type { ColumnType } from '../data/batch.js';
import { UserError } from '../errors.js';
import type { RowWindow, WantedColumn } from './collect.js';
import type { DriftOptions } from './drift-options.js';
import { methodOverride } from './method-override.js';
import type { DriftMode } from './report.js';
import { chooseMethod } from './rule.js';

/** The columns to test, and those left out with the reason. */
export interface ColumnPlan {
  /** Feature columns, in the order they are tested and reported. */
  readonly features: WantedColumn[];
  /** The prediction column, when one is tested. */
  readonly prediction: WantedColumn | undefined;
  /** Features then the prediction column: what both sides must hold. */
  readonly wanted: WantedColumn[];
  /** Columns left out before testing, with the reason. */
  readonly skipped: { column: string; reason: string }[];
}

/** What planning reads: the two schemas, the options and policy, and the names to use in errors. */
export interface PlanInput {
  readonly options: Pick<DriftOptions, 'columns' | 'predictionColumn' | 'method'>;
  readonly policy: DriftPolicy;
  readonly mode: DriftMode;
  /** The reference's column names, in order, and their types. */
  readonly refNames: readonly string[];
  readonly refType: ReadonlyMap<string, ColumnType>;
  /** The current data's column names. */
  readonly curNames: ReadonlySet<string>;
  readonly window: RowWindow | undefined;
  readonly referenceSource: string;
  /** The first current data file (where a missing column is reported). */
  readonly currentFile: string | undefined;
}

const list = (names: readonly string[]) => names.map((n) => `\`${n}\``).join(', ');

/** Plans the run; throws a UserError for every mistake in the column options or the policy. */
export function planColumns(input: PlanInput): ColumnPlan {
  const { options, policy, refNames, refType, curNames, window } = input;
  const skipped: { column: string; reason: string }[] = [];
  let selected = refNames;
  if (options.columns !== undefined && options.columns.length > 0) {
    for (const name of options.columns) {
      if (!refType.has(name)) {
        const suggestion = didYouMean(name, refNames);
        throw new UserError(`no column \`${name}\` in the reference`, {
          location: { file: input.referenceSource, key: '--columns' },
          hint: suggestion ? `Did you mean \`${suggestion}\`?` : `The reference's columns are ${list(refNames)}`,
        });
      }
    }
    selected = [...new Set(options.columns)];
  }
  let prediction = options.predictionColumn;
  if (prediction !== undefined && !refType.has(prediction)) {
    throw new UserError(`the prediction column \`${prediction}\` is not in the reference`, {
      location: { file: input.referenceSource, key: '--prediction-column' },
      hint: `The reference's columns are ${list(refNames)}`,
    });
  }
  if (prediction === undefined && refType.has('prediction') && curNames.has('prediction')) prediction = 'prediction';
  const features: WantedColumn[] = [];
  const plan = (name: string): WantedColumn | undefined => {
    const type = refType.get(name)!;
    if (policy.columns[name]?.ignore) skipped.push({ column: name, reason: 'ignored by the policy' });
    else if (window && name === window.column) skipped.push({ column: name, reason: 'the time window column' });
    else if (type === 'timestamp') skipped.push({ column: name, reason: 'timestamp column: not tested' });
    else {
      const kind = type === 'number' ? 'numeric' : 'categorical';
      // A method that cannot test the column is a mistake in the flag or policy: say so before reading data.
      const override = methodOverride(name, options.method, policy);
      if (override) chooseMethod(input.mode, { name, type: kind, referenceDistinct: null }, override);
      return { name, kind };
    }
    return undefined;
  };
  for (const name of selected) {
    if (name === prediction) continue;
    const p = plan(name);
    if (p) features.push(p);
  }
  const predictionPlan = prediction !== undefined ? plan(prediction) : undefined;
  const wanted = predictionPlan ? [...features, predictionPlan] : features;
  const missing = wanted.filter((w) => !curNames.has(w.name)).map((w) => w.name);
  if (missing.length > 0) {
    throw new UserError(
      `column${missing.length > 1 ? 's' : ''} ${list(missing)} of the reference ${missing.length > 1 ? 'are' : 'is'} not in the current data`,
      {
        location: { file: input.currentFile, key: missing[0] },
        hint: `Leave ${missing.length > 1 ? 'them' : 'it'} out with --columns, or set drift.columns.${missing[0]}.ignore: true in the policy`,
      },
    );
  }
  if (wanted.length === 0) {
    throw new UserError('there is no column to test', {
      location: { file: input.referenceSource },
      hint: 'The reference needs at least one number or category column that is not ignored',
    });
  }
  return { features, prediction: predictionPlan, wanted, skipped };
}
