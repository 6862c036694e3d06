import { describe, expect, it } from 'vitest';
import { FieldSchema } from '../../../core/wizard/definition.js';
import { removedFields } from './removals.js';

const fields = [
  FieldSchema.parse({ name: 'phone', label: 'Phone', type: 'phone' }),
  FieldSchema.parse({ name: 'website', label: 'Website', type: 'url' }),
  FieldSchema.parse({ name: 'avatar_prompt', label: 'Avatar description', type: 'textarea' }),
  FieldSchema.parse({ name: 'catering', label: 'Catering', type: 'boolean' }),
];
const names = (utterance: string) => removedFields(utterance, fields).map((f) => f.name);

describe('removedFields', () => {
  it.each([
    ['Priya Shah, priya@q.com, no phone please', ['phone']],
    ['please remove my phone number', ['phone']],
    ["we're without a website", ['website']],
    ['skip the avatar', ['avatar_prompt']],
    ['scratch the website, it is down', ['website']],
    ['ditch my phone number', ['phone']],
    ['get rid of the avatar please', ['avatar_prompt']],
  ])('%s → %j', (utterance, removed) => expect(names(utterance)).toEqual(removed));

  it('never removes a field whose option the words are: "no contract" chooses it', () => {
    const contract = FieldSchema.parse({
      name: 'contract',
      label: 'Contract length',
      type: 'single_select',
      options: [
        { value: 'rolling', label: 'No contract — 30-day rolling' },
        { value: '12', label: '12 months' },
      ],
    });
    expect(removedFields('ok the rolling one, no contract', [contract])).toEqual([]);
    // guard: words that are no option still remove
    expect(removedFields('without a contract length please', [contract]).map((f) => f.name)).toEqual([
      'contract',
    ]);
  });

  it('never removes a yes/no field: "no catering" answers it', () => {
    expect(names('actually no catering after all')).toEqual([]);
    expect(names('scratch the catering')).toEqual([]);
  });

  it('reads no removal in a plain value', () => {
    expect(names('my phone is 415 555 0100')).toEqual([]);
  });
});
