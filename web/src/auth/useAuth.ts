import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { fetchMe, signIn, signOut, signUp, type Me, type SignUpInput } from './auth-api';

/** The query key of the current user. */
export const ME_KEY = ['auth', 'me'] as const;

/** What {@link useAuth} returns. */
export interface Auth {
  /** The signed-in user; null when signed out; undefined while loading. */
  me: Me | null | undefined;
  loading: boolean;
  signIn(input: { email: string; password: string }): Promise<void>;
  signUp(input: SignUpInput): Promise<void>;
  signOut(): Promise<void>;
}

/**
 * The session: `GET /api/v1/auth/me` through TanStack Query (shared by every component, so it is the auth
 * context), and sign-in, sign-up and sign-out that refresh it. The actions throw `ApiProblem` on refusal
 * (e.g. 400 with `invalid_params` naming `body.email`, 401 for a wrong password, 409 for a taken email).
 */
export function useAuth(): Auth {
  const client = useQueryClient();
  const query = useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: 60_000 });
  const refresh = async () => {
    await client.invalidateQueries({ queryKey: ME_KEY });
  };
  const signInMutation = useMutation({ mutationFn: signIn, onSuccess: refresh });
  const signUpMutation = useMutation({ mutationFn: signUp, onSuccess: refresh });
  const signOutMutation = useMutation({
    mutationFn: signOut,
    onSuccess: () => {
      client.setQueryData(ME_KEY, null);
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== 'auth' });
    },
  });
  return {
    me: query.data,
    loading: query.isPending,
    signIn: async (input) => void (await signInMutation.mutateAsync(input)),
    signUp: async (input) => void (await signUpMutation.mutateAsync(input)),
    signOut: async () => void (await signOutMutation.mutateAsync()),
  };
}
