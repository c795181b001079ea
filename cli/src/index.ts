#!/usr/bin/env node
// The `modelship` command's entry point. Do not add logic here: see program.ts and commands/.
import { main } from './program.js';

process.exitCode = await main(process.argv.slice(2));
