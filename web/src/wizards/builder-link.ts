import { useNavigate } from '@tanstack/react-router';
import { useCallback } from 'react';

/** The builder's path for a wizard: `/wizards/<id>`. */
export function builderPath(wizardId: string): string {
  return `/wizards/${encodeURIComponent(wizardId)}`;
}

/**
 * A function that opens the builder of a wizard (the `/wizards/$wizardId` route, declared by the builder's
 * own route file; navigated to by path so this folder does not depend on it).
 */
export function useOpenBuilder(): (wizardId: string) => Promise<void> {
  const navigate = useNavigate();
  return useCallback((wizardId: string) => navigate({ href: builderPath(wizardId) }), [navigate]);
}
