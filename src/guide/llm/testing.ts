import { simulateReadableStream } from 'ai';
import { MockLanguageModelV3 } from 'ai/test';

/** Test support: a scripted language model for the LLM guide (no network). */

type GenerateResult = Awaited<ReturnType<MockLanguageModelV3['doGenerate']>>;
type StreamResult = Awaited<ReturnType<MockLanguageModelV3['doStream']>>;
type StreamPart = StreamResult['stream'] extends ReadableStream<infer P> ? P : never;

/** One scripted model response: tool calls (input as an object, JSON-encoded for the v3 spec) and/or text. */
export interface ScriptedStep {
  toolCalls?: Array<{ name: string; input: Record<string, unknown> }>;
  text?: string;
}

const usage: GenerateResult['usage'] = {
  inputTokens: { total: 10, noCache: 10, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: 5, text: 5, reasoning: undefined },
};

let callCounter = 0;

/** One `doGenerate` result in the AI SDK v3 shape: `tool-call` parts carry `input` as a JSON string. */
export function generateResult(step: ScriptedStep): GenerateResult {
  const calls = step.toolCalls ?? [];
  const content: GenerateResult['content'] = calls.map((call) => ({
    type: 'tool-call' as const,
    toolCallId: `call-${++callCounter}`,
    toolName: call.name,
    input: JSON.stringify(call.input),
  }));
  if (step.text !== undefined) content.push({ type: 'text', text: step.text });
  return {
    content,
    finishReason: { unified: calls.length > 0 ? 'tool-calls' : 'stop', raw: undefined },
    usage,
    warnings: [],
  };
}

/** One `doStream` result: the step's text in word-sized deltas, then its tool calls, then `finish`. */
export function streamResult(step: ScriptedStep): StreamResult {
  const generated = generateResult(step);
  const chunks: StreamPart[] = [{ type: 'stream-start', warnings: [] }];
  if (step.text) {
    chunks.push({ type: 'text-start', id: 't' });
    for (const delta of step.text.match(/\S+\s*/g) ?? []) chunks.push({ type: 'text-delta', id: 't', delta });
    chunks.push({ type: 'text-end', id: 't' });
  }
  for (const part of generated.content) if (part.type === 'tool-call') chunks.push(part);
  chunks.push({ type: 'finish', finishReason: generated.finishReason, usage });
  return { stream: simulateReadableStream({ chunks }) };
}

/**
 * A `MockLanguageModelV3` answering each `doGenerate` (or `doStream`) call with the next scripted step (the last one
 * repeats when the script runs out). `model.doGenerateCalls` holds every prompt the model saw.
 */
export function scriptedModel(steps: ScriptedStep[]): MockLanguageModelV3 {
  let i = 0;
  const next = () => steps[Math.min(i++, steps.length - 1)] ?? { text: '' };
  return new MockLanguageModelV3({
    doGenerate: async () => generateResult(next()),
    doStream: async () => streamResult(next()),
  });
}
