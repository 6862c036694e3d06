import { describe, expect, it } from 'vitest';
import { addField, moveStep, updateStep } from './draft-edit';
import { structureKey } from './preview-key';
import { draftWizard } from './test-fixtures';

const draft = () =>
  addField(
    draftWizard([
      { id: 'one', title: 'One', fields: [] },
      { id: 'two', title: 'Two', fields: [] },
    ]),
    0,
    'boolean',
  ).draft;

describe('structureKey (when the preview restarts)', () => {
  it('stays the same for text edits: titles, labels, the guide and the description', () => {
    const before = draft();
    let after = updateStep(before, 0, { title: 'First', instruction: 'Hello', voice_prompt: 'Hi' });
    after = { ...after, name: 'Renamed', description: 'About', guide: { ...after.guide, greeting: 'Hey' } };
    after.steps[0]!.fields[0] = { ...after.steps[0]!.fields[0]!, label: 'Agree?', description: 'Say yes' };
    expect(structureKey(after)).toBe(structureKey(before));
  });

  it('changes when steps move, fields are added or rules and conditions change', () => {
    const before = draft();
    expect(structureKey(moveStep(before, 1, 0))).not.toBe(structureKey(before));
    expect(structureKey(addField(before, 1, 'text').draft)).not.toBe(structureKey(before));
    const required = structuredClone(before);
    required.steps[0]!.fields[0]!.required = true;
    expect(structureKey(required)).not.toBe(structureKey(before));
    expect(structureKey(updateStep(before, 1, { skip_if: { var: 'yes_or_no' } }))).not.toBe(
      structureKey(before),
    );
    expect(structureKey({ ...before, settings: { ...before.settings, allow_back: false } })).not.toBe(
      structureKey(before),
    );
  });
});
