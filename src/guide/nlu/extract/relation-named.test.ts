import { describe, expect, it } from 'vitest';
import { extractAll } from './all.js';
import { extractShortText } from './names.js';
import { endsWithRelationsThing, relationNamed } from './relation-named.js';
import { ctx, field } from './test-helpers.js';

describe('relationNamed', () => {
  it.each([
    ["it's for my son, Leo", 'Leo', 'son'],
    ["my daughter Mia, she's 9", 'Mia', 'daughter'],
    ['for my boy Sam', 'Sam', 'boy'],
    ['the student is my niece Priya Shah', 'Priya Shah', 'niece'],
    ['my 9 year old grandson, Oliver', 'Oliver', 'grandson'],
    ['our little girl - Ava', 'Ava', 'girl'],
    ['my son is called Noah', 'Noah', 'son'],
    ["my daughter, who's called Ava", 'Ava', 'daughter'],
    ["my son's name is Leo", 'Leo', 'son'],
    ['my husband is Tom', 'Tom', 'husband'],
    ['Mia, my daughter', 'Mia', 'daughter'],
    ["it's Priya, my niece.", 'Priya', 'niece'],
    ['my wife Sarah Jones and I', 'Sarah Jones', 'wife'],
    ['yes, my colleague Rohan Mehta will co-present with me', 'Rohan Mehta', 'colleague'],
    ['with my flatmate, Tom', 'Tom', 'flatmate'],
    ["I'm Chloe Whitmore and my fiancé is Tom Ashby, you can email me", 'Tom Ashby', 'fiancé'],
    ['I am Oluwaseun Adebayo and my wife-to-be is Funmilayo Okafor', 'Funmilayo Okafor', 'wife'],
    ['Siobhan Kelly here, other half is Darragh Byrne. siobhan@x.ie', 'Darragh Byrne', 'other half'],
    ['Rhys Evans, partner Carys Jones', 'Carys Jones', 'partner'],
    ['mum, Karen Reid 07700 900872', 'Karen Reid', 'mum'],
    ['wife Carys 07700 900288', 'Carys', 'wife'],
    ['myself Priya Raghunathan, marrying Arjun Menon, my email is p@x.com', 'Arjun Menon', 'spouse'],
    ['Fiona MacLeod, engaged to Euan Grant.', 'Euan Grant', 'spouse'],
    ['my husband to be is Piotr', 'Piotr', 'husband'],
    ["I'm Hannah Osei and my fiancée is Grace Lamb, sorry, Lam, no b", 'Grace Lam', 'fiancée'],
    ['my son is Mateo Moreno Diaz', 'Mateo Moreno Diaz', 'son'],
    ['my daughter Ana Maria Lopez, she is 8', 'Ana Maria Lopez', 'daughter'],
    ['my son Leo Smith, Tuesday works', 'Leo Smith', 'son'],
    ['my son Leo Smith Tuesday', 'Leo Smith', 'son'],
    ['my son Leo Smith Is 9', 'Leo Smith', 'son'],
  ])('%s → %s (%s)', (u, name, relation) => {
    const hit = relationNamed(u);
    expect(hit?.name).toBe(name);
    expect(hit?.relation).toBe(relation);
    expect(u).toContain(hit!.span);
  });

  it.each([
    "my son's school is Oakwood",
    'my son is 9',
    'my son is happy',
    "my son, he's 9",
    'my son loves maths',
    'my son and I',
    'Dana, my son needs help with maths',
    'Also, my daughter',
    'my son Thursday',
    'the normal one',
    'partner, yes',
    'son is 9',
    'we are marrying in the spring',
    'married to the job lol',
    'I have a partner who drives',
    'no partner details needed',
  ])('no relation-named name in "%s"', (u) => expect(relationNamed(u)).toBeNull());
});

describe('endsWithRelationsThing', () => {
  it.each([
    ["my son's school is ", true],
    ["our daughter's teacher ", true],
    ["my son's name is ", false],
    ['my son is ', false],
  ])('%s → %s', (before, want) => expect(endsWithRelationsThing(before)).toBe(want));
});

const parent = field('parent_name', 'text', { label: 'Your name' });
const student = field('student_first_name', 'text', {
  label: "Student's first name",
  description: 'The first name of the child taking lessons',
});
const patient = field('patient_name', 'text', { label: 'Patient name' });

describe('extractShortText: a name said with a relation noun', () => {
  it.each([
    ['my daughter, Mia', student, 'Mia'],
    ["it's for my husband, Tom", patient, 'Tom'],
    ['Mia, my daughter', student, 'Mia'],
    ["I'm Dana, it's for my son Leo", student, 'Leo'],
    // the speaker's own name is none of the names said for someone else
    ["I'm Dana, it's for my son Leo", parent, 'Dana'],
    ['Dana Fox, signing up my son, Leo', parent, 'Dana Fox'],
    ["Dana Fox, my son's school is Oakwood", parent, 'Dana Fox'],
  ])('%s → %s', (u, f, v) => expect(extractShortText(u, f)?.value).toBe(v));

  it.each([
    ["my son's school is Oakwood", student],
    ["my daughter's teacher is Mrs Blake", patient],
  ])('%s → nothing', (u, f) => expect(extractShortText(u, f)).toBeNull());
});

describe('extractAll: the relation’s name goes to the other person’s name field', () => {
  it.each([
    ["I'm Dana, it's for my son Leo", { parent_name: 'Dana', student_first_name: 'Leo' }],
    ['Dana Fox, the student is my niece Priya Shah', { student_first_name: 'Priya Shah' }],
    ["my son's school is Oakwood", {}],
  ])('%s', (u, want) => {
    const got = Object.fromEntries(
      extractAll(u, [parent, student], ctx).map((c) => [c.field, c.value] as const),
    );
    expect(got).toEqual(want);
  });
});

describe("extractAll: a child's relation goes to the child's name field among several", () => {
  const guardian = field('parent_name', 'text', { label: 'Parent/guardian name' });
  const first = field('child_first_name', 'text', { label: "Camper's first name" });
  const last = field('child_last_name', 'text', { label: "Camper's last name" });
  const pickup = field('pickup_person', 'text', { label: 'Other authorized pickup' });
  const form = [guardian, first, last, pickup];
  it.each([
    ['son: diego alvarez 9/23/2018', { child_first_name: 'diego' }],
    ['my daughter Anika, same last name', { child_first_name: 'Anika' }],
    ['my son is Mateo Moreno Diaz', { child_first_name: 'Mateo Moreno Diaz' }],
    ['my sister Carla Ruiz can pick up', {}], // no child: not the camper
    ["my dad's name is Tom", {}],
  ])('%s', (u, want) => {
    const got = Object.fromEntries(
      extractAll(u, form, ctx)
        .filter((c) => c.extractor === 'relation-name')
        .map((c) => [c.field, c.value] as const),
    );
    expect(got).toEqual(want);
  });
});
