import type { BrainKind, Guide, WizardDefinition, WizardSettings } from '../../../src/core/wizard/definition';
import { GuidePicker } from '../sidekicks/GuidePicker';
import { InputField, ProblemList, Section, SelectField, TextAreaField, ToggleField } from './controls';
import type { DraftProblem } from './builder-api';
import { followWizardName } from './follow-labels';
import { GuideVoiceField } from './GuideVoiceField';
import { messagesAt } from './problem-paths';
import { SHARING_PATHS, SharingSettings } from './SharingSettings';

export interface WizardSettingsEditorProps {
  draft: WizardDefinition;
  /** The wizard's own problems (paths relative to the wizard: `slug`, `guide.name`, `settings.default_region`). */
  problems: DraftProblem[];
  onChange: (update: (draft: WizardDefinition) => WizardDefinition) => void;
  /** Never published yet: the slug follows the name while it is the one the name gave (followWizardName). */
  followName?: boolean;
}

const BRAINS: Array<{ value: BrainKind; label: string }> = [
  { value: 'embedded', label: 'Embedded (rules and NLU, no LLM)' },
  { value: 'llm', label: 'LLM' },
  { value: 'hybrid', label: 'Hybrid (embedded first, LLM when unsure)' },
];

/** Paths this editor shows next to a control; other wizard problems are listed at the top. */
const SHOWN = new Set([
  'name',
  'slug',
  'description',
  'guide.name',
  'guide.personality',
  'guide.greeting',
  'guide.voice_id',
  'settings.brain',
  'settings.default_region',
  'settings.locale',
  'settings.review_title',
  'settings.review_instruction',
  ...SHARING_PATHS,
]);

/** Editor of the wizard's own properties: name, slug, description, its guide and its settings. */
export function WizardSettingsEditor({
  draft,
  problems,
  onChange,
  followName = false,
}: WizardSettingsEditorProps) {
  const set = (patch: Partial<WizardDefinition>) =>
    onChange((d) => ({ ...d, ...(followName ? followWizardName(d, patch) : patch) }));
  const setGuide = (patch: Partial<Guide>) => onChange((d) => ({ ...d, guide: { ...d.guide, ...patch } }));
  const setSettings = (patch: Partial<WizardSettings>) =>
    onChange((d) => ({ ...d, settings: { ...d.settings, ...patch } }));
  const at = (path: string) => messagesAt(problems, path);
  const optional = (value: string) => (value === '' ? undefined : value);
  const { guide, settings } = draft;
  const others = problems.filter((p) => !SHOWN.has(p.path) && !p.path.startsWith('settings.allowed_origins'));
  return (
    <div className="space-y-6">
      <ProblemList messages={others.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message))} />
      <Section title="Wizard">
        <InputField
          label="Name"
          value={draft.name}
          onChange={(e) => set({ name: e.target.value })}
          problems={at('name')}
        />
        <InputField
          label="Slug"
          description="The wizard's address: lowercase words joined by hyphens, e.g. lead-capture."
          value={draft.slug}
          onChange={(e) => set({ slug: e.target.value })}
          problems={at('slug')}
          spellCheck={false}
        />
        <TextAreaField
          label="Description"
          value={draft.description}
          onChange={(e) => set({ description: e.target.value })}
          problems={at('description')}
        />
      </Section>
      <Section title="Guide" description="The sidekick who guides each run by chat or voice.">
        <GuidePicker guide={guide} onPick={(picked) => onChange((d) => ({ ...d, guide: picked }))} />
        <InputField
          label="Guide name"
          value={guide.name}
          onChange={(e) => setGuide({ name: e.target.value, sidekick: undefined })}
          problems={at('guide.name')}
        />
        <TextAreaField
          label="Personality"
          description="How the guide talks, e.g. “warm, brief, never pushy”."
          value={guide.personality}
          onChange={(e) => setGuide({ personality: e.target.value })}
          problems={at('guide.personality')}
        />
        <TextAreaField
          label="Greeting"
          description="The guide's first message; empty for a greeting made from the first step."
          value={guide.greeting ?? ''}
          onChange={(e) => setGuide({ greeting: optional(e.target.value) })}
          problems={at('guide.greeting')}
        />
        <GuideVoiceField
          voiceId={guide.voice_id}
          problems={at('guide.voice_id')}
          onChange={(voiceId) => setGuide({ voice_id: voiceId })}
        />
      </Section>
      <Section title="Settings">
        <SelectField
          label="Guide brain"
          value={settings.brain}
          onChange={(e) => setSettings({ brain: e.target.value as BrainKind })}
          problems={at('settings.brain')}
        >
          {BRAINS.map((b) => (
            <option key={b.value} value={b.value}>
              {b.label}
            </option>
          ))}
        </SelectField>
        <div className="grid gap-4 sm:grid-cols-2">
          <InputField
            label="Default region"
            description="For phone numbers without a country code (ISO code, e.g. US, GB)."
            value={settings.default_region}
            maxLength={2}
            onChange={(e) => setSettings({ default_region: e.target.value.toUpperCase() })}
            problems={at('settings.default_region')}
          />
          <InputField
            label="Locale"
            description="Language of the run, e.g. en or en-GB."
            value={settings.locale}
            onChange={(e) => setSettings({ locale: e.target.value })}
            problems={at('settings.locale')}
          />
        </div>
        <ToggleField
          label="Allow going back"
          description="Show a Back button on every step after the first."
          checked={settings.allow_back}
          onChange={(allow_back) => setSettings({ allow_back })}
        />
        <ToggleField
          label="Show progress"
          description="Show the step indicator above the form."
          checked={settings.show_progress}
          onChange={(show_progress) => setSettings({ show_progress })}
        />
        <ToggleField
          label="Review before completing"
          description="End with a review page listing every answer."
          checked={settings.confirm_before_complete}
          onChange={(confirm_before_complete) => setSettings({ confirm_before_complete })}
        />
        <InputField
          label="Review page title"
          value={settings.review_title}
          onChange={(e) => setSettings({ review_title: e.target.value })}
          problems={at('settings.review_title')}
        />
        <TextAreaField
          label="Review page instruction"
          value={settings.review_instruction ?? ''}
          onChange={(e) => setSettings({ review_instruction: optional(e.target.value) })}
          problems={at('settings.review_instruction')}
        />
      </Section>
      <SharingSettings settings={settings} at={at} onChange={setSettings} />
    </div>
  );
}
