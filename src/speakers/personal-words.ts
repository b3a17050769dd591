import { WORD_CLASSES } from '../text';

/**
 * A first- or second-person word (the shared word class `personalWords`), with its clitic (`we’re`,
 * `I'd`): what a speaker's own paragraph holds and the outlet's narration does not. Each word is
 * matched in lower case or capitalised, never all in capitals (`US`); `I` only as a capital.
 */
export const SPEECH_PERSON = new RegExp(
  `(?:^|[^\\p{L}])(?:${WORD_CLASSES.personalWords
    .map((word) => (word === 'i' ? 'I' : `[${word[0]}${word[0]!.toUpperCase()}]${word.slice(1)}`))
    .join('|')})(?:['’]\\p{Ll}+)?(?![\\p{L}])`,
  'u',
);
