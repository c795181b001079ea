/**
 * Parses workflow files with GitHub's own `@actions/workflow-parser` and prints each file's errors
 * as JSON (`{file: [messages]}`). Run as a child process under tsx by templates.test.ts: the parser
 * imports its JSON schema without an import attribute, which Node refuses when vitest loads the
 * package itself. Starter workflows are parsed as a repository gets them (placeholders filled).
 */
import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { renderStarter } from '../../scripts/sync-workflow-templates.js';

const errors: Record<string, string[]> = {};
for (const file of process.argv.slice(2)) {
  const raw = readFileSync(file, 'utf8');
  const content =
    basename(dirname(file)) === 'starter'
      ? renderStarter(raw, { defaultBranch: 'main', cronDaily: '17 6 * * *' })
      : raw;
  const parsed = parseWorkflow({ name: file, content }, new NoOperationTraceWriter());
  const messages = parsed.context.errors.getErrors().map((e) => e.message);
  if (parsed.value) {
    const template = await convertWorkflowTemplate(parsed.context, parsed.value);
    messages.push(...(template.errors ?? []).map((e) => e.Message));
  } else messages.push('the parser returned no workflow');
  errors[file] = messages;
}
process.stdout.write(JSON.stringify(errors));
