import { describe, expect, it } from 'vitest';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import { defaultNlu } from '../nlu.js';
import { ctx, field } from '../extract/test-helpers.js';
import type { Field } from '../../../core/wizard/definition.js';
import type { Candidate } from './plan.js';
import { remarkAlong } from './remark-along.js';

const jobs = field('jobs', 'multi_select', {
  required: true,
  opts: [
    ['oil', 'Oil change'],
    ['align', 'Wheel alignment'],
    ['brakes', 'Brake inspection'],
  ],
});
const style = field('style', 'single_select', {
  required: true,
  opts: [
    ['cut', 'Cut and finish'],
    ['colour', 'Full colour'],
    ['blowdry', 'Blow dry'],
  ],
});
const extra = field('extra', 'textarea');
const when = field('when', 'date');
const fields = [jobs, style, extra, when];
const view = (name: string, step: string, answered = false) => ({
  name,
  step_id: step,
  visible: true,
  answered,
});
const snapshot = (extraAnswered = false) =>
  ({
    fields: [
      view('jobs', 'work'),
      view('style', 'work'),
      view('extra', 'work', extraAnswered),
      view('when', 'later'),
    ],
  }) as unknown as RunSnapshot;
const read = (clause: string, f: Field) => defaultNlu.extractForField(clause, f, ctx);
const found = (u: string, asked: Field) => {
  const c = read(u, asked);
  const all = defaultNlu.extractAll(u, [when], ctx);
  return [...(c ? [c] : []), ...all] as Candidate[];
};
const remark = (u: string, asked = jobs, answered = false) =>
  remarkAlong(u, [asked], found(u, asked), fields, snapshot(answered), read)?.value ?? null;

describe('remarkAlong', () => {
  it.each<[string, string | null]>([
    ['I need an alignment, it pulls to the right on the highway', 'it pulls to the right on the highway'],
    ['oil change. Also the engine light came on last week', 'the engine light came on last week'],
    ['brakes please - they squeal when I stop', 'they squeal when I stop'],
    // no remark: pleasantries, options only, a question, a value of another field
    ['an oil change please, thanks so much', null],
    ['oil change and an alignment', null],
    ['oil change, how long does that take?', null],
    ['oil change, and I can bring it on March 3 2027', null],
    ['alignment, ok', null],
  ])('%s → %j', (u, expected) => expect(remark(u)).toBe(expected));

  it('a single select too', () =>
    expect(remark('full colour, I want to go darker for autumn', style)).toBe(
      'I want to go darker for autumn',
    ));

  it('not for a short free-text value (a company name)', () => {
    const company = field('extra', 'text', { label: 'Company' });
    const got = remarkAlong(
      'I need an alignment, it pulls to the right',
      [jobs],
      found('I need an alignment', jobs),
      [jobs, style, company, when],
      snapshot(),
      read,
    );
    expect(got).toBeNull();
  });

  it('a clause reading another option than the one chosen is a remark', () =>
    expect(remark('full colour - going from blonde to brunette', style)).toBe(
      'going from blonde to brunette',
    ));

  it('not when the note is answered already', () =>
    expect(remark('I need an alignment, it pulls to the right', jobs, true)).toBeNull());

  it('not when a free-text field is asked', () =>
    expect(
      remarkAlong('it pulls to the right', [extra], found('x', jobs), fields, snapshot(), read),
    ).toBeNull());
});
