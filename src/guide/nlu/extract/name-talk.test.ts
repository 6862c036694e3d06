import { describe, expect, it } from 'vitest';
import { extractShortText } from './names.js';
import { textKind } from './text-kind.js';
import { field } from './test-helpers.js';

/** Proper-name fields (organization, place, person) never keep the talk around the name. */
const company = field('company', 'text', { label: 'Company', extraction_hints: ["the organisation's name"] });
const employer = field('employer', 'text', { label: 'Employer' });
const suburb = field('suburb', 'text', {
  label: 'Suburb',
  description: 'The suburb of the property to be cleaned',
});
const district = field('district', 'text', { label: 'District' });
const city = field('city', 'text', { label: 'City' });

describe('textKind: a suburb or district is a place', () => {
  it.each([
    [suburb, 'location'],
    [district, 'location'],
    [field('home_county', 'text', { label: 'County' }), 'location'],
    [field('village', 'text', { description: 'The village of the venue' }), 'location'],
    // negative: a property's name is still an organization
    [field('property_name', 'text', { label: 'Property name' }), 'organization'],
  ])('%#', (f, kind) => expect(textKind(f)).toBe(kind));
});

describe('extractShortText: a name after "we\'re with", "I\'m at", typed with or without apostrophe', () => {
  it.each([
    ['were with Fernbrook Trust', company, 'Fernbrook Trust'],
    ["we're with Harbour Lane Dental", company, 'Harbour Lane Dental'],
    ['im at Quill & Co', employer, 'Quill & Co'],
    ['I am with Northwind', company, 'Northwind'],
    ['we are Lumen Health', company, 'Lumen Health'],
  ])('%s → %s', (u, f, v) => expect(extractShortText(u, f)?.value).toBe(v));
});

describe('extractShortText: a lead-in clause is cut from a place', () => {
  it.each([
    ["We're in Mawson Lakes", suburb, 'Mawson Lakes'],
    ['we live in Glebe', suburb, 'Glebe'],
    ["I'm over in Kelvin Grove", district, 'Kelvin Grove'],
    ['they are based in Leeds', city, 'Leeds'],
    // negative: a short answer without talk is kept as said
    ['Carlton North', suburb, 'Carlton North'],
    ['fitzroy north', suburb, 'fitzroy north'],
  ])('%s → %s', (u, f, v) => expect(extractShortText(u, f)?.value).toBe(v));
});

describe('extractShortText: a description or talk is no proper name', () => {
  it.each([
    ["we're a small charity", company],
    ['we are an independent bakery', company],
    ['I am a freelancer', employer],
    ['perfect, send it through', suburb],
    ['sounds good, book it in', city],
    ['just tell me the price', suburb],
  ])('%s → nothing', (u, f) => expect(extractShortText(u, f)).toBeNull());

  it.each([
    // negative: a category or generic field keeps short lowercase phrases
    ['something spicy', field('cuisine', 'text', { label: 'Cuisine' }), 'spicy'],
    ['Tell Me More Ltd', company, 'Tell Me More Ltd'],
  ])('%s → %s', (u, f, v) => expect(extractShortText(u, f)?.value).toBe(v));
});

describe('extractShortText: a guess from a sentence is a proper noun, not a number or a common noun', () => {
  const name = field('name', 'text', { label: 'Sidekick name', description: "The sidekick's display name" });
  const slug = field('slug', 'text', { label: 'Web address', description: 'URL-friendly identifier' });
  it.each([
    ['my 3rd graders need a reading pal that is gentle with them and reads slowly', name],
    ['we have about 5k members and want a chat buddy that answers the common questions', name],
    ['it should help my 7th period class remember their homework, nothing fancy at all', slug],
  ])('%s → nothing', (u, f) => expect(extractShortText(u, f)).toBeNull());

  it.each([
    ['my students love science and I want something like Professor Maple for them', name, 'Professor Maple'],
    ['we are a 3M supplier and I want it to answer questions about our parts', slug, '3M'],
  ])('%s → %s', (u, f, v) => expect(extractShortText(u, f)?.value).toBe(v));
});
