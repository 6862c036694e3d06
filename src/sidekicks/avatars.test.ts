import { MockImageModelV3 } from 'ai/test';
import { describe, expect, it } from 'vitest';
import { Avatars } from './avatars.js';

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

function mockModel(fail = false) {
  const prompts: string[] = [];
  const model = new MockImageModelV3({
    doGenerate: async (options) => {
      prompts.push(String(options.prompt));
      if (fail) throw new Error('quota exceeded');
      return {
        images: [PNG],
        warnings: [],
        response: { timestamp: new Date(), modelId: 'mock', headers: undefined },
      };
    },
  });
  return { model, prompts };
}

describe('Avatars', () => {
  it('draws with the image model when the tenant has one', async () => {
    const { model, prompts } = mockModel();
    const avatars = new Avatars(async (tenant) => (tenant === 't1' ? model : null));
    const made = await avatars.make('t1', 'a purple robot', 'Herman');
    expect(made).toMatchObject({ source: 'image-model', contentType: 'image/png' });
    expect([...made.data]).toEqual([...PNG]);
    expect(prompts[0]).toContain('a purple robot');
    expect((await avatars.make('t2', 'a purple robot', 'Herman')).source).toBe('embedded');
  });

  it('falls back to the embedded generator when the model fails or there is no prompt', async () => {
    const warnings: string[] = [];
    const avatars = new Avatars(async () => mockModel(true).model, { warn: (_o, msg) => warnings.push(msg) });
    const made = await avatars.make('t1', 'a purple robot', 'Herman');
    expect(made).toMatchObject({ source: 'embedded', contentType: 'image/svg+xml' });
    expect(warnings).toHaveLength(1);
    expect((await avatars.make('t1', null, 'Herman')).source).toBe('embedded');
  });
});
