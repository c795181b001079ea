/**
 * Real recorded webhook payloads (`@octokit/webhooks-examples`) used as templates: when the
 * sandbox's REST-shaped objects lack a field GitHub's webhook schema requires, the value is taken
 * from the same JSON path of a real payload of the same event and action. That keeps gap-filled
 * fields realistic in shape instead of invented here.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface ExampleGroup {
  name: string;
  actions: string[];
  examples: Record<string, unknown>[];
}

let groups: Map<string, ExampleGroup> | undefined;

function load(): Map<string, ExampleGroup> {
  if (groups) return groups;
  const file = require.resolve('@octokit/webhooks-examples/api.github.com/index.json');
  const all = JSON.parse(readFileSync(file, 'utf8')) as ExampleGroup[];
  groups = new Map(all.map((g) => [g.name, g]));
  return groups;
}

/**
 * The recorded example for an event and action: one sent to an App (with an `installation`
 * block) when there is one, else the first with that action, else any example of the event.
 * `undefined` when the package has no example of the event at all.
 */
export function webhookTemplate(event: string, action: string | undefined): Record<string, unknown> | undefined {
  const group = load().get(event);
  if (!group || group.examples.length === 0) return undefined;
  const sameAction = group.examples.filter((e) => action === undefined || e.action === action);
  const pool = sameAction.length > 0 ? sameAction : group.examples;
  return pool.find((e) => 'installation' in e) ?? pool[0];
}

/**
 * The value at a JSON-pointer-like path (`['pull_request', 'base', 'repo']`) of a template. Array
 * indexes past the template's length fall back to its first element, so any label or asset of a
 * payload finds a recorded one to copy from.
 */
export function templateValue(template: unknown, path: readonly string[]): unknown {
  let node = template;
  for (const part of path) {
    if (Array.isArray(node)) node = node[Number(part)] ?? node[0];
    else if (node !== null && typeof node === 'object') node = (node as Record<string, unknown>)[part];
    else return undefined;
  }
  return node;
}
