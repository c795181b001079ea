/**
 * Where the App finds a failed deployment's canary analysis. A deployment status carries at most 140
 * characters of description, too little for a canary table; so before it posts `failure`, the
 * deploy action writes the analysis into the version's release body as a marked section: a hidden
 * comment holding the analysis as JSON (stage, deployment id, phase, every interval) and the table
 * rendered for people reading the release. On that `deployment_status` the App reads the JSON of
 * that deployment back, checks its shape, and renders the table itself with every free-text field
 * made inert (shared/promote/messages.ts `inert`): release bodies are editable by anyone with write
 * access, so nothing in them reaches a reply as Markdown. One section per stage is kept (the newest
 * deployment's), so the body never grows without bound; the release is the version's record anyway.
 */
import * as z from 'zod';
import type { CanaryState } from '../serve/canary.js';
import { canarySection } from './analysis.js';

/** A recorded analysis. */
export interface AnalysisRecord {
  readonly stage: string;
  readonly deploymentId: number;
  /** The canary's end: `failed`, `aborted`, or `promoted`. */
  readonly phase: string;
  readonly analysis: CanaryState;
}

const rate = z.number().nullable();
const side = z.object({ requests: z.number(), errors: z.number(), error_rate: rate, p99_ms: rate });
const outcome = z.enum(['pass', 'fail', 'inconclusive']);
const stateSchema = z.object({
  phase: z.enum(['progressing', 'promoted', 'failed']),
  weight: z.number(),
  passed: z.number(),
  failed_checks: z.number(),
  inconclusive: z.number(),
  reason: z.string().optional(),
  failure: z.enum(['failed_checks', 'not_enough_traffic']).optional(),
  intervals: z.array(
    z.object({
      index: z.number(),
      weight: z.number(),
      stable: side,
      canary: side,
      p99_ratio: rate,
      outcome,
      next_weight: z.number(),
      checks: z.array(
        z.object({
          check: z.enum(['requests', 'error_rate', 'p99_latency_ms', 'p99_ratio']),
          outcome,
          measured: rate,
          limit: z.number(),
          excess: z.number(),
          detail: z.string(),
        }),
      ),
    }),
  ),
});
const recordSchema = z.object({
  stage: z.string(),
  deployment: z.number(),
  phase: z.string(),
  analysis: stateSchema,
});

const OPEN = (stage: string) => `<!-- modelship:analysis stage=${stage} `;
const CLOSE = (stage: string) => `<!-- /modelship:analysis stage=${stage} -->`;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const sectionOf = (stage: string) =>
  new RegExp(`${escape(OPEN(stage))}(\\{.*?\\}) -->\\n[\\s\\S]*?${escape(CLOSE(stage))}`);

/** `body` with the stage's analysis section replaced by one for `record` (appended when missing). */
export function withAnalysisRecord(body: string | null, record: AnalysisRecord): string {
  const json = JSON.stringify({
    stage: record.stage,
    deployment: record.deploymentId,
    phase: record.phase,
    analysis: record.analysis,
  }).replace(/>/g, '\\u003e');
  const visible = canarySection(record.analysis, record.phase).replace(/<!--|-->/g, '');
  const section = `${OPEN(record.stage)}${json} -->\n**Deployment ${record.deploymentId} to ${record.stage}**: ${visible}\n${CLOSE(record.stage)}`;
  const text = body ?? '';
  const pattern = sectionOf(record.stage);
  if (pattern.test(text)) return text.replace(pattern, () => section);
  return text ? `${text.trimEnd()}\n\n${section}\n` : `${section}\n`;
}

/** The analysis recorded for `deploymentId` in `stage` (shape-checked), or undefined. */
export function readAnalysisRecord(
  body: string | null,
  stage: string,
  deploymentId: number,
): AnalysisRecord | undefined {
  const match = body ? sectionOf(stage).exec(body) : null;
  if (!match) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(match[1]!);
  } catch {
    return undefined;
  }
  const parsed = recordSchema.safeParse(json);
  if (!parsed.success || parsed.data.stage !== stage || parsed.data.deployment !== deploymentId) return undefined;
  const { phase, analysis } = parsed.data;
  return { stage, deploymentId, phase, analysis: analysis as CanaryState };
}
