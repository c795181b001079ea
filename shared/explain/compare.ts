/**
 * The champion comparison a reviewer reads before approving: each feature's importance for the
 * candidate and the champion, the change, and flags for what no metric shows — a feature whose
 * share of the model's importance rose or fell beyond the policy's threshold, one feature carrying
 * more than a set share of the whole (a leaked label or an id column), and a feature the candidate
 * relies on that the champion never used. Pure: the gate and the reports call it on two
 * `ImportanceResult`s.
 *
 * Shares are scale-free (importances are in the metric's units: AUC points, RMSE units …): a
 * feature's share is its positive mean importance over the sum of all positive means, so the same
 * thresholds mean the same thing for every metric. A negative mean (the shuffled column scored
 * better, i.e. noise) counts as 0.
 */
import { UserError } from '../errors.js';
import type { FeatureImportance, ImportanceResult } from './importance.js';

/** The comparison's thresholds. */
export interface ImportancePolicy {
  /** Flag a feature whose share of the importance mass changed by more than this (0–1). Default 0.2. */
  readonly max_share_change: number;
  /** Flag a feature carrying more than this share of the importance mass (0–1). Default 0.5. */
  readonly max_share: number;
}

/** The defaults, said in docs/explain.md. */
export const DEFAULT_IMPORTANCE_POLICY: ImportancePolicy = { max_share_change: 0.2, max_share: 0.5 };

/**
 * Why a feature is flagged: `rose`/`fell` (its share changed beyond `max_share_change`), `dominant`
 * (its share exceeds `max_share`: a likely leak or id), `new` (the candidate uses it, the champion
 * never did).
 */
export type ImportanceFlag = 'rose' | 'fell' | 'dominant' | 'new';

/** One feature of the comparison. */
export interface FeatureComparison {
  readonly feature: string;
  /** The candidate's importance; null when the candidate does not take this feature. */
  readonly candidate: FeatureImportance | null;
  /** The champion's importance; null with no champion or when it does not take this feature. */
  readonly champion: FeatureImportance | null;
  /** Share of the candidate's importance mass (0–1); null when the candidate does not take it. */
  readonly candidate_share: number | null;
  readonly champion_share: number | null;
  /** Candidate mean − champion mean, in the metric's units; null unless both take the feature. */
  readonly change: number | null;
  /** Candidate share − champion share (a missing feature has share 0); null with no champion. */
  readonly share_change: number | null;
  readonly flags: readonly ImportanceFlag[];
  /** One sentence per flag, for reviewers. */
  readonly reasons: readonly string[];
}

/** What `compareImportances` returns. */
export interface ImportanceComparison {
  readonly metric: ImportanceResult['metric'];
  readonly policy: ImportancePolicy;
  readonly hasChampion: boolean;
  /** Every feature of either model, the candidate's most important first. */
  readonly features: readonly FeatureComparison[];
  /** Features with at least one flag. */
  readonly flagged: readonly string[];
}

/** Each feature's share of the positive importance mass (all 0 when nothing is important). */
export function importanceShares(features: readonly FeatureImportance[]): Map<string, number> {
  const mass = features.reduce((sum, f) => sum + Math.max(0, f.mean), 0);
  return new Map(features.map((f) => [f.feature, mass > 0 ? Math.max(0, f.mean) / mass : 0]));
}

/**
 * True when the model relies on the feature: the interval lies above 0 (with one repeat, no
 * interval: the mean is above 0).
 */
export function isUsed(f: FeatureImportance | null | undefined): boolean {
  if (!f) return false;
  return f.ci_low !== null ? f.ci_low > 0 : f.mean > 0;
}

const percent = (x: number) => `${(100 * x).toFixed(1)}%`;

/** Checks that a threshold is a fraction in [0, 1]. */
function fraction(value: number, key: string): number {
  if (!(value >= 0 && value <= 1)) {
    throw new UserError(`${key} must be a fraction from 0 to 1, not ${value}`, {
      location: { key },
      hint: 'Shares are fractions of the model’s total importance, e.g. 0.5 for half',
    });
  }
  return value;
}

/**
 * Compares the candidate's importances with the champion's (absent for a model's first version:
 * then only `dominant` applies). Both must be measured with the same metric.
 */
export function compareImportances(
  candidate: ImportanceResult,
  champion?: ImportanceResult,
  policy: Partial<ImportancePolicy> = {},
): ImportanceComparison {
  const resolved: ImportancePolicy = {
    max_share_change: fraction(
      policy.max_share_change ?? DEFAULT_IMPORTANCE_POLICY.max_share_change,
      'max_share_change',
    ),
    max_share: fraction(policy.max_share ?? DEFAULT_IMPORTANCE_POLICY.max_share, 'max_share'),
  };
  if (champion && champion.metric !== candidate.metric) {
    throw new UserError(
      `the candidate's importances are measured with ${candidate.metric}, the champion's with ${champion.metric}`,
      { location: { key: 'metric' }, hint: 'Measure both models with the same metric' },
    );
  }
  const candidateShares = importanceShares(candidate.features);
  const championShares = champion ? importanceShares(champion.features) : undefined;
  const byName = (result: ImportanceResult | undefined) => new Map(result?.features.map((f) => [f.feature, f]));
  const candidateByName = byName(candidate);
  const championByName = byName(champion);
  const names = [...candidateByName.keys(), ...[...championByName.keys()].filter((n) => !candidateByName.has(n))];

  const features = names.map((feature): FeatureComparison => {
    const cand = candidateByName.get(feature) ?? null;
    const champ = championByName.get(feature) ?? null;
    const candShare = cand ? candidateShares.get(feature)! : null;
    const champShare = champ && championShares ? championShares.get(feature)! : null;
    const shareChange = championShares ? (candShare ?? 0) - (champShare ?? 0) : null;
    const flags: ImportanceFlag[] = [];
    const reasons: string[] = [];
    if (candShare !== null && candShare > resolved.max_share) {
      flags.push('dominant');
      reasons.push(
        `\`${feature}\` carries ${percent(candShare)} of the candidate's importance (more than ${percent(resolved.max_share)}): check it is not a leaked label or an id`,
      );
    }
    if (shareChange !== null && Math.abs(shareChange) > resolved.max_share_change) {
      flags.push(shareChange > 0 ? 'rose' : 'fell');
      reasons.push(
        `\`${feature}\`'s share of the importance ${shareChange > 0 ? 'rose' : 'fell'} from ${percent(champShare ?? 0)} to ${percent(candShare ?? 0)} (a change of more than ${percent(resolved.max_share_change)})`,
      );
    }
    if (champion && isUsed(cand) && !isUsed(champ)) {
      flags.push('new');
      reasons.push(
        champ
          ? `the candidate relies on \`${feature}\`, which the champion never used (its importance there is indistinguishable from 0)`
          : `the candidate relies on \`${feature}\`, which the champion does not take as a feature`,
      );
    }
    return {
      feature,
      candidate: cand,
      champion: champ,
      candidate_share: candShare,
      champion_share: champShare,
      change: cand && champ ? cand.mean - champ.mean : null,
      share_change: shareChange,
      flags,
      reasons,
    };
  });
  features.sort((a, b) => (b.candidate?.mean ?? -Infinity) - (a.candidate?.mean ?? -Infinity));
  return {
    metric: candidate.metric,
    policy: resolved,
    hasChampion: champion !== undefined,
    features,
    flagged: features.filter((f) => f.flags.length > 0).map((f) => f.feature),
  };
}
