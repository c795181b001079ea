/**
 * Generates the usage block of each action's README from its action.yml (inputs, outputs,
 * defaults), between `<!-- action-docs:start -->` and `<!-- action-docs:end -->`, so the docs can
 * never drift from the action. With --check, fails when a README is out of date.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

interface ActionYml {
  name: string;
  description: string;
  inputs?: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs?: Record<string, { description: string }>;
}

const START = '<!-- action-docs:start (generated from action.yml by scripts/gen-action-docs.ts; do not edit) -->';
const END = '<!-- action-docs:end -->';
const root = join(import.meta.dirname, '..');
const check = process.argv.includes('--check');

const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ').trim();

/** The generated Markdown for one action. */
export function usageBlock(dir: string, action: ActionYml): string {
  const inputs = Object.entries(action.inputs ?? {});
  const outputs = Object.entries(action.outputs ?? {});
  const withLines = inputs.map(([name, i]) => {
    const value = i.required ? `# required` : `# default: ${JSON.stringify(i.default ?? '')}`;
    return `    ${name}: ${value}`;
  });
  return [
    START,
    '## Usage',
    '',
    '```yaml',
    `- uses: modelship/modelship/actions/${dir}@<sha> # pin a full commit SHA`,
    ...(withLines.length ? ['  with:', ...withLines] : []),
    '```',
    '',
    '## Inputs',
    '',
    '| Input | Required | Default | Description |',
    '|---|---|---|---|',
    ...inputs.map(
      ([name, i]) =>
        `| \`${name}\` | ${i.required ? 'yes' : 'no'} | ${i.default === undefined || i.default === '' ? '' : `\`${esc(i.default)}\``} | ${esc(i.description)} |`,
    ),
    '',
    '## Outputs',
    '',
    '| Output | Description |',
    '|---|---|',
    ...outputs.map(([name, o]) => `| \`${name}\` | ${esc(o.description)} |`),
    END,
  ].join('\n');
}

let stale = 0;
for (const dir of readdirSync(join(root, 'actions'))) {
  const yml = join(root, 'actions', dir, 'action.yml');
  const readme = join(root, 'actions', dir, 'README.md');
  if (!existsSync(yml)) continue;
  const action = parse(readFileSync(yml, 'utf8')) as ActionYml;
  const block = usageBlock(dir, action);
  const current = existsSync(readme)
    ? readFileSync(readme, 'utf8')
    : `# ${action.name}\n\n${action.description}\n\n${START}\n${END}\n`;
  const start = current.indexOf('<!-- action-docs:start');
  const end = current.indexOf(END);
  if (start < 0 || end < 0) {
    console.error(`✗ actions/${dir}/README.md has no action-docs markers`);
    stale++;
    continue;
  }
  const next = current.slice(0, start) + block + current.slice(end + END.length);
  if (next === current) continue;
  if (check) {
    console.error(`✗ actions/${dir}/README.md is out of date with action.yml. Run \`npm run build\`.`);
    stale++;
  } else {
    writeFileSync(readme, next);
    console.log(`→ actions/${dir}/README.md`);
  }
}
if (stale > 0) process.exit(1);
