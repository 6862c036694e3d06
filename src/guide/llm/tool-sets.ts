import { tool, type ToolSet as AiToolSet } from 'ai';
import type { ToolSet } from '../types.js';

/**
 * The session's tool sets as AI SDK tools (each validated by its zod `inputSchema` before `execute`).
 * Throws when two tools share a name, among the sets or with `reserved` (the wizard tools' names).
 */
export function aiTools(sets: readonly ToolSet[], reserved: readonly string[] = []): AiToolSet {
  const out: AiToolSet = {};
  for (const set of sets)
    for (const [name, t] of Object.entries(set.tools)) {
      if (name in out || reserved.includes(name))
        throw new Error(`the tool "${name}" of the tool set "${set.name}" is defined twice`);
      out[name] = tool({
        description: t.description,
        inputSchema: t.inputSchema,
        execute: (input: unknown) => t.execute(input),
      });
    }
  return out;
}
