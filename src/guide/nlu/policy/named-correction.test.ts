import { describe, expect, it } from 'vitest';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import { field } from '../extract/test-helpers.js';
import type { Candidate } from './plan.js';
import { restatesNamedField, withoutCorrectionWords } from './named-correction.js';

const email = field('work_email', 'email', { label: 'Work email' });
const phone = field('mobile', 'phone', { label: 'Mobile number' });
const site = field('site', 'url', { label: 'Website' });
const day = field('visit_date', 'date', { label: 'Visit date' });
const name = field('full_name', 'text', { label: 'Full name' });
const notes = field('notes', 'textarea', { label: 'Notes' });

describe('restatesNamedField', () => {
  it.each([
    [email, "sorry, I gave you my old email, it's jo.b@fastmail.example"],
    [email, 'that e-mail was wrong: jo.b@fastmail.example'],
    [phone, 'my mobile is 0412 687 203 now'],
    [phone, "oh my number's 604 555 0182"],
    [site, 'the website moved to baker.example'],
  ])('%s: "%s" restates it', (f, u) => expect(restatesNamedField(f, u, false)).toBe(true));

  it.each([
    [email, "sorry, I gave you my old email, it's jo.b@fastmail.example"],
    [phone, 'my mobile is 0412 687 203 now'],
  ])('%s: "%s" restates it while a description is asked', (f, u) =>
    expect(restatesNamedField(f, u, true)).toBe(true),
  );

  it.each([
    [email, 'jo.b@fastmail.example', false], // not named
    [email, 'her email is dee@next.example', false], // someone else's
    [phone, "my partner's number is 0412 687 203", false],
    [email, 'please email my colleague at dee@next.example', true], // a description is asked: needs "my"
    [email, 'the email to use is dee@next.example', true],
    [day, 'the visit date works, say 3 May 2027', false], // a date may be said in passing
    [name, 'my name is Jo Baker', false], // text needs a cue
  ])('%s: "%s" (free text asked: %s) does not', (f, u, freeText) =>
    expect(restatesNamedField(f, u, freeText)).toBe(false),
  );
});

describe('withoutCorrectionWords', () => {
  const fields = [email, phone, notes];
  const snapshot = {
    fields: [
      { name: 'work_email', answered: true, value: 'jo@old.example' },
      { name: 'mobile', answered: true, value: '+14165550198' },
      { name: 'notes', answered: false },
    ],
  } as unknown as RunSnapshot;
  const said = (field: string, value: string): Candidate => ({
    field,
    value,
    confidence: 0.9,
    extractor: 't',
  });

  it.each([
    ['oops, that email is wrong, use', 'work_email', 'jo@new.example'],
    ['the mobile I gave you was', 'mobile', '+14165550189'],
    ['actually scratch that', 'work_email', 'jo@new.example'],
  ])('drops the notes "%s" said with a new %s', (words, fieldName, value) =>
    expect(
      withoutCorrectionWords([said('notes', words), said(fieldName, value)], [notes], fields, snapshot),
    ).toEqual([said(fieldName, value)]),
  );

  it.each([
    // no earlier field corrected: the notes stay
    [[said('notes', 'the email is wrong on the box')]],
    // the same email again is no correction
    [[said('notes', 'email me at'), said('work_email', 'jo@old.example')]],
    // notes that speak of something else
    [[said('notes', 'ring the bell twice'), said('work_email', 'jo@new.example')]],
  ])('keeps %j', (found) => expect(withoutCorrectionWords(found, [notes], fields, snapshot)).toEqual(found));
});
