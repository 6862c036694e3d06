import { z } from 'zod';
import { measureJson } from '../json-shape.js';

/** The deepest nesting of a JSON Logic expression (levels of objects and arrays). */
export const MAX_LOGIC_DEPTH = 32;
/** The most values (operations, arguments, constants) one JSON Logic expression may hold. */
export const MAX_LOGIC_NODES = 1000;

/**
 * A JSON Logic expression (https://jsonlogic.com) over field values, e.g. `{"==":[{"var":"budget"},"over-50k"]}`,
 * at most MAX_LOGIC_DEPTH levels deep and MAX_LOGIC_NODES values large, so evaluating it cannot exhaust the stack.
 */
export const JsonLogicSchema = z
  .record(z.string(), z.unknown())
  .check((ctx) => {
    const shape = measureJson(ctx.value, MAX_LOGIC_DEPTH, MAX_LOGIC_NODES);
    if (shape.depth > MAX_LOGIC_DEPTH)
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        message: `is nested more than ${MAX_LOGIC_DEPTH} levels deep`,
      });
    else if (shape.nodes > MAX_LOGIC_NODES)
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        message: `has more than ${MAX_LOGIC_NODES} values`,
      });
  })
  .describe('JSON Logic expression over field values');
export type JsonLogic = z.infer<typeof JsonLogicSchema>;
