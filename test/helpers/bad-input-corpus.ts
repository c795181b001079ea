/**
 * The generator of the CLI bad-input corpus (issue 13): it writes a workspace of good and bad files
 * (data, expectations, policies, profiles, ONNX models) and returns the cases, each a `modelship`
 * command line a new user could type with what the answer must name. The file-level data defects
 * come from test/fixtures/bad/manifest.json (written by make-fixtures.mjs) and are run through every
 * verb that reads data; the rest (configs, flags, outputs, servers, sizes) are built here.
 * test/cli/bad-input-corpus.test.ts runs the cases and fails on any trace, hang or silent pass.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { garbageModel, logisticRegressionModel, truncatedModel } from '../../examples/onnx-models.js';

/** The verbs the corpus table reports on (`any verb`: program-level mistakes and pipes). */
export const VERBS = [
  'validate',
  'profile',
  'expectations infer',
  'drift',
  'evaluate',
  'registry',
  'sandbox',
  'explain',
  'serve',
  'any verb',
] as const;
export type Verb = (typeof VERBS)[number];

/** One command line of the corpus and what its answer must be. */
export interface CorpusCase {
  verb: Verb;
  /** The defect, e.g. `ragged-short.csv as --current`. */
  name: string;
  /**
   * The arguments after `modelship`; `{sandbox}`, `{html}` and `{closed}` are server URLs filled in
   * at run time, `{htmlPort}` the port the HTML server holds.
   */
  args: string[];
  /** Folder to run in (default: the workspace). */
  cwd?: string;
  /** Every string here must appear in the message: the location (file, file:line, key, row or flag). */
  where: string[];
  /** A fragment of what the message must say, when the case is about the wording. */
  says?: RegExp;
  /** A phrase the message must not contain (a leaked internal, a flag the verb does not have). */
  never?: RegExp;
  /** The exit code wanted: 2 (usage, config or data error) unless said; 1 for a failed check. */
  exit?: 1 | 2;
  /** Run as a child process (`node --import tsx cli/src/index.ts`) rather than in-process. */
  child?: boolean;
}

/** The fixtures of test/fixtures/bad and their manifest. */
export const badFixtures = join(import.meta.dirname, '..', 'fixtures', 'bad');

interface ManifestCase {
  file: string;
  line: number | null;
  contains: string;
  options?: { types?: Record<string, string>; sampleRows?: number };
  name?: string;
}

/** A small deterministic generator (LCG), so the workspace is the same on every run. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Writes the workspace into `dir` and returns every case. */
export function buildCorpus(dir: string): CorpusCase[] {
  const cases: CorpusCase[] = [];
  const p = (name: string) => join(dir, name);
  const put = (name: string, content: string | Uint8Array) => {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(p(name), content);
    return p(name);
  };

  // ---------- good inputs the bad ones are paired with ----------
  const random = lcg(13);
  const rows = ['id,x,plan,ts,y,score'];
  for (let i = 0; i < 400; i++) {
    const x = (random() * 10).toFixed(3);
    const y = random() < 0.4 ? 1 : 0;
    const score = Math.min(0.99, Math.max(0.01, 0.3 * y + random() * 0.7)).toFixed(3);
    const ts = new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString();
    rows.push(`u${i},${x},${['basic', 'pro', 'team'][i % 3]},${ts},${y},${score}`);
  }
  const good = put('good.csv', rows.join('\n') + '\n');
  put('good2.csv', rows.slice(0, 200).join('\n') + '\n');
  const expectations = put(
    'ok.expectations.yml',
    'version: 1\ncolumns:\n  x: { type: number, min: 0 }\n  plan: { allowed: [basic, pro, team] }\n',
  );
  const policy = put(
    'models.yml',
    'version: 1\nmodels:\n  churn:\n    evaluate:\n      metric: roc_auc\n  fraud:\n    evaluate:\n      metric: roc_auc\n',
  );
  const model = put('model.onnx', logisticRegressionModel({ weights: [0.5], metadata: { feature_names: '["x"]' } }));
  mkdirSync(p('out-folder'), { recursive: true });
  mkdirSync(p('shards'), { recursive: true });

  // ---------- 1. file-level data defects × every verb that reads data ----------
  const manifest = JSON.parse(readFileSync(join(badFixtures, 'manifest.json'), 'utf8')) as ManifestCase[];
  // Drift reads the same file on both sides (the columns match, so the reader reaches the defect);
  // evaluate first checks the label and score columns from the header, so its answer names the
  // file but not always the line.
  const dataVerbs: { verb: Verb; as: string; args: (file: string) => string[]; fileOnly?: boolean }[] = [
    { verb: 'validate', as: '--data', args: (f) => ['validate', '--data', f, '--expectations', expectations] },
    { verb: 'profile', as: '--data', args: (f) => ['profile', '--data', f] },
    { verb: 'expectations infer', as: '--data', args: (f) => ['expectations', 'infer', '--data', f] },
    { verb: 'drift', as: '--reference and --current', args: (f) => ['drift', '--reference', f, '--current', f] },
    {
      verb: 'evaluate',
      as: '--predictions',
      args: (f) => ['evaluate', '--predictions', f, '--label', 'a', '--task', 'regression'],
      fileOnly: true,
    },
  ];
  for (const entry of manifest) {
    if (entry.options?.sampleRows !== undefined) continue; // not a CLI flag
    const types = Object.entries(entry.options?.types ?? {}).map(([k, v]) => `${k}=${v}`);
    const shown = entry.name ?? entry.file;
    for (const verb of dataVerbs) {
      if (types.length && !['profile', 'expectations infer', 'drift'].includes(verb.verb)) continue;
      cases.push({
        verb: verb.verb,
        name: `${entry.file} as ${verb.as}`,
        args: [...verb.args(entry.file), ...(types.length ? ['--type', ...types] : [])],
        cwd: badFixtures,
        ...(verb.fileOnly
          ? { where: [shown.replace(/\/.*$/, '/')] }
          : {
              where: [entry.line === null ? shown : `${shown}:${entry.line}`],
              says: new RegExp(escape(entry.contains)),
            }),
      });
    }
  }

  // ---------- 2. data defects built here: BOM, CRLF, sizes, widths, depth, encodings ----------
  const wide = 5000;
  const header = Array.from({ length: wide }, (_, i) => `c${i}`).join(',');
  const full = Array.from({ length: wide }, (_, i) => String(i)).join(',');
  const built: { file: string; content: string | Uint8Array; line: number | null; says: RegExp }[] = [
    { file: 'bom-ragged.csv', content: '\ufeffa,b\r\n1,2\r\n3\r\n', line: 3, says: /has 1 field/ },
    { file: 'crlf-quote.csv', content: 'a,b\r\n1,"x\r\n', line: 2, says: /unterminated quoted field/ },
    {
      file: 'huge-field-ragged.csv',
      content: `a,b\n1,${'z'.repeat(3_000_000)}\n2,3,4\n`,
      line: 3,
      says: /has 3 fields/,
    },
    { file: 'empty-fields-ragged.csv', content: 'a,b,c\n,,\n,,,\n', line: 3, says: /has 4 fields/ },
    { file: 'wide-ragged.csv', content: `${header}\n${full}\n${full},x\n`, line: 3, says: /fields/ },
    {
      file: 'utf16.csv',
      content: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a,b\n1,2\n', 'utf16le')]),
      line: 1,
      says: /UTF-8|UTF-16/,
    },
    {
      file: 'deep.jsonl',
      content: `{"a": 1}\n{"a": ${'['.repeat(20_000)}${']'.repeat(20_000)}}\n`,
      line: 2,
      says: /nested|deep/,
    },
    {
      file: 'deep-object.jsonl',
      content: `{"a": ${'{"b":'.repeat(5_000)}1${'}'.repeat(5_000)}}\n`,
      line: 1,
      says: /nested|deep/,
    },
    {
      file: 'ragged-late.csv.gz',
      content: gzipSync('a,b\n' + '1,2\n'.repeat(3000) + '3\n'),
      line: 3002,
      says: /field/,
    },
  ];
  for (const { file, content, line, says } of built) {
    put(`data/${file}`, content);
    for (const verb of dataVerbs) {
      cases.push({
        verb: verb.verb,
        name: `${file} as ${verb.as}`,
        args: verb.args(`data/${file}`),
        ...(verb.fileOnly ? { where: [file] } : { where: [line === null ? file : `${file}:${line}`], says }),
      });
    }
  }

  // ---------- 3. expectations files (validate) ----------
  const expectationsCases: { file: string; yaml: string; where: string[]; says?: RegExp; exit?: 1 }[] = [
    { file: 'tabs.yml', yaml: 'version: 1\ncolumns:\n\tx: { type: number }\n', where: ['tabs.yml:3'] },
    { file: 'unclosed.yml', yaml: 'version: 1\ncolumns:\n  x: { type: number\n', where: ['unclosed.yml:'] },
    { file: 'dup-key.yml', yaml: 'version: 1\ncolumns:\n  x: {}\n  x: {}\n', where: ['dup-key.yml:4'] },
    { file: 'version-2.yml', yaml: 'version: 2\ncolumns: {}\n', where: ['version-2.yml:1'] },
    { file: 'quoted-version.yml', yaml: "version: '1'\ncolumns: {}\n", where: ['quoted-version.yml:1'] },
    {
      file: 'unknown-key.yml',
      yaml: 'version: 1\ncolumns:\n  x: { max_null_fration: 0.1 }\n',
      where: ['unknown-key.yml:3', 'max_null_fration'],
    },
    { file: 'wrong-type.yml', yaml: 'version: 1\ncolumns:\n  x: { min: ten }\n', where: ['wrong-type.yml:3'] },
    { file: 'bad-type.yml', yaml: 'version: 1\ncolumns:\n  x: { type: integer }\n', where: ['bad-type.yml:3'] },
    { file: 'list-root.yml', yaml: '- version: 1\n', where: ['list-root.yml'] },
    { file: 'empty.yml', yaml: '', where: ['empty.yml'] },
    { file: 'binary.yml', yaml: '\u0000\u0001\u0002', where: ['binary.yml'] },
    {
      file: 'alias-bomb.yml',
      yaml: [
        'version: 1',
        'a: &a ["x","x","x","x","x","x","x","x","x","x"]',
        'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]',
        'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]',
        'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]',
        'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]',
        'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e]',
        'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f,*f]',
        'columns: {}',
        '',
      ].join('\n'),
      where: ['alias-bomb.yml:'],
    },
    { file: 'no-anchor.yml', yaml: 'version: 1\ncolumns:\n  x: *plans\n', where: ['no-anchor.yml:3'] },
    {
      file: 'redos.yml',
      yaml: "version: 1\ncolumns:\n  plan: { regex: '^(a+)+$' }\n",
      where: ['plan'],
      exit: 1,
    },
    { file: 'bad-regex.yml', yaml: "version: 1\ncolumns:\n  plan: { regex: '([a-z' }\n", where: ['bad-regex.yml:3'] },
    { file: 'backref.yml', yaml: "version: 1\ncolumns:\n  plan: { regex: '(a)\\1' }\n", where: ['backref.yml:3'] },
    { file: 'min-gt-max.yml', yaml: 'version: 1\ncolumns:\n  x: { min: 5, max: 1 }\n', where: ['min-gt-max.yml:3'] },
    { file: 'unknown-column.yml', yaml: 'version: 1\ncolumns:\n  nope: { type: number }\n', where: ['nope'], exit: 1 },
    {
      file: 'mostly.yml',
      yaml: 'version: 1\ncolumns:\n  x: { min: { value: 0, mostly: 2 } }\n',
      where: ['mostly.yml:3'],
    },
    {
      file: 'row-count.yml',
      yaml: 'version: 1\ntable:\n  row_count: { min: -1, max: x }\n',
      where: ['row-count.yml:3'],
    },
    {
      file: 'distribution-unknown.yml',
      yaml: 'version: 1\ndistribution:\n  x: { max_pis: 0.2 }\n',
      where: ['distribution-unknown.yml:3'],
    },
  ];
  for (const c of expectationsCases) {
    put(`exp/${c.file}`, c.yaml);
    cases.push({
      verb: 'validate',
      name: `expectations ${c.file}`,
      args: ['validate', '--data', good, '--expectations', `exp/${c.file}`],
      where: c.where,
      ...(c.exit && { exit: c.exit }),
    });
  }
  // A catastrophic regex against a long cell must finish (linear-time engine) and fail the check.
  put('data/redos.csv', `plan\n${'a'.repeat(40)}!\n`);
  cases.push({
    verb: 'validate',
    name: 'catastrophic regex against a 40-character cell',
    args: ['validate', '--data', 'data/redos.csv', '--expectations', 'exp/redos.yml'],
    where: ['plan'],
    exit: 1,
  });
  cases.push(
    {
      verb: 'validate',
      name: 'missing expectations file',
      args: ['validate', '--data', good, '--expectations', 'nope.yml'],
      where: ['nope.yml'],
    },
    {
      verb: 'validate',
      name: 'expectations file is a folder',
      args: ['validate', '--data', good, '--expectations', 'out-folder'],
      where: ['out-folder'],
    },
    {
      verb: 'validate',
      name: '--reference is not a profile',
      args: ['validate', '--data', good, '--expectations', expectations, '--reference', good],
      where: ['good.csv'],
    },
    {
      verb: 'validate',
      name: '--reference is a truncated profile',
      args: [
        'validate',
        '--data',
        good,
        '--expectations',
        expectations,
        '--reference',
        put('trunc.json', '{"format": "modelship-profile", "columns": ['),
      ],
      where: ['trunc.json'],
    },
  );

  // ---------- 4. policies (drift, evaluate) ----------
  const policies: { file: string; yaml: string; where: string[] }[] = [
    {
      file: 'bomb-policy.yml',
      yaml: 'version: 1\na: &a [1,1,1,1,1,1,1,1,1,1]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: [*f,*f,*f,*f,*f,*f,*f,*f,*f,*f]\n',
      where: ['bomb-policy.yml:'],
    },
    { file: 'no-anchor-policy.yml', yaml: 'version: 1\ndrift: *plans\n', where: ['no-anchor-policy.yml:2'] },
    { file: 'bad-yaml-policy.yml', yaml: 'version: 1\ndefaults: [\n', where: ['bad-yaml-policy.yml:'] },
    { file: 'typo-policy.yml', yaml: 'version: 1\ndrfit: {}\n', where: ['typo-policy.yml:2', 'drfit'] },
  ];
  for (const c of policies) {
    put(`policy/${c.file}`, c.yaml);
    cases.push({
      verb: 'drift',
      name: `policy ${c.file}`,
      args: ['drift', '--reference', good, '--current', good, '--policy', `policy/${c.file}`],
      where: c.where,
    });
    cases.push({
      verb: 'evaluate',
      name: `policy ${c.file}`,
      args: ['evaluate', '--predictions', good, '--label', 'y', '--task', 'binary', '--policy', `policy/${c.file}`],
      where: c.where,
    });
  }
  cases.push(
    {
      verb: 'drift',
      name: 'a policy listing models, --model left out',
      args: ['drift', '--reference', good, '--current', good, '--policy', policy],
      where: ['--model'],
      never: /model "\*"/,
    },
    {
      verb: 'evaluate',
      name: 'a policy listing models, --model left out',
      args: ['evaluate', '--predictions', good, '--label', 'y', '--task', 'binary', '--policy', policy],
      where: ['--model'],
      never: /model "\*"/,
    },
    {
      verb: 'evaluate',
      name: 'a model the policy does not list',
      args: [
        'evaluate',
        '--predictions',
        good,
        '--label',
        'y',
        '--task',
        'binary',
        '--policy',
        policy,
        '--model',
        'nope',
      ],
      where: ['nope'],
    },
    {
      verb: 'evaluate',
      name: 'a policy metric for another task',
      args: [
        'evaluate',
        '--predictions',
        good,
        '--label',
        'y',
        '--task',
        'binary',
        '--policy',
        put('policy/rmse.yml', 'version: 1\nevaluate:\n  metric: rmse\n'),
      ],
      where: ['rmse.yml', 'rmse'],
    },
    {
      verb: 'drift',
      name: 'missing policy file',
      args: ['drift', '--reference', good, '--current', good, '--policy', 'no-such-policy.yml'],
      where: ['no-such-policy.yml'],
    },
  );

  // ---------- 5. drift mistakes ----------
  put('profile-not.json', '{"hello": 1}\n');
  cases.push(
    {
      verb: 'drift',
      name: 'two files to --reference, one of them a profile',
      args: ['drift', '--reference', good, 'profile-not.json', '--current', good],
      where: ['--reference'],
      never: /cannot tell the file format/,
    },
    {
      verb: 'drift',
      name: '--window-column names a non-timestamp column',
      args: ['drift', '--reference', good, '--current', good, '--window-column', 'plan', '--from', '2026-01-01'],
      where: ['--window-column', 'plan'],
      never: /no rows in the window/,
    },
    {
      verb: 'drift',
      name: 'a profile --reference that is not a profile',
      args: ['drift', '--reference', 'profile-not.json', '--current', good],
      where: ['profile-not.json'],
    },
  );

  // [what is wrong, the flags after `--reference good.csv --current good.csv`, what the message must name]
  const driftFlags: [string, string[], string][] = [
    ['--window-column names no column', ['--window-column', 'when', '--from', '2026-01-01'], 'when'],
    ['--from is not a time', ['--window-column', 'ts', '--from', 'yesterday'], '--from'],
    ['--from without --window-column', ['--from', '2026-01-01'], '--from'],
    ['negative --min-effect-size', ['--min-effect-size', '-1'], '--min-effect-size'],
    ['--columns names no column', ['--columns', 'nope'], 'nope'],
    ['unknown --method', ['--method', 'kl'], '--method'],
    ['malformed --type', ['--type', 'x:number'], '--type'],
    ['--prediction-column names no column', ['--prediction-column', 'pred'], 'pred'],
  ];
  for (const [name, flags, where] of driftFlags) {
    cases.push({
      verb: 'drift',
      name,
      args: ['drift', '--reference', good, '--current', good, ...flags],
      where: [where],
    });
  }

  // ---------- 6. evaluate mistakes ----------
  const scored = ['y,score'];
  for (let i = 0; i < 50; i++) scored.push(i === 3 ? '1,high' : `${i % 2},${(0.2 + (i % 2) * 0.5).toFixed(2)}`);
  put('data/non-numeric-score.csv', scored.join('\n') + '\n');
  const features = ['y,x'];
  for (let i = 0; i < 50; i++) features.push(i === 2 ? '1,abc' : `${i % 2},${i / 10}`);
  put('data/non-numeric-feature.csv', features.join('\n') + '\n');
  put('truncated.onnx', truncatedModel(readFileSync(model), 0.5));
  put('garbage.onnx', garbageModel());
  put('empty.onnx', '');
  put(
    'wrong-signature.onnx',
    logisticRegressionModel({ weights: [0.5, 0.1, 0.2], metadata: { feature_names: '["x","a","b"]' } }),
  );
  const scoreFlags = ['--label', 'y', '--task', 'binary'];
  cases.push(
    {
      verb: 'evaluate',
      name: 'a non-numeric score in the first rows',
      args: ['evaluate', '--predictions', 'data/non-numeric-score.csv', ...scoreFlags],
      where: ['non-numeric-score.csv:5', 'score'],
      never: /types: in the data options|--type/,
    },
    {
      verb: 'evaluate',
      name: 'a non-numeric feature in the first rows',
      args: ['evaluate', '--candidate', model, '--data', 'data/non-numeric-feature.csv', ...scoreFlags],
      where: ['non-numeric-feature.csv:4', 'x'],
      never: /types: in the data options|--type/,
    },
    {
      verb: 'evaluate',
      name: 'truncated ONNX model',
      args: ['evaluate', '--candidate', 'truncated.onnx', '--data', good, ...scoreFlags],
      where: ['truncated.onnx'],
      never: /DataView|Offset is outside/,
    },
    {
      verb: 'evaluate',
      name: 'garbage ONNX model',
      args: ['evaluate', '--candidate', 'garbage.onnx', '--data', good, ...scoreFlags],
      where: ['garbage.onnx'],
    },
    {
      verb: 'evaluate',
      name: 'empty ONNX model',
      args: ['evaluate', '--candidate', 'empty.onnx', '--data', good, ...scoreFlags],
      where: ['empty.onnx'],
    },
    {
      verb: 'evaluate',
      name: 'ONNX model whose features the data lacks',
      args: ['evaluate', '--candidate', 'wrong-signature.onnx', '--data', good, ...scoreFlags],
      where: ['wrong-signature.onnx'],
    },
    {
      verb: 'evaluate',
      name: 'missing ONNX model',
      args: ['evaluate', '--candidate', 'no-such.onnx', '--data', good, ...scoreFlags],
      where: ['no-such.onnx'],
    },
    ...(
      [
        ['truncated ONNX model', 'truncated.onnx'],
        ['garbage ONNX model', 'garbage.onnx'],
        ['empty ONNX model', 'empty.onnx'],
        ['missing ONNX model', 'no-such.onnx'],
        ['ONNX model whose features the data lacks', 'wrong-signature.onnx'],
      ] as const
    ).flatMap(([name, file]): CorpusCase[] => [
      {
        verb: 'explain',
        name,
        args: ['explain', '--model', file, '--data', good, '--label', 'y', '--task', 'binary'],
        where: [file],
        never: /DataView|Offset is outside/,
      },
      {
        verb: 'explain',
        name: `${name} as --champion`,
        args: ['explain', '--model', model, '--champion', file, '--data', good, '--label', 'y', '--task', 'binary'],
        where: [file],
      },
      // A valid model with another signature is fine to serve: only unreadable ones are bad input.
      ...(file === 'wrong-signature.onnx'
        ? []
        : [
            {
              verb: 'serve' as const,
              name,
              args: ['serve', '--model', 'churn', '--file', file, '--port', '0'],
              where: [file],
            },
          ]),
    ]),
    {
      verb: 'explain',
      name: 'a non-numeric feature in the first rows',
      args: ['explain', '--model', model, '--data', 'data/non-numeric-feature.csv', '--label', 'y', '--task', 'binary'],
      where: ['non-numeric-feature.csv:4', 'x'],
    },
    {
      verb: 'explain',
      name: '--label names no column',
      args: ['explain', '--model', model, '--data', good, '--label', 'churned', '--task', 'binary'],
      where: ['churned'],
    },
    {
      verb: 'explain',
      name: '--repeats 0',
      args: ['explain', '--model', model, '--data', good, '--label', 'y', '--task', 'binary', '--repeats', '0'],
      where: ['--repeats'],
    },
    {
      verb: 'explain',
      name: '--repeats abc',
      args: ['explain', '--model', model, '--data', good, '--label', 'y', '--task', 'binary', '--repeats', 'abc'],
      where: ['--repeats'],
    },
    {
      verb: 'explain',
      name: '--sample -5',
      args: ['explain', '--model', model, '--data', good, '--label', 'y', '--task', 'binary', '--sample', '-5'],
      where: ['--sample'],
    },
    {
      verb: 'explain',
      name: '--format yaml',
      args: ['explain', '--model', model, '--data', good, '--label', 'y', '--task', 'binary', '--format', 'yaml'],
      where: ['--format'],
    },
    {
      verb: 'serve',
      name: '--port abc',
      args: ['serve', '--model', 'churn', '--file', model, '--port', 'abc'],
      where: ['--port'],
    },
    {
      verb: 'serve',
      name: '--port 70000',
      args: ['serve', '--model', 'churn', '--file', model, '--port', '70000'],
      where: ['--port'],
    },
    {
      verb: 'serve',
      name: '--sample-rate 2',
      args: ['serve', '--model', 'churn', '--file', model, '--port', '0', '--sample-rate', '2'],
      where: ['--sample-rate'],
    },
    {
      verb: 'evaluate',
      name: '--candidate and --predictions together',
      args: ['evaluate', '--candidate', model, '--predictions', good, ...scoreFlags],
      where: ['--predictions'],
    },
    {
      verb: 'evaluate',
      name: '--candidate without --data',
      args: ['evaluate', '--candidate', model, ...scoreFlags],
      where: ['--data'],
    },
    {
      verb: 'evaluate',
      name: '--champion in predictions mode',
      args: ['evaluate', '--predictions', good, '--champion', model, ...scoreFlags],
      where: ['--champion'],
    },
    {
      verb: 'evaluate',
      name: '--label names no column',
      args: ['evaluate', '--predictions', good, '--label', 'churned', '--task', 'binary'],
      where: ['churned'],
    },
    {
      verb: 'evaluate',
      name: 'multiclass task over binary scores',
      args: ['evaluate', '--predictions', p('good2.csv'), '--label', 'y', '--task', 'multiclass'],
      where: ['score_'],
    },
    {
      verb: 'evaluate',
      name: 'unknown --task',
      args: ['evaluate', '--predictions', good, '--label', 'y', '--task', 'ranking'],
      where: ['--task'],
    },
    {
      verb: 'evaluate',
      name: 'missing --task',
      args: ['evaluate', '--predictions', good, '--label', 'y'],
      where: ['--task'],
    },
    {
      verb: 'evaluate',
      name: '--slices names no column',
      args: ['evaluate', '--predictions', good, ...scoreFlags, '--slices', 'region'],
      where: ['region'],
    },
  );

  // ---------- 7. profile and infer mistakes ----------
  const profile = put('shards/a.json', ''); // written by the test's setup (a real profile)
  put('shards/broken.json', '{"format": "modelship-profile", ');
  put('shards/other.json', '{"format": "something-else", "version": 1}\n');
  cases.push(
    {
      verb: 'profile',
      name: 'both --data and --merge',
      args: ['profile', '--data', good, '--merge', profile],
      where: ['--merge'],
    },
    { verb: 'profile', name: 'neither --data nor --merge', args: ['profile'], where: ['--data'] },
    {
      verb: 'profile',
      name: '--merge with a quoted glob that reaches a broken shard',
      args: ['profile', '--merge', 'shards/*.json'],
      where: ['broken.json'],
    },
    {
      verb: 'profile',
      name: '--merge of a missing file',
      args: ['profile', '--merge', 'shards/none.json'],
      where: ['none.json'],
    },
    {
      verb: 'profile',
      name: '--merge glob matching nothing',
      args: ['profile', '--merge', 'nowhere/*.json'],
      where: ['nowhere/*.json'],
    },
    {
      verb: 'profile',
      name: '--merge of a data file',
      args: ['profile', '--merge', good],
      where: ['good.csv'],
    },
    {
      verb: 'profile',
      name: '--merge of another format',
      args: ['profile', '--merge', 'shards/other.json'],
      where: ['other.json'],
    },
    { verb: 'profile', name: 'malformed --type', args: ['profile', '--data', good, '--type', 'x'], where: ['--type'] },
    {
      verb: 'profile',
      name: '--type names no column',
      args: ['profile', '--data', good, '--type', 'nope=number'],
      where: ['nope'],
    },

    {
      verb: 'expectations infer',
      name: 'malformed --type',
      args: ['expectations', 'infer', '--data', good, '--type', 'x=int'],
      where: ['--type'],
    },
    { verb: 'expectations infer', name: 'missing --data', args: ['expectations', 'infer'], where: ['--data'] },
    {
      verb: 'expectations infer',
      name: '--data glob matching nothing',
      args: ['expectations', 'infer', '--data', 'nothing/*.csv'],
      where: ['nothing/*.csv'],
    },
  );

  // ---------- 8. unwritable outputs, for every verb that writes one ----------
  const writers: { verb: Verb; args: string[] }[] = [
    { verb: 'validate', args: ['validate', '--data', good, '--expectations', expectations] },
    { verb: 'profile', args: ['profile', '--data', good] },
    { verb: 'expectations infer', args: ['expectations', 'infer', '--data', good] },
    { verb: 'drift', args: ['drift', '--reference', good, '--current', good] },
    { verb: 'evaluate', args: ['evaluate', '--predictions', good, ...scoreFlags] },
  ];
  put('a-file', 'x');
  for (const w of writers) {
    cases.push(
      {
        verb: w.verb,
        name: '--output names a folder (EISDIR)',
        args: [...w.args, '--output', 'out-folder'],
        where: ['out-folder'],
      },
      {
        verb: w.verb,
        name: '--output on a full disk (ENOSPC)',
        args: [...w.args, '--output', '/dev/full'],
        where: ['/dev/full'],
      },
      {
        verb: w.verb,
        name: '--output below a file (ENOTDIR)',
        args: [...w.args, '--output', 'a-file/report.txt'],
        where: ['a-file/report.txt'],
      },
    );
  }

  cases.push({
    verb: 'profile',
    name: '--output the system refuses (EIO)',
    args: ['profile', '--data', good, '--output', '/proc/version'],
    where: ['/proc/version'],
  });

  // ---------- 9. wrong flags and flag combinations, every verb ----------
  const verbsArgs: { verb: Verb; args: string[] }[] = [
    ...writers,
    {
      verb: 'registry',
      args: ['registry', 'list', '--model', 'churn', '--repo', 'acme/churn', '--api-url', '{sandbox}'],
    },
  ];
  for (const v of verbsArgs) {
    cases.push(
      { verb: v.verb, name: 'an unknown flag', args: [...v.args, '--frobnicate'], where: ['--frobnicate'] },
      { verb: v.verb, name: 'an unknown --format', args: [...v.args, '--format', 'yaml'], where: ['--format'] },
      { verb: v.verb, name: 'a flag without its value', args: [...v.args, '--format'], where: ['--format'] },
      { verb: v.verb, name: 'a stray argument', args: [...v.args, 'extra.csv'], where: ['extra.csv'] },
    );
  }
  cases.push(
    { verb: 'validate', name: 'missing --expectations', args: ['validate', '--data', good], where: ['--expectations'] },
    {
      verb: 'validate',
      name: 'unknown --fail-on',
      args: ['validate', '--data', good, '--expectations', expectations, '--fail-on', 'info'],
      where: ['--fail-on'],
    },
    { verb: 'any verb', name: 'an unknown verb', args: ['valdate'], where: ['valdate'] },
    { verb: 'any verb', name: 'an unknown global flag', args: ['--quiet', 'validate'], where: ['--quiet'] },
    { verb: 'any verb', name: 'an unknown expectations verb', args: ['expectations', 'guess'], where: ['guess'] },
    { verb: 'any verb', name: 'an unknown registry verb', args: ['registry', 'delete'], where: ['delete'] },
  );

  // ---------- 10. registry: flags, servers that are not GitHub, missing versions ----------
  const repo = ['--repo', 'acme/churn'];
  const at = (url: string) => ['--api-url', url];
  cases.push(
    {
      verb: 'registry',
      name: '--api-url answering HTML (GitHub Enterprise without /api/v3): list',
      args: ['registry', 'list', '--model', 'churn', ...repo, ...at('{html}')],
      where: ['--api-url'],
      says: /\/api\/v3/,
      never: /is not a function/,
    },
    {
      verb: 'registry',
      name: '--api-url answering HTML: show',
      args: ['registry', 'show', '--model', 'churn', '--version', '1', ...repo, ...at('{html}')],
      where: ['--api-url'],
      says: /\/api\/v3/,
    },
    {
      verb: 'registry',
      name: '--api-url answering HTML: history',
      args: ['registry', 'history', '--model', 'churn', '--stage', 'production', ...repo, ...at('{html}')],
      where: ['--api-url'],
      says: /\/api\/v3/,
    },
    {
      verb: 'registry',
      name: '--api-url answering HTML: verify',
      args: ['registry', 'verify', '--model', 'churn', '--version', '1', ...repo, ...at('{html}')],
      where: ['--api-url'],
      says: /\/api\/v3/,
    },
    {
      verb: 'registry',
      name: '--api-url where nothing listens',
      args: ['registry', 'list', '--model', 'churn', ...repo, ...at('{closed}')],
      where: ['--api-url'],
    },
    {
      verb: 'registry',
      name: '--api-url is not a URL',
      args: ['registry', 'list', '--model', 'churn', ...repo, ...at('github.example')],
      where: ['--api-url'],
    },
    {
      verb: 'registry',
      name: 'show: a version that does not exist',
      args: ['registry', 'show', '--model', 'churn', '--version', '9', ...repo, ...at('{sandbox}')],
      where: ['--version', 'churn/v9'],
    },
    {
      verb: 'registry',
      name: 'verify: a version that does not exist',
      args: ['registry', 'verify', '--model', 'churn', '--version', '9', ...repo, ...at('{sandbox}')],
      where: ['--version', 'churn/v9'],
    },
    {
      verb: 'registry',
      name: 'a repository that does not exist',
      args: ['registry', 'list', '--model', 'churn', '--repo', 'acme/nope', ...at('{sandbox}')],
      where: ['acme/nope'],
    },
    {
      verb: 'registry',
      name: '--repo is not owner/name',
      args: ['registry', 'list', '--model', 'churn', '--repo', 'churn', ...at('{sandbox}')],
      where: ['--repo'],
    },
    {
      verb: 'registry',
      name: '--version 0',
      args: ['registry', 'show', '--model', 'churn', '--version', '0', ...repo, ...at('{sandbox}')],
      where: ['--version'],
    },
    {
      verb: 'registry',
      name: '--version v2',
      args: ['registry', 'verify', '--model', 'churn', '--version', 'v2', ...repo, ...at('{sandbox}')],
      where: ['--version'],
    },
    {
      verb: 'registry',
      name: '--limit is not a number',
      args: ['registry', 'list', '--model', 'churn', '--limit', 'ten', ...repo, ...at('{sandbox}')],
      where: ['--limit'],
    },
    {
      verb: 'registry',
      name: '--at is not a time',
      args: [
        'registry',
        'history',
        '--model',
        'churn',
        '--stage',
        'production',
        '--at',
        'noon',
        ...repo,
        ...at('{sandbox}'),
      ],
      where: ['--at'],
    },
    {
      verb: 'registry',
      name: 'missing --model',
      args: ['registry', 'list', ...repo, ...at('{sandbox}')],
      where: ['--model'],
    },
    {
      verb: 'registry',
      name: 'show without --version',
      args: ['registry', 'show', '--model', 'churn', ...repo, ...at('{sandbox}')],
      where: ['--version'],
    },
    {
      verb: 'registry',
      name: 'history without --stage',
      args: ['registry', 'history', '--model', 'churn', ...repo, ...at('{sandbox}')],
      where: ['--stage'],
    },
    {
      verb: 'registry',
      name: 'a bad token',
      args: ['registry', 'list', '--model', 'churn', ...repo, ...at('{sandbox}'), '--token', 'ghp_wrong'],
      where: ['token'],
    },
  );

  // ---------- 11. child processes: sandbox start-up mistakes, a reader that goes away ----------
  put('seed-bad.yml', 'users: [\n');
  put('seed-wrong.json', '{"users": 5}\n');
  // [what is wrong, the flags after `sandbox`, what the message must name]
  const startUp: [string, string[], string][] = [
    ['--seed file missing', ['--seed', 'no-seed.json'], 'no-seed.json'],
    ['--seed is invalid YAML', ['--seed', 'seed-bad.yml'], 'seed-bad.yml'],
    ['--seed of the wrong shape', ['--seed', 'seed-wrong.json'], 'seed-wrong.json'],
    ['--port already in use', ['--port', '{htmlPort}'], '--port'],
    ['--port is not a port', ['--port', 'http'], '--port'],
    ['--webhook-url is not a URL', ['--webhook-url', 'localhost:3000'], '--webhook-url'],
  ];
  for (const [name, flags, where] of startUp) {
    cases.push({ verb: 'sandbox', name, args: ['sandbox', ...flags], where: [where], child: true });
  }
  return cases;
}

/** Commands whose reader goes away at once (`| head`): they must end without a trace. */
export function pipeCases(dir: string): { name: string; args: string[]; cwd: string }[] {
  return [
    { name: 'validate --help | head -2', args: ['validate', '--help'], cwd: dir },
    { name: 'profile --data good.csv | head -1', args: ['profile', '--data', 'good.csv'], cwd: dir },
    {
      name: 'drift … --format json | head -1',
      args: ['drift', '--reference', 'good.csv', '--current', 'good2.csv', '--format', 'json'],
      cwd: dir,
    },
  ];
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
