import { describe, expect, it } from 'vitest';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import { field } from '../extract/test-helpers.js';
import { withTopicYesNo } from './topic-yes-no.js';
import type { Candidate } from './plan.js';

const goals = field('goals', 'textarea', { label: 'Goals or learning needs' });
const online = field('online_ok', 'boolean', { label: 'OK with online sessions' });
const sessions = field('sessions', 'number', { label: 'Sessions per week' });
const fields = [goals, online, sessions];
const snapshot = (answered: string[] = []) =>
  ({
    current_step_id: 'prefs',
    fields: fields.map((f) => ({
      name: f.name,
      type: f.type,
      step_id: 'prefs',
      visible: true,
      enabled: true,
      answered: answered.includes(f.name),
    })),
  }) as unknown as RunSnapshot;
const note = (value: string): Candidate => ({
  field: 'goals',
  value,
  confidence: 0.85,
  extractor: 'long-text',
});
/** A yes/no reading standing in for the embedded one: "fine"/"good" yes, "not"/"rather" no. */
const read = (clause: string, f: { name: string }): Candidate | null =>
  /\b(?:fine|good|great)\b/i.test(clause)
    ? { field: f.name, value: !/\bnot\b/i.test(clause), confidence: 0.9, extractor: 'yes-no' }
    : null;

describe('withTopicYesNo', () => {
  it.each([
    ['online is totally fine with us', [note('online is totally fine with us')], { online_ok: true }],
    [
      'online is not fine, he zones out',
      [note('online is not fine, he zones out')],
      { goals: 'online is not fine, he zones out', online_ok: false },
    ],
    [
      'he struggles with fractions, and online is fine',
      [note('he struggles with fractions, and online is fine')],
      { goals: 'he struggles with fractions, and online is fine', online_ok: true },
    ],
  ] as const)('%s → %j', (utterance, found, expected) => {
    const out = withTopicYesNo([...found], utterance, [goals], fields, snapshot(), read);
    expect(Object.fromEntries(out.map((c) => [c.field, c.value]))).toEqual(expected);
  });

  it.each([
    ['he finds maths hard, a fine mind though', [goals], []], // no topic word of the yes/no
    ['online is fine', [sessions], []], // no free-text field asked
    ['online is fine', [goals], ['online_ok']], // the yes/no already answered
  ] as const)('leaves "%s" alone', (utterance, asked, answered) => {
    const found = [note(utterance)];
    expect(withTopicYesNo(found, utterance, [...asked], fields, snapshot([...answered]), read)).toEqual(
      found,
    );
  });
});
