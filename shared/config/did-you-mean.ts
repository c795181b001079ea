/**
 * "Did you mean" suggestions for near-miss keys in config files (Atlantis-style strict parsing with a
 * helpful nudge). Edit distance comes from `fastest-levenshtein` rather than a hand-written loop.
 */
import { distance } from 'fastest-levenshtein';

/**
 * The candidate closest to `word` by edit distance (case-insensitive), or undefined when none is
 * close enough: at most 1 edit for words of up to 4 characters, else at most a third of the length,
 * or one word starting with the other (`warning` → `warn`).
 */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  const limit = lower.length <= 4 ? 1 : Math.max(2, Math.floor(lower.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const other = candidate.toLowerCase();
    if (other.length >= 3 && lower.length >= 3 && (other.startsWith(lower) || lower.startsWith(other)))
      return candidate;
    const d = distance(lower, other);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : undefined;
}
