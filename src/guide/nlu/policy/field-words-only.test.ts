import { describe, expect, it } from 'vitest';
import { field } from '../extract/test-helpers.js';
import { namesOnlyFields } from './field-words-only.js';

const fields = [
  field('second_shooter', 'boolean', { label: 'Second shooter' }),
  field('engagement_shoot', 'boolean', { label: 'Engagement shoot' }),
  field('engagement_month', 'text', { label: 'Preferred month for the engagement shoot' }),
  field('dietary_needs', 'text', { label: 'Dietary needs' }),
];

describe('namesOnlyFields', () => {
  it.each(['no engagement shoot', 'the engagement shoot', 'engagment shoot yes', 'no second shooter'])(
    '%s only names a field',
    (v) => expect(namesOnlyFields(v, fields)).toBe(true),
  );
  it.each([
    'May',
    'maybe May, before the engagement shoot gets busy',
    'halal',
    'no dairy',
    'yes',
    'early spring',
    'second week of June',
  ])('%s answers', (v) => expect(namesOnlyFields(v, fields)).toBe(false));
});
