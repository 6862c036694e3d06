import { describe, expect, it } from 'vitest';
import { defaultNlu } from '../nlu.js';
import { ctx, field } from '../extract/test-helpers.js';
import { extractAnswer } from './answers.js';

const services = field('services', 'multi_select', {
  label: 'Services',
  required: true,
  opts: [
    ['oil_change', 'Oil change'],
    ['tire_swap', 'Tire swap / seasonal tires'],
    ['brake_inspection', 'Brake inspection'],
    ['alignment', 'Wheel alignment'],
    ['battery', 'Battery test and replacement'],
  ],
});
const remarks = field('remarks', 'text', {
  label: 'Anything else?',
  description: 'Anything else we should know?',
  validation: { max_length: 500 },
});
const treatment = field('treatment', 'single_select', {
  required: true,
  opts: [
    ['cut', 'Cut and finish'],
    ['colour', 'Full colour'],
    ['highlights', 'Highlights'],
    ['beard', 'Beard trim'],
  ],
});
const comments = field('comments', 'textarea');

const read = (u: string, asked: ReturnType<typeof field>[]) =>
  Object.fromEntries(extractAnswer(defaultNlu, u, asked, asked, ctx).map((c) => [c.field, c.value]));

describe('extractAnswer: an optional note asked with a choice leaves the choice its clauses', () => {
  it.each<[string, string[], string | undefined]>([
    ['oil change, and can you put my winter tires on', ['oil_change', 'tire_swap'], undefined],
    ['brakes checked and an oil change please', ['oil_change', 'brake_inspection'], undefined],
    ['Could you swap the tires; also the brakes', ['tire_swap', 'brake_inspection'], undefined],
    ['battery - it keeps dying on cold mornings', ['battery'], 'it keeps dying on cold mornings'],
    ['an alignment. The car drifts on the motorway', ['alignment'], 'The car drifts on the motorway'],
  ])('%s', (u, chosen, note) => {
    const got = read(u, [services, remarks]);
    expect([...(got['services'] as string[])].sort()).toEqual([...chosen].sort());
    expect(got['remarks']).toBe(note);
  });

  it.each<[string, string, string | undefined]>([
    ['highlights please', 'highlights', undefined],
    ['beard trim, and I have sensitive skin', 'beard', 'I have sensitive skin'],
  ])('single select: %s', (u, chosen, note) => {
    const got = read(u, [treatment, comments]);
    expect(got['treatment']).toBe(chosen);
    expect(got['comments']).toBe(note);
  });

  it('a required free-text field keeps the clause that names an option', () => {
    const required = { ...remarks, required: true };
    const u = 'highlights and a bit off the ends, I want it lighter';
    expect(read(u, [treatment, required])['remarks']).toBe(u);
  });

  it.each<[string, string[], string | undefined]>([
    [
      "brake inspection. there's a grinding noise from the front left",
      ['brake_inspection'],
      "there's a grinding noise from the front left",
    ],
    ['alignment please, the steering wheel is off centre', ['alignment'], 'the steering wheel is off centre'],
    ['oil change and the tyres, tires are in the boot', ['oil_change', 'tire_swap'], 'tires are in the boot'],
    ['oil change, and swap the tires', ['oil_change', 'tire_swap'], undefined],
  ])('a one-line note put as a question: %s', (u, chosen, note) => {
    const open = field('anything_else', 'text', { label: 'Anything else we should know?' });
    const got = read(u, [services, open]);
    expect([...(got['services'] as string[])].sort()).toEqual([...chosen].sort());
    expect(got['anything_else']).toBe(note);
  });

  it.each<[string, string | undefined]>([
    ['actually add an alignment as well', undefined],
    ['oh and a brake inspection too, the pedal feels soft', 'the pedal feels soft'],
  ])('a note asked alone leaves a list named verbatim its clause: %s', (u, note) => {
    const got = Object.fromEntries(
      extractAnswer(defaultNlu, u, [remarks], [services, remarks], ctx).map((c) => [c.field, c.value]),
    );
    expect(got['remarks']).toBe(note);
  });

  it('a note asked alone is read as before', () => {
    expect(read('the car pulls to the left', [remarks])['remarks']).toBe('the car pulls to the left');
  });
});
