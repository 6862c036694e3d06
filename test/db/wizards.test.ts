import { describe, expect, it } from 'vitest';
import { ConflictError, InvalidDefinitionError, NotFoundError } from '../../src/db/errors.js';
import {
  archive,
  getBySlug,
  getPublishedVersion,
  getWizard,
  listWizards,
  publish,
  saveDraft,
  seedBuiltinWizards,
} from '../../src/db/wizards.js';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/db/client.js';
import { describeEachDatabase } from './databases.js';
import { leadWizard } from './fixtures.js';

describeEachDatabase('wizard repository', (ctx) => {
  describe('definitions stored by earlier versions', () => {
    it("reads a guide's former browser voice (guide.voice) as its catalogue voice, drafts and versions alike", async () => {
      const saved = await saveDraft(ctx.db, leadWizard({ slug: 'former-voice' }));
      await publish(ctx.db, saved.id);
      // As an earlier version stored them: the browser voice's gender, no voice_id.
      const former = (column: string) =>
        `jsonb_set(${column} #- '{guide,voice_id}', '{guide,voice}', '"male"')`;
      await queryRows(
        ctx.db,
        sql`UPDATE wizards SET draft = ${sql.raw(former('draft'))} WHERE id = ${saved.id}`,
      );
      await queryRows(
        ctx.db,
        sql`UPDATE wizard_versions SET definition = ${sql.raw(former('definition'))} WHERE wizard_id = ${saved.id}`,
      );
      const [stored] = await queryRows<{ guide: Record<string, unknown> }>(
        ctx.db,
        sql`SELECT draft -> 'guide' AS guide FROM wizards WHERE id = ${saved.id}`,
      );
      expect(stored!.guide).toMatchObject({ voice: 'male' });

      const draft = (await getWizard(ctx.db, saved.id))!.draft;
      const version = (await getPublishedVersion(ctx.db, saved.id))!.definition;
      for (const definition of [draft, version]) {
        expect(definition.guide.voice_id).toBe('energetic-young-male');
        expect(definition.guide).not.toHaveProperty('voice');
      }
      // The upgraded draft is a valid definition: it saves as it is read.
      await expect(saveDraft(ctx.db, draft)).resolves.toMatchObject({ id: saved.id });
    });
  });

  describe('drafts and versions', () => {
    it('draft → publish → edit → publish gives versions 1 and 2', async () => {
      const saved = await saveDraft(ctx.db, leadWizard({ slug: 'versions' }));
      expect(saved.status).toBe('draft');
      expect(saved.latestVersion).toBeNull();
      expect(saved.draft.id).toBe(saved.id);

      expect(await publish(ctx.db, saved.id)).toBe(1);
      const edited = await saveDraft(ctx.db, { ...saved.draft, name: 'Lead capture v2' });
      expect(edited.id).toBe(saved.id);
      expect(edited.status).toBe('published');
      // The published version is untouched by the edit.
      expect((await getPublishedVersion(ctx.db, saved.id))!.definition.name).toBe('Lead capture');

      expect(await publish(ctx.db, saved.id)).toBe(2);
      const v1 = await getPublishedVersion(ctx.db, saved.id, 1);
      const v2 = await getPublishedVersion(ctx.db, saved.id);
      expect(v1!.definition).toMatchObject({ name: 'Lead capture', status: 'published', id: saved.id });
      expect(v2!.definition).toMatchObject({ name: 'Lead capture v2', status: 'published' });
      expect((await getBySlug(ctx.db, 'versions'))!.latestVersion).toBe(2);
    });

    it('publishing an unchanged draft adds no version', async () => {
      const saved = await saveDraft(ctx.db, leadWizard({ slug: 'unchanged' }));
      expect(await publish(ctx.db, saved.id)).toBe(1);
      expect(await publish(ctx.db, saved.id)).toBe(1);
      expect(await getPublishedVersion(ctx.db, saved.id, 2)).toBeNull();
    });

    it('finds the wizard to update by slug when the definition id is not a uuid', async () => {
      const a = await saveDraft(ctx.db, leadWizard({ slug: 'by-slug' }));
      const b = await saveDraft(ctx.db, leadWizard({ slug: 'by-slug', name: 'Renamed' }));
      expect(b.id).toBe(a.id);
      expect(b.name).toBe('Renamed');
    });

    it('refuses a slug taken by another wizard of the tenant, but not of another tenant', async () => {
      await saveDraft(ctx.db, leadWizard({ slug: 'taken' }));
      const other = await saveDraft(ctx.db, leadWizard({ slug: 'other' }));
      await expect(saveDraft(ctx.db, { ...other.draft, slug: 'taken' })).rejects.toSatisfy(
        ConflictError.isInstance,
      );
      const elsewhere = await saveDraft(ctx.db, leadWizard({ slug: 'taken' }), { tenant: 'acme' });
      expect(elsewhere.tenantId).toBe('acme');
    });

    it('rejects invalid drafts and refuses to publish a draft that fails the cross-checks', async () => {
      await expect(saveDraft(ctx.db, { ...leadWizard(), steps: [] })).rejects.toSatisfy(
        InvalidDefinitionError.isInstance,
      );
      const noOptions = leadWizard({ slug: 'no-options' });
      noOptions.steps[1]!.fields![0]!.options = [];
      const saved = await saveDraft(ctx.db, noOptions);
      await expect(publish(ctx.db, saved.id)).rejects.toSatisfy(InvalidDefinitionError.isInstance);
      await expect(publish(ctx.db, '00000000-0000-4000-8000-000000000000')).rejects.toSatisfy(
        NotFoundError.isInstance,
      );
    });

    it('lists and archives', async () => {
      const tenant = 'list-tenant';
      const a = await saveDraft(ctx.db, leadWizard({ slug: 'b-wizard', name: 'Beta' }), { tenant });
      await saveDraft(ctx.db, leadWizard({ slug: 'a-wizard', name: 'Alpha', is_template: true }), { tenant });
      await publish(ctx.db, a.id);
      expect((await listWizards(ctx.db, { tenant })).map((w) => w.name)).toEqual(['Alpha', 'Beta']);
      expect((await listWizards(ctx.db, { tenant, status: 'published' })).map((w) => w.slug)).toEqual([
        'b-wizard',
      ]);
      expect((await listWizards(ctx.db, { tenant, isTemplate: true })).map((w) => w.slug)).toEqual([
        'a-wizard',
      ]);
      await archive(ctx.db, a.id);
      expect((await listWizards(ctx.db, { tenant })).map((w) => w.slug)).toEqual(['a-wizard']);
      expect((await listWizards(ctx.db, { tenant, status: 'archived' })).map((w) => w.slug)).toEqual([
        'b-wizard',
      ]);
      expect((await getPublishedVersion(ctx.db, a.id))!.version).toBe(1);
      await expect(archive(ctx.db, 'nope')).rejects.toSatisfy(NotFoundError.isInstance);
    });
  });

  describe('seeding built-in wizards', () => {
    it('is idempotent and publishes a new version when the shipped JSON changes', async () => {
      const shipped = leadWizard({ slug: 'create-a-sidekick', id: 'create-a-sidekick' });
      const first = await seedBuiltinWizards(ctx.db, [shipped]);
      expect(first).toMatchObject([{ slug: 'create-a-sidekick', action: 'created', version: 1 }]);
      const again = await seedBuiltinWizards(ctx.db, [shipped]);
      expect(again).toMatchObject([{ action: 'unchanged', version: 1, wizardId: first[0]!.wizardId }]);

      const changed = await seedBuiltinWizards(ctx.db, [{ ...shipped, description: 'Now with more' }]);
      expect(changed).toMatchObject([{ action: 'updated', version: 2, wizardId: first[0]!.wizardId }]);
      const row = await getBySlug(ctx.db, 'create-a-sidekick');
      expect(row).toMatchObject({ builtin: true, status: 'published', latestVersion: 2 });
    });

    it('leaves a slug owned by a wizard that is not built in', async () => {
      await saveDraft(ctx.db, leadWizard({ slug: 'mine' }));
      const result = await seedBuiltinWizards(ctx.db, [leadWizard({ slug: 'mine' })]);
      expect(result).toMatchObject([{ action: 'skipped', version: null }]);
    });
  });
});
