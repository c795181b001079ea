/**
 * Renders registry lookups for people and machines: the version list, one version's manifest
 * summary with its stage markers, a stage's deployment history (what was live when), and a verify
 * report. Each result has one JSON view (the `--format json` contract of `modelship registry`,
 * fields only ever added) and text and Markdown renderings built from that view.
 */
import type { Lineage, ManifestImportance, TrainingGpu, TrainingRun } from '../registry/manifest.js';
import type { StageHistoryEntry, StageVersion } from '../registry/stages.js';
import { formatDuration } from '../train/summary.js';
import type { RegisteredVersion, VersionProblem } from '../registry/types.js';
import { cell } from './markdown.js';

/** An output format of the registry verbs. */
export type RegistryFormat = 'json' | 'text' | 'markdown';

/** One version as the list and show verbs report it. */
export interface VersionView {
  readonly model: string;
  readonly version: number;
  readonly tag: string;
  /** False when the tag exists but its release is not a readable version (see `problems`). */
  readonly readable: boolean;
  readonly url?: string;
  readonly commit?: string;
  readonly createdAt?: string;
  readonly publishedAt?: string | null;
  readonly creator?: { id: number; login: string };
  readonly prerelease?: boolean;
  readonly candidate?: { pr: number; headSha: string };
  readonly metrics?: Record<string, number>;
  /** Stage name → marker state and time, as recorded on the release. */
  readonly stages?: Record<string, { state: string; at: string }>;
  readonly manifestSha256?: string;
  readonly assets?: readonly { name: string; role: string; size: number; sha256: string }[];
  /** How the version was made: the manifest's lineage as recorded, with the training run when there was one. */
  readonly lineage?: Lineage;
  /** What the version relies on: its permutation importance, when the manifest kept it. */
  readonly importance?: ManifestImportance;
  readonly problems?: readonly VersionProblem[];
}

/** The view of a readable version. */
export function versionView(v: RegisteredVersion): VersionView {
  const m = v.manifest;
  return {
    model: v.model,
    version: v.version,
    tag: v.tag,
    readable: true,
    url: v.htmlUrl,
    commit: v.commit,
    createdAt: m.createdAt,
    publishedAt: v.publishedAt,
    creator: m.creator,
    prerelease: v.prerelease,
    ...(m.candidate ? { candidate: m.candidate } : {}),
    ...(m.metrics ? { metrics: m.metrics } : {}),
    stages: Object.fromEntries(Object.entries(v.stages).map(([s, mark]) => [s, { state: mark.state, at: mark.at }])),
    manifestSha256: v.manifestSha256,
    assets: v.assets.map((a) => ({ name: a.name, role: a.role, size: a.size, sha256: a.sha256 })),
    lineage: m.lineage,
    ...(m.importance ? { importance: m.importance } : {}),
  };
}

/** The view of a tag whose release is not readable. */
export function unreadableView(model: string, version: number, problems: readonly VersionProblem[]): VersionView {
  return { model, version, tag: `${model}/v${version}`, readable: false, problems };
}

/** What `registry list` reports. */
export interface VersionListView {
  readonly model: string;
  /** How many version tags exist (readable or not). */
  readonly tagCount: number;
  /** The newest versions, newest first (at most the limit asked for). */
  readonly versions: readonly VersionView[];
}

const metricsText = (metrics: Record<string, number> | undefined): string =>
  Object.entries(metrics ?? {})
    .map(([k, v]) => `${k}=${Number.isInteger(v) ? v : Number(v.toPrecision(6))}`)
    .join(' ');

const stagesText = (stages: VersionView['stages']): string =>
  Object.entries(stages ?? {})
    .map(([stage, mark]) => `${stage}:${mark.state}`)
    .join(' ');

const problemText = (problems: readonly VersionProblem[] | undefined): string =>
  (problems ?? []).map((p) => `${p.kind}: ${p.message}`).join('; ');

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** Renders the version list. */
export function renderVersionList(view: VersionListView, format: RegistryFormat): string {
  if (format === 'json') return json(view);
  const shown = `${view.versions.length} newest of ${view.tagCount} version tag${view.tagCount === 1 ? '' : 's'}`;
  if (format === 'markdown') {
    return [
      `## ${cell(view.model)}: ${shown}`,
      '',
      '| version | commit | published | stages | metrics |',
      '| --- | --- | --- | --- | --- |',
      ...view.versions.map((v) =>
        v.readable
          ? `| [v${v.version}](${v.url})${v.candidate ? ` (candidate, PR #${v.candidate.pr})` : ''} | \`${v.commit!.slice(0, 12)}\` | ${v.publishedAt ?? ''} | ${cell(stagesText(v.stages))} | ${cell(metricsText(v.metrics))} |`
          : `| v${v.version} ⚠️ not readable | | | | ${cell(problemText(v.problems))} |`,
      ),
      '',
    ].join('\n');
  }
  const lines = [`${view.model}: ${shown}`];
  for (const v of view.versions) {
    lines.push(
      v.readable
        ? `  v${v.version}  ${v.commit!.slice(0, 12)}  ${v.publishedAt ?? ''}${v.candidate ? `  candidate PR #${v.candidate.pr}` : ''}${v.stages && Object.keys(v.stages).length ? `  [${stagesText(v.stages)}]` : ''}${v.metrics ? `  ${metricsText(v.metrics)}` : ''}`
        : `  v${v.version}  NOT READABLE: ${problemText(v.problems)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

const round = (x: number, digits: number): string => String(Number(x.toFixed(digits)));

/** One GPU in a line: name, driver, memory, utilisation and peak memory, as far as they were read. */
function gpuText(g: TrainingGpu): string {
  const util =
    g.utilizationMean !== undefined || g.utilizationMax !== undefined
      ? `utilisation ${[
          g.utilizationMean !== undefined ? `${round(g.utilizationMean, 1)}% mean` : '',
          g.utilizationMax !== undefined ? `${round(g.utilizationMax, 1)}% max` : '',
        ]
          .filter(Boolean)
          .join(' / ')}`
      : '';
  return [
    g.name,
    g.driver ? `driver ${g.driver}` : '',
    g.memoryTotalMiB !== undefined ? `${g.memoryTotalMiB} MiB` : '',
    util,
    g.memoryPeakMiB !== undefined ? `peak ${g.memoryPeakMiB} MiB` : '',
  ]
    .filter(Boolean)
    .join(', ');
}

/**
 * The training run as label/value lines: device and GPUs, CUDA, time, GPU-hours, cost, the resumed
 * epoch and the run attempt. One wording for every rendering of a version's lineage.
 */
export function trainingFacts(t: TrainingRun): [string, string][] {
  const facts: [string, string][] = [
    ['device', t.device === 'gpu' ? `gpu × ${t.gpus?.length ?? 0}` : 'cpu'],
    ...(t.gpus ?? []).map((g, i): [string, string] => [`gpu ${i}`, gpuText(g)]),
  ];
  if (t.cuda) facts.push(['cuda', t.cuda]);
  facts.push(['trained', `${t.startedAt} → ${t.finishedAt} (${formatDuration(t.wallSeconds)})`]);
  facts.push(['gpu-hours', round(t.gpuHours, 4)]);
  if (t.cost) {
    facts.push([
      'cost',
      `≈ ${t.cost.amount.toFixed(2)} ${t.cost.currency} (${round(t.cost.pricePerGpuHour, 4)} ${t.cost.currency} per GPU-hour)`,
    ]);
  }
  if (t.resumedFromEpoch !== undefined) facts.push(['resumed from', `epoch ${t.resumedFromEpoch}`]);
  if (t.runAttempt !== undefined) facts.push(['run attempt', String(t.runAttempt)]);
  return facts;
}

/** The lineage as label/value lines (the training run's after the rest). */
function lineageFacts(l: Lineage): [string, string][] {
  const facts: [string, string][] = [['commit', `${l.commit}${l.ref ? ` (${l.ref})` : ''}`]];
  if (l.runUrl) facts.push(['run', l.runUrl]);
  if (l.seed !== undefined) facts.push(['seed', String(l.seed)]);
  if (l.parameters) facts.push(['parameters', JSON.stringify(l.parameters)]);
  for (const d of l.data ?? [])
    facts.push(['data', `${d.path} sha256:${d.sha256}${d.size === undefined ? '' : ` (${d.size} bytes)`}`]);
  if (l.profileSha256) facts.push(['data profile', `sha256:${l.profileSha256}`]);
  if (l.environment && Object.keys(l.environment).length) {
    facts.push([
      'environment',
      Object.entries(l.environment)
        .map(([k, v]) => `${k}=${v}`)
        .join(' '),
    ]);
  }
  if (l.training) facts.push(...trainingFacts(l.training).map(([k, v]): [string, string] => [`training ${k}`, v]));
  return facts;
}

/** Renders one version (the `show` verb). */
export function renderVersion(view: VersionView, format: RegistryFormat): string {
  if (format === 'json') return json(view);
  if (!view.readable) {
    const head = format === 'markdown' ? `## ${cell(view.tag)}: not readable` : `${view.tag}: not readable`;
    return `${head}\n${(view.problems ?? []).map((p) => `- ${p.kind}: ${p.message}`).join('\n')}\n`;
  }
  const md = format === 'markdown';
  const fields: [string, string][] = [
    ['release', view.url ?? ''],
    ['commit', view.commit ?? ''],
    ['created', `${view.createdAt ?? ''} by ${view.creator?.login ?? '?'} (id ${view.creator?.id ?? '?'})`],
    ['published', view.publishedAt ?? '(not recorded)'],
    ['candidate', view.candidate ? `PR #${view.candidate.pr} at ${view.candidate.headSha}` : 'no'],
    ['stages', stagesText(view.stages) || 'none'],
    ['metrics', metricsText(view.metrics) || 'none'],
    ['manifest sha256', view.manifestSha256 ?? ''],
  ];
  const assets = (view.assets ?? []).map((a) => [a.name, a.role, String(a.size), a.sha256] as const);
  const lineage = view.lineage ? lineageFacts(view.lineage) : [];
  const imp = view.importance;
  const relies = (imp?.features ?? []).map(
    (f) => [f.feature, `${(100 * f.share).toFixed(1)}%`, String(Number(f.mean.toPrecision(3)))] as const,
  );
  const reliesHead = imp ? `What it relies on (permutation importance, drop in ${imp.metric})` : '';
  if (md) {
    return [
      `## ${cell(view.tag)}`,
      '',
      ...fields.map(([k, v]) => `- **${k}:** ${cell(v)}`),
      '',
      '| asset | role | bytes | sha256 |',
      '| --- | --- | ---: | --- |',
      ...assets.map(([n, r, s, h]) => `| ${cell(n)} | ${r} | ${s} | \`${h}\` |`),
      '',
      ...(lineage.length
        ? ['### Lineage', '', '| | |', '| --- | --- |', ...lineage.map(([k, v]) => `| ${k} | ${cell(v)} |`), '']
        : []),
      ...(relies.length
        ? [
            `### ${reliesHead}`,
            '',
            '| feature | share | importance |',
            '| --- | ---: | ---: |',
            ...relies.map(([f, sh, m]) => `| ${cell(f)} | ${sh} | ${m} |`),
            '',
          ]
        : []),
    ].join('\n');
  }
  return [
    view.tag,
    ...fields.map(([k, v]) => `  ${`${k}:`.padEnd(17)}${v}`),
    '  assets:',
    ...assets.map(([n, r, s, h]) => `    ${n} (${r}, ${s} bytes) sha256:${h}`),
    ...(lineage.length ? ['  lineage:', ...lineage.map(([k, v]) => `    ${`${k}:`.padEnd(23)}${v}`)] : []),
    ...(relies.length
      ? [`  ${reliesHead}:`, ...relies.map(([f, sh, m]) => `    ${f.padEnd(23)}${sh.padStart(6)}  ${m}`)]
      : []),
    '',
  ].join('\n');
}

/** What `registry history` reports. */
export interface StageHistoryView {
  readonly model: string;
  readonly stage: string;
  /** With `--at`: the version live at that time (`version: null` when none was). */
  readonly at?: { readonly time: string; readonly version: number | null; readonly deploymentId?: number };
  readonly deployments: readonly {
    readonly id: number;
    readonly version: number;
    readonly tag: string;
    readonly commit: string;
    readonly createdAt: string;
    readonly creator: { id: number; login: string } | null;
    readonly reason?: string;
    readonly state: string;
    readonly live: boolean;
    readonly statuses: readonly { state: string; createdAt: string; description: string }[];
  }[];
}

/** The view of a stage's history (and, optionally, what was live at a time). */
export function historyView(
  model: string,
  stage: string,
  entries: readonly StageHistoryEntry[],
  at?: { time: Date; live: StageVersion | undefined },
): StageHistoryView {
  return {
    model,
    stage,
    ...(at
      ? {
          at: {
            time: at.time.toISOString(),
            version: at.live?.version.version ?? null,
            ...(at.live ? { deploymentId: at.live.deployment.id } : {}),
          },
        }
      : {}),
    deployments: entries.map(({ deployment: d, statuses, state, live }) => ({
      id: d.id,
      version: d.version,
      tag: d.payload.tag,
      commit: d.sha,
      createdAt: d.createdAt,
      creator: d.creator,
      ...(d.payload.reason ? { reason: d.payload.reason } : {}),
      state,
      live,
      statuses: statuses.map((s) => ({ state: s.state, createdAt: s.createdAt, description: s.description })),
    })),
  };
}

/** Renders a stage's history, newest first. */
export function renderHistory(view: StageHistoryView, format: RegistryFormat): string {
  if (format === 'json') return json(view);
  const title = `${view.model} in ${view.stage}: ${view.deployments.length} deployment${view.deployments.length === 1 ? '' : 's'} (newest first)`;
  const atLine = view.at
    ? `Live at ${view.at.time}: ${view.at.version === null ? 'nothing' : `v${view.at.version} (deployment ${view.at.deploymentId})`}`
    : undefined;
  const timeline = (d: StageHistoryView['deployments'][number]) =>
    [...d.statuses]
      .reverse()
      .map((s) => `${s.state} ${s.createdAt}`)
      .join(' → ') || 'no status';
  if (format === 'markdown') {
    return [
      `## ${cell(title)}`,
      '',
      ...(atLine ? [atLine, ''] : []),
      '| deployment | version | created | by | state | statuses (oldest first) |',
      '| --- | --- | --- | --- | --- | --- |',
      ...view.deployments.map(
        (d) =>
          `| ${d.id} | v${d.version}${d.live ? ' 🟢 live' : ''} | ${d.createdAt} | ${cell(d.creator?.login ?? '')} | ${d.state}${d.reason ? ` (${d.reason})` : ''} | ${cell(timeline(d))} |`,
      ),
      '',
    ].join('\n');
  }
  return [
    title,
    ...(atLine ? [atLine] : []),
    ...view.deployments.map(
      (d) =>
        `  ${d.live ? '*' : ' '} #${d.id}  v${d.version}  ${d.createdAt}  ${d.creator?.login ?? '?'}  ${d.state}${d.reason ? ` (${d.reason})` : ''}  ${timeline(d)}`,
    ),
    '',
  ].join('\n');
}

/** What `registry verify` reports. */
export interface VerifyView {
  readonly model: string;
  readonly version: number;
  readonly tag: string;
  readonly ok: boolean;
  /** The assets whose bytes were re-downloaded and checked (empty when the version is not readable). */
  readonly checked: readonly { name: string; sha256: string }[];
  readonly problems: readonly VersionProblem[];
}

/** The view of a verify report. */
export function verifyView(
  model: string,
  version: number,
  report: { ok: boolean; version?: RegisteredVersion; problems: readonly VersionProblem[] },
): VerifyView {
  const v = report.version;
  return {
    model,
    version,
    tag: `${model}/v${version}`,
    ok: report.ok,
    checked: v
      ? [
          ...v.assets.map((a) => ({ name: a.name, sha256: a.sha256 })),
          { name: 'modelship.json', sha256: v.manifestSha256 },
        ]
      : [],
    problems: report.problems,
  };
}

/** Renders a verify report. */
export function renderVerify(view: VerifyView, format: RegistryFormat): string {
  if (format === 'json') return json(view);
  const head = view.ok
    ? `✓ ${view.tag}: every digest matches (${view.checked.length} assets re-downloaded)`
    : `✗ ${view.tag}: verification failed`;
  const lines = view.ok
    ? view.checked.map((a) => `${format === 'markdown' ? '- ' : '  '}${a.name} sha256:${a.sha256}`)
    : view.problems.map(
        (p) => `${format === 'markdown' ? '- ' : '  '}${p.kind}${p.asset ? ` (${p.asset})` : ''}: ${p.message}`,
      );
  return `${format === 'markdown' ? `## ${head}` : head}\n${lines.join('\n')}\n`;
}
