import { describe, expect, it } from 'vitest';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import { field } from '../extract/test-helpers.js';
import { declinedOther } from './declined-other.js';

const bio = field('bio', 'textarea', { label: 'About you', required: true });
const photo = field('photo_description', 'textarea', { label: 'Photo description', required: false });
const phone = field('phone', 'phone', { label: 'Phone', required: false });
const link = field('profile_url', 'url', { label: 'Social or profile link', required: false });
const fields = [bio, photo, phone, link];
const snapshot = {
  fields: [
    { name: 'bio', required: true, answered: false },
    { name: 'photo_description', required: false, answered: false },
    { name: 'phone', required: false, answered: true, value: '+15555550100' },
    { name: 'profile_url', required: false, answered: false },
  ],
} as unknown as RunSnapshot;

describe('declinedOther', () => {
  it.each([
    ['no photo for now, the default is fine', 'photo_description'],
    ["we don't need a photo", 'photo_description'],
    ['photo not needed thanks', 'photo_description'],
    ['skip the photo description', 'photo_description'],
    // one alternative of the label names the field
    ['skip the profile link', 'profile_url'],
    ['ok back. no profile link please', 'profile_url'],
    ['I run a photo studio and love hiking', null], // names the field, declines nothing
    ['no phone', null], // answered already
    ['no photo, and for the bio: I teach piano', null], // names the asked field too
  ])('%s → %s', (utterance, name) =>
    expect(declinedOther(utterance, bio, fields, snapshot)?.name ?? null).toBe(name),
  );
});
