/**
 * How a model's section of the policy file overlays the top-level one. Its own file so that the
 * evaluation gate (resolved in policy.ts) and drift monitoring (policy-drift.ts) inherit the same way.
 */
/** Overlays a model's section on the top-level one: mappings merge key by key; lists and values replace. */
export function mergeSection<T extends object>(base: T | undefined, over: T | undefined): T {
  if (!base) return over ?? ({} as T);
  if (!over) return base;
  const out = { ...base } as Record<string, unknown>;
  for (const [key, value] of Object.entries(over)) {
    const prev = out[key];
    out[key] = isPlain(prev) && isPlain(value) ? mergeSection(prev, value) : value;
  }
  return out as unknown as T;
}

function isPlain(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
