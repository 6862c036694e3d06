import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentence-split.js';

describe('splitSentences', () => {
  it.each([
    [
      'My name is Dr. Harold Chambers. My email is h@x.ca',
      ['My name is Dr. Harold Chambers.', 'My email is h@x.ca'],
    ],
    [
      'My previous dentist was Dr. Aidan Moran on Baggot Street',
      ['My previous dentist was Dr. Aidan Moran on Baggot Street'],
    ],
    ["I'm at St. James's Hospital. Call me", ["I'm at St. James's Hospital.", 'Call me']],
    ['ask for Mrs. Alves or Mr. Jones at the desk', ['ask for Mrs. Alves or Mr. Jones at the desk']],
    ['Prof. Ann Lee will chair it', ['Prof. Ann Lee will chair it']],
    ['the blue one, e.g. the big one. ok', ['the blue one, e.g. the big one.', 'ok']],
    ['cost approx. 300 euro. fine', ['cost approx. 300 euro.', 'fine']],
    // unchanged: ordinary stops, ellipses, semicolons, questions, emails, decimals
    ['i live in dublin. my email is a.b@c.ie', ['i live in dublin.', 'my email is a.b@c.ie']],
    ['hmm... maybe 4', ['hmm...', 'maybe 4']],
    ['yes!! great!!! ok', ['yes!!', 'great!!!', 'ok']],
    ['I like it; not that', ['I like it;', 'not that']],
    ['about 2.5 hours. yes', ['about 2.5 hours.', 'yes']],
    ['what time? 7 pm', ['what time?', '7 pm']],
    ['Mr Smith.\nNext line here', ['Mr Smith.', 'Next line here']],
    ['', []],
  ])('%j', (text, expected) => expect(splitSentences(text)).toEqual(expected));
});

describe('splitSentences at marks', () => {
  it('splits at sentence marks but keeps emails and decimals whole', () => {
    expect(splitSentences('it is a.b@c.io. and 2.5 hours! ok?')).toEqual([
      'it is a.b@c.io.',
      'and 2.5 hours!',
      'ok?',
    ]);
  });
});
