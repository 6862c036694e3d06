import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { z } from 'zod';
import { rootRoute } from '../routes/root';

/** `/chat` (the chat workbench) and `/documents/$documentId?page=` (what a citation chip opens). */
export const chatRoutes = [
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/chat',
    component: lazyRouteComponent(() => import('./ChatPage'), 'ChatPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/documents/$documentId',
    validateSearch: (search) =>
      z.object({ page: z.coerce.number().int().min(1).optional().catch(undefined) }).parse(search),
    component: lazyRouteComponent(() => import('./DocumentPage'), 'DocumentRoutePage'),
  }),
];
