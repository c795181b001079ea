/**
 * "Did you mean" suggestions for near-miss keys and values in config files (Atlantis-style strict
 * parsing with a helpful nudge). Candidates are ranked by edit distance over the real keys (from
 * `fastest-levenshtein` rather than a hand-written loop), so `max_null_fration` finds
 * `max_null_fraction`, not the shorter `max` that happens to be its prefix.
 */
import { distance } from 'fastest-levenshtein';

/**
 * The candidate closest to `word` by edit distance (case-insensitive), or undefined when none is
 * close enough: at most 1 edit for words of up to 4 characters, else at most a third of the length.
 * Ties go to the candidate listed first. Only when nothing is that close does a prefix of at least
 * 4 characters count (`warning` → `warn`, `production` → `prod`), so a short key never wins over the
 * real one (`max_null_fration` → `max`). A candidate identical to `word` is never suggested.
 */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  const limit = lower.length <= 4 ? 1 : Math.max(2, Math.floor(lower.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  let prefix: string | undefined;
  let prefixLength = 0;
  for (const candidate of candidates) {
    if (candidate === word) continue;
    const other = candidate.toLowerCase();
    const d = distance(lower, other);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
    const [short, long] = other.length <= lower.length ? [other, lower] : [lower, other];
    if (short.length >= 4 && long.startsWith(short) && short.length > prefixLength) {
      prefix = candidate;
      prefixLength = short.length;
    }
  }
  return bestDistance <= limit ? best : prefix;
}
