import { browserVoiceOf, type VoiceGender } from '../../../src/core/voices';

export type { VoiceGender };

/** The parts of a browser voice the choice reads (a `SpeechSynthesisVoice` fits). */
export interface InstalledVoice {
  name: string;
  lang: string;
  default?: boolean;
}

/** Words in voice names that say their gender: the platforms' own names (macOS, Windows, Android, Chrome). */
const NAMED: Record<VoiceGender, RegExp> = {
  female:
    /\b(female|woman|samantha|victoria|karen|moira|tessa|fiona|veena|zira|susan|hazel|heera|aria|jenny|libby|sonia|natasha|serena|allison|ava|joanna|salli|kimberly|amelie|anna|alice|paulina|monica|google uk english female|google us english)\b/i,
  male: /\b(male|man|daniel|alex|fred|david|mark|george|ryan|guy|thomas|oliver|arthur|rishi|aaron|tom|diego|jorge|google uk english male)\b/i,
};

/**
 * The installed voice closest to the guide's: the run's language first (the exact locale, e.g. en-GB, over
 * the language alone, over any voice), then the gender its name suggests, then the platform's default.
 * Null when no voice is installed (the browser then speaks with its default, if at all).
 */
export function chooseVoice<V extends InstalledVoice>(
  voices: readonly V[],
  wanted: { lang: string; gender?: VoiceGender },
): V | null {
  const lang = wanted.lang.toLowerCase().replace('_', '-');
  const base = lang.split('-')[0]!;
  const score = (voice: V): number => {
    const vl = voice.lang.toLowerCase().replace('_', '-');
    let s = vl === lang ? 40 : vl.split('-')[0] === base ? 20 : 0;
    if (wanted.gender) {
      const other: VoiceGender = wanted.gender === 'female' ? 'male' : 'female';
      if (
        NAMED[wanted.gender].test(voice.name) &&
        !(wanted.gender === 'female' && /\bmale\b/i.test(voice.name))
      )
        s += 10;
      else if (NAMED[other].test(voice.name)) s -= 10;
    }
    if (voice.default) s += 1;
    return s;
  };
  let best: V | null = null;
  let bestScore = -Infinity;
  for (const voice of voices) {
    const s = score(voice);
    if (s > bestScore) {
      best = voice;
      bestScore = s;
    }
  }
  return best;
}

/**
 * The voice to pick in the browser for a guide: the gender and accent of its catalogue voice (`voice_id`,
 * see browserVoiceOf: "warm-calm-female" → female, en-GB in an English wizard). A voice not in the catalogue
 * (a provider's opaque id) or none gives the wizard's locale alone.
 */
export function voicePreference(
  guide: { voice_id?: string },
  locale: string,
): { lang: string; gender?: VoiceGender } {
  return browserVoiceOf(guide.voice_id, locale);
}
