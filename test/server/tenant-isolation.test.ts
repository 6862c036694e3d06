import { expect, it } from 'vitest';
import { leadWizard } from '../db/fixtures.js';
import { describeEachApp } from './app.js';
import { addUser, signUp, type TestAccount } from './auth-helpers.js';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
interface Probe {
  method: Method;
  url: string;
  payload?: object;
}

/** Every wizard route that names a wizard, with a body that passes validation. */
function wizardRoutes(id: string): Probe[] {
  return [
    { method: 'GET', url: `/api/v1/wizards/${id}` },
    { method: 'PUT', url: `/api/v1/wizards/${id}`, payload: leadWizard({ slug: 'taken-over' }) },
    { method: 'DELETE', url: `/api/v1/wizards/${id}` },
    { method: 'POST', url: `/api/v1/wizards/${id}/publish` },
    { method: 'POST', url: `/api/v1/wizards/${id}/archive` },
    { method: 'POST', url: `/api/v1/wizards/${id}/clone`, payload: {} },
    { method: 'GET', url: `/api/v1/wizards/${id}/export` },
    { method: 'GET', url: `/api/v1/wizards/${id}/versions` },
    { method: 'GET', url: `/api/v1/wizards/${id}/versions/1` },
    {
      method: 'POST',
      url: `/api/v1/wizards/${id}/steps`,
      payload: { step: { id: 'extra', title: 'Extra' } },
    },
    { method: 'PATCH', url: `/api/v1/wizards/${id}/steps/contact`, payload: { title: 'Mine now' } },
    { method: 'DELETE', url: `/api/v1/wizards/${id}/steps/project` },
    {
      method: 'PUT',
      url: `/api/v1/wizards/${id}/steps/order`,
      payload: { step_ids: ['project', 'contact'] },
    },
  ];
}

/** Every sidekick route that names a sidekick (and its knowledge base), with a body that passes validation. */
function sidekickRoutes(id: string, documentId = '00000000-0000-4000-8000-000000000000'): Probe[] {
  return [
    { method: 'GET', url: `/api/v1/sidekicks/${id}/documents` },
    {
      method: 'POST',
      url: `/api/v1/sidekicks/${id}/documents`,
      payload: { url: 'https://example.com/help' },
    },
    { method: 'DELETE', url: `/api/v1/sidekicks/${id}/documents/${documentId}` },
    { method: 'GET', url: `/api/v1/sidekicks/${id}/search?q=refunds` },
    { method: 'GET', url: `/api/v1/sidekicks/${id}` },
    { method: 'PATCH', url: `/api/v1/sidekicks/${id}`, payload: { name: 'Taken over' } },
    { method: 'DELETE', url: `/api/v1/sidekicks/${id}` },
    { method: 'GET', url: '/api/v1/sidekicks/by-slug/alices-helper' },
    { method: 'GET', url: `/api/v1/sidekicks/${id}/avatar` },
    { method: 'POST', url: `/api/v1/sidekicks/${id}/avatar`, payload: { prompt: 'a red robot' } },
  ];
}

describeEachApp('tenant isolation: wizards, users and API keys', (ctx) => {
  let alice: TestAccount; // owner of tenant A
  let bob: TestAccount; // owner of tenant B
  let member: TestAccount; // member of tenant A
  let wizardId: string;
  let keyId: string;
  let sidekickId: string;
  let documentId: string;
  const send = (who: TestAccount | null, probe: Probe) =>
    ctx.app.inject({
      method: probe.method,
      url: probe.url,
      ...(who && { headers: who.headers }),
      ...(probe.payload && { payload: probe.payload }),
    });

  it('sets up two tenants', async () => {
    await signUp(ctx.app, 'root@example.com');
    alice = await signUp(ctx.app, 'alice@example.com');
    bob = await signUp(ctx.app, 'bob@example.com');
    member = await addUser(ctx.app, alice, 'member@example.com', 'member');
    const created = await send(alice, {
      method: 'POST',
      url: '/api/v1/wizards',
      payload: leadWizard({ is_template: true }),
    });
    wizardId = created.json().id;
    expect(
      (await send(alice, { method: 'POST', url: `/api/v1/wizards/${wizardId}/publish` })).statusCode,
    ).toBe(200);
    keyId = (await send(alice, { method: 'POST', url: '/api/v1/api-keys', payload: { name: 'k' } })).json()
      .id;
    sidekickId = (
      await send(alice, { method: 'POST', url: '/api/v1/sidekicks', payload: { name: "Alice's helper" } })
    ).json().id;
    documentId = (
      await ctx.app.runtime.knowledge.upload(
        alice.tenantId,
        sidekickId,
        {
          filename: 'refunds.txt',
          contentType: 'text/plain',
          bytes: Buffer.from('Refunds take thirty days.'),
        },
        alice.userId,
      )
    ).document.id;
  });

  it("answers 404 to every route on another tenant's objects", async () => {
    const probes: Probe[] = [
      ...wizardRoutes(wizardId),
      { method: 'GET', url: `/api/v1/templates/${wizardId}` },
      { method: 'POST', url: `/api/v1/templates/${wizardId}/clone`, payload: {} },
      { method: 'PATCH', url: `/api/v1/users/${alice.userId}`, payload: { role: 'member' } },
      { method: 'DELETE', url: `/api/v1/users/${member.userId}` },
      { method: 'DELETE', url: `/api/v1/api-keys/${keyId}` },
      ...sidekickRoutes(sidekickId, documentId),
    ];
    for (const probe of probes) {
      const response = await send(bob, probe);
      expect(`${probe.method} ${probe.url} → ${response.statusCode}`).toBe(
        `${probe.method} ${probe.url} → 404`,
      );
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
    const lists = [
      '/api/v1/wizards',
      '/api/v1/users',
      '/api/v1/api-keys',
      '/api/v1/templates',
      '/api/v1/sidekicks',
    ];
    for (const url of lists)
      expect(JSON.stringify((await send(bob, { method: 'GET', url })).json())).not.toMatch(
        new RegExp(`${wizardId}|${alice.userId}|${keyId}|${sidekickId}`),
      );
    const documents = await send(alice, { method: 'GET', url: `/api/v1/sidekicks/${sidekickId}/documents` });
    expect(documents.json().items.map((d: { id: string }) => d.id)).toEqual([documentId]);
    expect((await send(alice, { method: 'GET', url: `/api/v1/sidekicks/${sidekickId}` })).json().name).toBe(
      "Alice's helper",
    );
    // Nothing changed in tenant A.
    const wizard = (await send(alice, { method: 'GET', url: `/api/v1/wizards/${wizardId}` })).json();
    expect(wizard).toMatchObject({
      status: 'published',
      draft: { steps: [{ id: 'contact' }, { id: 'project' }] },
    });
    expect(
      (await send(alice, { method: 'GET', url: '/api/v1/api-keys' })).json().items[0].revoked_at,
    ).toBeNull();
    const forged = await ctx.app.inject({
      url: '/api/v1/wizards',
      headers: { ...bob.headers, 'x-tenant-id': alice.tenantId },
    });
    expect(forged.statusCode).toBe(403);
  });

  it('answers 403 to a member on authoring routes, who may still read', async () => {
    const authoring: Probe[] = [
      { method: 'POST', url: '/api/v1/wizards', payload: leadWizard({ slug: 'by-member' }) },
      { method: 'POST', url: '/api/v1/wizards/import', payload: { version: 1, wizard: leadWizard() } },
      { method: 'POST', url: `/api/v1/templates/${wizardId}/clone`, payload: {} },
      ...wizardRoutes(wizardId).filter((p) => p.method !== 'GET'),
      { method: 'GET', url: '/api/v1/users' },
      { method: 'POST', url: '/api/v1/api-keys', payload: { name: 'k' } },
      { method: 'POST', url: `/api/v1/wizards/${wizardId}/steps`, payload: { not: 'valid' } },
      { method: 'POST', url: '/api/v1/sidekicks', payload: { name: 'By member' } },
      ...sidekickRoutes(sidekickId).filter((p) => p.method !== 'GET'),
    ];
    for (const probe of authoring) {
      const response = await send(member, probe);
      expect(`${probe.method} ${probe.url} → ${response.statusCode}`).toBe(
        `${probe.method} ${probe.url} → 403`,
      );
    }
    for (const probe of wizardRoutes(wizardId).filter((p) => p.method === 'GET'))
      expect((await send(member, probe)).statusCode).toBe(200);
    expect((await send(member, { method: 'GET', url: '/api/v1/wizards' })).json().total).toBe(1);
  });

  it('answers 401 to anonymous calls on private routes', async () => {
    const probes: Probe[] = [
      { method: 'GET', url: '/api/v1/wizards' },
      { method: 'POST', url: '/api/v1/wizards', payload: leadWizard() },
      { method: 'POST', url: '/api/v1/wizards/validate', payload: leadWizard() },
      { method: 'GET', url: '/api/v1/templates' },
      { method: 'GET', url: '/api/v1/tenants' },
      { method: 'GET', url: '/api/v1/users' },
      { method: 'GET', url: '/api/v1/admin/users' },
      { method: 'GET', url: '/api/v1/api-keys' },
      { method: 'GET', url: '/api/v1/auth/me' },
      ...wizardRoutes(wizardId),
      { method: 'PUT', url: `/api/v1/wizards/${wizardId}`, payload: { junk: true } },
      { method: 'GET', url: '/api/v1/sidekicks' },
      { method: 'POST', url: '/api/v1/sidekicks', payload: { name: 'Anonymous' } },
      ...sidekickRoutes(sidekickId),
    ];
    for (const probe of probes) {
      const response = await send(null, probe);
      expect(`${probe.method} ${probe.url} → ${response.statusCode}`).toBe(
        `${probe.method} ${probe.url} → 401`,
      );
    }
  });
});
