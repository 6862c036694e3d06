import { z } from 'zod';
import { EventBindingSchema } from '../actions/definition.js';
import { JsonLogicSchema } from './json-logic.js';
import { ConversationTestSchema } from './conversation-tests.js';
import { VOICE_OF_GENDER } from '../voices.js';

/**
 * Wizard definition schemas: the single source of truth for wizards, shared by the server, the guide,
 * the web app and the CLI. Names follow the product's terms: a wizard has steps, a step has fields.
 */

/** Every field type the engine knows. Each has one module in `./field-types/`. */
export const FIELD_TYPES = [
  'text',
  'textarea',
  'email',
  'phone',
  'url',
  'number',
  'date',
  'time',
  'datetime',
  'single_select',
  'multi_select',
  'boolean',
  'rating',
  'slider',
  'color',
  'file_upload',
  'rich_text',
  'voice_only',
  'dynamic_table',
  'apply_button',
] as const;
export const FieldTypeSchema = z.enum(FIELD_TYPES);
export type FieldType = z.infer<typeof FieldTypeSchema>;

/** Whether a field type chooses among options (has an option set): the selects and `dynamic_table`. */
export function isSelectType(type: string): boolean {
  return type === 'single_select' || type === 'multi_select' || type === 'dynamic_table';
}

export { JsonLogicSchema, MAX_LOGIC_DEPTH, MAX_LOGIC_NODES, type JsonLogic } from './json-logic.js';

const identifier = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, 'must be snake_case: a lowercase letter, then lowercase letters, digits or _')
  .max(64);

/** One choice of a single_select or multi_select field. `synonyms` help the guide recognise it in speech. */
export const OptionSchema = z.strictObject({
  value: z.string().min(1).max(200),
  label: z.string().min(1).max(200),
  synonyms: z.array(z.string().min(1)).default([]),
});
export type Option = z.infer<typeof OptionSchema>;

/** Value rules. Lengths count characters; min/max bound numbers (or counts of choices for multi_select). */
export const ValidationSchema = z.strictObject({
  min_length: z.number().int().nonnegative().optional(),
  max_length: z.number().int().positive().optional(),
  pattern: z.string().optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  custom_error: z.string().optional(),
});
export type Validation = z.infer<typeof ValidationSchema>;

/** When a field is shown, enabled and required. Each is JSON Logic over the run's field values. */
export const FieldConditionsSchema = z.strictObject({
  show_if: JsonLogicSchema.optional(),
  hide_if: JsonLogicSchema.optional(),
  enable_if: JsonLogicSchema.optional(),
  disable_if: JsonLogicSchema.optional(),
  require_if: JsonLogicSchema.optional(),
});
export type FieldConditions = z.infer<typeof FieldConditionsSchema>;

/**
 * A value computed from another field until someone sets this field directly: `{from: "name", transform: "slug"}`
 * turns "Herman the Helper" into "herman-the-helper".
 */
export const DeriveSchema = z.strictObject({
  from: identifier,
  transform: z.enum(['slug', 'lowercase', 'uppercase', 'copy']),
});
export type Derive = z.infer<typeof DeriveSchema>;

/**
 * A field. `settings` holds type-specific options: `rating` {max}, `slider` {step}, `phone` {default_region, strict_validation},
 * `file_upload` {accept, max_size_bytes, multiple}, `dynamic_table` {columns: [{key, label}]},
 * `apply_button` {option_set: the select field it applies, button_label}. `default` must be a valid value of the field's type.
 */
export const FieldSchema = z.strictObject({
  name: identifier,
  label: z.string().min(1).max(300),
  type: FieldTypeSchema,
  required: z.boolean().default(false),
  description: z.string().max(2000).optional(),
  extraction_hints: z.array(z.string()).default([]),
  /**
   * `false`: a guide does not ask for this optional field on its own; it mentions it once, when a value of
   * its step is given, and fills it whenever someone gives it (tuning knobs behind an "advanced" choice).
   * Absent or `true`: asked in turn like any field. Ignored for required fields.
   */
  guide_asks: z.boolean().optional(),
  default: z.unknown().optional(),
  options: z.array(OptionSchema).optional(),
  validation: ValidationSchema.optional(),
  conditions: FieldConditionsSchema.optional(),
  derive: DeriveSchema.optional(),
  settings: z.record(z.string(), z.unknown()).optional(),
});
export type Field = z.infer<typeof FieldSchema>;
export type FieldInput = z.input<typeof FieldSchema>;

/** A step: a page of the wizard. `skip_if` (JSON Logic) skips it; a step whose fields are all hidden is skipped too. */
export const StepSchema = z.strictObject({
  id: identifier,
  title: z.string().min(1).max(300),
  instruction: z.string().max(4000).optional(),
  voice_prompt: z.string().max(2000).optional(),
  fields: z.array(FieldSchema).default([]),
  skip_if: JsonLogicSchema.optional(),
});
export type Step = z.infer<typeof StepSchema>;

/**
 * The sidekick who guides a run. When the builder picks one of the tenant's sidekicks, `sidekick` holds its
 * slug and its name, personality, greeting, voice and avatar prompt are copied here, so a published version
 * keeps the guide it was published with (and the player draws the avatar from `avatar_prompt`).
 *
 * `voice_id` is the guide's one voice setting: a voice of the catalogue (src/core/voices.ts) or of the
 * tenant's provider. A LiveKit call speaks with it; a browser speaking for the guide picks the installed
 * voice closest to its catalogue entry (gender, accent). Definitions saved before it was the only one may
 * carry `voice` (female or male, the browser voice's gender): it is read as the catalogue voice of that
 * gender when there is no `voice_id`, and dropped.
 */
const GuideFields = {
  name: z.string().min(1).max(100).default('Guide'),
  personality: z.string().max(4000).default('friendly and concise'),
  greeting: z.string().max(2000).optional(),
  sidekick: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a sidekick slug such as farah-qubit')
    .max(60)
    .optional(),
  voice_id: z.string().min(1).max(200).optional(),
  avatar_prompt: z.string().max(1000).optional(),
};

/** A guide as it may be written, the former `voice` included. */
const GuideInputSchema = z.strictObject({
  ...GuideFields,
  voice: z
    .enum(['female', 'male'])
    .optional()
    .describe('deprecated: read as the catalogue voice of this gender when voice_id is not set'),
});

// A codec rather than a transform: responses are encoded through their schema, and a current guide encodes
// as itself.
export const GuideSchema = z.codec(
  GuideInputSchema,
  // The input's defaults have filled these in.
  z.strictObject({ ...GuideFields, name: z.string().min(1).max(100), personality: z.string().max(4000) }),
  {
    decode: (guide) => withoutFormerVoice(guide),
    encode: (guide) => guide,
  },
);

/** A guide with its former `voice` read as `voice_id` when it has none, and dropped (see GuideSchema). */
function withoutFormerVoice<G extends { voice?: unknown; voice_id?: string }>({
  voice,
  ...guide
}: G): Omit<G, 'voice'> {
  if (guide.voice_id || (voice !== 'female' && voice !== 'male')) return guide;
  return { ...guide, voice_id: VOICE_OF_GENDER[voice] };
}

/**
 * A definition stored by an earlier version, read as the current schema has it (without parsing the rest,
 * which may be an unfinished draft): the guide's former `voice` becomes its `voice_id` (see GuideSchema).
 * Anything else comes back as it is.
 */
export function upgradeStoredDefinition<T>(stored: T): T {
  const guide = (stored as { guide?: unknown } | null)?.guide;
  if (!guide || typeof guide !== 'object' || !('voice' in guide)) return stored;
  return { ...stored, guide: withoutFormerVoice(guide as { voice?: unknown; voice_id?: string }) };
}
export type Guide = z.infer<typeof GuideSchema>;

export const BrainKindSchema = z.enum(['embedded', 'llm', 'hybrid']);
export type BrainKind = z.infer<typeof BrainKindSchema>;

/**
 * A web origin as browsers send it in `Origin`: `http` or `https`, a host and an optional port, no path and
 * no trailing slash; trimmed and lowercased.
 */
export const OriginSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(200)
  .regex(
    /^https?:\/\/(\[[0-9a-f:.]+\]|[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*)(:\d{1,5})?$/,
    'must be an origin such as https://www.example.com (scheme, host and optional port; no path, no trailing slash)',
  );

/** Wizard-wide settings. `default_region` is an ISO 3166-1 alpha-2 code for phone numbers without a country code. */
export const WizardSettingsSchema = z.strictObject({
  brain: BrainKindSchema.default('embedded'),
  default_region: z
    .string()
    .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code such as US or GB')
    .default('US'),
  locale: z.string().default('en'),
  allow_back: z.boolean().default(true),
  show_progress: z.boolean().default(true),
  confirm_before_complete: z.boolean().default(true),
  /** Title and instruction of the review page that follows the last step. */
  review_title: z.string().max(200).default('Review'),
  review_instruction: z.string().max(2000).optional(),
  /**
   * Whether the published wizard opens for anyone at `/w/<tenant slug>/<wizard slug>` and as an embedded
   * widget. Off: only signed-in members of the tenant can run it; the public page answers 404.
   */
  public: z.boolean().default(true),
  /**
   * Origins (scheme://host[:port]) of the sites allowed to embed the public player in an iframe; the player
   * page sends them as its CSP `frame-ancestors`. Empty: no site may frame it (the link still works).
   */
  allowed_origins: z.array(OriginSchema).max(50).default([]),
  /** Whether `guidepost:completed` messages to the embedding page carry the run's values. */
  share_values_with_embedder: z.boolean().default(false),
  /**
   * Minutes without a change after which an active run is marked `abandoned` (a `wizard_abandon` event and a
   * `run.abandoned` webhook with the partial values); absent: runs are never abandoned for idleness.
   * Fractions are allowed (0.5 = 30 s).
   */
  abandon_after_minutes: z.number().positive().max(525_600).optional(),
});
export type WizardSettings = z.infer<typeof WizardSettingsSchema>;

export const WizardStatusSchema = z.enum(['draft', 'published', 'archived']);
export type WizardStatus = z.infer<typeof WizardStatusSchema>;

/** The structural schema of a wizard definition (cross-references are checked by `parseWizardDefinition`). */
export const WizardDefinitionBaseSchema = z.strictObject({
  id: z.string().min(1).max(100),
  name: z.string().min(1).max(200),
  slug: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens, e.g. lead-capture')
    .max(100),
  description: z.string().max(4000).default(''),
  status: WizardStatusSchema.default('draft'),
  is_template: z.boolean().default(false),
  guide: GuideSchema.default({ name: 'Guide', personality: 'friendly and concise' }),
  settings: WizardSettingsSchema.default({
    brain: 'embedded',
    default_region: 'US',
    locale: 'en',
    allow_back: true,
    show_progress: true,
    confirm_before_complete: true,
    review_title: 'Review',
    public: true,
    allowed_origins: [],
    share_values_with_embedder: false,
  }),
  steps: z.array(StepSchema).min(1, 'a wizard needs at least one step'),
  /** Events and their actions (see core/actions); absent when the wizard has none. */
  events: z.array(EventBindingSchema).max(200).optional(),
  /** The author's sample conversations with expected values (see conversation-tests.ts), kept per version. */
  conversation_tests: z.array(ConversationTestSchema).max(100).optional(),
});
export type WizardDefinition = z.infer<typeof WizardDefinitionBaseSchema>;
export type WizardDefinitionInput = z.input<typeof WizardDefinitionBaseSchema>;
