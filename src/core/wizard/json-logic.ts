import { z } from 'zod';

/** A JSON Logic expression (https://jsonlogic.com) over field values, e.g. `{"==":[{"var":"budget"},"over-50k"]}`. */
export const JsonLogicSchema = z
  .record(z.string(), z.unknown())
  .describe('JSON Logic expression over field values');
export type JsonLogic = z.infer<typeof JsonLogicSchema>;
