import { describe, expect, it } from 'vitest';
import { readRawLogic } from './raw-logic';

describe('readRawLogic', () => {
  it.each([
    ['', { value: undefined }],
    ['  \n', { value: undefined }],
    ['{"==": [{"var": "a"}, 1]}', { value: { '==': [{ var: 'a' }, 1] } }],
  ])('%j reads as %j', (text, expected) => {
    expect(readRawLogic(text)).toEqual(expected);
  });

  it.each(['[1]', 'null', '"x"', '3'])('%s is refused: a condition is a JSON object', (text) => {
    expect(readRawLogic(text).error).toMatch(/must be a JSON object/);
  });

  it.each(['{', '{"a": }', "{'a': 1}"])('%s is not valid JSON, said in one sentence', (text) => {
    const { error } = readRawLogic(text);
    expect(error).toMatch(/^Not valid JSON: .+\.$/);
    expect(error).not.toMatch(/\.\.$/);
  });
});
