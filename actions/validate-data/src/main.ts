/**
 * The validate-data adapter: parse inputs → validate in shared/ → present (outputs, job summary,
 * annotations on the data files, JSON report).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, resolve } from 'node:path';
import * as core from '../../common/runner.js';
import { atActionEdge } from '../../common/action-edge.js';
import { parseInputs, readInputs } from '../../common/inputs.js';
import { readRunContext } from '../../common/run-context.js';
import { renderValidationMarkdown, tally, validationAnnotations } from '../../../shared/report/validation-summary.js';
import { failsUnder } from '../../../shared/validate/fail-on.js';
import { validateFiles } from '../../../shared/validate/validate-files.js';
import { INPUT_NAMES, inputsSchema } from './inputs.js';

/** Runs the action. */
export function run(): Promise<void> {
  return atActionEdge(async () => {
    const inputs = parseInputs(inputsSchema, readInputs(INPUT_NAMES));
    const { workspace: cwd, clock } = readRunContext();
    core.info(`Validating ${inputs.data.join(', ')} against ${inputs.expectations}`);

    const { report, dataset } = await validateFiles({
      data: inputs.data,
      expectationsFile: inputs.expectations,
      referenceFile: inputs['reference-profile'],
      cwd,
      now: clock.now().getTime(),
      workers: inputs.workers,
      cpus: availableParallelism(),
    });

    const reportPath = resolve(cwd, inputs['report-path']);
    await mkdir(dirname(reportPath), { recursive: true });
    await writeFile(reportPath, JSON.stringify(report, null, 2) + '\n');

    const counts = tally(report);
    core.setOutput('passed', String(report.passed));
    core.setOutput('row-count', String(report.row_count));
    core.setOutput('evaluated', String(counts.evaluated));
    core.setOutput('failed', String(counts.failed));
    core.setOutput('warnings', String(counts.warnings));
    core.setOutput('skipped', String(counts.skipped));
    core.setOutput('report-path', inputs['report-path']);

    for (const a of validationAnnotations(report, inputs['max-annotations'])) {
      const props = { title: a.title, file: a.file, startLine: a.line };
      if (a.level === 'error') core.error(a.message, props);
      else core.warning(a.message, props);
    }
    core.appendSummary(renderValidationMarkdown(report));

    core.info(
      `${dataset.files.length} file(s), ${report.row_count} rows: ${counts.passed}/${counts.evaluated} checks passed, ${counts.failed} failed, ${counts.warnings} warnings. Report: ${inputs['report-path']}`,
    );
    if (failsUnder(report, inputs['fail-on'])) {
      core.setFailed(
        `Data validation failed (fail-on: ${inputs['fail-on']}): see the job summary for the failing checks.`,
      );
    }
  });
}
