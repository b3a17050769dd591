import { isSpace, dotlessKey } from '../text';
import type { Doc, Span } from '../text';
import { COUNTRIES, DEMONYMS, EVENT_WORDS, GROUP_NOUNS, LOCATIVE_PREPOSITIONS, NOT_PARTIES } from './lexicon';
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
  while (e > 0 && isSpace(text.charCodeAt(e - 1))) e--;
  let s = e;
  while (s > 0 && e - s < 16 && /[\p{L}-]/u.test(text[s - 1]!)) s--;
  return text.slice(s, e).toLowerCase();
}

/** Whether the next word after `offset` starts in lower case. */
function lowerCaseNext(text: string, offset: number): boolean {
  let i = offset;
  while (i < text.length && text.charCodeAt(i) === 32) i++;
  const ch = text[i];
  return ch !== undefined && ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** A clause ends right after `offset` (`invade Tigray.`). */
function clauseEndNext(text: string, offset: number): boolean {
  const ch = text[offset];
  return (
    ch === undefined ||
    ch === '.' ||
    ch === ',' ||
    ch === ';' ||
    (isSpace(text.charCodeAt(offset)) && offset + 1 >= text.length)
  );
}

/** A one-word mention opening a sentence (`Fishermen in Portvale met …`): its capital may be the sentence's alone. */
function sentenceInitialWord(text: string, s: Span): boolean {
  if (s.text.indexOf(' ') >= 0) return false;
  let i = s.start;
  while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
  if (i === 0 || text.charCodeAt(i) === 10 || (i < s.start && text.slice(i, s.start).includes('\n'))) return true;
  let c = text[i - 1]!;
  if ((c === '"' || c === '”' || c === '’') && i > 1) c = text[i - 2]!;
  return c === '.' || c === '!' || c === '?';
}

/**
 * Whether a party that never speaks is no actor at all:
 * - named only in the headline (`Critics Say UN Council Creates Loophole` is a headline's run of
 *   capitals), apart from a one-word capital opening a sentence;
 * - a thing, not a party (`AIDS`, `COVID-19`), or an event (`Regular Press Conference`);
 * - a single word used only as an adjective before a lower-case noun (`Iranian officials`,
 *   `English-speaking regions`), or only as a place (`in Mamfe`, `the Mamfe gendarmes`).
 */
export function isNotAnActor(doc: Doc, a: ActorCandidate): boolean {
  if (a.mentions.size === 0) return false;
  const text = doc.text;
  const headlineEnd = doc.headline?.end ?? -1;
  let inHeadline = false;
  let elsewhere = false;
  for (const s of a.mentions.values()) {
    if (s.start < headlineEnd) inHeadline = true;
    else if (!sentenceInitialWord(text, s)) elsewhere = true;
  }
  if (inHeadline && !elsewhere) return true;
  const key = dotlessKey(a.canonical);
  const space = a.canonical.lastIndexOf(' ');
  if (NOT_PARTIES.has(key) || (EVENT_WORDS.has(dotlessKey(a.canonical.slice(space + 1))) && a.type !== 'group'))
    return true;
  if (space >= 0 || a.type === 'group') return false;
  let modifier =
    !COUNTRIES.has(key) &&
    (DEMONYMS.has(key) || a.canonical.includes('-') || /(?:ean|ian|ese|ish|i)$/.test(a.canonical));
  let place = a.type === 'person';
  let locative = false;
  for (const s of a.mentions.values()) {
    if (s.start < headlineEnd) continue;
    const beforeNoun = lowerCaseNext(text, s.end);
    modifier &&= beforeNoun;
    // `in Mamfe`, `the Mamfe gendarmes`, `invade Tigray.`: after a place preposition, as a modifier or at a clause end.
    const after = place ? LOCATIVE_PREPOSITIONS.has(wordBefore(text, s.start)) : false;
    locative ||= after;
    place &&= after || beforeNoun || clauseEndNext(text, s.end);
    if (!modifier && !place) return false;
  }
  return modifier || (place && locative);
}

/** `Rwandans`, `Civilians`: a single capitalised plural of a people or a group noun is a group, not a person. */
export function actorType(a: ActorCandidate): SpeakerType | null {
  if (a.type !== 'person' || /\s/.test(a.canonical)) return a.type;
  const key = dotlessKey(a.canonical);
  if (
    GROUP_NOUNS.has(key) ||
    (key.endsWith('s') && (DEMONYMS.has(key.slice(0, -1)) || /(?:ans|ians|eans|urs)$/.test(key)))
  )
    return 'group';
  return a.type;
}
