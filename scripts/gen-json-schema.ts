import { mkdirSync, writeFileSync } from 'node:fs';
import { wizardFileJsonSchema } from '../src/core/wizard/json-schema.js';

/** Writes schemas/wizard.schema.json (run by `npm run schema:json`; a test checks it is current). */
mkdirSync('schemas', { recursive: true });
writeFileSync('schemas/wizard.schema.json', `${JSON.stringify(wizardFileJsonSchema(), null, 2)}\n`);
console.log('wrote schemas/wizard.schema.json');
