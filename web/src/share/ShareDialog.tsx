import { useEffect, useState } from 'react';
import { Dialog } from '../ui/Dialog';
import { Button } from '../ui/Button';
import { Tabs } from '../ui/Tabs';
import { CopyField } from './CopyField';
import { EMBED_MODE_HELP, EMBED_MODES, embedSnippet, publicLink, useTenantProfile } from './share-api';

/** The wizard a Share dialog is about. */
export interface ShareTarget {
  name: string;
  slug: string;
  status: 'draft' | 'published' | 'archived';
}

/** A QR code (PNG data URL, drawn by the qrcode package, loaded when the dialog first needs it) of `text`. */
function QrCode({ text, name }: { text: string; name: string }) {
  const [image, setImage] = useState<string>();
  useEffect(() => {
    let cancelled = false;
    void import('qrcode')
      .then((qr) => qr.toDataURL(text, { margin: 1, width: 176, errorCorrectionLevel: 'M' }))
      .then((url) => !cancelled && setImage(url));
    return () => {
      cancelled = true;
    };
  }, [text]);
  return (
    <div className="flex flex-col items-center gap-2">
      {image ? (
        <img
          src={image}
          alt={`QR code of the link to ${name}`}
          width={176}
          height={176}
          className="rounded-lg"
        />
      ) : (
        <div
          className="size-44 animate-pulse rounded-lg bg-surface-muted"
          role="status"
          aria-label="Drawing the QR code"
        />
      )}
      {image && (
        <a
          href={image}
          download={`${name} QR code.png`}
          className="text-xs font-medium text-accent-text hover:underline"
        >
          Download PNG
        </a>
      )}
    </div>
  );
}

/**
 * "Share": the wizard's public link (`/w/<tenant slug>/<wizard slug>`) with its QR code, and the embed
 * snippet for each mode (inline, popup, slider, full page). Drafts and archived wizards have no public
 * page: the dialog says so instead. Opened after publishing and from the wizard's card and the builder.
 */
export function ShareDialog({
  open,
  wizard,
  onClose,
}: {
  open: boolean;
  wizard: ShareTarget;
  onClose: () => void;
}) {
  const profile = useTenantProfile();
  const [mode, setMode] = useState<(typeof EMBED_MODES)[number]>('inline');
  const origin = location.origin;
  const tenant = profile.data?.slug;
  const link = tenant ? publicLink(origin, tenant, wizard.slug) : '';
  return (
    <Dialog
      open={open}
      title={`Share ${wizard.name}`}
      description="Anyone with the link can fill this wizard, no sign-in needed."
      onClose={onClose}
      width="max-w-2xl"
    >
      <div className="mt-5 space-y-6">
        {wizard.status !== 'published' ? (
          <p className="rounded-lg bg-warning-soft p-3 text-sm">
            {wizard.status === 'draft'
              ? 'Publish this wizard first: drafts have no public page.'
              : 'This wizard is archived: it has no public page.'}
          </p>
        ) : profile.isError ? (
          <p role="alert" className="text-sm text-danger">
            The workspace's URL could not be loaded: {profile.error.message}
          </p>
        ) : !tenant ? (
          <p role="status" className="text-sm text-fg-muted">
            Loading…
          </p>
        ) : (
          <>
            <div className="grid gap-6 sm:grid-cols-[minmax(0,1fr)_auto]">
              <div className="space-y-3">
                <CopyField label="Public link" value={link} />
                <p className="text-xs text-fg-muted">
                  If the wizard's <strong>Public</strong> setting is off, this link shows “not available”.
                  Each visitor gets a resume link to finish later.
                </p>
                <a
                  href={link}
                  target="_blank"
                  rel="noreferrer"
                  className="inline-block text-sm font-medium text-accent-text hover:underline"
                >
                  Open the public page ↗
                </a>
              </div>
              <QrCode text={link} name={wizard.name} />
            </div>
            <div className="space-y-3">
              <h3 className="font-medium">Embed on your site</h3>
              <Tabs
                label="Embed mode"
                value={mode}
                onChange={(id) => setMode(id as typeof mode)}
                tabs={EMBED_MODES.map((m) => ({
                  id: m,
                  label: m === 'fullpage' ? 'Full page' : m[0]!.toUpperCase() + m.slice(1),
                  content: (
                    <div className="space-y-2 pt-3">
                      <p className="text-sm text-fg-muted">{EMBED_MODE_HELP[m]}</p>
                      <CopyField
                        label={`Embed code (${m})`}
                        value={embedSnippet(origin, tenant, wizard.slug, m)}
                        multiline
                      />
                    </div>
                  ),
                }))}
              />
              <p className="text-xs text-fg-muted">
                Only the sites listed in the wizard's <strong>Allowed origins</strong> (builder → Settings)
                can show it. Listen for <code>guidepost:completed</code> with{' '}
                <code>Guidepost.on('completed', …)</code>.
              </p>
            </div>
          </>
        )}
        <div className="flex justify-end">
          <Button variant="secondary" onClick={onClose}>
            Done
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
