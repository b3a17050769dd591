import { dotlessKey } from '../text';
import type { Resolved, SpeakerType } from './types';
import type { MentionInfo } from './mentions';
import type { Registry } from './registry';
import type { Issued } from './reporting-frames/frame';
import { ADJUNCT_PREPOSITIONS, GENDERED_WORDS, MENTION_PREPOSITIONS, SOURCE_POSTMODIFIERS } from './lexicon';

export type { Resolved } from './types';

const PRONOUN_TYPES: Readonly<Record<'person' | 'plural' | 'thing' | 'first' | 'second', readonly SpeakerType[]>> = {
  first: [],
  second: [],
  person: ['person'],
  plural: ['group', 'country', 'organization'],
  thing: ['organization', 'document', 'country'],
};

/** How many speakers back a pronoun may reach. */
const PRONOUN_REACH = 6;

/**
 * Resolves speaker mentions to canonical speakers in reading order: names through the
 * registry, role nouns to the last person named with that role, pronouns to the most recent
 * compatible speaker (he/she → person; they → group, country or organisation; it →
 * organisation, document or country), and a bare `the statement` to the last party reported
 * issuing one.
 */
/** How far (characters) a document of another noun may stand from the issuing it stands for. */
const ISSUER_REACH = 800;

export class Resolver {
  private readonly recent: (Resolved & { pos: number })[] = [];
  private readonly issuers: (Resolved & Issued & { pos: number })[] = [];

  /** `ownVoiceAt(pos)`: who `I`/`we` is at a position (the turn's speaker, or the byline's), if anyone. */
  constructor(
    private readonly registry: Registry,
    private readonly ownVoiceAt: (pos: number) => Resolved | null,
    /** Whom `you` addresses at a position (a question's answerer, a letter's addressee), if anyone. */
    private readonly addresseeAt: (pos: number) => Resolved | null = () => null,
  ) {}

  /** `subjectBefore`: the person the previous sentence opens with, preferred for `he`/`she`. */
  resolve(info: MentionInfo, pos: number, subjectBefore: Resolved | null = null): Resolved {
    // A capitalised common noun standing alone may be a surname (`Law said` after `magistrate Peter Law`).
    if (info.kind !== 'name' && info.kind !== 'pronoun' && /^\p{Lu}\S*$/u.test(info.name)) {
      const person = this.registry.personNamed(dotlessKey(info.name), pos);
      if (person) return { canonical: person, type: 'person' };
    }
    switch (info.kind) {
      case 'name':
        return { canonical: this.registry.canonicalName(info, pos), type: info.type };
      case 'role': {
        const holder = this.registry.roleHolder(info.roleHead!, pos);
        if (holder) return { canonical: holder, type: 'person' };
        // `the spokesperson` after `a spokesperson for the Chinese Mission` speaks: the same unnamed source.
        const head = info.roleHead!;
        let i = this.countBefore(pos) - 1;
        for (const stop = i - PRONOUN_REACH; i >= 0 && i > stop; i--) {
          const r = this.recent[i]!;
          if (r.type === 'anonymous' && r.canonical && dotlessKey(r.canonical).split(' ').includes(head))
            return { canonical: r.canonical, type: r.type };
        }
        return { canonical: info.name, type: 'anonymous' };
      }
      case 'pronoun': {
        if (info.pronoun === 'first') return this.ownVoiceAt(pos) ?? { canonical: null, type: 'pronoun' };
        if (info.pronoun === 'second') return this.addresseeAt(pos) ?? { canonical: null, type: 'pronoun' };
        // `she` is never a person named as a man (`Mr. Holm`), nor `he` a woman.
        const gender = info.pronoun === 'person' ? (GENDERED_WORDS.get(dotlessKey(info.name)) ?? null) : null;
        const clash = (r: Resolved) => r.type === 'person' && this.registry.genderClash(r.canonical!, gender);
        if (info.pronoun === 'person' && subjectBefore && !clash(subjectBefore)) return subjectBefore;
        const wanted = PRONOUN_TYPES[info.pronoun!];
        // `Vilja Marten does not know … “…,” she says`: a person opening a sentence after the last
        // speaker is the likelier antecedent than that speaker.
        const subject = info.pronoun === 'person' ? this.registry.lastSubjectPerson(pos, gender) : null;
        let i = this.countBefore(pos) - 1;
        for (const stop = i - PRONOUN_REACH; i >= 0 && i > stop; i--) {
          const r = this.recent[i]!;
          if (
            r.canonical &&
            (wanted.includes(r.type) || (info.pronoun === 'person' && this.lastSource(r, pos))) &&
            !clash(r)
          )
            return subject && subject.pos > r.pos
              ? { canonical: subject.canonical, type: 'person' }
              : { canonical: r.canonical, type: r.type };
        }
        if (info.pronoun === 'person') {
          const last = this.registry.personForPronoun(pos, gender);
          if (last) return { canonical: last, type: 'person' };
        }
        return { canonical: null, type: 'pronoun' };
      }
      case 'organization':
        return { canonical: this.registry.organizationWith(info.roleHead!, pos) ?? info.name, type: 'organization' };
      case 'document':
        return this.issuerOf(info.name, pos) ?? { canonical: info.name, type: 'document' };
      default:
        return { canonical: info.name, type: info.type };
    }
  }

  /**
   * The party a document mention at `pos` stands for: the last to issue a document of its noun
   * (`… said in a statement. The statement adds …`), else the last reported issuing anything
   * nearby (`The Weather Service has issued a warning. Its forecast says …`).
   */
  private issuerOf(name: string, pos: number): Resolved | null {
    const noun = headNoun(name);
    for (let i = this.issuers.length - 1; i >= 0; i--) {
      const issuer = this.issuers[i]!;
      if (issuer.pos >= pos) continue;
      if (issuer.noun === noun || (issuer.act && pos - issuer.pos <= ISSUER_REACH))
        return { canonical: issuer.canonical, type: issuer.type };
    }
    return null;
  }

  /** `r`, noted before `pos`, is one unnamed source, and no person is named between it and `pos`. */
  private lastSource(r: Resolved & { pos: number }, pos: number): boolean {
    return oneSource(r) && this.registry.lastPersonBetween(r.pos + 1, pos) === null;
  }

  /** How many noted speakers lie before `pos`. */
  private countBefore(pos: number): number {
    let lo = 0;
    let hi = this.recent.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.recent[mid]!.pos < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * Record a speaker mentioned at `pos` so later pronouns can reach it; `issued` is the noun of a
   * statement it issued (`statement`), which a later document of that noun stands for.
   */
  note(resolved: Resolved, pos: number, issued: Issued | null = null): void {
    if (!resolved.canonical) return;
    // Speakers arrive mostly in reading order (quotes are linked after frames): keep the list sorted.
    const noted = { canonical: resolved.canonical, type: resolved.type, pos };
    const at = this.countBefore(pos + 1);
    if (at === this.recent.length) this.recent.push(noted);
    else this.recent.splice(at, 0, noted);
    if (issued) this.issuers.push({ ...noted, ...issued });
  }
}

/**
 * An anonymous source who is one person (`a laboratory technician at the plant`, `a senior
 * official`), whom a later `she` or `he` may stand for; not `sources` or `officials familiar with
 * the talks`, nor a role in title case. The head is the word before the preposition, postmodifier
 * (`MODIFIER_OPENERS`) or `who` that opens its modifier.
 */
function oneSource(r: Resolved): boolean {
  if (r.type !== 'anonymous') return false;
  const words = r.canonical!.split(' ');
  // `the Press Secretary` in title case is a role whose holder is named elsewhere, not a source.
  if (words.every((w) => w !== w.toLowerCase())) return false;
  let head = words.length - 1;
  for (let k = 1; k < words.length; k++)
    if (MODIFIER_OPENERS.some((set) => set.has(words[k]!)) || words[k] === 'who') {
      head = k - 1;
      break;
    }
  const word = words[head]!.toLowerCase();
  return !(word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us'));
}

/** Lexicon words that open what follows a source's head noun (`technician at the plant`, `nurses on the ward`, `source close to the talks`). */
const MODIFIER_OPENERS: readonly { has(word: string): boolean }[] = [
  MENTION_PREPOSITIONS,
  ADJUNCT_PREPOSITIONS,
  SOURCE_POSTMODIFIERS,
];

/** The lower-case last word of a document's name (`Joint statement` → `statement`). */
function headNoun(name: string): string {
  return name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
}
