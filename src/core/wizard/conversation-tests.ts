import { z } from 'zod';

/**
 * A sample conversation a wizard's author keeps with the wizard (and with each published version): the
 * person's lines, replayed in order against a new run with the embedded guide, and what the run must look
 * like at the end — the format of the conversation tests `guidepost test --conversations` reads.
 */
export const ConversationExpectationSchema = z.strictObject({
  /** The run's status at the end. */
  status: z.enum(['active', 'completed']).default('completed'),
  /** Exact final values by field name, compared trimmed and case-insensitively; lists compare as sets. */
  values: z
    .record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]))
    .optional(),
  /** A substring each field's final value must contain (free text, phone numbers, relative dates). */
  contains: z.record(z.string(), z.string()).optional(),
  /** Fields that must be empty at the end. */
  absent: z.array(z.string()).optional(),
});
export type ConversationExpectationInput = z.input<typeof ConversationExpectationSchema>;

export const ConversationTestSchema = z.strictObject({
  id: z.string().min(1).max(100),
  name: z.string().min(1, 'a test needs a name').max(200),
  /** The person's lines, one per turn. */
  lines: z.array(z.string().min(1).max(2000)).min(1, 'a test needs at least one line').max(200),
  expected: ConversationExpectationSchema,
});
export type ConversationTest = z.infer<typeof ConversationTestSchema>;
