#!/usr/bin/env node
// `npx earshot <command>`: the CLI runs from its TypeScript sources through tsx's loader.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../functions/cli/main.ts');
process.exitCode = await runCli();
