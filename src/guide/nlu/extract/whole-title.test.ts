import { describe, expect, it } from 'vitest';
import { field } from './test-helpers.js';
import { isTitleField, wholeTitle } from './whole-title.js';

describe('wholeTitle', () => {
  it.each<[string, string | null]>([
    ['Verifying Smart Contracts Without a PhD', 'Verifying Smart Contracts Without a PhD'],
    [
      "Ten Years of On-Call: What I'd Tell My Younger Self",
      "Ten Years of On-Call: What I'd Tell My Younger Self",
    ],
    [
      'how we moved our monolith to serverless and what it cost us',
      'how we moved our monolith to serverless and what it cost us',
    ],
    ['my talk is called "WebAssembly Outside the Browser"', 'WebAssembly Outside the Browser'],
    ['the title is Remote Teams That Work.', 'Remote Teams That Work'],
    ['Job title: Senior Product Designer', 'Senior Product Designer'],
    // sentences to the guide, questions and paragraphs are no title said alone
    ['I want to propose a workshop about Rust', null],
    ['can we go back to the title?', null],
    ['yes', null],
    ['Event sourcing sounds great. This session shows how we version events.', null],
  ])('%s → %j', (utterance, title) => expect(wholeTitle(utterance)?.value ?? null).toBe(title));
});

describe('isTitleField', () => {
  it.each<[string, string, boolean]>([
    ['talk_title', 'Talk title', true],
    ['job_title', 'Job title', true],
    ['movie_name', 'Movie', false],
    ['abstract', 'Abstract', false],
  ])('%s → %s', (name, label, is) => expect(isTitleField(field(name, 'text', { label }))).toBe(is));
});
