import { splitSentences } from '../sentence-split.js';

/**
 * The sentences of a named clause's words that come after the one its value was read from: in "our budget is
 * bigger than I said, more like 60k. and yes you can contact me" the budget is read from the first sentence,
 * and "and yes you can contact me" answers something else (here the yes/no just asked). `span` is the words
 * the value came from; '' when it is not found, lies in the last sentence, or is missing. Pure.
 */
export function laterSentences(words: string, span: string | undefined): string {
  if (!span) return '';
  const at = words.indexOf(span);
  if (at < 0) return '';
  const sentences = splitSentences(words);
  let end = 0;
  for (const [i, sentence] of sentences.entries()) {
    end = words.indexOf(sentence, end) + sentence.length;
    if (end >= at + span.length) return sentences.slice(i + 1).join(' ');
  }
  return '';
}
