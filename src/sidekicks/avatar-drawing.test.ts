import { describe, expect, it } from 'vitest';
import { chooseAvatar, drawAvatar } from './avatar-drawing.js';

describe('the embedded avatar generator', () => {
  it('draws "a purple robot" as a purple bottts robot', () => {
    expect(chooseAvatar('A Purple  robot')).toEqual({
      style: 'bottts',
      colour: '7e22ce',
      seed: 'a purple robot',
    });
    const svg = drawAvatar('a purple robot').data.toString('utf8');
    expect(svg).toMatch(/^<svg/);
    expect(svg.toLowerCase()).toContain('#7e22ce');
  });

  it('chooses styles and colours from the words', () => {
    expect(chooseAvatar('a pixelated green knight')).toMatchObject({ style: 'pixelArt', colour: '16a34a' });
    expect(chooseAvatar('a friendly woman with red hair')).toMatchObject({
      style: 'lorelei',
      colour: 'dc2626',
    });
    expect(chooseAvatar('abstract blue shapes')).toMatchObject({ style: 'shapes', colour: '2563eb' });
    expect(chooseAvatar('something cosy')).toMatchObject({ style: 'thumbs', colour: null });
    expect(chooseAvatar('', 'Herman')).toMatchObject({ seed: 'herman' });
  });

  it('is deterministic: the same prompt gives the same bytes and ETag, another prompt others', () => {
    const a = drawAvatar('a tiny astronaut cat');
    const b = drawAvatar('a tiny astronaut cat');
    expect(a.data.equals(b.data)).toBe(true);
    expect(a.etag).toBe(b.etag);
    expect(drawAvatar('a tiny astronaut dog').etag).not.toBe(a.etag);
  });
});
