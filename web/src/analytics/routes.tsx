import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { z } from 'zod';
import { rootRoute } from '../routes/root';

/** The analytics URL's range: `from` and `to` as UTC days; a malformed value falls back to the default. */
export const AnalyticsSearchSchema = z.object({
  from: z.iso.date().optional().catch(undefined),
  to: z.iso.date().optional().catch(undefined),
});

/** `/wizards/$wizardId/analytics?from=&to=`: a wizard's analytics (its own lazily loaded chunk with recharts). */
export const analyticsRoutes = [
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/wizards/$wizardId/analytics',
    validateSearch: (search) => AnalyticsSearchSchema.parse(search),
    component: lazyRouteComponent(() => import('./AnalyticsPage'), 'AnalyticsRoutePage'),
  }),
];
