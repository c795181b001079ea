/**
 * Where the App finds a failed deployment's analysis. A deployment status carries at most 140
 * characters of description, too little for a canary table; so before it posts `failure`, the
 * deploy action writes the table into the version's release body as a marked section (a hidden
 * opening comment naming the stage and the deployment, the visible section, a closing comment), and
 * the App, on that `deployment_status`, reads the section of that deployment back and puts it in
 * its reply. The release is the version's record anyway (its model card and stage markers live
 * there), so the analysis of a failed rollout stays where people look for the version's history;
 * one section per stage is kept (the newest deployment's), so the body never grows without bound.
 */

/** One recorded analysis. */
export interface AnalysisRecord {
  readonly stage: string;
  readonly deploymentId: number;
  /** Markdown (the verdict and the table). */
  readonly markdown: string;
}

const open = (stage: string) => `<!-- modelship:analysis stage=${stage} deployment=`;
const CLOSE = (stage: string) => `<!-- /modelship:analysis stage=${stage} -->`;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const sectionOf = (stage: string) =>
  new RegExp(`${escape(open(stage))}(\\d+) -->\\n([\\s\\S]*?)\\n${escape(CLOSE(stage))}`);

/** `body` with the stage's analysis section replaced by `record` (appended when missing). */
export function withAnalysisRecord(body: string | null, record: AnalysisRecord): string {
  // A comment inside the Markdown must not close the section early or open another one.
  const markdown = record.markdown.replace(/<!--|-->/g, '');
  const section = `${open(record.stage)}${record.deploymentId} -->\n${markdown}\n${CLOSE(record.stage)}`;
  const text = body ?? '';
  const pattern = sectionOf(record.stage);
  if (pattern.test(text)) return text.replace(pattern, () => section);
  return text ? `${text.trimEnd()}\n\n${section}\n` : `${section}\n`;
}

/** The analysis recorded for `deploymentId` in `stage`, or undefined. */
export function readAnalysisRecord(body: string | null, stage: string, deploymentId: number): string | undefined {
  const match = body ? sectionOf(stage).exec(body) : null;
  if (!match || Number(match[1]) !== deploymentId) return undefined;
  return match[2];
}
