/**
 * Guidepost's own voice catalogue (the create-a-sidekick seed's four), shared by the server (which voices
 * them with espeak-ng, see src/sidekicks/voices.ts), the wizard definition (a guide's `voice_id`) and the
 * web app (which picks the browser voice closest to a guide's catalogue voice).
 */

/** The kind of voice: what a browser's installed voice is matched on. */
export type VoiceGender = 'female' | 'male';

/** A voice of the catalogue: its id, name, gender, accent and a line about it. */
export interface CatalogueVoiceEntry {
  id: string;
  name: string;
  gender: VoiceGender;
  accent: 'british' | 'american';
  description: string;
}

/** Guidepost's own voices. */
export const VOICE_CATALOGUE_ENTRIES: readonly CatalogueVoiceEntry[] = [
  {
    id: 'pro-british-male',
    name: 'Professional British male',
    gender: 'male',
    accent: 'british',
    description: 'Measured and clear, a newsreader’s poise.',
  },
  {
    id: 'friendly-american-female',
    name: 'Friendly American female',
    gender: 'female',
    accent: 'american',
    description: 'Bright and upbeat, like a helpful neighbour.',
  },
  {
    id: 'warm-calm-female',
    name: 'Warm and calm female',
    gender: 'female',
    accent: 'british',
    description: 'Slow and soothing, never in a hurry.',
  },
  {
    id: 'energetic-young-male',
    name: 'Energetic young male',
    gender: 'male',
    accent: 'american',
    description: 'Quick and lively, full of enthusiasm.',
  },
];

/** The catalogue voice of an id, or undefined (an ElevenLabs id, an unknown one). */
export function catalogueVoice(id: string | undefined): CatalogueVoiceEntry | undefined {
  return VOICE_CATALOGUE_ENTRIES.find((v) => v.id === id);
}

/**
 * The catalogue voice that stands for a guide's former browser-voice setting `guide.voice` (female or
 * male), used when an old wizard definition is read: the American voice of that gender.
 */
export const VOICE_OF_GENDER: Record<VoiceGender, string> = {
  female: 'friendly-american-female',
  male: 'energetic-young-male',
};

/** English accents as BCP 47 locales. */
const ACCENT_LOCALE: Record<CatalogueVoiceEntry['accent'], string> = { british: 'en-GB', american: 'en-US' };

/**
 * The browser voice to look for when a browser speaks for a guide whose voice is `voiceId`: the catalogue
 * entry's gender and, in a wizard whose locale is plain English (`en`), its accent as the locale (`en-GB`,
 * `en-US`); otherwise the locale. A voice not in the catalogue (an ElevenLabs id) or none gives the locale
 * alone.
 */
export function browserVoiceOf(
  voiceId: string | undefined,
  locale: string,
): { lang: string; gender?: VoiceGender } {
  const voice = catalogueVoice(voiceId);
  if (!voice) return { lang: locale };
  const plainEnglish = locale.toLowerCase() === 'en';
  return { lang: plainEnglish ? ACCENT_LOCALE[voice.accent] : locale, gender: voice.gender };
}
