import type { Doc, Span } from '../text';
import { COUNTRIES, DEMONYMS, EVENT_WORDS, GROUP_NOUNS, LOCATIVE_PREPOSITIONS, NOT_PARTIES, lexKey } from './lexicon';
import type { SpeakerType } from './types';

/** What the actors list knows of a party that never speaks. */
export interface ActorCandidate {
  readonly canonical: string;
  readonly type: SpeakerType | null;
  readonly mentions: ReadonlyMap<number, Span>;
}

/** The word before `offset` (lower-cased), skipping spaces. */
function wordBefore(text: string, offset: number): string {
  let e = offset;
  while (e > 0 && /\s/.test(text[e - 1]!)) e--;
  let s = e;
  while (s > 0 && /[\p{L}-]/u.test(text[s - 1]!)) s--;
  return text.slice(s, e).toLowerCase();
}

/** The first character of the word after `offset`, skipping spaces. */
function charAfter(text: string, offset: number): string {
  let i = offset;
  while (i < text.length && text[i] === ' ') i++;
  return text[i] ?? '';
}

/**
 * Whether a party that never speaks is no actor at all (issue 7, item 13):
 * - named only in the headline (`Critics Say UN Council Creates Loophole` is a headline's run of capitals);
 * - a thing, not a party (`AIDS`, `COVID-19`), or an event (`Regular Press Conference`);
 * - a single word used only as an adjective before a lower-case noun (`Iranian officials`,
 *   `English-speaking regions`), or only after a place preposition (`in Mamfe`): a place or a
 *   modifier, not a person.
 */
export function isNotAnActor(doc: Doc, a: ActorCandidate): boolean {
  const spans = [...a.mentions.values()];
  if (spans.length === 0) return false;
  const headlineEnd = doc.headline?.end ?? -1;
  // `Fishermen in Portvale met …` after a headline `… Ignores Fishermen`: a capital opening a sentence is no further mention.
  const sentenceInitialWord = (s: Span) => !/\s/.test(s.text) && /(?:^|[.!?]["”’]?\s+|\n\s*)$/.test(doc.text.slice(Math.max(0, s.start - 3), s.start));
  if (spans.some((s) => s.start < headlineEnd) && spans.every((s) => s.start < headlineEnd || sentenceInitialWord(s))) return true;
  const words = a.canonical.split(/\s+/);
  const last = lexKey(words[words.length - 1]!);
  if (NOT_PARTIES.has(lexKey(a.canonical)) || (EVENT_WORDS.has(last) && a.type !== 'group')) return true;
  if (words.length !== 1 || a.type === 'group') return false;
  const body = spans.filter((s) => s.start >= headlineEnd);
  const key = lexKey(a.canonical);
  const beforeNoun = (s: Span) => /\p{Ll}/u.test(charAfter(doc.text, s.end));
  const adjectiveShape = !COUNTRIES.has(key) && (DEMONYMS.has(key) || a.canonical.includes('-') || /(?:ean|ian|ese|ish|i)$/.test(a.canonical));
  const modifier = adjectiveShape && body.every(beforeNoun);
  // `in Mamfe`, `the Mamfe gendarmes`, `invade Tigray.`: met after a place preposition, as a modifier or at a clause end.
  const locative = (s: Span) => LOCATIVE_PREPOSITIONS.has(wordBefore(doc.text, s.start));
  const placeLike = (s: Span) => locative(s) || beforeNoun(s) || /^[.,;]?$/.test(charAfter(doc.text, s.end));
  const place = a.type === 'person' && body.some(locative) && body.every(placeLike);
  return modifier || place;
}

/** `Rwandans`, `Civilians`: a single capitalised plural of a people or a group noun is a group, not a person. */
export function actorType(a: ActorCandidate): SpeakerType | null {
  if (a.type !== 'person' || /\s/.test(a.canonical)) return a.type;
  const key = lexKey(a.canonical);
  if (GROUP_NOUNS.has(key) || (key.endsWith('s') && (DEMONYMS.has(key.slice(0, -1)) || /(?:ans|ians|eans|urs)$/.test(key)))) return 'group';
  return a.type;
}
