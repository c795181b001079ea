/**
 * Deterministic generator for the churn example: a realistic tabular dataset of a subscription
 * business, with a label that depends on the features the way real churn does (short tenure,
 * month-to-month contracts, high charges and support calls raise the risk). Nothing is
 * downloaded; the same seed always writes the same bytes.
 *
 * Writes, under `outDir`:
 *   train.csv                              the training set
 *   holdout.csv                            the evaluation holdout
 *   production/week=YYYY-WW/batch.csv      weekly production batches; `driftWeek` is shifted
 *                                          (prices up, more month-to-month contracts, a new
 *                                          payment method, more nulls in support_calls)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** How much to generate. The defaults give a dataset that validates and trains in seconds. */
export interface ChurnOptions {
  seed: number;
  trainRows: number;
  holdoutRows: number;
  weeks: number;
  rowsPerWeek: number;
  /** 1-based index of the week whose batch drifts. */
  driftWeek: number;
}

export const DEFAULT_CHURN_OPTIONS: ChurnOptions = {
  seed: 42,
  trainRows: 20_000,
  holdoutRows: 5_000,
  weeks: 4,
  rowsPerWeek: 2_000,
  driftWeek: 4,
};

export const CHURN_COLUMNS = [
  'customer_id',
  'signup_date',
  'region',
  'contract',
  'payment_method',
  'internet_service',
  'age',
  'tenure_months',
  'monthly_charges',
  'total_charges',
  'num_products',
  'support_calls',
  'late_payments',
  'avg_session_minutes',
  'data_usage_gb',
  'churned',
] as const;

/** mulberry32: a tiny, well-known 32-bit PRNG; good enough for synthetic data and fully deterministic. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normal(rand: () => number): number {
  // Box–Muller; 1 - rand() avoids log(0).
  return Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
}

function pick<T>(rand: () => number, items: readonly T[], weights: readonly number[]): T {
  let u = rand() * weights.reduce((s, w) => s + w, 0);
  for (let i = 0; i < items.length; i++) {
    u -= weights[i]!;
    if (u < 0) return items[i]!;
  }
  return items[items.length - 1]!;
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const round = (x: number, digits: number) => Number(x.toFixed(digits));

interface Shift {
  priceFactor: number;
  monthToMonthWeight: number;
  newPaymentMethod: boolean;
  supportNullRate: number;
}

const NO_SHIFT: Shift = { priceFactor: 1, monthToMonthWeight: 0.55, newPaymentMethod: false, supportNullRate: 0.005 };
const DRIFT: Shift = { priceFactor: 1.35, monthToMonthWeight: 0.8, newPaymentMethod: true, supportNullRate: 0.08 };

function rows(rand: () => number, count: number, firstId: number, asOf: number, shift: Shift): string[] {
  const out: string[] = [];
  const day = 86_400_000;
  for (let i = 0; i < count; i++) {
    const region = pick(rand, ['north', 'south', 'east', 'west'], [0.3, 0.25, 0.25, 0.2]);
    const contract = pick(rand, ['month-to-month', 'one-year', 'two-year'], [shift.monthToMonthWeight, 0.25, 0.2]);
    const payment = shift.newPaymentMethod
      ? pick(rand, ['card', 'bank-transfer', 'paper-check', 'crypto'], [0.4, 0.3, 0.1, 0.2])
      : pick(rand, ['card', 'bank-transfer', 'paper-check'], [0.5, 0.35, 0.15]);
    const internet = pick(rand, ['fiber', 'dsl', 'none'], [0.45, 0.4, 0.15]);
    const age = Math.round(clamp(42 + 14 * normal(rand), 18, 90));
    const tenure = Math.round(clamp(-Math.log(1 - rand()) * (contract === 'two-year' ? 40 : 18), 0, 120));
    const base = internet === 'fiber' ? 75 : internet === 'dsl' ? 55 : 25;
    const monthly = round(clamp((base + 12 * normal(rand)) * shift.priceFactor, 10, 250), 2);
    const total = round(monthly * Math.max(tenure, 1) * (0.95 + 0.1 * rand()), 2);
    const products = Math.min(8, 1 + Math.floor(-Math.log(1 - rand()) * 1.2));
    const support = Math.floor(-Math.log(1 - rand()) * (internet === 'fiber' ? 1.8 : 1.1));
    const late = Math.floor(-Math.log(1 - rand()) * (payment === 'paper-check' ? 1.5 : 0.5));
    const session = round(clamp(35 + 15 * normal(rand) - (internet === 'none' ? 25 : 0), 0, 300), 1);
    const usage = internet === 'none' ? 0 : round(Math.exp(3 + 0.6 * normal(rand)), 3);
    const logit =
      -1.2 +
      (contract === 'month-to-month' ? 1.3 : contract === 'one-year' ? 0 : -1.1) -
      0.045 * tenure +
      0.018 * (monthly - 60) +
      0.35 * support +
      0.3 * late -
      0.25 * (products - 1) +
      (payment === 'paper-check' ? 0.3 : 0) -
      0.01 * (session - 35);
    const churned = rand() < 1 / (1 + Math.exp(-logit)) ? 1 : 0;
    const signup = new Date(asOf - tenure * 30 * day - Math.floor(rand() * 28) * day).toISOString().slice(0, 10);
    const supportCell = rand() < shift.supportNullRate ? '' : String(support);
    out.push(
      [
        `C${String(firstId + i).padStart(7, '0')}`,
        signup,
        region,
        contract,
        payment,
        internet,
        age,
        tenure,
        monthly.toFixed(2),
        total.toFixed(2),
        products,
        supportCell,
        late,
        session.toFixed(1),
        usage,
        churned,
      ].join(','),
    );
  }
  return out;
}

function writeCsv(path: string, lines: string[]): void {
  writeFileSync(path, `${CHURN_COLUMNS.join(',')}\n${lines.join('\n')}\n`);
}

/** Writes the dataset under `outDir` and returns the files written, relative to it. */
export function generateChurn(outDir: string, options: Partial<ChurnOptions> = {}): string[] {
  const o = { ...DEFAULT_CHURN_OPTIONS, ...options };
  const rand = rng(o.seed);
  const asOf = Date.UTC(2026, 0, 5); // a fixed Monday, so the bytes never depend on today's date
  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  writeCsv(join(outDir, 'train.csv'), rows(rand, o.trainRows, 1, asOf, NO_SHIFT));
  written.push('train.csv');
  writeCsv(join(outDir, 'holdout.csv'), rows(rand, o.holdoutRows, 1 + o.trainRows, asOf, NO_SHIFT));
  written.push('holdout.csv');
  let nextId = 1 + o.trainRows + o.holdoutRows;
  for (let w = 1; w <= o.weeks; w++) {
    const week = `week=2026-${String(w + 1).padStart(2, '0')}`;
    const weekAsOf = asOf + w * 7 * 86_400_000;
    const dir = join(outDir, 'production', week);
    mkdirSync(dir, { recursive: true });
    writeCsv(join(dir, 'batch.csv'), rows(rand, o.rowsPerWeek, nextId, weekAsOf, w === o.driftWeek ? DRIFT : NO_SHIFT));
    nextId += o.rowsPerWeek;
    written.push(join('production', week, 'batch.csv'));
  }
  return written;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const outDir = process.argv[2] ?? join(import.meta.dirname, 'data');
  for (const file of generateChurn(outDir)) process.stdout.write(`wrote ${join(outDir, file)}\n`);
}
