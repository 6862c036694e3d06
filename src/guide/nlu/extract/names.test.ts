import { describe, expect, it } from 'vitest';
import { categoryBeforeNoun, cueValue, extractShortText, roleLead } from './names.js';
import { extractLongText } from './text.js';
import { field } from './test-helpers.js';

describe('extractShortText', () => {
  it.each([
    ["I think I'll name it Herman", 'sidekick_name', 'Herman'],
    ['my name is Jane Doe', 'full_name', 'Jane Doe'],
    ["it's called Acme Corp", 'company_name', 'Acme Corp'],
    ['call it Farah', 'name', 'Farah'],
    ['I work at Globex', 'company', 'Globex'],
    ['Can I get a reservation at Andes Cafe?', 'restaurant_name', 'Andes Cafe'],
    ['Find a restaurant in San Mateo.', 'location', 'San Mateo'],
    ['Philadelphia.', 'origin_city', 'Philadelphia'],
    ['um, well, Herman please', 'name', 'Herman'],
    ['I am leaving from Phoenix and going to Las Vegas on the 12th.', 'origin_city', 'Phoenix'],
    ['I am leaving from Phoenix and going to Las Vegas on the 12th.', 'destination_city', 'Las Vegas'],
    ["I want to visit Chili's Grill & Bar for which I need a cab.", 'destination', "Chili's Grill & Bar"],
    ['I like Asian Fusion. I want something cheap in Oakland', 'category', 'Asian Fusion'],
    ['Please send it to Mahmoud.', 'recipient_name', 'Mahmoud'],
    ['In Oakland I would like to be.', 'location', 'Oakland'],
    ['It will be for 4:15 in the evening and please name it Cleaning.', 'new_alarm_name', 'Cleaning'],
    ["I'd like to go to El Tesoro at 11:45 am.", 'restaurant_name', 'El Tesoro'],
    ['its a vauxhall corsa', 'make_model', 'vauxhall corsa'],
    ["it's an Audi A3", 'make_model', 'Audi A3'],
    // the new name beats another thing's name said beside it
    ['could we rename it to Pebble? my sister has a cat called Muffin', 'name', 'Pebble'],
    ['please change her name to Wren, the one called Robin is taken', 'bot_name', 'Wren'],
    ['new name: Orla', 'name', 'Orla'],
    // a naming verb gives a name in any case
    ['hmm lets call her pixie', 'name', 'pixie'],
    ['name him sunny', 'full_name', 'sunny'],
  ])('%s (%s) → %s', (u, name, v) => expect(extractShortText(u, field(name, 'text'))?.value).toBe(v));

  it('lead-ins are confident', () =>
    expect(
      extractShortText('my name is Jane Doe', field('full_name', 'text'))!.confidence,
    ).toBeGreaterThanOrEqual(0.85));
  it('a guess from an ambiguous sentence is not', () => {
    const m = extractShortText(
      'Kuleto and Moe were both there yesterday with Lisa',
      field('restaurant_name', 'text'),
    );
    expect(m?.confidence ?? 0).toBeLessThan(0.6);
  });
});

describe('person names', () => {
  const name = field('full_name', 'text', { label: 'Full name' });
  it.each([
    ['Mei Lin Zhao here', 'Mei Lin Zhao'],
    ['Oi! Ana Carolina Souza here', 'Ana Carolina Souza'],
    ['Kia ora, Priya Sharma here', 'Priya Sharma'],
    ['hi im Lucía Fernández', 'Lucía Fernández'],
    ['keiko tanaka', 'keiko tanaka'],
    ["Liam O'Sullivan", "Liam O'Sullivan"],
    ['ah ok, Maine works for me. Sophie Laurent', 'Sophie Laurent'],
    // accented capitals and letters inside a name of a longer line keep the whole name
    ['Søren Kierkegård / soren@example.dk / 555 0101', 'Søren Kierkegård'],
    ['Émile Zola — emile@example.fr', 'Émile Zola'],
  ])('%s → %s', (u, v) => expect(extractShortText(u, name)?.value).toBe(v));

  it.each([
    'yes its fenced',
    'all clear',
    'two cats',
    'is the office in Portland Oregon or Portland Maine?',
    // a greeting in another language is no name
    'kia ora',
    'Talofa lava',
  ])('no name in "%s"', (u) => expect(extractShortText(u, name)).toBeNull());
});

describe("the speaker's own name", () => {
  const yours = field('contact_name', 'text', { label: 'Your name' });
  const patient = field('patient_name', 'text', { label: 'Patient name' });
  it.each<[string, typeof yours, string | null]>([
    ['I booked a checkup for Tomas', yours, null],
    ['an appointment with Dr Okafor please', yours, null],
    ['I booked a checkup for Tomas', patient, 'Tomas'],
    ['this is Ines Duarte', yours, 'Ines Duarte'],
  ])('%s (%s) → %s', (u, f, v) => expect(cueValue(u, f, false)?.value ?? null).toBe(v));
});

describe("another person's name field never takes the speaker's own", () => {
  const co = field('co_speaker_name', 'text', { label: "Co-speaker's name" });
  const emergency = field('emergency_contact_name', 'text', { label: 'Emergency contact name' });
  const pet = field('pet_name', 'text', { label: "Pet's name" });
  it.each<[string, typeof co, string]>([
    ["Evening. Name's Gareth Price, gareth@pricecloud.co.uk", co, 'Gareth Price'],
    ['Good morning. My name is Funmilayo Adeyemi.', co, 'Funmilayo Adeyemi'],
    ["Hi, I'm Oliver Bennett, I'm a platform engineer at Monzo", co, 'Oliver Bennett'],
    ["I'm Dana Fox", emergency, 'Dana Fox'],
    ['My name is Ada and this is my dog Rex', pet, 'Ada'],
  ])('%s (%s) is not %s', (u, f, own) => expect(extractShortText(u, f)?.value).not.toBe(own));
  it.each<[string, typeof co, string]>([
    ['yes, my colleague Rohan Mehta will co-present with me', co, 'Rohan Mehta'],
    ["it's Rohan Mehta", co, 'Rohan Mehta'],
    ['her name is Jo Marsh', emergency, 'Jo Marsh'],
    ["I'm Ada, my partner Sam Hill is coming too", co, 'Sam Hill'],
  ])('%s (%s) → %s', (u, f, v) => expect(extractShortText(u, f)?.value).toBe(v));
  it("the speaker's own field still takes it", () =>
    expect(
      extractShortText("Name's Gareth Price", field('your_name', 'text', { label: 'Your name' }))?.value,
    ).toBe('Gareth Price'));
});

describe("a name field of the speaker's role never takes a relation's name", () => {
  const parent = field('parent_name', 'text', { label: 'Parent/guardian name' });
  it.each<[string, string | null]>([
    ['son: diego alvarez 9/23/2018 going into 3rd', null],
    ['my daughter Mia, she is 9', null],
    ["it's for my son, Leo", null],
    ['my son is Leo, and I am Dana Fox', 'Dana Fox'],
    ['Jen Alvarez', 'Jen Alvarez'],
  ])('%s → %s', (u, v) => expect(extractShortText(u, parent)?.value ?? null).toBe(v));
});

describe("a place is no person's name", () => {
  const name = field('applicant_name', 'text', { label: 'Full name' });
  it.each([
    "Hi! We're relocating from Chicago to London in the spring.",
    'we are moving to Leeds next month',
  ])('no name in "%s"', (u) => expect(extractShortText(u, name)).toBeNull());
  it("the person's own name is read", () =>
    expect(extractShortText("We're relocating from Chicago to London. I'm Rachel Kim", name)?.value).toBe(
      'Rachel Kim',
    ));
  it.each([
    'Hartwell Barn near Stroud, about 90 guests',
    'Worsley Park, Manchester, 150 guests',
    'Ballynahinch Castle in Connemara, 120 or so',
  ])('a place said by its own form is no name: "%s"', (u) => expect(extractShortText(u, name)).toBeNull());
  it.each([
    ['Sam Hill', 'Sam Hill'],
    ['Grace Park', 'Grace Park'],
  ])('a first name opens a name: "%s"', (u, want) => expect(extractShortText(u, name)?.value).toBe(want));
  it('a person sent to is no place', () =>
    expect(extractShortText('Please send it to Mahmoud.', field('recipient_name', 'text'))?.value).toBe(
      'Mahmoud',
    ));
});

describe('organisations named by their form or by a role at them', () => {
  const affiliation = field('affiliation', 'text', { label: 'Company or affiliation' });
  it.each([
    ['I run my own consultancy, Price Cloud Ltd', 'Price Cloud Ltd'],
    ['Katrin Hoffmann, k.hoffmann@tum.de, Technical University of Munich', 'Technical University of Munich'],
    ['Harrowgate Joinery Ltd. Budget is around 35k', 'Harrowgate Joinery Ltd'],
    ["I'm with Andela", 'Andela'],
  ])('%s → %s', (u, v) => expect(extractShortText(u, affiliation)?.value).toBe(v));
});

describe("someone else's organisation said as their customer or as the one to use, and a name said in the past", () => {
  const insurer = field('other_driver_insurer', 'text', { label: "Other driver's insurance company" });
  const other = field('other_driver_name', 'text', { label: "Other driver's name" });
  it.each([
    ['his name is Travis Whitfield and he has Progressive', 'Progressive'],
    ['the other driver was Kimberly Sosa, she has State Farm', 'State Farm'],
    ['her name was Angela Ruiz, insured with Allstate', 'Allstate'],
    ["she's with Geico", 'Geico'],
  ])('%s → %s', (u, v) => expect(extractShortText(u, insurer)?.value).toBe(v));
  it.each([
    ['her name was Angela Ruiz, insured with Allstate', 'Angela Ruiz'],
    ['the other driver was Kimberly Sosa, she has State Farm', 'Kimberly Sosa'],
  ])('%s → %s', (u, v) => expect(extractShortText(u, other)?.value).toBe(v));
  const shop = field('repair_shop', 'text', { label: 'Preferred repair shop' });
  it.each([
    ["For repairs I'd like to use Dent Doctors on 2nd Street in Edmond.", 'Dent Doctors on 2nd Street'],
    ["we'll go with Caliber Collision", 'Caliber Collision'],
  ])('%s → %s', (u, v) => expect(extractShortText(u, shop)?.value).toBe(v));
  // guards: a lowercase thing had is no organisation
  it.each(['he has a broken arm', 'she had no insurance at all', 'I use the app for everything'])(
    'no insurer in %s',
    (u) => expect(cueValue(u, insurer, true)).toBeNull(),
  );
});

describe('extractLongText', () => {
  it.each([
    ["well, I'd like it to be a friendly guide for new hires.", 'a friendly guide for new hires'],
    ['Um, it should be about our refund policy. Keep it short!', 'our refund policy. Keep it short!'],
    ['We sell handmade soap', 'We sell handmade soap'],
  ])('%s', (u, v) => expect(extractLongText(u)?.value).toBe(v));
});

describe('role verbs, categories before their noun and requests before a short answer', () => {
  const director = field('director', 'text', { description: 'Who directed the film' });
  const composer = field('composer', 'text');
  const genre = field('genre', 'text', { description: 'Genre of the film' });
  const cuisine = field('cuisine', 'text', { description: 'Style of cooking the diner wants' });
  const city = field('city', 'text', { description: 'City to look in' });
  it.each([
    [director, 'something directed by Greta Gerwig, please', 'Greta Gerwig'],
    [director, 'any film Sofia Coppola directed… no, directed by Ava DuVernay', 'Ava DuVernay'],
    [composer, 'a piece composed by Clara Schumann', 'Clara Schumann'],
    [genre, 'we fancy a Western film tonight', 'Western'],
    [genre, 'honestly any horror flick will do', 'horror'],
    [genre, 'a Science Fiction movie, if you have one', 'Science Fiction'],
    [cuisine, 'I could go for Ethiopian food', 'Ethiopian'],
    [cuisine, 'some sort of tapas style place', 'tapas'],
    [city, 'Look in Des Moines', 'Des Moines'],
    [city, 'make it Porto.', 'Porto'],
    [city, 'try Halifax', 'Halifax'],
  ])('%s: %s → %s', (f, u, v) => expect(extractShortText(u, f)?.value).toBe(v));

  it.each(['a good film, surprise me', 'another movie please', 'that game was fun'])(
    'no category in "%s"',
    (u) => expect(categoryBeforeNoun(u, genre)).toBeNull(),
  );

  it('fields named for something else have no role verb', () => {
    expect(roleLead(field('number_of_riders', 'text'))).toBeNull();
    expect(roleLead(field('director', 'text'))?.source).toContain('direct');
  });
});

describe('titles and abbreviations in names', () => {
  const dentist = field('previous_dentist', 'text', {
    label: 'Previous dentist',
    description: 'The name of the practice the patient attended before',
    extraction_hints: ["a practice name, a dentist's name or a town"],
  });
  const fullName = field('full_name', 'text', {
    label: 'Full name',
    extraction_hints: ['first name and surname'],
  });
  it.each([
    ['I used to go to Dr. Fahy in Galway', 'Dr. Fahy in Galway'],
    ["Dr. O'Shea in Clontarf but she's retired", "Dr. O'Shea in Clontarf"],
    [
      'My previous dentist was Dr. Aidan Moran on Baggot Street, who has since retired.',
      'Dr. Aidan Moran on Baggot Street',
    ],
    ['it was Mrs Nolan, lovely woman', 'Mrs Nolan'],
    ['Smile Dental in Galway', 'Galway'],
  ])('previous dentist: %s → %s', (u, v) => expect(extractShortText(u, dentist)?.value).toBe(v));
  it.each([
    ['My name is Dr. Harold Chambers. My email is h@x.ca', 'Dr. Harold Chambers'],
    ["I'm Prof. Ann O'Neill", "Prof. Ann O'Neill"],
    ['Mrs. Patricia Walsh', 'Mrs. Patricia Walsh'],
    ['Dr Harold Chambers', 'Dr Harold Chambers'],
    ['Mrs Okafor', 'Mrs Okafor'],
    ['my name is Ada Lovelace', 'Ada Lovelace'],
  ])('full name, kept as said: %s → %s', (u, v) => expect(extractShortText(u, fullName)?.value).toBe(v));
  it.each([
    ['first_name', 'Dr. Fern', 'Fern'],
    ['first_name', 'Prof. Li', 'Li'],
    ['last_name', 'Mrs Okafor', 'Okafor'],
    ['surname', 'Dr Alvarez', 'Alvarez'],
  ])('a part of a name takes no title: %s %s → %s', (name, u, v) =>
    expect(extractShortText(u, field(name, 'text'))?.value).toBe(v),
  );
  it.each(["with TypeScript's type system", 'the number on it is DU4417823'])('no name in %s', (u) =>
    expect(extractShortText(u, fullName)).toBeNull(),
  );
});

describe('a first and last name asked: a lone word guessed or said after "I\'m" is none', () => {
  const full = field('full_name', 'text', { label: 'Full name', extraction_hints: ['first and last name'] });
  const emergency = field('emergency_contact_name', 'text', { label: 'Emergency contact name' });
  it.each([
    'S, im veggie',
    'Church service starts by 12 noon',
    'Note: we need someone who knows the rituals',
  ])('no name in "%s"', (u) => expect(extractShortText(u, full)).toBeNull());
  it.each([
    ["hi I'm Lily Chen", full, 'Lily Chen'],
    ["I'm Priya", full, 'Priya'],
    ['Carys', emergency, 'Carys'],
  ])('%s → %s', (u, f, want) => expect(extractShortText(u, f)?.value).toBe(want));
});

describe('a details field takes the description, not a name said in it', () => {
  const details = field('pet_details', 'text', { label: 'What pets' });
  const petName = field('pet_name', 'text', { label: "Your pet's name" });
  const nickname = field('nickname', 'text', { label: 'Nickname' });
  it.each<[string, ReturnType<typeof field>, string | null]>([
    ["a staffy called Rex, he's friendly", details, "a staffy called Rex, he's friendly"],
    ['two old cats called Mo and Jo who hide a lot', details, 'two old cats called Mo and Jo who hide a lot'],
    // guards: a name field keeps the name; a generic field not about details keeps reading the lead
    ["a staffy called Rex, he's friendly", petName, 'Rex'],
    ['everyone calls me Bazza these days', nickname, 'Bazza'],
  ])('%s (%s) → %s', (u, f, expected) => expect(extractShortText(u, f)?.value ?? null).toBe(expected));
});
