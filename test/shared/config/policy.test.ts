/**
 * The policy file (.github/modelship.yml): a full example normalizes with every default applied, an
 * empty file is the safe default policy, the churn example loads, and each kind of mistake is one
 * UserError naming file, line, column and key path, with a did-you-mean where it helps.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultPolicy, loadPolicy, modelPolicy, policyJsonSchema } from '../../../shared/config/policy.js';
import type { UserError } from '../../../shared/errors.js';
import { expectUserError } from '../../helpers/expect-user-error.js';
import { primaryMetric } from '../../../shared/evaluate/gate.js';

const FILE = '.github/modelship.yml';

const FULL = `version: 1
models:
  churn:
    stages:
      - name: staging
        deploy: { target: server, url: "https://staging.example.com" }
      - name: production
        approvals: 2
        teams: [acme/ml-leads]
        users: [583231]
        gates: [modelship/evaluate]
        deploy: { target: kserve, strategy: canary, canary: { step_weight: 25 } }
        environment_url: https://churn.example.com
    evaluate:
      min_delta: 0.01
      bootstrap: { seed: 7 }
    drift:
      columns: { plan: { method: chi2 } }
  fraud-gbm:
    stages: [dev, staging, production]
    training: { gpu: required }
evaluate:
  metric: roc_auc
  confidence: 0.9
  bootstrap: { resamples: 500, seed: 1 }
drift:
  correction: bonferroni
  labels: [drift, ml]
  retrain: { enabled: true, workflow: retrain.yml }
training:
  gpu: never
`;

function errorOf(text: string): UserError {
  return expectUserError(() => loadPolicy(text, FILE));
}

describe('loadPolicy: a full policy', () => {
  const policy = loadPolicy(FULL, FILE);
  const churn = policy.models.churn!;
  const fraud = policy.models['fraud-gbm']!;

  it('keeps stages in promotion order with per-stage defaults', () => {
    expect(churn.stages.map((s) => [s.name, s.required_role, s.approvals])).toEqual([
      ['staging', 'write', 1],
      ['production', 'maintain', 2],
    ]);
    expect(fraud.stages.map((s) => [s.name, s.required_role])).toEqual([
      ['dev', 'write'],
      ['staging', 'write'],
      ['production', 'maintain'],
    ]);
    const production = churn.stages[1]!;
    expect(production).toMatchObject({
      allow_self_approval: false,
      teams: ['acme/ml-leads'],
      users: [583231],
      gates: ['modelship/evaluate'],
      environment_url: 'https://churn.example.com',
      deploy: {
        target: 'kserve',
        namespace: 'default',
        strategy: 'canary',
        canary: { step_weight: 25, max_weight: 50, interval: '1m', interval_ms: 60_000, max_error_rate: 0.01 },
      },
      source: { file: FILE, line: 7, key: 'models.churn.stages[1]' },
    });
    expect(churn.stages[0]!.deploy).toEqual({
      target: 'server',
      url: 'https://staging.example.com',
      strategy: 'blue-green',
    });
  });

  it('overlays a model section on the top-level one, mappings key by key', () => {
    expect(churn.evaluate).toMatchObject({
      metric: 'roc_auc',
      min_delta: 0.01,
      confidence: 0.9,
      bootstrap: { resamples: 500, seed: 7 },
    });
    expect(fraud.evaluate.bootstrap).toEqual({ resamples: 500, seed: 1 });
    expect(churn.drift).toMatchObject({
      stage: 'production',
      correction: 'bonferroni',
      labels: ['drift', 'ml'],
      columns: { plan: { method: 'chi2', ignore: false } },
      retrain: { enabled: true, min_severity: 'alert', workflow: 'retrain.yml' },
    });
    expect(churn.training.gpu).toBe('never');
    expect(fraud.training.gpu).toBe('required');
  });

  it('refuses models the file does not list, with a did-you-mean', () => {
    expect(modelPolicy(policy, 'churn')).toBe(churn);
    expect(() => modelPolicy(policy, 'chrun')).toThrow(/model "chrun" is not in the policy\. Did you mean "churn"\?/);
  });
});

describe('loadPolicy: defaults', () => {
  it('an empty file is the safe default policy', () => {
    const policy = loadPolicy('# nothing yet\n', FILE);
    expect(policy.models).toEqual({});
    const model = modelPolicy(policy, 'anything');
    expect(model.name).toBe('anything');
    expect(model.stages.map((s) => [s.name, s.required_role, s.approvals, s.allow_self_approval])).toEqual([
      ['staging', 'write', 1, false],
      ['production', 'maintain', 1, false],
    ]);
    expect(model.stages[1]).toMatchObject({ teams: [], users: [], gates: [], deploy: { target: 'none' } });
    expect(model.evaluate).toEqual({
      min_delta: 0,
      confidence: 0.95,
      min: {},
      max: {},
      slices: { columns: [], max_regression: 0.02, min_rows: 30 },
      budgets: {},
      bootstrap: { resamples: 1000, seed: 0 },
      sources: {},
    });
    expect(model.drift).toEqual({
      stage: 'production',
      columns: {},
      alpha: 0.05,
      correction: 'bh',
      thresholds: { warn: { drift_share: 0.1, psi: 0.1 }, alert: { drift_share: 0.3, psi: 0.25 } },
      min_values: 5,
      max_new_category_share: 0.1,
      identifiers: 'skip',
      importance_weighted: false,
      close_after_clean_runs: 3,
      labels: ['drift'],
      assignees: [],
      retrain: { enabled: false, min_severity: 'alert' },
    });
    expect(model.training).toEqual({ gpu: 'preferred', allow_cpu_fallback: false, currency: 'USD' });
    expect(defaultPolicy()).toMatchObject({ file: FILE, version: 1, models: {} });
  });

  it('a stage named production needs maintain even when it is not last; a stage given by name gets all defaults', () => {
    const policy = loadPolicy('models:\n  churn:\n    stages: [production, archive]\n', FILE);
    expect(policy.models.churn!.stages.map((s) => s.required_role)).toEqual(['maintain', 'maintain']);
    expect(policy.models.churn!.drift.stage).toBe('archive');
  });
});

describe('loadPolicy: the churn example', () => {
  it('loads, and points editors at the generated schema', () => {
    const text = readFileSync(new URL('../../../examples/churn/modelship.yml', import.meta.url), 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../schemas/policy.schema.json');
    const churn = modelPolicy(loadPolicy(text, 'examples/churn/modelship.yml'), 'churn');
    expect(churn.stages.map((s) => s.name)).toEqual(['staging', 'production']);
    expect(churn.stages[1]!.deploy.canary?.interval_ms).toBe(300_000);
    expect(churn.drift.columns.customer_id).toEqual({ method: 'auto', ignore: true });
  });
});

describe('loadPolicy: mistakes name file:line:column (key)', () => {
  const cases: [string, string, string][] = [
    [
      'an unknown key, with did-you-mean',
      'models:\n  churn:\n    stages: [staging, production]\n    stagse: 1\n',
      '.github/modelship.yml:4:5 (models.churn.stagse): unknown key "stagse". Did you mean "stages"?',
    ],
    [
      'an unknown top-level key',
      'version: 1\nevalute:\n  metric: roc_auc\n',
      '.github/modelship.yml:2:1 (evalute): unknown key "evalute". Did you mean "evaluate"?',
    ],
    [
      'a role that cannot promote',
      'models:\n  churn:\n    stages:\n      - staging\n      - name: production\n        required_role: read\n',
      '.github/modelship.yml:6:24 (models.churn.stages[1].required_role): expected one of "write", "maintain", "admin", got a string ("read"). read and triage cannot promote; the least role that may is write',
    ],
    [
      'a misspelt role',
      'models:\n  churn:\n    stages:\n      - name: production\n        required_role: maintainer\n',
      '.github/modelship.yml:5:24 (models.churn.stages[0].required_role): expected one of "write", "maintain", "admin", got a string ("maintainer"). Did you mean "maintain"?',
    ],
    [
      'negative approvals',
      'models:\n  churn:\n    stages:\n      - name: production\n        approvals: -1\n',
      '.github/modelship.yml:5:20 (models.churn.stages[0].approvals): must be at least 0, got a number (-1)',
    ],
    [
      'a duplicate stage',
      'models:\n  churn:\n    stages: [staging, production, staging]\n',
      '.github/modelship.yml:3:35 (models.churn.stages[2]): stage "staging" is listed twice. Each stage appears once; the first is at models.churn.stages[0]',
    ],
    [
      'a bad model name',
      'models:\n  Churn_X:\n    stages: [staging]\n',
      '.github/modelship.yml:2:3 (models.Churn_X): "Churn_X" is not a valid model name. Use 1-40 lower-case letters, digits and "-", starting with a letter and not ending with "-" (e.g. "churn" or "fraud-gbm")',
    ],
    [
      'a bad stage name',
      'models:\n  churn:\n    stages: [staging, Prod]\n',
      '.github/modelship.yml:3:23 (models.churn.stages[1]): expected a stage name: 1-30 lower-case letters, digits and "-", starting with a letter (e.g. staging), got a string ("Prod")',
    ],
    [
      'a canary max_weight above 100',
      'models:\n  churn:\n    stages:\n      - name: production\n        deploy: { target: server, url: "http://x", strategy: canary, canary: { max_weight: 150 } }\n',
      '.github/modelship.yml:5:92 (models.churn.stages[0].deploy.canary.max_weight): must be at most 100, got a number (150)',
    ],
    [
      'an unknown stage in a model drift section',
      'models:\n  churn:\n    stages: [staging, prod]\n    drift: { stage: production }\n',
      '.github/modelship.yml:4:21 (models.churn.drift.stage): unknown stage "production" for model "churn". Did you mean "prod"?',
    ],
    [
      'an unknown stage in the top-level drift section, for each model it applies to',
      'models:\n  churn:\n    stages: [staging, prod]\n  fraud:\n    stages: [staging, prod]\ndrift:\n  stage: production\n',
      '.github/modelship.yml:7:10 (drift.stage): unknown stage "production" for model "churn". Did you mean "prod"? Also: line 7 (drift.stage): unknown stage "production" for model "fraud"',
    ],
    [
      'a stage that is neither a name nor a mapping',
      'models:\n  churn:\n    stages:\n      - 5\n',
      '.github/modelship.yml:4:9 (models.churn.stages[0]): expected a stage name, or a mapping { name, required_role, approvals, ... }, got a number (5)',
    ],
    [
      'a login where a user id belongs',
      'models:\n  churn:\n    stages:\n      - name: production\n        users: [octocat]\n',
      '.github/modelship.yml:5:17 (models.churn.stages[0].users[0]): expected a numeric GitHub user id (logins can change; ids cannot), got a string ("octocat")',
    ],
    [
      'a team without its org',
      'models:\n  churn:\n    stages:\n      - name: production\n        teams: [ml-leads]\n',
      '.github/modelship.yml:5:17 (models.churn.stages[0].teams[0]): expected org/team-slug, got a string ("ml-leads")',
    ],
    [
      'a server target without a url',
      'models:\n  churn:\n    stages:\n      - name: production\n        deploy:\n          target: server\n',
      '.github/modelship.yml:6:11 (models.churn.stages[0].deploy): target "server" needs a url. Set deploy.url to the model server, e.g. https://models.example.com',
    ],
    [
      'canary settings without the canary strategy',
      'models:\n  churn:\n    stages:\n      - name: production\n        deploy:\n          target: kserve\n          canary: { step_weight: 5 }\n',
      '.github/modelship.yml:7:19 (models.churn.stages[0].deploy.canary): canary settings need strategy "canary". Add strategy: canary (or strategy: shadow with shadow.then: canary), or remove the canary section',
    ],
    [
      'a warn threshold above the alert one',
      'drift:\n  thresholds:\n    warn: { drift_share: 0.5 }\n    alert: { drift_share: 0.3 }\n',
      '.github/modelship.yml:3:5 (drift.thresholds): thresholds.warn.drift_share (0.5) is above thresholds.alert.drift_share (0.3). The alert level must be at least the warn level',
    ],
    [
      'retraining without a workflow',
      'drift:\n  retrain:\n    enabled: true\n',
      '.github/modelship.yml:3:5 (drift.retrain): retrain is enabled but names no workflow. Set retrain.workflow to a workflow file in .github/workflows, e.g. retrain.yml',
    ],
    [
      'a misspelt gpu mode',
      'training:\n  gpu: requird\n',
      '.github/modelship.yml:2:8 (training.gpu): expected one of "required", "preferred", "never", got a string ("requird"). Did you mean "required"?',
    ],
    [
      'a confidence given in percent',
      'evaluate:\n  confidence: 95\n',
      '.github/modelship.yml:2:15 (evaluate.confidence): must be less than 1, got a number (95)',
    ],
    [
      'a metric written short',
      'evaluate:\n  metric: auc\n',
      '.github/modelship.yml:2:11 (evaluate.metric): expected one of "accuracy", "precision", "recall", "f1", "roc_auc", "pr_auc", "log_loss", "brier", "ece", "macro_f1", "micro_f1", "rmse", "mae", "r2", "mape", got a string ("auc"). Did you mean "roc_auc"?',
    ],
    ['an unknown version', 'version: 2\n', '.github/modelship.yml:1:10 (version): expected 1, got a number (2)'],
    [
      'no stages',
      'models:\n  churn:\n    stages: []\n',
      '.github/modelship.yml:3:13 (models.churn.stages): must list at least one stage',
    ],
    ['a list at the root', '- a\n', '.github/modelship.yml:1:1: expected a mapping, got a list'],
  ];

  it.each(cases)('%s', (_name, text, message) => {
    const error = errorOf(text);
    expect(error.message).toBe(message);
    expect(error.location.file).toBe(FILE);
  });

  it('invalid YAML names the line', () => {
    expect(errorOf('models:\n  churn:\n  stages: [a\n').message).toMatch(/^\.github\/modelship\.yml:4:1: invalid YAML/);
  });
});

describe('policyJsonSchema', () => {
  it('is the committed schemas/policy.schema.json', () => {
    const committed = JSON.parse(
      readFileSync(new URL('../../../schemas/policy.schema.json', import.meta.url), 'utf8'),
    ) as unknown;
    expect(committed).toEqual(policyJsonSchema());
  });

  it('is strict, so editors flag unknown keys', () => {
    const schema = policyJsonSchema() as { additionalProperties?: unknown; title?: string };
    expect(schema.title).toBe('modelship policy');
    expect(schema.additionalProperties).toBe(false);
  });

  it('has every key documented in docs/policy.md', () => {
    const docs = readFileSync(new URL('../../../docs/policy.md', import.meta.url), 'utf8');
    const keys = new Set<string>();
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if (key === 'properties' && value && typeof value === 'object')
            for (const name of Object.keys(value)) keys.add(name);
          walk(value);
        }
      }
    };
    walk(policyJsonSchema());
    expect(keys.size).toBeGreaterThan(40);
    expect([...keys].filter((key) => !docs.includes(`\`${key}\``))).toEqual([]);
  });
});

describe('a policy metric for the wrong task', () => {
  it('is reported at its file:line (key), from the model section or the top level', () => {
    const text =
      'evaluate:\n  metric: rmse\nmodels:\n  churn:\n    evaluate:\n      min: { roc_auc: 0.7, mape: 0.1 }\n';
    const policy = loadPolicy(text, FILE);
    const churn = policy.models.churn!.evaluate;
    expect(() => primaryMetric(churn, 'binary')).toThrow(
      '.github/modelship.yml:2:11 (evaluate.metric): metric `rmse` does not apply to a binary model. The binary metrics are accuracy, precision, recall, f1, roc_auc, pr_auc, log_loss, brier, ece; change the policy or --task',
    );
    expect(() => primaryMetric({ ...churn, metric: undefined }, 'binary')).toThrow(
      /^\.github\/modelship\.yml:6:34 \(models\.churn\.evaluate\.min\.mape\): metric `mape` does not apply to a binary model/,
    );
  });
});
