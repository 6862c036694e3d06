/**
 * The 24-hour clock written in other ways than "HH:MM", rewritten as "HH:MM" for chrono: with an "h" ("19h",
 * "19h30", as in much of Europe) and with a dot after a word that starts or bounds something ("ceremony
 * start 16.00", "from 9.30"; chrono reads "at 16.00" itself). A bare "12h" or "3.30" stays as it is: it is as
 * likely a length ("12h a week") or an amount. Pure.
 */

const HOUR = String.raw`([01]?\d|2[0-3])`;
/** Words before an hour that make it a time of day ("at 19h", "starting 9.30"); not "for" (a length). */
const CUE = String.raw`\b(?:at|by|around|from|until|till|til|before|after|starts?|starting|begins?|beginning)\s+`;
/** The end of a range after a time already written ("9h to 17h", "9.30-17.30"). */
const AFTER_TIME = String.raw`(?<=\d(?::\d\d|h|\.\d\d)\s*(?:to|-|–)\s*)`;

/** "19h30", "7h05": hour and minutes around an "h". */
const H_MINUTES = new RegExp(String.raw`\b${HOUR}h([0-5]\d)\b`, 'gi');
/** "at 19h", "from 9h to 17h": an hour with an "h" after a time cue. */
const H_HOUR = new RegExp(String.raw`(${CUE}|${AFTER_TIME})${HOUR}h\b`, 'gi');
/** "start 16.00", "from 9.30 to 17.30": hour and minutes around a dot after a time cue, not a longer number. */
const DOTTED = new RegExp(String.raw`(${CUE}|${AFTER_TIME})${HOUR}\.([0-5]\d)\b(?![.,]?\d)`, 'gi');

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * `text` with "19h30", "at 19h" and "start 16.00" written "19:30", "at 19:00" and "start 16:00". An "h" is the
 * 24-hour clock ("7h" is 07:00); a dot is written either way ("from 9.30 to 5.30"), so its hour is kept as said.
 */
export function clockNotationsToColon(text: string): string {
  return text
    .replace(H_MINUTES, (_m, h: string, mm: string) => `${pad(Number(h))}:${mm}`)
    .replace(H_HOUR, (_m, cue: string, h: string) => `${cue}${pad(Number(h))}:00`)
    .replace(DOTTED, (_m, cue: string, h: string, mm: string) => `${cue}${h}:${mm}`);
}
