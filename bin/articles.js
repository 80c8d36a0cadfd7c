#!/usr/bin/env node
// The CLI is TypeScript run through tsx, so `npx articles` works from a fresh clone without a
// build step; tsx is a runtime dependency for exactly this reason.
import { register } from 'tsx/esm/api';

register();
// The SDK's Node-version notice would follow every command; the README covers it instead.
const { redirectSdkNodeVersionWarning } = await import('../functions/commons/node-warnings.ts');
redirectSdkNodeVersionWarning(() => {});
const { program } = await import('../cli/main.ts');
await program.parseAsync();
