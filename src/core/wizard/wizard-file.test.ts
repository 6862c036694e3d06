import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBuiltinWizards } from '../../builtin/index.js';
import { wizardFileJsonSchema } from './json-schema.js';
import { exportWizard, importWizard } from './wizard-file.js';

const minimal = {
  id: 'w',
  name: 'W',
  slug: 'w',
  steps: [{ id: 's', title: 'S', fields: [{ name: 'a', label: 'A', type: 'text' }] }],
};

describe('wizard files', () => {
  it('round-trips a definition through export and import', () => {
    for (const definition of loadBuiltinWizards()) {
      const again = importWizard(exportWizard(definition));
      expect(again).toEqual({ ok: true, definition });
    }
  });

  it.each([
    ['{not json', '(root)', 'not valid JSON'],
    [JSON.stringify({ wizard: minimal }), 'version', 'version is missing'],
    [JSON.stringify({ version: 2, wizard: minimal }), 'version', 'unknown wizard file version 2'],
    [JSON.stringify({ version: 1, wizard: { ...minimal, steps: [] } }), 'wizard.steps', 'at least one step'],
  ])('rejects %s at %s', (text, path, message) => {
    const result = importWizard(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]!.path).toBe(path);
    expect(result.problems[0]!.message).toContain(message);
  });

  it('lists every problem, not the first only', () => {
    const bad = {
      ...minimal,
      name: '',
      steps: [
        {
          id: 'Bad Id',
          title: 'S',
          fields: [
            { name: 'a', label: 'A', type: 'nope' },
            { name: 'b', label: '', type: 'text' },
          ],
        },
      ],
    };
    const result = importWizard({ version: 1, wizard: bad });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path)).toEqual(
      expect.arrayContaining([
        'wizard.name',
        'wizard.steps.0.id',
        'wizard.steps.0.fields.0.type',
        'wizard.steps.0.fields.1.label',
      ]),
    );
  });

  it('keeps the committed JSON Schema for editors current (npm run schema:json)', () => {
    const committed = JSON.parse(
      readFileSync(new URL('../../../schemas/wizard.schema.json', import.meta.url), 'utf8'),
    );
    expect(committed).toEqual(wizardFileJsonSchema());
  });
});
