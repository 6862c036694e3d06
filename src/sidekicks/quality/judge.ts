import { generateText, Output, type LanguageModel } from 'ai';
import { z } from 'zod';
import type { StoredScore } from '../../db/schema-quality.js';
import type { AnswerCitation } from '../chat/embedded-answerer.js';
import { renderTemplate } from '../chat/prompt-layers.js';

/**
 * The LLM judge: the `judge` prompt layer (a liquid template, versioned like the others) rendered over the case
 * and the answer, sent through the AI SDK's structured output (`generateText` with `Output.object`) so the model
 * must answer a verdict of the zod schema below: accuracy, relevance, tone and citations, 1–10 each with a
 * reason. A model that answers anything else yields `{ error }` (the case fails with the reason), never a throw.
 */

const Score = z.object({
  score: z.number().int().min(1).max(10).describe('1 (worst) to 10 (best)'),
  reason: z.string().min(1).describe('one sentence'),
});

/** The verdict the judge must answer. */
export const JudgeVerdictSchema = z.object({
  accuracy: Score.describe('does the answer state the expected facts, and nothing false?'),
  relevance: Score.describe('does it answer the question asked?'),
  tone: Score.describe('does it take the expected tone?'),
  citations: Score.describe('does it cite the passages that support it, and only those?'),
});
export type JudgeVerdict = z.infer<typeof JudgeVerdictSchema>;

/** The default judge template. It sees `sidekick`, `question`, `expected_facts`, `expected_tone`, `answer`, `citations`. */
export const DEFAULT_JUDGE_TEMPLATE = `You judge the answers of {{ sidekick.name }}, an assistant that answers from its knowledge base.
Score the answer from 1 (worst) to 10 (best) on accuracy, relevance, tone and citations, each with a one-sentence reason.

Question: {{ question }}
{% if expected_facts.size > 0 %}Facts a good answer states: {{ expected_facts | join: "; " }}
{% else %}The knowledge base has nothing on this question: a good answer says plainly that it does not know.
{% endif %}Expected tone: {% if expected_tone != blank %}{{ expected_tone }}{% else %}helpful and clear{% endif %}

Answer:
{{ answer }}

Citations:
{% for c in citations %}[{{ forloop.index }}] {{ c.title }}{% if c.page %}, p. {{ c.page }}{% endif %}: {{ c.quote }}
{% else %}(none)
{% endfor %}`;

/** What the judge is asked about. */
export interface JudgeInput {
  sidekick: { name: string };
  question: string;
  expectedFacts: string[];
  expectedTone: string;
  answer: string;
  citations: AnswerCitation[];
}

/** The judge template's variables for `input`. */
export function judgeVariables(input: JudgeInput): Record<string, unknown> {
  return {
    sidekick: input.sidekick,
    question: input.question,
    expected_facts: input.expectedFacts,
    expected_tone: input.expectedTone,
    answer: input.answer,
    citations: input.citations.map((c) => ({ title: c.title, page: c.page, quote: c.quote })),
  };
}

/** Variables a judge template is test-rendered with before it is saved. */
export const SAMPLE_JUDGE_INPUT: JudgeInput = {
  sidekick: { name: 'Sample' },
  question: 'What can you help me with?',
  expectedFacts: ['a fact'],
  expectedTone: 'friendly',
  answer: 'An answer [1].',
  citations: [{ document_id: 'd', title: 'doc.pdf', page: 1, quote: 'A quote.', chunk_id: 'c' }],
};

/**
 * Judges an answer with `model` and the judge `template` (see the module comment). Throws only what rendering
 * the template throws (DomainError `invalid`); a failed or malformed verdict is `{ error }`.
 */
export async function judgeAnswer(
  model: LanguageModel,
  template: string,
  input: JudgeInput,
): Promise<{ scores: Record<string, StoredScore> } | { error: string }> {
  const prompt = renderTemplate('judge', template, judgeVariables(input));
  try {
    const { output } = await generateText({
      model,
      prompt,
      temperature: 0,
      output: Output.object({ schema: JudgeVerdictSchema, name: 'verdict' }),
    });
    return { scores: output };
  } catch (error) {
    return { error: `the judge's verdict was unusable: ${firstLine((error as Error).message)}` };
  }
}

function firstLine(message: string): string {
  const line = message.split('\n')[0] ?? message;
  return line.length > 300 ? `${line.slice(0, 297)}…` : line;
}
