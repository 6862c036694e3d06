import { describe, expect, it } from 'vitest';
import { parseRendererData, RENDERER_KINDS, RENDERERS, rendererText, type RendererKind } from './index.js';

/** One output per renderer, as actions return them, with the data shown and the text said. */
const CASES: Array<{ kind: RendererKind; raw: unknown; title?: string; data: unknown; text: string }> = [
  {
    kind: 'table',
    raw: [{ item: 'Lyon', unit_price: 240 }],
    title: 'Your price',
    data: {
      columns: [
        { key: 'item', label: 'Item' },
        { key: 'unit_price', label: 'Unit price' },
      ],
      rows: [{ item: 'Lyon', unit_price: 240 }],
    },
    text: 'Your price: 1 row. Item Lyon, unit price 240.',
  },
  {
    kind: 'dropdown',
    raw: { options: [{ code: 'lyon', name: 'Lyon' }, 'Paris', { id: 'nice', label: 'Nice' }] },
    title: 'Cities',
    data: {
      options: [
        { value: 'lyon', label: 'Lyon' },
        { value: 'Paris', label: 'Paris' },
        { value: 'nice', label: 'Nice' },
      ],
    },
    text: 'Cities: Lyon, Paris and Nice.',
  },
  {
    kind: 'list',
    raw: ['Lyon', { name: 'Paris' }, 3],
    data: { items: ['Lyon', 'Paris', '3'] },
    text: 'Here are 3 items: Lyon, Paris and 3.',
  },
  {
    kind: 'card_grid',
    raw: [{ name: 'Lyon', description: 'Food', url: 'https://lyon.fr', image: 'javascript:alert(1)' }],
    data: { cards: [{ title: 'Lyon', body: 'Food', link_url: 'https://lyon.fr' }] },
    text: 'Here is one: Lyon.',
  },
  {
    kind: 'card_grid',
    raw: { content: [{ type: 'text', text: 'Echo: trip to Lyon' }] },
    title: 'From the agent',
    data: { cards: [{ title: 'Result', body: 'Echo: trip to Lyon' }] },
    text: 'From the agent: Echo: trip to Lyon',
  },
  {
    kind: 'document',
    raw: '# Terms\n\nYou **agree** to [these](https://x.y) terms.',
    data: { markdown: '# Terms\n\nYou **agree** to [these](https://x.y) terms.' },
    text: 'Terms You agree to these terms.',
  },
  {
    kind: 'image',
    raw: { src: 'https://example.com/a.png', alt: 'A smiling robot' },
    title: 'Your avatar',
    data: { url: 'https://example.com/a.png', alt: 'A smiling robot' },
    text: 'Your avatar: A smiling robot.',
  },
  {
    kind: 'code',
    raw: { code: 'print(1)\nprint(2)', language: 'python' },
    data: { code: 'print(1)\nprint(2)', language: 'python' },
    text: 'Here is some Python code, 2 lines.',
  },
  {
    kind: 'chart',
    raw: [
      { city: 'Lyon', price: 120 },
      { city: 'Paris', price: 150 },
    ],
    title: 'Price by city',
    data: {
      type: 'bar',
      x_key: 'city',
      series: [{ key: 'price', label: 'Price' }],
      data: [
        { city: 'Lyon', price: 120 },
        { city: 'Paris', price: 150 },
      ],
    },
    text: 'Price by city (bar chart): Lyon 120 and Paris 150.',
  },
  {
    kind: 'json',
    raw: { id: 1, name: 'x', tags: [] },
    data: { id: 1, name: 'x', tags: [] },
    text: 'Here is the data: an object with id, name and tags.',
  },
];

describe('output renderers', () => {
  it('has one module per kind', () => {
    expect(Object.keys(RENDERERS).sort()).toEqual([...RENDERER_KINDS].sort());
    for (const kind of RENDERER_KINDS) expect(RENDERERS[kind].kind).toBe(kind);
  });

  it.each(CASES)(
    '$kind turns an action output into its data and says it',
    ({ kind, raw, title, data, text }) => {
      const parsed = parseRendererData(kind, raw);
      expect(parsed).toEqual({ ok: true, data });
      expect(rendererText(kind, data, title)).toBe(text);
    },
  );

  it.each(CASES)(
    '$kind parses its own data to the same data (stored events parse again)',
    ({ kind, raw }) => {
      const once = parseRendererData(kind, raw);
      if (!once.ok) throw new Error(once.message);
      expect(parseRendererData(kind, once.data)).toEqual(once);
    },
  );

  it.each([
    ['image', 'javascript:alert(1)', /http\(s\) URL or a data:image URL/],
    ['image', 'data:image/svg+xml;base64,PHN2Zz4=', /http\(s\) URL or a data:image URL/],
    ['chart', [{ city: 'Lyon' }], /at least one numeric series/],
    ['table', 42, /table renderer/],
    ['list', { nothing: true }, /list renderer/],
  ] as const)('refuses data a %s cannot show', (kind, raw, message) => {
    const parsed = parseRendererData(kind, raw);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });

  it('names five items at most, then how many more', () => {
    const raw = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    expect(rendererText('list', { items: raw }, 'Letters')).toBe('Letters: a, b, c, d, e and 2 more.');
  });
});
