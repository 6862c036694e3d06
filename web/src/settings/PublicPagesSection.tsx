import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Me } from '../auth/auth-api';
import { roleAtLeast } from '../auth/roles';
import { useFormSubmit } from '../auth/useFormSubmit';
import {
  TENANT_PROFILE_KEY,
  updateTenantProfile,
  useTenantProfile,
  type TenantProfile,
} from '../share/share-api';
import { Button } from '../ui/Button';
import { TextField } from '../ui/TextField';
import { useToast } from '../ui/toast-context';
import { SectionBody, SettingsSection } from './SettingsSection';

const FIELDS = [
  'body.slug',
  'body.branding.logo_url',
  'body.branding.accent_color',
  'body.branding.thank_you_message',
  'body.branding.redirect_url',
] as const;

const optional = (text: string) => (text.trim() === '' ? undefined : text.trim());

/** The form of a loaded profile: slug (owners) and branding (admins and owners). */
function PublicPagesForm({ me, profile }: { me: Me; profile: TenantProfile }) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const isOwner = me.user.superadmin || me.active_tenant.role === 'owner';
  const canEdit = me.user.superadmin || roleAtLeast(me.active_tenant.role, 'admin');
  const [slug, setSlug] = useState(profile.slug);
  const [logo, setLogo] = useState(profile.branding.logo_url ?? '');
  const [accent, setAccent] = useState(profile.branding.accent_color ?? '');
  const [thanks, setThanks] = useState(profile.branding.thank_you_message ?? '');
  const [redirect, setRedirect] = useState(profile.branding.redirect_url ?? '');
  const form = useFormSubmit(FIELDS, async () => {
    const saved = await updateTenantProfile({
      ...(isOwner && slug !== profile.slug ? { slug: slug.trim() } : {}),
      branding: {
        logo_url: optional(logo),
        accent_color: optional(accent),
        thank_you_message: optional(thanks),
        redirect_url: optional(redirect),
      },
    });
    queryClient.setQueryData(TENANT_PROFILE_KEY, saved);
    toast.show({ tone: 'success', title: 'Public page settings saved' });
  });
  const error = (name: (typeof FIELDS)[number]) => form.errors.fields[name];
  return (
    <form onSubmit={(e) => void form.onSubmit(e)} className="space-y-4">
      <fieldset disabled={!canEdit || form.busy} className="space-y-4">
        <TextField
          label="URL slug"
          description={
            isOwner
              ? `Public links read ${location.origin}/w/${slug || '…'}/<wizard>. Changing it breaks links already shared.`
              : 'Only owners can change it.'
          }
          value={slug}
          disabled={!isOwner}
          spellCheck={false}
          onChange={(e) => setSlug(e.target.value.toLowerCase())}
          error={error('body.slug')}
        />
        <TextField
          label="Logo URL"
          description="An https image shown above your public wizards."
          value={logo}
          placeholder="https://www.example.com/logo.png"
          onChange={(e) => setLogo(e.target.value)}
          error={error('body.branding.logo_url')}
        />
        <div className="flex items-end gap-3">
          <TextField
            label="Accent colour"
            description="Buttons and highlights, e.g. #0e7490."
            value={accent}
            placeholder="#4f46e5"
            onChange={(e) => setAccent(e.target.value)}
            error={error('body.branding.accent_color')}
          />
          <input
            type="color"
            aria-label="Pick the accent colour"
            value={/^#[0-9a-f]{6}$/i.test(accent) ? accent : '#4f46e5'}
            onChange={(e) => setAccent(e.target.value)}
            className="mb-1 h-10 w-12 cursor-pointer rounded-lg border border-line bg-surface"
          />
        </div>
        <TextField
          label="Thank-you message"
          description="Shown after a visitor completes a wizard."
          value={thanks}
          onChange={(e) => setThanks(e.target.value)}
          error={error('body.branding.thank_you_message')}
        />
        <TextField
          label="Redirect after completion"
          description="Optional: visitors go to this address 5 seconds after completing (on the public page)."
          value={redirect}
          placeholder="https://www.example.com/thanks"
          onChange={(e) => setRedirect(e.target.value)}
          error={error('body.branding.redirect_url')}
        />
      </fieldset>
      {form.errors.general && (
        <p role="alert" className="text-sm text-danger">
          {form.errors.general}
        </p>
      )}
      {canEdit && (
        <Button type="submit" disabled={form.busy}>
          {form.busy ? 'Saving…' : 'Save'}
        </Button>
      )}
    </form>
  );
}

/** The workspace's public pages: its URL slug and the branding of its public wizards. */
export function PublicPagesSection({ me }: { me: Me }) {
  const profile = useTenantProfile();
  return (
    <SettingsSection
      title="Public pages"
      description="How your published wizards look to visitors at their public link and in the widget."
    >
      <SectionBody>
        {profile.data ? (
          <PublicPagesForm key={profile.data.slug} me={me} profile={profile.data} />
        ) : (
          <p role={profile.isError ? 'alert' : 'status'} className="text-sm text-fg-muted">
            {profile.isError ? `Could not load: ${profile.error.message}` : 'Loading…'}
          </p>
        )}
      </SectionBody>
    </SettingsSection>
  );
}
