import { describe, expect, it } from 'vitest';
import type { Field } from '../../../core/wizard/definition.js';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import { defaultNlu } from '../nlu.js';
import { field } from '../extract/test-helpers.js';
import { describedAlong, fromChoice } from './early-description.js';

const ctx = { referenceDate: new Date(2026, 11, 1, 12), defaultRegion: 'IE' };

function snapshotOf(steps: Record<string, Field[]>, answered: string[] = []): RunSnapshot {
  return {
    current_step_id: 'first',
    fields: Object.entries(steps).flatMap(([step, fs]) =>
      fs.map((f) => ({
        name: f.name,
        step_id: step,
        answered: answered.includes(f.name),
        visible: true,
        enabled: true,
      })),
    ),
  } as unknown as RunSnapshot;
}

describe('describedAlong', () => {
  const name = field('full_name', 'text', { label: 'Full name' });
  const reason = field('reason', 'single_select', {
    label: 'Reason for visit',
    opts: [
      ['checkup', 'Check-up and clean', 'check-up'],
      ['toothache', 'Toothache or emergency', 'toothache'],
      ['implants', 'Implants or dentures', 'implants'],
    ],
  });
  const details = field('details', 'textarea', { label: 'Tell us more' });
  const severity = field('severity', 'single_select', {
    label: 'Severity',
    opts: [
      ['crash', 'Crash', 'crashes'],
      ['minor', 'Minor'],
    ],
  });
  const what = field('what_happened', 'textarea', { label: 'What happened?' });
  const fields = [name, reason, details, severity, what];
  const snap = snapshotOf({ first: [name], visit: [reason, details], bug: [severity, what] });

  const run = (text: string, s = snap) => {
    const found = defaultNlu.extractAll(text, fields, ctx);
    return describedAlong({
      nlu: defaultNlu,
      utterance: text,
      found: found,
      asked: [name],
      fields: fields,
      snapshot: s,
      extract: ctx,
    }).map((c) => [c.field, c.value]);
  };

  it.each([
    [
      "Hi there, hope you're well! I've a terrible toothache, upper right side, it's been throbbing since Saturday",
      'details',
      'throbbing',
    ],
    ['The app crashes every time I open the settings page on my phone', 'what_happened', 'settings page'],
  ])('%j keeps the description in %s', (text, want, words) => {
    const got = run(text);
    expect(got.map((g) => g[0])).toEqual([want]);
    expect(String(got[0]![1])).toContain(words);
  });

  it.each([
    // the option said as a clause of its own: no description
    ['Toothache.'],
    ['toothache'],
    // too few words to be a description
    ['a bad toothache'],
    // no option at all
    ['Hi there, hope you are well today, lovely weather we are having'],
    // only other values around the option: an introduction, no description
    ['I have a toothache since Saturday, my name is Ada'],
    ['so it is the toothache again on Monday at 9'],
  ])('%j keeps nothing', (text) => expect(run(text)).toEqual([]));

  it('keeps nothing when the description was already given', () => {
    const s = snapshotOf({ first: [name], visit: [reason, details], bug: [severity, what] }, ['details']);
    expect(run("I've a terrible toothache, it's been throbbing since Saturday night", s)).toEqual([]);
  });
});

describe('describedAlong with a list chosen', () => {
  const name = field('full_name', 'text', { label: 'Full name' });
  const work = field('work', 'multi_select', {
    label: 'Work needed',
    opts: [
      ['polish', 'Polish', 'wax'],
      ['dents', 'Dent repair', 'dents'],
      ['valet', 'Interior valet', 'valet'],
    ],
  });
  const notes = field('notes', 'textarea', { label: 'Anything else we should know?' });
  const fields = [name, work, notes];
  const snap = snapshotOf({ first: [name], job: [work, notes] });
  const run = (text: string) =>
    describedAlong({
      nlu: defaultNlu,
      utterance: text,
      found: defaultNlu.extractAll(text, fields, ctx),
      asked: [name],
      fields,
      snapshot: snap,
      extract: ctx,
    }).map((c) => [c.field, c.value]);

  it.each([
    // the list's words are the choice, not also a note
    ['just a polish and her dents doing'],
    ['only the valet and a wax on it today'],
  ])('%j keeps nothing', (text) => expect(run(text)).toEqual([]));

  it('keeps a description said around the list', () => {
    const got = run('a polish and the dents, the rear bumper got scraped in a car park last week');
    expect(got.map((g) => g[0])).toEqual(['notes']);
    expect(String(got[0]![1])).toContain('bumper got scraped');
  });
});

describe('fromChoice', () => {
  it.each([
    ["Hi there, hope you're well! I've a terrible toothache.", 'toothache', "I've a terrible toothache."],
    ['I have a toothache. It hurts.', 'toothache', 'I have a toothache. It hurts.'],
    ['It hurts a lot.', 'toothache', 'It hurts a lot.'],
  ])('%j from %j → %j', (text, span, want) => expect(fromChoice(text, span)).toBe(want));
});
