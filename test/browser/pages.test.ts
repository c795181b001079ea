/**
 * E7: modelship's reports render as GitHub would render them, checked in a real browser. A sandbox
 * is seeded through its API with what modelship writes, by the real renderers: a pull request with
 * the evaluate action's comment (ROC, PR and calibration charts) and check run, a reader's hostile
 * comment, an approval; the drift issue written by the drift lifecycle over two runs (its chart
 * of drift over time); a release with a model card; a deployment with its statuses; a workflow run
 * (by the sandbox's executor) whose job writes the drift-report action's summary. Debian's
 * chromium, driven by playwright-core (no browser download), opens each page and checks that every
 * Mermaid block became an SVG (and not Mermaid's error picture), that no body exceeds 65,536
 * characters, that nothing from user text ran, and that the page asked nothing of the network; it
 * saves a screenshot of each page (`UPDATE_SCREENSHOTS=1` refreshes the committed ones in
 * docs/screenshots/).
 *
 * Skipped with the reason when chromium is missing locally; under `CI=true` a missing chromium
 * fails the file (.ci/run installs it).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Octokit } from '@octokit/rest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, formatViolation, type Sandbox } from '../../sandbox/index.js';
import { defaultPolicy } from '../../shared/config/policy.js';
import { computeDrift, renderDriftMarkdown } from '../../shared/drift/index.js';
import { renderDriftRunSummary, runDriftIssue, type DriftIssueRun } from '../../shared/drift/issue-apply.js';
import { evaluate } from '../../shared/evaluate/evaluate.js';
import { evaluationComment } from '../../shared/evaluate/comment.js';
import { renderEvaluation } from '../../shared/evaluate/render.js';
import { createOctokitClient } from '../../shared/github/octokit-client.js';
import { CHECK_RUN_TEXT_LIMIT, GITHUB_BODY_LIMIT } from '../../shared/github/limits.js';
import {
  MANIFEST_SCHEMA_VERSION,
  renderModelCard,
  serializeManifest,
  sha256Hex,
  withManifestBlock,
  type Manifest,
} from '../../shared/registry/index.js';
import { fixedClock } from '../../shared/run-context/clock.js';
import { driftPolicy } from '../shared/drift/issue-fixture.js';
import { repoRoot } from '../helpers/churn-fixture.js';

const CHROMIUM = '/usr/bin/chromium';
const missing = existsSync(CHROMIUM) ? undefined : `${CHROMIUM} is not installed (Debian's chromium package)`;
if (missing && process.env.CI === 'true') {
  throw new Error(`${missing}. Under CI=true the browser test (E7) must run, not skip; .ci/run installs it.`);
}
if (missing) console.warn(`skipping the browser test (E7): ${missing}`);

/**
 * Where the screenshots go: the committed docs/screenshots/ with `UPDATE_SCREENSHOTS=1`, otherwise
 * the ignored .modelship/screenshots/ (every run takes them; only a deliberate refresh touches docs).
 */
const SHOTS =
  process.env.UPDATE_SCREENSHOTS === '1'
    ? join(repoRoot, 'docs', 'screenshots')
    : join(repoRoot, '.modelship', 'screenshots');
/** The screenshots keep the top of each page, so they stay small enough to commit. */
const SHOT_HEIGHT = 2400;
const repo = { owner: 'acme', repo: 'churn' };
const quiet = { debug() {}, info() {}, warn() {}, error() {} };

/** A small seeded generator. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/** What a reader may try in a comment: every line would run script if it reached the page as markup. */
const HOSTILE = [
  'Nice numbers! <script>window.__pwned = "script"</script>',
  '<img src="x" onerror="window.__pwned = \'onerror\'">',
  "[harmless link](javascript:window.__pwned='link')",
  '<details open ontoggle="window.__pwned = \'ontoggle\'"><summary>more</summary>hidden</details>',
  '```mermaid\nflowchart LR\n  a["<img src=x onerror=window.__pwned=1>"] --> b\n  click a call window.alert()\n```',
].join('\n\n');

/** What must never be in a page's content: user markup that could run. */
const INERT = 'main script, main iframe, main [onerror], main [ontoggle], main a[href^="javascript:" i]';

interface Seeded {
  pull: string;
  issue: string;
  release: string;
  deployments: string;
  /** The page of the drift-report workflow run (on the server host, where run links point). */
  run: string;
  /** Every Markdown body the pages render, to check against GitHub's limit. */
  bodies: string[];
}

async function seed(sandbox: Sandbox, work: string): Promise<Seeded> {
  const client = (token: string) => new Octokit({ auth: token, baseUrl: sandbox.url, log: quiet });
  const app = client(sandbox.installationToken());
  const maintainer = client(sandbox.personas.maintainer!.token);
  const bodies: string[] = [];

  // The pull request, with the evaluate action's comment and check run (the real renderers).
  sandbox.push({ repo: 'acme/churn', branch: 'retrain-v2', files: { 'train.py': 'epochs = 20\n' }, as: 'maintainer' });
  const pull = (
    await maintainer.pulls.create({
      ...repo,
      title: 'Retrain churn with tenure buckets',
      head: 'retrain-v2',
      base: 'main',
      body: 'Adds **tenure buckets** to the features.\n\n- [x] data validated\n- [ ] promoted to staging',
    })
  ).data;
  const r = lcg(5);
  const n = 2000;
  const label = new Float64Array(n);
  const candidate = new Float64Array(n);
  const champion = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    label[i] = r() < 0.3 ? 1 : 0;
    candidate[i] = Math.min(1, Math.max(0, 0.3 + (label[i]! - 0.3) * 0.5 + (r() - 0.5) * 0.6));
    champion[i] = Math.min(1, Math.max(0, 0.3 + (label[i]! - 0.3) * 0.3 + (r() - 0.5) * 0.6));
  }
  const report = evaluate({
    labels: { task: 'binary', label },
    candidate: { task: 'binary', score: candidate },
    champion: { task: 'binary', score: champion },
    policy: defaultPolicy().defaults.evaluate,
  });
  const runUrl = `${sandbox.serverUrl}/acme/churn/actions/runs/1/attempts/1`;
  const comment = evaluationComment(
    report,
    { workflow: 'modelship-pr', model: 'churn' },
    { runUrl, championTag: 'churn/v1' },
  );
  bodies.push(pull.body!, comment, HOSTILE);
  await app.issues.createComment({ ...repo, issue_number: pull.number, body: comment });
  await client(sandbox.personas.reader!.token).issues.createComment({
    ...repo,
    issue_number: pull.number,
    body: HOSTILE,
  });
  const summary = renderEvaluation(report, CHECK_RUN_TEXT_LIMIT);
  bodies.push(summary);
  await app.checks.create({
    ...repo,
    name: 'modelship/evaluate (churn)',
    head_sha: pull.head.sha,
    status: 'completed',
    conclusion: report.gate.passed ? 'success' : 'failure',
    output: { title: report.gate.passed ? 'Gate passed' : 'Gate failed', summary },
  });
  await client(sandbox.personas.reviewer!.token).pulls.createReview({
    ...repo,
    pull_number: pull.number,
    event: 'APPROVE',
    body: 'The gate passed and the calibration looks right.',
  });
  const command = (
    await maintainer.issues.createComment({
      ...repo,
      issue_number: pull.number,
      body: '/promote churn candidate to staging',
    })
  ).data;
  await app.reactions.createForIssueComment({ ...repo, comment_id: command.id, content: 'eyes' });

  // The drift issue, opened then updated by the drift lifecycle (two runs: a chart over time).
  const csv = (rows: number, shift: number, g: () => number) =>
    [
      'tenure,monthly_charges,plan',
      ...Array.from(
        { length: rows },
        () => `${(g() * 60 + shift).toFixed(1)},${(g() * 80 + 20 + shift).toFixed(2)},${g() < 0.5 ? 'pro' : 'basic'}`,
      ),
    ].join('\n') + '\n';
  const g = lcg(9);
  writeFileSync(join(work, 'reference.csv'), csv(3000, 0, g));
  writeFileSync(join(work, 'week-1.csv'), csv(1000, 6, g));
  writeFileSync(join(work, 'week-2.csv'), csv(1000, 12, g));
  const github = createOctokitClient(app, repo);
  let issue = '';
  let summary2 = '';
  for (const [week, at] of [
    ['week-1.csv', '2026-11-23T06:00:00Z'],
    ['week-2.csv', '2026-11-30T06:00:00Z'],
  ] as const) {
    const drift = await computeDrift({ reference: 'reference.csv', current: week, cwd: work });
    const run = await runDriftIssue(github, {
      model: 'churn',
      stage: 'production',
      report: drift,
      policy: driftPolicy(),
      digest: sha256Hex(new TextEncoder().encode(week)),
      clock: fixedClock(at),
      details: renderDriftMarkdown(drift),
      defaultRef: 'main',
    });
    issue = run.issue!.htmlUrl;
    summary2 = renderDriftRunSummary(drift, renderDriftMarkdown(drift), run as DriftIssueRun, 'churn', 'production');
  }
  const issueNumber = Number(issue.split('/').at(-1));
  const drifted = (await app.issues.get({ ...repo, issue_number: issueNumber })).data;
  bodies.push(drifted.body ?? '');
  for (const c of (await app.issues.listComments({ ...repo, issue_number: issueNumber })).data)
    bodies.push(c.body ?? '');

  // A release with its model card.
  const head = sandbox.store.repo('acme', 'churn')!.git.refs.get('refs/heads/main')!;
  const model = Buffer.from('onnx bytes stand-in');
  const manifest: Manifest = {
    schemaVersion: MANIFEST_SCHEMA_VERSION,
    model: 'churn',
    version: 2,
    tag: 'churn/v2',
    createdAt: '2026-11-20T10:00:00Z',
    creator: { id: sandbox.store.account('modelship[bot]')!.id, login: 'modelship[bot]' },
    assets: [{ name: 'model.onnx', size: model.length, sha256: sha256Hex(model), role: 'model' }],
    signature: {
      inputs: [{ name: 'features', type: 'float32', shape: [null, 20] }],
      outputs: [{ name: 'probability', type: 'float32', shape: [null, 1] }],
    },
    metrics: { roc_auc: report.candidate.metrics.roc_auc ?? 0.8, log_loss: 0.41 },
    champion: { version: 1, metrics: { roc_auc: report.champion?.metrics.roc_auc ?? 0.7, log_loss: 0.48 } },
    gates: [
      { name: 'roc_auc vs champion', passed: true, metric: 'roc_auc', value: 0.03, threshold: 0, comparison: '>=' },
    ],
    lineage: { commit: head, ref: 'refs/heads/main', runUrl, seed: 42, parameters: { epochs: 20 } },
  };
  const manifestBytes = serializeManifest(manifest);
  const card = withManifestBlock(renderModelCard(manifest, sha256Hex(manifestBytes)), manifestBytes);
  bodies.push(card);
  const release = (
    await app.repos.createRelease({
      ...repo,
      tag_name: 'churn/v2',
      target_commitish: head,
      name: 'churn v2',
      body: card,
    })
  ).data;
  await app.repos.uploadReleaseAsset({
    ...repo,
    url: release.upload_url,
    release_id: release.id,
    name: 'model.onnx',
    data: model as unknown as string,
    headers: { 'content-type': 'application/octet-stream' },
  });

  // A deployment to staging with its statuses.
  const deployment = (
    await app.repos.createDeployment({
      ...repo,
      ref: 'churn/v2',
      environment: 'churn-staging',
      auto_merge: false,
      required_contexts: [],
      task: 'deploy:model',
      payload: { model: 'churn', version: 2 },
      description: 'churn v2 to staging',
    })
  ).data as { id: number };
  await app.repos.createDeploymentStatus({
    ...repo,
    deployment_id: deployment.id,
    state: 'in_progress',
    description: 'warming up',
  });
  await app.repos.createDeploymentStatus({
    ...repo,
    deployment_id: deployment.id,
    state: 'success',
    description: 'churn v2 serving',
    environment_url: 'http://127.0.0.1:8080/v2/models/churn',
  });
  const environment = (await app.repos.getEnvironment({ ...repo, environment_name: 'churn-staging' })).data;

  // A workflow run whose job writes the drift-report action's job summary (run by the executor).
  bodies.push(summary2);
  const indented = summary2.trimEnd().replace(/^/gm, '          ');
  const workflow = `name: Drift report
on:
  push:
    branches: [drift-report]
permissions:
  contents: read
jobs:
  drift:
    runs-on: ubuntu-latest
    steps:
      - name: Drift report (churn in production)
        run: |
          cat >> "$GITHUB_STEP_SUMMARY" <<'SUMMARY'
${indented}
          SUMMARY
          echo "::warning file=week-2.csv,line=2::tenure drifted (KS)"
`;
  sandbox.workflows.registerRunner({ labels: ['ubuntu-latest'] });
  sandbox.push({ repo: 'acme/churn', branch: 'drift-report', files: { '.github/workflows/drift.yml': workflow } });
  await sandbox.workflows.idle();
  const run = sandbox.workflows.runs.at(-1)!;
  if (run.conclusion !== 'success')
    throw new Error(`the drift-report run failed:\n${run.jobs.map((j) => j.log).join('\n')}`);
  return {
    pull: pull.html_url,
    issue,
    release: release.html_url,
    deployments: environment.html_url!,
    run: `${sandbox.serverUrl}/acme/churn/actions/runs/${run.id}`,
    bodies,
  };
}

/** What one page showed once its charts were drawn. */
interface Seen {
  charts: number;
  svgs: number;
  errorPictures: number;
  mermaidError: string | undefined;
  bodyLengths: number[];
  pwned: unknown;
}

describe.skipIf(missing !== undefined)('E7: the pages in Debian’s chromium', { timeout: 180_000 }, () => {
  let sandbox: Sandbox;
  let browser: BrowserContext;
  let profile: string;
  let work: string;
  let seeded: Seeded;
  const offHost: string[] = [];
  const dialogs: string[] = [];

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'modelship-e7-'));
    profile = mkdtempSync(join(tmpdir(), 'modelship-chromium-'));
    sandbox = await createSandbox({ strict: true, workflows: true });
    seeded = await seed(sandbox, work);
    // A fresh profile each run (playwright takes it as the persistent context's user data dir).
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      viewport: { width: 1100, height: 900 },
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    mkdirSync(SHOTS, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await sandbox?.close();
    for (const dir of [work, profile]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Opens `url`, waits for the page script, and reads what the page shows. */
  async function open(url: string, shot: string): Promise<{ page: Page; seen: Seen }> {
    const page = await browser.newPage();
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.route('**/*', (route) => {
      const host = new URL(route.request().url()).hostname;
      if (host === '127.0.0.1' || host.endsWith('.localhost')) return route.continue();
      offHost.push(route.request().url());
      return route.abort();
    });
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(200);
    await page.waitForFunction(() => document.documentElement.dataset.mermaid === 'done', undefined, {
      timeout: 60_000,
    });
    // Open every <details> (the reports keep their charts in one), then wait for those charts too.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    await page.waitForFunction(
      () =>
        document.documentElement.dataset.mermaid === 'done' &&
        document.querySelectorAll('pre.mermaid:not([data-processed])').length === 0,
      undefined,
      { timeout: 60_000 },
    );
    const seen = await page.evaluate(() => ({
      charts: document.querySelectorAll('pre.mermaid').length,
      svgs: document.querySelectorAll('pre.mermaid > svg').length,
      errorPictures: document.querySelectorAll('pre.mermaid svg[aria-roledescription="error"]').length,
      mermaidError: document.documentElement.dataset.mermaidError,
      bodyLengths: [...document.querySelectorAll<HTMLElement>('[data-body-length]')].map((e) =>
        Number(e.dataset.bodyLength),
      ),
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    }));
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.screenshot({
      path: join(SHOTS, shot),
      fullPage: true,
      clip: { x: 0, y: 0, width: 1100, height: Math.min(height, SHOT_HEIGHT) },
    });
    return { page, seen };
  }

  function expectDrawn(seen: Seen, atLeast: number): void {
    expect(seen.mermaidError).toBeUndefined();
    expect(seen.charts).toBeGreaterThanOrEqual(atLeast);
    expect(seen.svgs).toBe(seen.charts);
    expect(seen.errorPictures).toBe(0);
    expect(seen.pwned).toBeUndefined();
    for (const length of seen.bodyLengths) expect(length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
  }

  it('every body written stays within GitHub’s 65,536 characters', () => {
    expect(seeded.bodies.length).toBeGreaterThanOrEqual(6);
    for (const body of seeded.bodies) expect([...body].length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
  });

  it('the pull request: the evaluation comment’s charts and the check run’s drawn; the hostile comment inert', async () => {
    const { page, seen } = await open(seeded.pull, 'pull-request.png');
    const inComment = seeded.bodies[1]!.match(/```mermaid/g)?.length ?? 0;
    expect(inComment).toBeGreaterThanOrEqual(2);
    // The comment's charts, the same report's in the check run, and the reader's chart.
    expectDrawn(seen, inComment * 2 + 1);
    const text = await page.locator('main').innerText();
    expect(text).toContain('modelship evaluation: churn vs churn/v1');
    expect(text).toContain('approved these changes');
    expect(text).toContain('/promote churn candidate to staging');
    expect(await page.locator(INERT).count()).toBe(0);
    await page.close();
  });

  it('the drift issue: its chart of drift over time drawn, the report’s histograms too', async () => {
    const { page, seen } = await open(seeded.issue, 'drift-issue.png');
    expectDrawn(seen, 2);
    expect(await page.locator('main').innerText()).toContain('Data drift in churn');
    await page.close();
  });

  it('the Releases page with the model card, and the deployments of staging with their statuses', async () => {
    const release = await open(seeded.release, 'release.png');
    expectDrawn(release.seen, 0);
    expect(await release.page.locator('main').innerText()).toContain('churn v2');
    await release.page.close();
    const deployments = await open(seeded.deployments, 'deployments.png');
    expect(await deployments.page.locator('main').innerText()).toContain('churn v2 serving');
    await deployments.page.close();
  });

  it('the workflow run: the job summary’s charts drawn (the drift report and the drift over time), the annotation shown', async () => {
    const { page, seen } = await open(seeded.run, 'workflow-run.png');
    expectDrawn(seen, 3);
    const text = await page.locator('main').innerText();
    expect(text).toContain('Drift report #1');
    expect(text).toContain('tenure drifted (KS)');
    await page.close();
  });

  it('the same pages on the server host (where run links point), with nothing asked of the network or run from user text', async () => {
    const path = new URL(seeded.pull).pathname.replace(/^\/html/, '');
    const { page, seen } = await open(`${sandbox.serverUrl}${path}`, 'pull-request.png');
    expectDrawn(seen, 2);
    await page.close();
    expect(offHost).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(sandbox.violations.map(formatViolation)).toEqual([]);
  });
});
