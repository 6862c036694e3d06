#!/usr/bin/env node
// Runs the TypeScript CLI through tsx's loader, so `guidepost` works from an npm install without a build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
