/** The legs of a job's `strategy.matrix`, as GitHub expands them. */
/**
 * The legs of `strategy.matrix`: the product of its keys, less `exclude` (partial matches), then
 * each `include` entry extends every leg it does not contradict, or becomes a leg of its own
 * (GitHub's docs, "Expanding or adding matrix configurations").
 */
export function expandMatrix(matrix: unknown): Record<string, unknown>[] {
  if (matrix === undefined || matrix === null) return [{}];
  const spec = matrix as Record<string, unknown>;
  const include = (spec.include ?? []) as Record<string, unknown>[];
  const exclude = (spec.exclude ?? []) as Record<string, unknown>[];
  const keys = Object.keys(spec).filter((k) => k !== 'include' && k !== 'exclude');
  let legs: Record<string, unknown>[] = keys.length > 0 ? [{}] : [];
  for (const key of keys) {
    const values = spec[key] as unknown[];
    legs = legs.flatMap((leg) => values.map((v) => ({ ...leg, [key]: v })));
  }
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  legs = legs.filter((leg) => !exclude.some((ex) => Object.entries(ex).every(([k, v]) => same(leg[k], v))));
  const originals = legs.map((leg) => ({ ...leg }));
  for (const entry of include) {
    let used = false;
    originals.forEach((original, i) => {
      const contradicts = Object.entries(entry).some(([k, v]) => k in original && !same(original[k], v));
      if (!contradicts) {
        legs[i] = { ...legs[i], ...entry };
        used = true;
      }
    });
    if (!used) legs.push({ ...entry });
  }
  return legs.length > 0 ? legs : [{}];
}
