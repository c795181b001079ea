/** Options shared by several verbs. */
import { Option } from 'commander';

/** The `--format` option every reporting verb takes. */
export const formatOption = () =>
  new Option('--format <format>', 'output format').choices(['json', 'markdown', 'text']).default('text');
