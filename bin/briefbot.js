#!/usr/bin/env -S node --max-semi-space-size=64
// Run directly (npx briefbot, ./bin/briefbot.js), node gets 64 MB semi-spaces: ingest allocates many
// short-lived objects and scavenges a quarter as often (about a tenth less CPU); `node bin/briefbot.js`
// runs with node's default and works the same.
// The source is TypeScript; tsx compiles it on load so `npx briefbot` needs no build step.
// (./jit.js first: V8's compiler settings, before any of briefbot's code is compiled.)
import './jit.js';
import { register } from 'tsx/esm/api';

register();
await import('../src/cli.ts');
