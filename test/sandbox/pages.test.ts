/**
 * The sandbox's web pages, over real HTTP: every `html_url` the API hands out for a pull request,
 * an issue, a release, an environment and a check run opens a page drawn from the sandbox's state
 * (Markdown rendered, Mermaid fences ready for the browser, reviews and checks shown), on the API
 * host under `/html` and on the server host (`sandbox.serverUrl`) where run links point; and user
 * text never reaches a page as markup that could run. The browser half is test/browser/pages.test.ts.
 */
import { request } from 'node:http';
import { beforeAll, describe, expect, it } from 'vitest';
import { markdownRenderer, type MarkdownRenderer } from '../../sandbox/pages/markdown.js';
import { useSandbox } from './helpers/sandbox.js';

const fixture = useSandbox({ workflows: true });
const repo = { owner: 'acme', repo: 'churn' };

interface Fetched {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** GET `url`, optionally sending another `Host` (Node does not resolve `*.localhost` itself). */
function get(url: string, host?: string): Promise<Fetched> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: host ? { host } : {} }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const CHART = 'flowchart LR\n  candidate --> gate{gate} --> release';
const HOSTILE = [
  '<script>window.pwned = 1</script>',
  '<img src="x" onerror="window.pwned = 2">',
  '[click](javascript:window.pwned=3)',
  '<a href="javascript:window.pwned=4">link</a>',
].join('\n\n');

let pullUrl = '';
let pullNumber = 0;
let issueUrl = '';
let releaseUrl = '';
let environmentUrl = '';
let checkRunUrl = '';
let runId = 0;

/** A workflow whose job writes a summary with a table and a chart, and an annotation. */
const WORKFLOW = `name: Drift report
on:
  push:
    branches: [drift-report]
permissions:
  contents: read
jobs:
  report:
    runs-on: ubuntu-latest
    steps:
      - name: Write the summary
        run: |
          cat >> "$GITHUB_STEP_SUMMARY" <<'EOF'
          ## Drift: alert <script>window.pwned = 5</script>
          | column | drifted |
          |---|---|
          | tenure | yes |
          \`\`\`mermaid
          pie title Columns
            "drifted" : 2
            "stable" : 1
          \`\`\`
          EOF
          echo "::warning file=data/week-2.csv,line=3::tenure drifted"
`;

beforeAll(async () => {
  const { sandbox } = fixture;
  sandbox.push({ repo: 'acme/churn', branch: 'candidate', files: { 'model.txt': 'v2\n' }, as: 'maintainer' });
  const maintainer = fixture.client('maintainer');
  const app = fixture.client(sandbox.installationToken());
  const pull = (
    await maintainer.pulls.create({
      ...repo,
      title: 'Train churn v2 <b>bold?</b>',
      head: 'candidate',
      base: 'main',
      body: 'Retrains **churn** with the new features.',
    })
  ).data;
  pullUrl = pull.html_url;
  pullNumber = pull.number;
  await app.issues.createComment({
    ...repo,
    issue_number: pull.number,
    body: `<!-- modelship:evaluate model="churn" -->\n## Evaluation\n\n| metric | value |\n|---|---|\n| auc | 0.91 |\n\n\`\`\`mermaid\n${CHART}\n\`\`\`\n`,
  });
  const hostile = (
    await fixture.client('reader').issues.createComment({ ...repo, issue_number: pull.number, body: HOSTILE })
  ).data;
  await app.reactions.createForIssueComment({ ...repo, comment_id: hostile.id, content: 'eyes' });
  await fixture
    .client('reviewer')
    .pulls.createReview({ ...repo, pull_number: pull.number, event: 'APPROVE', body: 'Looks **good**' });
  const check = (
    await app.checks.create({
      ...repo,
      name: 'modelship/evaluate',
      head_sha: pull.head.sha,
      status: 'completed',
      conclusion: 'success',
      output: {
        title: 'Gate passed',
        summary: '### Gate\n\n- [x] auc ≥ champion',
        annotations: [
          {
            path: 'data/train.csv',
            start_line: 3,
            end_line: 3,
            annotation_level: 'warning',
            message: 'age out of range',
          },
        ],
      },
    })
  ).data;
  checkRunUrl = check.html_url!;
  issueUrl = (
    await app.issues.create({ ...repo, title: 'Data drift in churn', body: '## Drift\n\nSeverity **alert**' })
  ).data.html_url;
  releaseUrl = (
    await maintainer.repos.createRelease({
      ...repo,
      tag_name: 'churn/v2',
      name: 'churn v2',
      body: '# Model card\n\n| metric | v2 |\n|---|---|\n| auc | 0.91 |',
    })
  ).data.html_url;
  const deployment = (
    await app.repos.createDeployment({
      ...repo,
      ref: 'main',
      environment: 'churn-staging',
      auto_merge: false,
      required_contexts: [],
      payload: { model: 'churn', version: 2 },
    })
  ).data as { id: number };
  await app.repos.createDeploymentStatus({ ...repo, deployment_id: deployment.id, state: 'in_progress' });
  await app.repos.createDeploymentStatus({
    ...repo,
    deployment_id: deployment.id,
    state: 'success',
    description: 'churn v2 serving',
    environment_url: 'http://127.0.0.1:9/v2/models/churn',
  });
  environmentUrl = (await app.repos.getEnvironment({ ...repo, environment_name: 'churn-staging' })).data.html_url!;
  sandbox.workflows.registerRunner({ labels: ['ubuntu-latest'] });
  sandbox.push({ repo: 'acme/churn', branch: 'drift-report', files: { '.github/workflows/drift.yml': WORKFLOW } });
  await sandbox.workflows.idle();
  runId = sandbox.workflows.runs.at(-1)!.id;
});

describe('the html_urls open pages drawn from the state', () => {
  it("a pull request's conversation: description, comments from Markdown, the chart's source, the review, the checks", async () => {
    expect(pullUrl).toBe(`${fixture.sandbox.url}/html/acme/churn/pull/${pullNumber}`);
    const page = await get(pullUrl);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.body).toContain('Train churn v2 &lt;b&gt;bold?&lt;/b&gt;');
    expect(page.body).toContain('Retrains <strong>churn</strong> with the new features.');
    expect(page.body).toContain('<td>0.91</td>');
    expect(page.body).toContain(
      '<pre class="mermaid">flowchart LR\n  candidate --&gt; gate{gate} --&gt; release</pre>',
    );
    expect(page.body).not.toContain('modelship:evaluate'); // the hidden marker stays hidden
    expect(page.body).toContain('approved these changes');
    expect(page.body).toContain('Looks <strong>good</strong>');
    expect(page.body).toMatch(/modelship\/evaluate<\/strong><\/a>\s*<span class="muted">Gate passed/);
    expect(page.body).toMatch(/<li><input [^>]*checked=""[^>]*> auc ≥ champion<\/li>/);
    expect(page.body).toContain('/-/mermaid.min.js');
    expect(page.body).toMatch(/<span class="reaction" title="modelship\[bot\]"\s*>👀 1<\/span/);
  });

  it('user text never becomes markup that runs: no script, no handler, no javascript: link', async () => {
    const page = await get(pullUrl);
    const scripts = [...page.body.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts).toEqual(['<script defer src="/html/-/mermaid.min.js">', '<script defer src="/html/-/pages.js">']);
    expect(page.body).not.toMatch(/onerror|javascript:|window\.pwned = 1/);
    expect(page.body).toContain('<img src="x">');
  });

  it('an issue, its labels and state; a pull request number under /issues is its conversation', async () => {
    const page = await get(issueUrl);
    expect(page.status).toBe(200);
    expect(page.body).toContain('Data drift in churn');
    expect(page.body).toContain('Severity <strong>alert</strong>');
    expect((await get(`${fixture.sandbox.url}/html/acme/churn/issues/${pullNumber}`)).body).toContain(
      'approved these changes',
    );
  });

  it('the Releases page and a release by its tag (with a slash), the notes rendered, the assets listed', async () => {
    expect(releaseUrl).toBe(`${fixture.sandbox.url}/html/acme/churn/releases/tag/churn/v2`);
    const one = await get(releaseUrl);
    expect(one.status).toBe(200);
    expect(one.body).toContain('<h1>Model card</h1>');
    expect(one.body).toContain('No assets.');
    const all = await get(`${fixture.sandbox.url}/html/acme/churn/releases`);
    expect(all.body).toContain('<td>0.91</td>');
  });

  it("an environment's deployments with every status in order and the payload", async () => {
    const page = await get(environmentUrl);
    expect(page.status).toBe(200);
    expect(page.body).toContain('Deployments to <code>churn-staging</code>');
    const states = [...page.body.matchAll(/<tr>\s*<td><span class="state (\w+)">/g)].map((m) => m[1]);
    expect(states).toEqual(['in_progress', 'success']);
    expect(page.body).toContain('churn v2 serving');
    expect(page.body).toContain('&quot;version&quot;: 2');
  });

  it("a check run's page: summary and annotations", async () => {
    const page = await get(checkRunUrl);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<h3>Gate</h3>');
    expect(page.body).toContain('data/train.csv#L3');
    expect(page.body).toContain('age out of range');
  });

  it("a workflow run: its job's summary rendered with the chart's source, the annotation, the steps, the token", async () => {
    const run = fixture.sandbox.workflows.runs.find((r) => r.id === runId)!;
    expect(run.conclusion, run.jobs.map((j) => j.log).join('\n')).toBe('success');
    const host = new URL(fixture.sandbox.serverUrl).host;
    // The link a job's check run carries (details_url): the run page, on the server host.
    const details = `/acme/churn/actions/runs/${runId}/job/${run.jobs[0]!.id}`;
    const page = await get(`${fixture.sandbox.url}${details}`, host);
    expect(page.status).toBe(200);
    expect(page.body).toContain('Drift report #1');
    expect(page.body).toContain('<h2>Drift: alert </h2>');
    expect(page.body).not.toContain('window.pwned');
    expect(page.body).toContain('<td>tenure</td>');
    expect(page.body).toContain('<pre class="mermaid">pie title Columns');
    expect(page.body).toContain('data/week-2.csv#L3');
    expect(page.body).toContain('Write the summary');
    expect(page.body).toMatch(/GITHUB_TOKEN: metadata: read, contents: read/);
    const list = await get(`${fixture.sandbox.url}/html/acme/churn/actions`);
    expect(list.body).toContain(`/html/acme/churn/actions/runs/${runId}`);
    expect((await get(`${fixture.sandbox.url}/html/acme/churn/actions/runs/1`)).status).toBe(404);
  });

  it('the server host (sandbox.serverUrl, where run links point) serves the same pages without the /html prefix', async () => {
    const host = new URL(fixture.sandbox.serverUrl).host;
    expect(host).toMatch(/^github\.localhost:\d+$/);
    const page = await get(`${fixture.sandbox.url}/acme/churn/pull/${pullNumber}`, host);
    expect(page.status).toBe(200);
    expect(page.body).toContain('approved these changes');
    expect(page.body).toContain('<script defer src="/-/pages.js">');
    expect(page.body).not.toContain('/html/');
    // The API host still answers the API at those paths.
    expect((await get(`${fixture.sandbox.url}/acme/churn/pull/${pullNumber}`)).status).toBe(404);
  });

  it('a missing object is a 404 page; a path with no page keeps the placeholder; assets come from the sandbox', async () => {
    expect((await get(`${fixture.sandbox.url}/html/acme/churn/pull/999`)).status).toBe(404);
    expect((await get(`${fixture.sandbox.url}/html/acme/churn/runs/1`)).status).toBe(404);
    const other = await get(`${fixture.sandbox.url}/html/acme/churn/compare/a...b`);
    expect(other.status).toBe(200);
    expect(other.body).toContain('Sandbox page for /acme/churn/compare/a...b');
    const mermaid = await get(`${fixture.sandbox.url}/html/-/mermaid.min.js`);
    expect(mermaid.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(mermaid.body.length).toBeGreaterThan(1_000_000);
    expect((await get(`${fixture.sandbox.url}/html/-/nope.js`)).status).toBe(404);
  });
});

describe('the Markdown sanitiser (GitHub-flavoured, GitHub’s allowlist)', () => {
  let md: MarkdownRenderer;
  beforeAll(async () => {
    md = await markdownRenderer();
  });

  it.each([
    ['a script element', '<script>alert(1)</script>', /<script/i],
    ['an event handler', '<img src="x" onerror="alert(1)">', /onerror/i],
    ['a javascript: link in Markdown', '[x](javascript:alert(1))', /javascript:/i],
    ['a javascript: link in HTML', '<a href="JaVaScRiPt:alert(1)">x</a>', /javascript:/i],
    ['a data: URL', '<a href="data:text/html,<script>alert(1)</script>">x</a>', /data:/i],
    ['an iframe', '<iframe src="http://127.0.0.1:9/"></iframe>', /<iframe/i],
    ['script inside SVG', '<svg><script>alert(1)</script></svg>', /<script|<svg/i],
    ['a style element', '<style>body{display:none}</style>', /<style/i],
    ['inline styles, classes and ids', '<div style="position:fixed" class="x" id="y">hi</div>', /style=|class=|id=/i],
    [
      'a form',
      '<form action="/x"><input type="text" name="q"><button>go</button></form>',
      /<form|<button|type="text"/i,
    ],
    ['an ontoggle on details', '<details open ontoggle="alert(1)"><summary>s</summary></details>', /ontoggle/i],
    [
      'markup inside a Mermaid fence',
      '```mermaid\nflowchart LR\n a["</pre><script>alert(1)</script>"]\n```',
      /<script|<\/pre><script/i,
    ],
  ])('drops %s', (_name, source, forbidden) => {
    expect(md(source).value).not.toMatch(forbidden);
  });

  it('keeps what GitHub keeps: tables, details, task lists, sub, code with its language, https links (nofollow)', () => {
    const out = md(
      '| a |\n|---|\n| 1 |\n\n<details><summary>More</summary>\n\nx\n</details>\n\n- [ ] todo\n\n<sub>small</sub> [site](https://example.org)\n\n```python\nprint(1)\n```',
    ).value;
    expect(out).toContain('<td>1</td>');
    expect(out).toContain('<details><summary>More</summary>');
    expect(out).toContain('<input disabled="" type="checkbox">');
    expect(out).toContain('<sub>small</sub>');
    expect(out).toContain('<a href="https://example.org" rel="nofollow">site</a>');
    expect(out).toContain('<pre lang="python"><code>print(1)</code></pre>');
  });

  it('draws a Mermaid fence as a chart holding its source as text', () => {
    expect(md('```mermaid\npie\n "a" : 1\n```').value).toBe('<pre class="mermaid">pie\n "a" : 1</pre>\n');
  });
});
