import { publicSettingsOf } from '../../../src/core/public-page';
import type { WizardSettings } from '../../../src/core/wizard/definition';
import { InputField, Section, ToggleField } from './controls';
import { TagInput } from './fields/TagInput';

export interface SharingSettingsProps {
  settings: WizardSettings;
  /** Messages at a settings path (`settings.allowed_origins.0`…). */
  at: (path: string) => string[];
  onChange: (patch: Partial<WizardSettings>) => void;
}

/** Setting paths this editor shows next to its controls. */
export const SHARING_PATHS = ['settings.public', 'settings.abandon_after_minutes'];

/** What a typed origin becomes: trimmed, lowercased, without a path or trailing slash when it parses as a URL. */
function originOf(text: string): string {
  const trimmed = text.trim().toLowerCase();
  try {
    const url = new URL(trimmed);
    return /^https?:$/.test(url.protocol) ? url.origin : trimmed;
  } catch {
    return trimmed;
  }
}

/**
 * The wizard's publishing settings: whether its published version is public (a link and a widget), the
 * sites allowed to embed it, whether the embedding page receives the values on completion, and after how
 * many idle minutes a run counts as abandoned.
 */
export function SharingSettings({ settings, at, onChange }: SharingSettingsProps) {
  const shared = publicSettingsOf(settings);
  const originProblems = Object.keys(shared.allowed_origins).flatMap((i) =>
    at(`settings.allowed_origins.${i}`),
  );
  return (
    <Section
      title="Sharing"
      description="How visitors reach the published wizard: its public link and the widget on your sites."
    >
      <ToggleField
        label="Public"
        description="Anyone with the link (or on an allowed site) can fill the published wizard, without signing in."
        checked={shared.public}
        onChange={(value) => onChange({ public: value })}
      />
      <TagInput
        label="Allowed origins"
        description="Sites that may embed the widget, e.g. https://www.example.com (press Enter after each)."
        placeholder="https://www.example.com"
        tags={shared.allowed_origins}
        problems={[...at('settings.allowed_origins'), ...originProblems]}
        onChange={(tags) => onChange({ allowed_origins: [...new Set(tags.map(originOf))] })}
      />
      <ToggleField
        label="Send answers to the embedding page"
        description="guidepost:completed messages carry the run's values (only to the allowed origins)."
        checked={shared.share_values_with_embedder}
        onChange={(value) => onChange({ share_values_with_embedder: value })}
      />
      <InputField
        label="Abandon after (minutes idle)"
        description="A run nobody touches for this long is marked abandoned and sends run.abandoned. Empty: never."
        type="number"
        min={0}
        step="any"
        inputMode="decimal"
        value={settings.abandon_after_minutes ?? ''}
        onChange={(e) => {
          const minutes = e.target.value === '' ? undefined : Number(e.target.value);
          onChange({ abandon_after_minutes: Number.isFinite(minutes) ? minutes : undefined });
        }}
        problems={at('settings.abandon_after_minutes')}
      />
    </Section>
  );
}
