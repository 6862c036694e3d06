/**
 * Greetings people open a message with, in English and a few other common languages ("hi", "good
 * morning", "oi", "hola", "bonjour"). A small general list: the guide strips a leading greeting before
 * reading values, and a greeting is never a person's name ("Oi! Ana Carolina Souza here").
 */

/** The greeting alternatives as a regular-expression source (lowercase; match with the `i` flag). */
export const GREETING_SOURCE = [
  'hi',
  'hello',
  'hey',
  'hiya',
  'howdy',
  'heya',
  'yo',
  'greetings',
  'good (?:morning|afternoon|evening|day)',
  'morning',
  'evening',
  // other languages
  'oi',
  'ol[aá]',
  'hola',
  'buen(?:os|as) (?:d[ií]as|tardes|noches)',
  'buenas',
  'bom dia',
  'boa (?:tarde|noite)',
  'bonjour',
  'bonsoir',
  'salut',
  'ciao',
  'buongiorno',
  'hallo',
  'guten (?:tag|morgen|abend)',
  'servus',
  'moin',
  'hej',
  'hoi',
  'namaste',
  'salaam',
  'salam',
  'shalom',
  'merhaba',
  'aloha',
  // Māori, Tongan, Samoan and Fijian greetings (New Zealand and the Pacific)
  'kia ora(?: koe| korua| koutou)?',
  'ki ora',
  't[eē]n[aā] koe',
  't[eē]n[aā] koutou',
  'm[aā]lo e lelei',
  'talofa(?: lava)?',
  'bula',
  'konnichiwa',
  'ni ?hao',
  "g'day",
].join('|');

const GREETING_WORD = new RegExp(String.raw`^(?:${GREETING_SOURCE})$`, 'i');

/** Whether `words` are only a greeting ("Oi", "good morning", "Hola"). */
export function isGreeting(words: string): boolean {
  return GREETING_WORD.test(words.trim().replace(/[\s,.!]+$/, ''));
}
