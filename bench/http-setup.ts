/**
 * Preparation of the HTTP benchmark through the public API of a listening Guidepost server: accounts,
 * the `lead-capture` wizard in each account's tenant, and runs of it.
 */

/** A run the benchmark drives: its id, its run token and the session token of the user who started it. */
export interface BenchRun {
  id: string;
  runToken: string;
  bearer: string;
}

/** A signed-up user and how to start `lead-capture` in their tenant. */
export interface BenchUser {
  bearer: string;
  wizard: { slug: string } | { wizard_id: string };
}

/** Thrown when a preparation request does not answer the expected status; names the route and the detail. */
export class SetupError extends Error {
  constructor(route: string, status: number, body: string) {
    super(`${route} answered ${status}: ${body.slice(0, 300)}`);
    this.name = 'SetupError';
  }
}

/** Sends a JSON request and returns the parsed body; throws SetupError on any other status than `expect`. */
export async function api<T>(
  base: string,
  method: string,
  path: string,
  options: { body?: unknown; bearer?: string; expect?: number } = {},
): Promise<T> {
  const headers: Record<string, string> = {};
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.bearer) headers.authorization = `Bearer ${options.bearer}`;
  const response = await fetch(`${base}${path}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  if (response.status !== (options.expect ?? 200))
    throw new SetupError(`${method} ${path}`, response.status, text);
  return JSON.parse(text) as T;
}

/** Runs `fn` over `items` with at most `limit` calls in flight; results keep the order of `items`. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>) {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * Signs up `count` users. One who lands in the `default` tenant (the first account of an empty installation)
 * starts the built-in `lead-capture` there by slug; every other one owns a tenant of their own, into which
 * the built-in template is cloned and published, so every user starts the same wizard.
 */
export async function signUpUsers(base: string, count: number, tag: string): Promise<BenchUser[]> {
  let templateId: string | undefined;
  const lookUpTemplate = async (bearer: string) => {
    const page = await api<{ items: Array<{ id: string; slug: string }> }>(base, 'GET', '/api/v1/templates', {
      bearer,
    });
    const template = page.items.find((t) => t.slug === 'lead-capture');
    if (!template)
      throw new Error('the built-in lead-capture template is missing from GET /api/v1/templates');
    return template.id;
  };
  return mapLimit(
    Array.from({ length: count }, (_, i) => i),
    8,
    async (i): Promise<BenchUser> => {
      const { token, tenant } = await api<{ token: string; tenant: { id: string } }>(
        base,
        'POST',
        '/api/v1/auth/sign-up',
        {
          body: {
            email: `bench-${tag}-${i}@example.com`,
            password: 'bench-password-1234',
            name: `Bench ${i}`,
          },
          expect: 201,
        },
      );
      if (tenant.id === 'default') return { bearer: token, wizard: { slug: 'lead-capture' } };
      templateId ??= await lookUpTemplate(token);
      const clone = await api<{ id: string }>(base, 'POST', `/api/v1/templates/${templateId}/clone`, {
        body: { name: 'Lead capture', slug: 'lead-capture' },
        bearer: token,
        expect: 201,
      });
      await api(base, 'POST', `/api/v1/wizards/${clone.id}/publish`, { bearer: token });
      return { bearer: token, wizard: { wizard_id: clone.id } };
    },
  );
}

/** Starts `count` runs of the user's `lead-capture` on `channel` (the run routes allow 60 starts a minute). */
export async function startRuns(
  base: string,
  user: BenchUser,
  count: number,
  channel: 'form' | 'chat',
): Promise<BenchRun[]> {
  return mapLimit(Array.from({ length: count }), 8, async () => {
    const started = await api<{ run: { id: string }; run_token: string }>(base, 'POST', '/api/v1/runs', {
      body: { ...user.wizard, channel },
      bearer: user.bearer,
      expect: 201,
    });
    return { id: started.run.id, runToken: started.run_token, bearer: user.bearer };
  });
}
