import { describe, expect, it } from 'vitest';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import { field } from '../extract/test-helpers.js';
import type { Candidate } from './plan.js';
import { withNamedYesNo } from './named-yes-no.js';

const second = field('second_shooter', 'boolean', { label: 'Second shooter' });
const shoot = field('engagement_shoot', 'boolean', { label: 'Engagement shoot' });
const parking = field('needs_parking', 'boolean', { label: 'Needs parking' });
const fields = [second, shoot, parking];
const snapshot = (answered: string[] = []) =>
  ({
    fields: fields.map((f) => ({ name: f.name, answered: answered.includes(f.name) })),
  }) as unknown as RunSnapshot;
const no: Candidate = { field: 'second_shooter', value: false, confidence: 0.9, extractor: 'yes-no' };

/** The fields and values of the turn after moving, asked the second shooter. */
function after(utterance: string, answered: string[] = []): Record<string, unknown> {
  const out = withNamedYesNo([no], utterance, [second], fields, snapshot(answered));
  return Object.fromEntries(out.map((c) => [c.field, c.value]));
}

describe("withNamedYesNo: a yes or no said with another yes/no's topic", () => {
  it.each<[string, Record<string, unknown>]>([
    ['no to the engagement shoot', { engagement_shoot: false }],
    ['nah, no engagement shoot thanks', { engagement_shoot: false }],
    ["no, we won't need parking", { needs_parking: false }],
  ])('%s → %j', (utterance, expected) => expect(after(utterance)).toEqual(expected));

  // guards: the asked one named too, nothing else named, the other answered already
  it.each<[string, string[]]>([
    ['no second shooter, and no engagement shoot either', []],
    ['no', []],
    ['no thanks, not this time', []],
    ['no to the engagement shoot', ['engagement_shoot']],
  ])('%s stays with the asked one', (utterance, answered) =>
    expect(after(utterance, answered)).toEqual({ second_shooter: false }),
  );
});
