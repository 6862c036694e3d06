import { describe, expect, it } from 'vitest';
import { codeExamples, exampleShapedToken, labelledNumbers } from './labelled-values.js';
import { field } from './test-helpers.js';

const volume = field('volume', 'number', { label: 'Volume' });
const depth = field('search_depth', 'number', { label: 'Search depth' });
const engine = field('engine', 'text', { extraction_hints: ['e.g. qwen2.5-7b, mistral-small-latest'] });
const motto = field('motto', 'text', { extraction_hints: ['e.g. carpe diem'] });

describe('labelledNumbers', () => {
  it.each([
    ['volume 7 please', { volume: 7 }],
    ['set the volume to three and search depth 4', { volume: 3, search_depth: 4 }],
    ['volume of one point five', { volume: 1.5 }],
    ['make the volume 0.4 instead of zero', { volume: 0.4 }],
    ['turn it up, 7 volumes of the encyclopedia', {}],
    ['the volume is fine', {}],
  ])('%s', (utterance, expected) => {
    const found = labelledNumbers(utterance, [volume, depth], []);
    expect(Object.fromEntries(found.map((c) => [c.field, c.value]))).toEqual(expected);
  });
});

describe('exampleShapedToken', () => {
  it('reads the code-like examples of the hints', () => {
    expect(codeExamples(engine)).toEqual(['qwen2.5-7b', 'mistral-small-latest']);
    expect(codeExamples(motto)).toEqual([]);
  });
  it.each([
    ['go with phi-3-mini for it', 'phi-3-mini'],
    ['use Gemma2 please', 'Gemma2'],
    ['a well-known, state-of-the-art one', undefined],
    ['mistral-small-latest is good', 'mistral-small-latest'],
    ['phi-3-mini or gemma2', undefined],
    ['the default is fine', undefined],
    ['call me on 555-0134', undefined],
  ])('%s', (utterance, expected) => {
    expect(exampleShapedToken(utterance, [engine, motto], [])[0]?.value).toBe(expected);
  });
});
