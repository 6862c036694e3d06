import { describe, expect, it } from 'vitest';
import { accepted, check, makeField, refused } from './testing.js';

describe('color', () => {
  const field = makeField('color');

  it.each([
    ['#ff8800', '#ff8800'],
    ['#FF8800', '#ff8800'],
    ['#F80', '#ff8800'],
    ['  #abc ', '#aabbcc'],
    ['#ff8800ff', '#ff8800'],
    ['rgb(255, 136, 0)', '#ff8800'],
    ['RGB(0,0,0)', '#000000'],
    ['rgba(255, 255, 255, 1)', '#ffffff'],
    ['red', '#ff0000'],
    ['Navy', '#000080'],
    ['rebeccapurple', '#663399'],
    ['hsl(120, 100%, 50%)', '#00ff00'],
    ['hsl(-120, 100%, 50%)', '#0000ff'],
    ['hsl(0, 0%, 50%)', '#808080'],
    ['hwb(0, 0%, 0%)', '#ff0000'],
    ['hwb(0, 60%, 60%)', '#808080'],
  ])('accepts %j', (raw, expected) => {
    expect(check(field, raw)).toEqual(accepted(expected));
  });

  it.each([
    ['', 'is empty'],
    [null, 'is empty'],
    ['#ggg', 'is not a valid colour'],
    ['#12345', 'is not a valid colour'],
    ['reddish', 'is not a valid colour'],
    ['rgb(1,2)', 'is not a valid colour'],
    [0xff0000, 'is not a valid colour'],
    ['rgba(0, 0, 0, 0.5)', 'must be a solid colour (no transparency)'],
    ['#ff000080', 'must be a solid colour (no transparency)'],
    ['transparent', 'must be a solid colour (no transparency)'],
  ])('refuses %j', (raw, message) => {
    expect(check(field, raw)).toEqual(refused(message));
  });
});
