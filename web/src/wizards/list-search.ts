import { z } from 'zod';
import type { WizardListQuery } from './wizard-api';

/** Wizards per page of the list. */
export const PAGE_SIZE = 12;

/** The status filters of the list; `all` is every status but archived. */
export const STATUS_FILTERS = ['all', 'draft', 'published', 'archived'] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

/**
 * The list's URL search params: `q` (name search), `status` and `page` (from 1). A missing or malformed
 * value falls back to its default, so a hand-edited URL never breaks the page.
 */
export const WizardListSearchSchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  status: z.enum(STATUS_FILTERS).optional().catch(undefined),
  page: z.coerce.number().int().min(1).optional().catch(undefined),
});
export type WizardListSearch = z.infer<typeof WizardListSearchSchema>;

/** The API query of a list URL: page `n` is offset `(n-1)·PAGE_SIZE`; `all` sends no status. */
export function listQuery(search: WizardListSearch): WizardListQuery {
  const status = search.status && search.status !== 'all' ? search.status : undefined;
  return {
    q: search.q || undefined,
    status,
    limit: PAGE_SIZE,
    offset: ((search.page ?? 1) - 1) * PAGE_SIZE,
  };
}
