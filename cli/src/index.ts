#!/usr/bin/env node
// The `modelship` command's entry point. Do not add logic here: see program.ts and commands/.
import { main, quietOnClosedPipe } from './program.js';

quietOnClosedPipe(process.stdout);
quietOnClosedPipe(process.stderr);
process.exitCode = await main(process.argv.slice(2));
