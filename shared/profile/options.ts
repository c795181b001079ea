/**
 * Profiling options, their defaults, and the checks that turn a bad option into a UserError that
 * names it (options come from the CLI, action inputs or a reference profile's deciles).
 */
import type { Schema } from '../data/batch.js';
import { UserError } from '../errors.js';

/** How a `Profiler` summarises. Every field is optional. */
export interface ProfileOptions {
  /** Number columns keep their raw sorted values while count ≤ this (exact mode). Default 10,000. */
  exactLimit?: number;
  /** Category columns keep exact counts while distinct values ≤ this. Default 1,000. */
  categoryCap?: number;
  /** Relative accuracy of the quantile sketch, in (0, 1). Default 0.005 (0.5%). */
  alpha?: number;
  /**
   * Fixed histogram edges per number/timestamp column (for example a reference profile's
   * `decileEdges`). Finite and non-decreasing; counts on them are exact. Columns without edges get
   * a histogram on their own deciles.
   */
  edges?: Record<string, readonly number[]>;
}

/** Default `exactLimit`: the size up to which scipy's `ks_2samp` also computes exact p-values. */
export const DEFAULT_EXACT_LIMIT = 10_000;
/** Default `categoryCap`. */
export const DEFAULT_CATEGORY_CAP = 1_000;
/** Default sketch relative accuracy. */
export const DEFAULT_ALPHA = 0.005;

/** Options with defaults filled in and checked. */
export interface ResolvedProfileOptions {
  exactLimit: number;
  categoryCap: number;
  alpha: number;
  edges: Map<string, Float64Array>;
}

/** Fills in defaults and checks every option against the schema; throws UserError naming the option. */
export function resolveProfileOptions(schema: Schema, options: ProfileOptions = {}): ResolvedProfileOptions {
  const exactLimit = options.exactLimit ?? DEFAULT_EXACT_LIMIT;
  if (!Number.isSafeInteger(exactLimit) || exactLimit < 0) {
    throw new UserError(`exactLimit must be a whole number ≥ 0, got ${String(exactLimit)}`, {
      location: { key: 'exactLimit' },
      hint: `Leave it unset for the default (${DEFAULT_EXACT_LIMIT})`,
    });
  }
  const categoryCap = options.categoryCap ?? DEFAULT_CATEGORY_CAP;
  if (!Number.isSafeInteger(categoryCap) || categoryCap < 1) {
    throw new UserError(`categoryCap must be a whole number ≥ 1, got ${String(categoryCap)}`, {
      location: { key: 'categoryCap' },
      hint: `Leave it unset for the default (${DEFAULT_CATEGORY_CAP})`,
    });
  }
  const alpha = options.alpha ?? DEFAULT_ALPHA;
  if (!(alpha > 0 && alpha < 1)) {
    throw new UserError(`alpha must be between 0 and 1 (exclusive), got ${String(alpha)}`, {
      location: { key: 'alpha' },
      hint: `It is the sketch's relative accuracy; leave it unset for the default (${DEFAULT_ALPHA})`,
    });
  }
  const edges = new Map<string, Float64Array>();
  const types = new Map(schema.columns.map((c) => [c.name, c.type]));
  for (const [name, list] of Object.entries(options.edges ?? {})) {
    const key = `edges.${name}`;
    const type = types.get(name);
    if (type === undefined) {
      throw new UserError(`Histogram edges were given for column "${name}", which the dataset does not have`, {
        location: { key },
        hint: `The columns are: ${schema.columns.map((c) => c.name).join(', ')}`,
      });
    }
    if (type === 'category') {
      throw new UserError(`Histogram edges were given for category column "${name}"`, {
        location: { key },
        hint: 'Edges apply to number and timestamp columns only; categories are counted per value',
      });
    }
    for (let i = 0; i < list.length; i++) {
      const e = list[i]!;
      if (!Number.isFinite(e) || (i > 0 && e < list[i - 1]!)) {
        throw new UserError(`Histogram edges for column "${name}" must be finite and non-decreasing`, {
          location: { key: `${key}[${i}]` },
          hint: `Got ${String(e)} after ${i > 0 ? String(list[i - 1]) : 'nothing'}`,
        });
      }
    }
    edges.set(
      name,
      Float64Array.from(list, (e) => e + 0),
    );
  }
  return { exactLimit, categoryCap, alpha, edges };
}
