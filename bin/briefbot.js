#!/usr/bin/env node
// The source is TypeScript; tsx compiles it on load so `npx briefbot` needs no build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli.ts');
