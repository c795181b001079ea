/**
 * The model card: the release body a person reads on the Releases page. It says what the version
 * is (metrics against the champion, gates, the features it relies on, lineage, signature, digests)
 * and, through the stage section, where it runs. GitHub caps release bodies at 65,536 characters,
 * so long sections (parameters, environment, data files) are dropped in order until the card fits;
 * the manifest always has the full record.
 */
import { GITHUB_BODY_LIMIT } from '../github/limits.js';
import { trainingFacts } from '../report/registry.js';
import type { Manifest } from './manifest.js';
import { MANIFEST_ASSET } from './names.js';
import { renderStageSection, type StageMarks } from './stage-marks.js';

/** A safety margin below GitHub's body limit, kept free for the stage markers added later. */
const STAGE_MARKS_MARGIN = 5_536;
/** The size the card aims below: GitHub's body limit less the stage markers' margin (60,000). */
const CARD_BUDGET = GITHUB_BODY_LIMIT - STAGE_MARKS_MARGIN;

function cell(value: string): string {
  return value.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function number(value: number | undefined): string {
  if (value === undefined) return '–';
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(6)));
}

function bytes(size: number): string {
  if (size < 1024) return `${size} B`;
  const units = ['KiB', 'MiB', 'GiB'];
  let value = size / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}

function metricsSection(manifest: Manifest): string | undefined {
  const metrics = manifest.metrics ?? {};
  const champion = manifest.champion;
  const names = [...new Set([...Object.keys(metrics), ...Object.keys(champion?.metrics ?? {})])].sort();
  if (names.length === 0) return undefined;
  if (!champion) {
    return [
      '## Metrics',
      '',
      '| metric | value |',
      '| --- | ---: |',
      ...names.map((n) => `| ${cell(n)} | ${number(metrics[n])} |`),
    ].join('\n');
  }
  const rows = names.map((n) => {
    const mine = metrics[n];
    const theirs = champion.metrics[n];
    const delta = mine !== undefined && theirs !== undefined ? mine - theirs : undefined;
    const signed = delta === undefined ? '–' : `${delta >= 0 ? '+' : ''}${number(delta)}`;
    return `| ${cell(n)} | ${number(mine)} | ${number(theirs)} | ${signed} |`;
  });
  return [
    `## Metrics (against the champion, v${champion.version})`,
    '',
    `| metric | v${manifest.version} | champion v${champion.version} | Δ |`,
    '| --- | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
}

function gatesSection(manifest: Manifest): string | undefined {
  const gates = manifest.gates ?? [];
  if (gates.length === 0) return undefined;
  const passed = gates.filter((g) => g.passed).length;
  return [
    `## Gates: ${passed} of ${gates.length} passed`,
    '',
    '| gate | result | value | threshold | detail |',
    '| --- | --- | ---: | --- | --- |',
    ...gates.map(
      (g) =>
        `| ${cell(g.name)} | ${g.passed ? '✅ pass' : '❌ fail'} | ${number(g.value)} | ${g.threshold === undefined ? '–' : `${cell(g.comparison ?? '')} ${number(g.threshold)}`.trim()} | ${cell(g.detail ?? '')} |`,
    ),
  ].join('\n');
}

/** Most features listed on the card (the manifest has them all). */
const MAX_IMPORTANCE_ROWS = 20;

function importanceSection(manifest: Manifest): string | undefined {
  const imp = manifest.importance;
  if (!imp || imp.features.length === 0) return undefined;
  const interval = (f: { ci_low: number | null; ci_high: number | null }) =>
    f.ci_low === null || f.ci_high === null ? '–' : `[${number(f.ci_low)}, ${number(f.ci_high)}]`;
  const shown = imp.features.slice(0, MAX_IMPORTANCE_ROWS);
  return [
    '## What it relies on',
    '',
    `Permutation importance: the drop in ${cell(imp.metric)} (${number(imp.baseline)} unpermuted) when a feature is shuffled; ${imp.repeats} repeats on ${imp.rows} rows, seed ${imp.seed}, ${number(imp.confidence * 100)}% intervals.`,
    '',
    '| feature | importance | interval | share |',
    '| --- | ---: | --- | ---: |',
    ...shown.map((f) => `| ${cell(f.feature)} | ${number(f.mean)} | ${interval(f)} | ${(100 * f.share).toFixed(1)}% |`),
    ...(imp.features.length > shown.length
      ? ['', `${imp.features.length - shown.length} more features in ${MANIFEST_ASSET}.`]
      : []),
  ].join('\n');
}

function lineageSection(
  manifest: Manifest,
  detail: { parameters: boolean; environment: boolean; data: boolean },
): string {
  const l = manifest.lineage;
  const lines = ['## Lineage', '', `- **Commit:** \`${l.commit}\`${l.ref ? ` (${cell(l.ref)})` : ''}`];
  if (l.runUrl) lines.push(`- **Run:** ${l.runUrl}`);
  if (l.seed !== undefined) lines.push(`- **Seed:** ${l.seed}`);
  if (l.profileSha256) lines.push(`- **Data profile sha256:** \`${l.profileSha256}\``);
  if (l.data?.length) {
    if (detail.data) {
      lines.push('- **Data files:**', '', '  | path | size | sha256 |', '  | --- | ---: | --- |');
      for (const file of l.data) {
        lines.push(
          `  | ${cell(file.path)} | ${file.size === undefined ? '–' : bytes(file.size)} | \`${file.sha256}\` |`,
        );
      }
      lines.push('');
    } else {
      lines.push(`- **Data files:** ${l.data.length} (digests in ${MANIFEST_ASSET})`);
    }
  }
  if (l.parameters && Object.keys(l.parameters).length) {
    lines.push(
      detail.parameters
        ? `- **Parameters:**\n\n  \`\`\`json\n  ${JSON.stringify(l.parameters)}\n  \`\`\``
        : `- **Parameters:** ${Object.keys(l.parameters).length} (in ${MANIFEST_ASSET})`,
    );
  }
  if (l.environment && Object.keys(l.environment).length) {
    lines.push(
      detail.environment
        ? `- **Environment:** ${Object.entries(l.environment)
            .map(([k, v]) => `${cell(k)} ${cell(v)}`)
            .join(', ')}`
        : `- **Environment:** ${Object.keys(l.environment).length} entries (in ${MANIFEST_ASSET})`,
    );
  }
  // How it was trained (the train action's record): GPUs, hours, cost, resumed epoch; a few lines.
  if (l.training) lines.push('- **Training:**', ...trainingFacts(l.training).map(([k, v]) => `  - ${k}: ${cell(v)}`));
  return lines.join('\n');
}

function signatureSection(manifest: Manifest): string | undefined {
  const signature = manifest.signature;
  if (!signature) return undefined;
  const row = (kind: string) => (t: { name: string; type: string; shape: (number | string | null)[] }) =>
    `| ${kind} | ${cell(t.name)} | ${cell(t.type)} | [${t.shape.map((d) => (d === null ? '?' : String(d))).join(', ')}] |`;
  return [
    '## Signature',
    '',
    '| | name | type | shape |',
    '| --- | --- | --- | --- |',
    ...signature.inputs.map(row('input')),
    ...signature.outputs.map(row('output')),
  ].join('\n');
}

function assetsSection(manifest: Manifest, manifestSha256: string): string {
  return [
    '## Assets',
    '',
    '| asset | role | size | sha256 |',
    '| --- | --- | ---: | --- |',
    ...manifest.assets.map((a) => `| ${cell(a.name)} | ${a.role} | ${bytes(a.size)} | \`${a.sha256}\` |`),
    `| ${MANIFEST_ASSET} | manifest | | \`${manifestSha256}\` |`,
  ].join('\n');
}

/** Renders the model card (the release body) of a version. */
export function renderModelCard(manifest: Manifest, manifestSha256: string, marks: StageMarks = {}): string {
  const header = [`# ${manifest.model} v${manifest.version}`, ''];
  if (manifest.candidate) {
    header.push(
      `> Candidate from pull request #${manifest.candidate.pr} at \`${manifest.candidate.headSha.slice(0, 12)}\`.`,
      '',
    );
  }
  header.push(renderStageSection(marks));
  const footer = `Registered by @${manifest.creator.login} (id ${manifest.creator.id}) at ${manifest.createdAt}. Manifest: \`${MANIFEST_ASSET}\` (schema v${manifest.schemaVersion}).`;
  const levels = [
    { parameters: true, environment: true, data: true },
    { parameters: false, environment: true, data: true },
    { parameters: false, environment: false, data: true },
    { parameters: false, environment: false, data: false },
  ];
  let card = '';
  for (const detail of levels) {
    card = [
      header.join('\n'),
      metricsSection(manifest),
      gatesSection(manifest),
      importanceSection(manifest),
      lineageSection(manifest, detail),
      signatureSection(manifest),
      assetsSection(manifest, manifestSha256),
      footer,
    ]
      .filter((s): s is string => s !== undefined)
      .join('\n\n');
    if (card.length <= CARD_BUDGET) return `${card}\n`;
  }
  // Still too long (thousands of metrics or gates): cut, and say so.
  return `${card.slice(0, CARD_BUDGET)}\n\n… (cut to fit GitHub's limit; the full record is in ${MANIFEST_ASSET})\n`;
}
