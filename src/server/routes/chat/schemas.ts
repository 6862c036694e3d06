import { z } from 'zod';

/** Request and response schemas of the chat routes. */

/** Longest question, in characters. */
export const MAX_QUESTION_CHARS = 4000;

export const SidekickParams = z.object({ id: z.uuid({ error: 'must be a sidekick id (a uuid)' }) });
export const ThreadParams = z.object({ id: z.uuid({ error: 'must be a thread id (a uuid)' }) });
export const DocumentParams = z.object({ id: z.uuid({ error: 'must be a document id (a uuid)' }) });

const Title = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');

export const CreateThreadBody = z.strictObject({ title: Title.optional() }).nullish();
export const RenameThreadBody = z.strictObject({ title: Title });
export const ThreadListQuery = z.object({
  q: z.string().trim().max(200).optional().describe('keep threads whose title contains this'),
});
export const AllThreadsQuery = ThreadListQuery.extend({
  sidekick_id: z.uuid({ error: 'must be a sidekick id (a uuid)' }).optional(),
});

export const AskBody = z.strictObject({
  text: z
    .string()
    .trim()
    .min(1, 'must ask something')
    .max(MAX_QUESTION_CHARS, `must be at most ${MAX_QUESTION_CHARS} characters`),
});

export const CitationSchema = z.object({
  document_id: z.string(),
  title: z.string(),
  page: z.number().int().nullable(),
  quote: z.string(),
});

export const ThreadSchema = z.object({
  id: z.string(),
  sidekick_id: z.string(),
  title: z.string(),
  created_at: z.string(),
  updated_at: z.string(),
});

export const MessageSchema = z.object({
  id: z.string(),
  role: z.enum(['user', 'assistant']),
  text: z.string(),
  citations: z.array(CitationSchema),
  status: z
    .enum(['complete', 'interrupted'])
    .describe('interrupted: the client left before the answer ended'),
  created_at: z.string(),
});

export const DocumentViewSchema = z.object({
  id: z.string(),
  sidekick_id: z.string(),
  title: z.string(),
  page_count: z.number().int().nullable(),
  passages: z.array(z.object({ page: z.number().int().nullable(), text: z.string() })),
});
