#!/usr/bin/env node
// The CLI is TypeScript run through tsx, so `npx articles` works from a fresh clone without a
// build step; tsx is a runtime dependency for exactly this reason.
import { register } from 'tsx/esm/api';

register();
await import('../cli/main.ts');
