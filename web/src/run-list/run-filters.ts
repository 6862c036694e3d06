import { z } from 'zod';

const STATUSES = ['created', 'active', 'completed', 'abandoned'] as const;
const CHANNELS = ['form', 'chat', 'voice', 'cli', 'mcp'] as const;
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/**
 * The runs list's URL search params: `wizard` (id), `status`, `channel`, `from`/`to` (YYYY-MM-DD, local days,
 * both inclusive) and `q` (search text). A malformed param is dropped rather than failing the page.
 */
export const RunSearchSchema = z.object({
  wizard: z.string().min(1).max(100).optional().catch(undefined),
  status: z.enum(STATUSES).optional().catch(undefined),
  channel: z.enum(CHANNELS).optional().catch(undefined),
  from: day.optional().catch(undefined),
  to: day.optional().catch(undefined),
  q: z.string().trim().min(1).max(200).optional().catch(undefined),
});

/** The runs list's filters, as kept in the URL. */
export type RunSearch = z.infer<typeof RunSearchSchema>;

/** `validateSearch` of the `/runs` route: the known, well-formed params of the URL. */
export function validateRunSearch(search: Record<string, unknown>): RunSearch {
  const parsed = RunSearchSchema.parse(search);
  return Object.fromEntries(Object.entries(parsed).filter(([, v]) => v !== undefined)) as RunSearch;
}

/** The start of a local calendar day `YYYY-MM-DD`, `plusDays` later, as an ISO instant. */
function localDayStart(dayText: string, plusDays = 0): string {
  const [y, m, d] = dayText.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d + plusDays).toISOString();
}

/**
 * The query string of `GET /api/v1/runs` (and `/runs/mine`, `/runs/export`) for these filters: `from` becomes
 * `created_from` at the start of that local day, `to` becomes `created_to` at the start of the next one (the
 * API's bound is exclusive), so both days are included.
 */
export function runListQuery(search: RunSearch): URLSearchParams {
  const params = new URLSearchParams();
  if (search.wizard) params.set('wizard_id', search.wizard);
  if (search.status) params.set('status', search.status);
  if (search.channel) params.set('channel', search.channel);
  if (search.from) params.set('created_from', localDayStart(search.from));
  if (search.to) params.set('created_to', localDayStart(search.to, 1));
  if (search.q) params.set('q', search.q);
  return params;
}

/** Whether any filter is set. */
export function hasFilters(search: RunSearch): boolean {
  return Object.values(search).some((v) => v !== undefined && v !== '');
}
