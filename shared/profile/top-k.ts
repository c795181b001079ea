/**
 * The one rule for which category values a profile keeps once there are more distinct values than
 * the cap: rank by count (descending), then by value (ascending, UTF-16 code-unit order, the order
 * of JavaScript's `<`), and keep the first `cap`. It depends only on the counts, never on arrival
 * order, so merges are commutative; below the cap nothing is dropped and merges are exact.
 */

/** Sorts entries into keeping order: count descending, then value ascending. */
export function rankEntries(entries: [string, number][]): [string, number][] {
  return entries.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
}

/**
 * Keeps the first `cap` values by the ranking rule. Returns the kept counts and the total count
 * of the dropped values (which goes to `other`).
 */
export function truncateTop(counts: Map<string, number>, cap: number): { kept: Map<string, number>; dropped: number } {
  if (counts.size <= cap) return { kept: counts, dropped: 0 };
  const ranked = rankEntries([...counts]);
  let dropped = 0;
  for (let i = cap; i < ranked.length; i++) dropped += ranked[i]![1];
  return { kept: new Map(ranked.slice(0, cap)), dropped };
}

/** Length of a string in Unicode code points (a surrogate pair counts once). */
export function codePointLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}
