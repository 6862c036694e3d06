import { describe, expect, it } from 'vitest';
import { introducedName, ownIntroducedName } from './introductions.js';

describe('introducedName', () => {
  it.each([
    ['Hi, Mei Lin Zhao here, email mz@yahoo.com', 'Mei Lin Zhao'],
    ['Oi! Ana Carolina Souza here', 'Ana Carolina Souza'],
    ['Good morning, Ahmed Al-Sayed here', 'Ahmed Al-Sayed'],
    ['Rafael Domínguez here, rafa@x.com. just so you know, we have cats', 'Rafael Domínguez'],
    ['hi im Lucía Fernández, lucia@x.com', 'Lucía Fernández'],
    ["I'm Ada Lovelace and my email is ada@x.io", 'Ada Lovelace'],
    ['my name is jane doe', 'jane doe'],
    ['this is Sophie speaking', 'Sophie'],
    ['me llamo Ana', 'Ana'],
    ['Hey there, Bob here', 'Bob'],
  ])('%s → %s', (u, v) => expect(introducedName(u)?.value).toBe(v));

  it.each([
    "i'm looking for a job",
    'this is great',
    "TN, I'm Canadian",
    "it's fenced",
    'click here',
    "I'm here",
    'the office is here',
  ])('no name in "%s"', (u) => expect(introducedName(u)).toBeNull());
});

describe('introducedName with a title: the name as said, title and all', () => {
  it.each([
    ['My name is Dr. Harold Chambers. My email is h@x.ca', 'Dr. Harold Chambers'],
    ["I'm Dr. Ann O'Neill", "Dr. Ann O'Neill"],
    ['this is Mrs. Patricia Walsh speaking', 'Mrs. Patricia Walsh'],
    ['hi, Prof. Kenji Sato here', 'Prof. Kenji Sato'],
    ['Dr Fern Alvarez here', 'Dr Fern Alvarez'],
    ['my name is Mr Tom Hardy', 'Mr Tom Hardy'],
    ['I am Harold Chambers. I live in Dublin', 'Harold Chambers'],
  ])('%s → %s', (u, v) => expect(introducedName(u)?.value).toBe(v));
});

describe('ownIntroducedName: only words a speaker says of themselves', () => {
  it.each([
    ["Evening. Name's Gareth Price, gareth@pricecloud.co.uk", 'Gareth Price'],
    ['Good morning. My name is Funmilayo Adeyemi.', 'Funmilayo Adeyemi'],
    ["Hi, I'm Oliver Bennett, oliver.bennett@monzo.com", 'Oliver Bennett'],
    ['Mei Lin Zhao here', 'Mei Lin Zhao'],
    ['Sophie Laurent speaking', 'Sophie Laurent'],
  ])('%s → %s', (u, v) => expect(ownIntroducedName(u)?.value).toBe(v));

  it.each(["it's Rohan Mehta", 'this is Dana', 'her name is Jo Marsh', 'his name is Tom', "I'm with Andela"])(
    'none in "%s"',
    (u) => expect(ownIntroducedName(u)).toBeNull(),
  );
});
