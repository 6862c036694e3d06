import { describe, expect, it } from 'vitest';
import { declines, isAcknowledgement, isQuestion, opensAsQuestion, readActs, socialKind } from './acts.js';

describe('readActs', () => {
  it.each([
    ['good morning!', ''],
    ['hey, good morning :)', ''],
    ['thanks so much', ''],
    ['sorry, my cat just walked across the keyboard lol', ''],
    ['sorry, dog is barking, one sec', ''],
    ['oh sorry, had to take a call. where were we?', ''],
    ['hi sam, I’m Tom Becker', 'I’m Tom Becker'],
    ['Hey Rosa :) I am Tobias Osei, t@kite.com', 'I am Tobias Osei, t@kite.com'],
    ["ok I'm back, sorry. it's 415-555-0163", "it's 415-555-0163"],
    ['Maya Lindqvist', 'Maya Lindqvist'],
    [
      "we're hoping to start on valentines day next year haha",
      "we're hoping to start on valentines day next year",
    ],
  ])('%s → content %j', (utterance, content) => {
    expect(readActs(utterance).content).toBe(content);
  });

  it('marks greetings and asides as social, plain answers not', () => {
    expect(readActs('hello').social).toBe(true);
    expect(readActs('Ben Adler').social).toBe(false);
  });

  it.each([
    'hmm I need to check with my partner first, I will come back and finish this later',
    "let's stop here for now",
    "I'll come back later",
    "before I send it let me double check the date with my wife. I'll come back to it",
    'I need to ask my boss first',
    'let me run it by my manager before I submit',
  ])('reads a pause in %j', (utterance) => {
    expect(readActs(utterance).pause).toBe(true);
  });

  it.each([
    "I'll upload my documents later",
    "let me check, yes it's the 5th",
    'let me check my calendar… Friday',
  ])('does not read %j as a pause', (utterance) => expect(readActs(utterance).pause).toBe(false));
});

describe('isQuestion', () => {
  it.each([
    ['why do you need my email?', true],
    ['why does it need a personality', true],
    ['what are the options?', true],
    ['do I have to?', true],
    ['could you change the date to Friday?', false],
    ['hmm, actually, could you change the company to Ortega Design Studio?', false],
    ['How about a place in Sacramento', false],
    ['Ben Adler', false],
    ['the 5 to 20 one', false],
    ['what is the earliest slot', true],
    ["what's the dress code", true],
    ['how long does it take', true],
    ['which day is free', true],
    ['is it okay to bring my kids', true],
    // indirect questions and titles are answers, not questions to the guide
    ['how we moved our monolith to serverless and what it cost us', false],
    ['what I learned running Kafka in production', false],
    ['how to scale Postgres without losing sleep', false],
    ['why your tests are flaky', false],
    ['where we went wrong with microservices', false],
    // leave to give no value is asked, not done; a request to the guide still informs
    ['can I skip this one?', true],
    ['could we just leave it blank', true],
    ['um, may I not answer that?', true],
    ['can you skip the phone for me', false],
    ['could you book it for Friday?', false],
    // whether something can be done another time is asked, not done; a change for now still informs
    ['Can I change the picture later?', true],
    ['could we update the greeting afterwards?', true],
    ['can I add more documents at any time?', true],
    ['can I change the date to Friday?', false],
    ["Hmm, can I change the picture later if I don't like it?", true],
    ['could we update it afterwards, once the shop opens', true],
    ['can I change it to blue if the shop is open later?', false],
    ['could we move it to later in the day', false],
  ])('%s → %s', (sentence, question) => {
    expect(isQuestion(sentence)).toBe(question);
  });
});

describe('isAcknowledgement', () => {
  it.each([
    'understood',
    'noted, thanks',
    'looks good, launch it',
    'fair enough',
    'all clear',
    'yep, submit',
    'lgtm, send it over',
    'ship it',
    "that's everything, thanks!",
    'thats all',
    "that's it from me",
    'nothing else, all set',
    'good to go',
    'no bother, ready',
    'okay no wahala',
    'no dramas',
    "ah that's grand",
    // an approving word said with a typo
    'confirmd',
    'ok, procede',
    'perfcet thanks',
    'sounds good, submitt it',
  ])('accepts %j', (utterance) => expect(isAcknowledgement(utterance)).toBe(true));
  it.each([
    'wait, go back',
    'not yet',
    'actually the date should be Friday, otherwise fine',
    'no, change the name',
    "that's it, but change the time to 6",
    "that's all wrong",
    'no problem, but change the date',
    'make it 5 grand',
    // a word of its own near an approving one, or a typo that holds back
    'conform to the dress code',
    'the product launched late',
    'no, not confirmd',
    'Crate and Barrel',
  ])('rejects %j', (utterance) => expect(isAcknowledgement(utterance)).toBe(false));
});

describe('declines', () => {
  it.each([
    'no avatar for now, thanks',
    'n/a',
    'just use the default picture',
    "we don't have one",
    'whatever you recommend',
    "I'll add it later",
    'can I send that later?',
    'dont know the breed',
    // nobody referred, no resume: the person or the thing asked for is not there
    'nobody',
    'Nobody really',
    'no one',
    'no-one, I found the ad myself',
    'no referral',
    "don't have a resume",
    'I do not have an account',
    "let's move on",
    // not needed or not wanted, with only thanks or a term of address after it
    "I don't need a picture, dear",
    'we dont want one, thanks',
    'I do not really need any',
    "I won't need it for now, thank you love",
  ])('declines: %j', (utterance) => expect(declines(utterance)).toBe(true));
  it.each([
    'a purple fox with a tiny crown',
    'kitehq.com',
    'send the invoice later in the month',
    'I do know it, a beagle',
    'Nobuko Sato',
    'Noah Brooks referred me',
    'my cousin Luis Ortega',
    "I don't have a lot but here: linkedin.com/in/x",
    // what is not wanted, then what is: a description
    "I don't want a scary one, make it cute",
    "I don't need it fancy, just a robot",
    "I don't want a robot, maybe a cat",
    "doesn't need to be fancy",
  ])('gives a value: %j', (utterance) => expect(declines(utterance)).toBe(false));
});

describe('socialKind', () => {
  it.each([
    ['hello there', 'greeting'],
    ['Good morning Rosa!', 'greeting'],
    ['thanks so much :)', 'thanks'],
    ['hi, and thank you', 'thanks'],
    ['sorry, the doorbell rang', 'aside'],
    ['brb', 'aside'],
    ['haha', 'aside'],
  ])('%s → %s', (utterance, kind) => expect(socialKind(utterance)).toBe(kind));
});

describe('questions led in by a clause, and hedged answers', () => {
  it.each([
    ['Olivia Chen — do you need my middle name too?', ['do you need my middle name too?']],
    ['3 bedrooms, is that ok?', ['is that ok?']],
    ['Olivia Chen', []],
  ])('the aside question of %s is kept apart to answer', (u, asides) =>
    expect(readActs(u).asides).toEqual(asides),
  );
  it.each([
    'Before I answer, could you tell me whether your products are safe for hardwood floors?',
    'just wondering, do you bring your own supplies?',
    'while I think about it, is parking included?',
    'one more thing, can I pay by card?',
  ])('%s is a question kept whole', (u) => {
    const acts = readActs(u);
    expect(acts.question).toBe(true);
    expect(acts.content).toBe(u);
  });
  it.each([
    ['april 1 1995, is it weird that’s my birthday?', 'april 1 1995'],
    ['3 bedrooms, is that ok?', '3 bedrooms'],
    ['Olivia Chen — do you need my middle name too?', 'Olivia Chen'],
    ['Olivia Chen - do you need my middle name?', 'Olivia Chen'],
    ['0412 555 018 – why do you need it though?', '0412 555 018'],
    // a hyphen inside a word is no dash
    ['Ahmed Al-Sayed', 'Ahmed Al-Sayed'],
  ])('an answer before an aside question stays: %s', (u, content) =>
    expect(readActs(u).content).toBe(content),
  );
  it.each([
    ['morning if possible, around 10?', false],
    ['maybe the 12th?', false],
    ['does the deep dive include time for questions?', true],
    ['Before I answer, could you tell me more?', true],
    ['is 10 ok?', true],
  ])('%s opens as a question: %s', (u, q) => expect(opensAsQuestion(u)).toBe(q));
  it.each([
    ['morning if possible, around 10?', 'morning if possible, around 10?'],
    ['evening works', 'evening works'],
    ['Morning! I need a quote', 'I need a quote'],
    ['morning there', ''],
  ])('a part of the day is a greeting only on its own: %s', (u, content) =>
    expect(readActs(u).content).toBe(content),
  );
});
