/**
 * The stage markers in a release body, so the Releases page shows what runs where. The markers are
 * a section between two HTML comments; the opening comment carries the state as JSON (the source of
 * truth for `markStage`), and the visible lines are rendered from it, so a human edit elsewhere in
 * the body is kept and a damaged section is simply rebuilt.
 */
import type { DeploymentState } from '../github/client.js';

/** What a stage marker says. */
export type StageMarkState = 'deploying' | 'live' | 'failed' | 'retired';

/** The marker of one stage on one version. */
export interface StageMark {
  readonly state: StageMarkState;
  /** When it was recorded (ISO 8601). */
  readonly at: string;
  readonly deploymentId?: number;
  /** A link for humans: the deployment log or the environment URL. */
  readonly url?: string;
}

/** Stage name → marker. */
export type StageMarks = Readonly<Record<string, StageMark>>;

const OPEN = '<!-- modelship:stages ';
const CLOSE = '<!-- /modelship:stages -->';
const SECTION = /<!-- modelship:stages (\{.*?\}) -->[\s\S]*?<!-- \/modelship:stages -->/;

const ICONS: Record<StageMarkState, string> = { deploying: '🟡', live: '🟢', failed: '🔴', retired: '⚪' };

/** The marker state a deployment status state leads to. */
export function markStateOf(state: DeploymentState): StageMarkState {
  switch (state) {
    case 'success':
      return 'live';
    case 'failure':
    case 'error':
      return 'failed';
    case 'inactive':
      return 'retired';
    default:
      return 'deploying';
  }
}

/** The markers recorded in a release body (empty when it has none or the section is damaged). */
export function parseStageMarks(body: string | null): StageMarks {
  const match = body ? SECTION.exec(body) : null;
  if (!match) return {};
  try {
    const value = JSON.parse(match[1]!) as unknown;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
    const marks: Record<string, StageMark> = {};
    for (const [stage, mark] of Object.entries(value as Record<string, unknown>)) {
      const m = mark as Partial<StageMark>;
      if (typeof m?.state === 'string' && m.state in ICONS && typeof m.at === 'string') {
        marks[stage] = {
          state: m.state,
          at: m.at,
          ...(typeof m.deploymentId === 'number' ? { deploymentId: m.deploymentId } : {}),
          ...(typeof m.url === 'string' ? { url: m.url } : {}),
        };
      }
    }
    return marks;
  } catch {
    return {};
  }
}

/** The stage section for `marks`: the JSON comment, one visible line per stage, the closing comment. */
export function renderStageSection(marks: StageMarks): string {
  const stages = Object.keys(marks).sort();
  // `-->` cannot occur in JSON.stringify output of our values except inside strings; escape `>` there.
  const json = JSON.stringify(Object.fromEntries(stages.map((s) => [s, marks[s]]))).replace(/>/g, '\\u003e');
  const lines = stages.map((stage) => {
    const mark = marks[stage]!;
    const link = mark.url ? ` ([deployment${mark.deploymentId ? ` ${mark.deploymentId}` : ''}](${mark.url}))` : '';
    return `- ${ICONS[mark.state]} **${stage}**: ${mark.state} since ${mark.at}${link}`;
  });
  const visible = lines.length ? `**Stages**\n\n${lines.join('\n')}` : '**Stages**: not deployed yet.';
  return `${OPEN}${json} -->\n${visible}\n${CLOSE}`;
}

/** `body` with its stage section replaced by one for `marks` (appended when missing). */
export function withStageMarks(body: string | null, marks: StageMarks): string {
  const section = renderStageSection(marks);
  const text = body ?? '';
  if (SECTION.test(text)) return text.replace(SECTION, () => section);
  return text ? `${text.trimEnd()}\n\n${section}\n` : `${section}\n`;
}
