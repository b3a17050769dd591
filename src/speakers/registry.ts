import type { Doc, Sentence } from '../text';
import { firstAtOrAfter, isDigit, isQuoteMarkChar, lastAtOrBefore, lineBreakBetween } from '../text';
import type { SpeakerType } from './types';
import {
  COUNTRIES,
  CUE_FORMS,
  LOCATIVE_PREPOSITIONS,
  MONTHS,
  GENDERED_WORDS,
  ADDRESSED_OPENERS,
  HONORIFICS,
  NOT_NAMES,
  PORTFOLIO_WORDS,
  ROLE_PARTICIPLES,
  STREET_WORDS,
  SUBORDINATE_TITLE_WORDS,
  TITLES,
} from './lexicon';
import type { Gender } from './lexicon';
import {
  abbreviationDot,
  describeMentionOnce,
  nicknameMark,
  particleJoins,
  ROLE_PREPOSITIONS,
  type MentionInfo,
  type MentionSpan,
} from './mentions';
import type { WordList, WordShape } from './word-list';
import { isTitleCaseLine } from './reporting-frames/headline';
import { pastTimeAdjunct } from './reporting-frames/content-after';

/** A name found anywhere in the text (speaker or not), resolved to its canonical form. */
export interface NameMention {
  readonly span: MentionSpan;
  readonly start: number;
  readonly end: number;
  readonly info: MentionInfo;
  readonly canonical: string;
  readonly type: SpeakerType;
}

/** A titled name in a title-case headline is taken as its first two words. */
const HEADLINE_NAME_WORDS = 2;

interface Person {
  readonly canonical: string;
  readonly keys: readonly string[];
  role: string | null;
  roleHead: string | null;
  readonly positions: number[];
}

/**
 * The document's people and named parties, from capitalised word runs (never from a list of
 * known people): full names are registered with their role, so a later surname (`Hong`), role
 * noun (`the Spokesperson`) or pronoun can be resolved to the full name.
 */
export class Registry {
  private readonly persons = new Map<string, Person>();
  private readonly byFullName = new Map<string, Person>();
  private readonly byKey = new Map<string, Person[]>();
  /** Role holders in text order, by role head and by the head's last word. */
  private readonly holdersByHead = new Map<string, Positioned[]>();
  private readonly holdersByLastWord = new Map<string, (Positioned & { head: string })[]>();
  private readonly personMentions: Positioned[] = [];
  /** Person mentions that open their sentence (`Vilja Marten does not know …`): the subjects a later `she` most likely stands for. */
  private readonly subjectMentions: Positioned[] = [];
  private readonly organizationsByKey = new Map<string, Positioned[]>();
  private readonly firstHolders: (Positioned & { readonly head: string })[] = [];
  private readonly longerOrganization = new Map<string, string>();
  private readonly organizationsFiled = new Set<string>();
  readonly names: NameMention[] = [];
  /** A person's gender where an honorific or role noun of theirs says it (`Ms. Berg`); null once two disagree. */
  private readonly genders = new Map<string, Gender | null>();

  constructor(
    private readonly doc: Doc,
    words: WordList,
  ) {
    const runs = nameRuns(doc, words);
    const headlineEnd = doc.headline?.end ?? -1;
    const sentenceStarts = subjectStarts(doc, words);
    const infos = runs.map((span) =>
      describeMentionOnce(doc.text, words, span, words.at(span.from)!.start < headlineEnd ? HEADLINE_NAME_WORDS : 0),
    );
    // Full names first, so a surname met before its full name (a headline) still resolves.
    runs.forEach((span, i) => {
      const info = infos[i]!;
      if (info.kind === 'name' && info.type === 'person' && info.nameKeys.length >= 2)
        this.addPerson(info, words.at(span.from)!.start);
    });
    runs.forEach((span, i) => {
      const info = infos[i]!;
      if (info.kind !== 'name') return;
      const pos = words.at(span.from)!.start;
      const canonical = info.type === 'organization' ? this.organizationName(info, pos) : this.canonicalName(info, pos);
      if (info.type === 'person' && !numberedPlace(words, span) && !streetName(info) && !placedName(words, span)) {
        this.personMentions.push({ pos, canonical });
        // (Two words, or a surname of a full name: `Ms Marten`, `Bruno Kessel`, `Kessel`; one word alone
        // may be a town: `Brackenholt had built …`.)
        if (sentenceStarts.has(span.from) && (span.to - span.from >= 2 || canonical.includes(' ')))
          this.subjectMentions.push({ pos, canonical });
        this.noteGender(canonical, words, span);
        // `Kwame Lisle, the education minister, said …`: a later `the minister` is Lisle.
        const role = appositionRole(words, span) ?? fieldRole(words, span) ?? bracketedRole(words, span);
        if (role) this.addHolder(role, pos, canonical);
      }
      if (info.type === 'organization') {
        const keys = info.nameKeys;
        // Each distinct word once, without building a set for every mention.
        for (let k = 0; k < keys.length; k++)
          if (keys.indexOf(keys[k]!) === k) listOf(this.organizationsByKey, keys[k]!).push({ pos, canonical });
      }
      if (info.roleHead) this.addHolder(info.roleHead, pos, canonical);
      this.names.push({ span, start: pos, end: words.at(span.to - 1)!.end, info, canonical, type: info.type });
    });
  }

  private addPerson(info: MentionInfo, pos: number): void {
    let person = this.persons.get(info.name);
    if (!person) {
      person = { canonical: info.name, keys: info.nameKeys, role: null, roleHead: null, positions: [] };
      this.persons.set(info.name, person);
      this.byFullName.set(info.nameKey, person);
      for (const k of new Set(info.nameKeys)) listOf(this.byKey, k).push(person);
    }
    person.positions.push(pos);
    if (info.role && !person.role) {
      person.role = info.role;
      person.roleHead = info.roleHead;
    }
  }

  private addHolder(head: string, pos: number, canonical: string): void {
    listOf(this.holdersByHead, head).push({ pos, canonical });
    const firstSpace = head.indexOf(' ');
    if (firstSpace >= 0 && !SUBORDINATE_TITLE_WORDS.has(head.slice(0, firstSpace)))
      listOf(this.holdersByLastWord, head.slice(head.lastIndexOf(' ') + 1)).push({ pos, canonical, head });
    this.firstHolders.push({ pos, canonical, head });
  }

  /**
   * An organisation's name, or the longer name it abbreviates by dropping leading words
   * (`Human Rights Council` after `UN Human Rights Council`).
   */
  private organizationName(info: MentionInfo, pos: number): string {
    const longer = this.longerOrganization.get(info.nameKey) ?? this.headOf(info, pos);
    if (longer) return longer;
    // A name met again has its shorter forms filed already.
    if (this.organizationsFiled.has(info.nameKey)) return info.name;
    this.organizationsFiled.add(info.nameKey);
    for (let i = 1; i < info.nameKeys.length - 1; i++) {
      const suffix = info.nameKeys.slice(i).join(' ');
      if (!this.longerOrganization.has(suffix)) this.longerOrganization.set(suffix, info.name);
    }
    return info.name;
  }

  /**
   * `the Court` after `the Permanent International Court`, `the Ministry` after `the Ministry of
   * Health and Population`: a one-word organisation is the one organisation named before `pos` with
   * that word, when only one is.
   */
  private headOf(info: MentionInfo, pos: number): string | null {
    if (info.nameKeys.length !== 1 || info.name.includes(' ')) return null;
    const list = this.organizationsByKey.get(info.nameKey);
    if (!list) return null;
    // Two ministries named before: `the Ministry` could be either, and stays as written.
    let only: string | null = null;
    for (let i = lastAtOrBefore(list, pos - 1, (x) => x.pos); i >= 0; i--) {
      const canonical = list[i]!.canonical;
      if (!canonical.includes(' ') || canonical === only) continue;
      if (only !== null) return null;
      only = canonical;
    }
    return only;
  }

  /**
   * Who a described mention at `pos` stands for without the reading's context (a label's, a
   * handover line's): a name's canonical form, a role's holder, else the mention's own name.
   */
  labelCanonical(info: MentionInfo, pos: number): string {
    if (info.kind === 'name') return this.canonicalName(info, pos);
    return info.kind === 'role' ? (this.roleHolder(info.roleHead!, pos) ?? info.name) : info.name;
  }

  /** Canonical form of a name mention: a surname or all-caps label resolves to the full name. */
  canonicalName(info: MentionInfo, pos: number): string {
    if (info.type === 'organization')
      return this.longerOrganization.get(info.nameKey) ?? this.headOf(info, pos) ?? info.name;
    if (info.type !== 'person') return info.name;
    const full = this.byFullName.get(info.nameKey);
    if (full) return full.canonical;
    if (info.nameKeys.length !== 1) return info.name;
    return this.personNamed(info.nameKeys[0]!, pos) ?? info.name;
  }

  /**
   * The person whose full name's initials these are (`DF` → `Dagny Ferrel`, as an interview's
   * answer labels abbreviate the interviewee), when exactly one person named before `pos` has them.
   */
  personWithInitials(initials: string, pos: number): string | null {
    const want = initials.toLowerCase();
    let found: string | null = null;
    for (const person of this.persons.values()) {
      if (person.positions[0]! >= pos || person.keys.length !== want.length) continue;
      if (!person.keys.every((k, i) => k[0] === want[i])) continue;
      if (found !== null && found !== person.canonical) return null;
      found = person.canonical;
    }
    return found;
  }

  /** A person whose full name contains this single word (`Law` → `Peter Law`): the one named last before `pos`, else the first. */
  personNamed(key: string, pos: number): string | null {
    const candidates = this.byKey.get(key);
    if (!candidates) return null;
    let best: { pos: number; canonical: string } | null = null;
    for (const p of candidates) {
      const i = lastAtOrBefore(p.positions, pos, (x) => x);
      if (i >= 0 && (!best || p.positions[i]! > best.pos)) best = { pos: p.positions[i]!, canonical: p.canonical };
    }
    return best?.canonical ?? candidates[0]!.canonical;
  }

  /** The last organisation named before `pos` whose name has this word (`the committee` → `Committee to Protect Journalists`). */
  organizationWith(key: string, pos: number): string | null {
    const list = this.organizationsByKey.get(key);
    if (!list) return null;
    const i = lastAtOrBefore(list, pos - 1, (x) => x.pos);
    return i >= 0 ? list[i]!.canonical : null;
  }

  /** The role a person was introduced with (`Foreign Ministry Spokesperson`). */
  roleOf(canonical: string): string | null {
    return this.persons.get(canonical)?.role ?? null;
  }

  isPerson(canonical: string): boolean {
    return this.persons.has(canonical);
  }

  /**
   * The last person named with this role before `pos`: a role noun refers back, never forward.
   * A bare head also finds a longer title (`the minister` → `Foreign Minister Anna Berg`), but
   * not a subordinate one (`the president` is not `Vice President Harris`).
   */
  roleHolder(head: string, pos: number): string | null {
    const exact = this.holdersByHead.get(head);
    const i = exact ? lastAtOrBefore(exact, pos, (x) => x.pos) : -1;
    if (i >= 0) return exact![i]!.canonical;
    const longer = this.holdersByLastWord.get(head);
    const j = longer ? lastAtOrBefore(longer, pos, (x) => x.pos) : -1;
    if (j >= 0) return longer![j]!.canonical;
    // `SUMMARY: The mayor told the programme …` over the interview that names her: with no holder
    // before it, a role noun is the one holder the text names after it, when it names only one.
    return onlyHolder(exact) ?? onlyHolder(longer);
  }

  /** A person named with a role outside running text (a transcript label `NAME, ROLE:`), from `pos` on. */
  noteRoleHolder(head: string, pos: number, canonical: string): void {
    this.addHolder(head, pos, canonical);
  }

  /** The most recent person named before `pos`, not known to be of another gender than `gender`. */
  lastPerson(pos: number, gender: Gender | null = null): string | null {
    return this.lastPersonMention(pos, gender)?.canonical ?? null;
  }

  /**
   * Who `he`, `she` or `they` stands for when no speaker precedes it: the subject of the sentence
   * that last names a person (`Last night Halvard spoke with his counterpart, Edda Sarkany. He told
   * her …`), else the most recent person named before `pos`; not one known to be of another gender.
   */
  personForPronoun(pos: number, gender: Gender | null): string | null {
    const last = this.lastPersonMention(pos, gender);
    if (!last) return null;
    const subject = this.lastSubjectPerson(pos, gender);
    return subject && this.sentenceIndexAt(subject.pos) === this.sentenceIndexAt(last.pos)
      ? subject.canonical
      : last.canonical;
  }

  private lastPersonMention(pos: number, gender: Gender | null): Positioned | null {
    for (let i = lastAtOrBefore(this.personMentions, pos - 1, (x) => x.pos); i >= 0; i--)
      if (!this.genderClash(this.personMentions[i]!.canonical, gender)) return this.personMentions[i]!;
    return null;
  }

  private sentenceIndexAt(pos: number): number {
    return lastAtOrBefore(this.doc.sentences, pos, (s) => s.start);
  }

  /** The most recent person named at a sentence's opening before `pos`, not known to be of another gender than `gender`. */
  lastSubjectPerson(pos: number, gender: Gender | null): { readonly pos: number; readonly canonical: string } | null {
    for (let i = lastAtOrBefore(this.subjectMentions, pos - 1, (x) => x.pos); i >= 0; i--) {
      const mention = this.subjectMentions[i]!;
      if (!this.genderClash(mention.canonical, gender)) return mention;
    }
    return null;
  }

  /** The last person named in `[from, to)` (character offsets), or null. */
  lastPersonBetween(from: number, to: number): string | null {
    const i = lastAtOrBefore(this.personMentions, to - 1, (x) => x.pos);
    return i >= 0 && this.personMentions[i]!.pos >= from ? this.personMentions[i]!.canonical : null;
  }

  /** The first person named in `[from, to)` (character offsets), or null. */
  firstPersonBetween(from: number, to: number): string | null {
    const i = firstAtOrAfter(this.personMentions, from, (x) => x.pos);
    return i < this.personMentions.length && this.personMentions[i]!.pos < to
      ? this.personMentions[i]!.canonical
      : null;
  }

  /** Whether `canonical` is known to be of another gender than `gender` (null: any). */
  genderClash(canonical: string, gender: Gender | null): boolean {
    const known = gender === null ? null : this.genders.get(canonical);
    return known !== undefined && known !== null && known !== gender;
  }

  /** What the words of a person's mention (an honorific, a role noun: `Ms.`, `spokeswoman`) say of their gender. */
  private noteGender(canonical: string, words: WordList, span: MentionSpan): void {
    for (let k = span.from; k < span.to; k++) {
      const gender = GENDERED_WORDS.get(words.at(k)!.key);
      if (gender === undefined) continue;
      const known = this.genders.get(canonical);
      this.genders.set(canonical, known === undefined || known === gender ? gender : null);
    }
  }

  /** The person named most often before offset `pos` (the first named of those tied), or null: an interview's subject. */
  mostNamedPersonBefore(pos: number): string | null {
    const counts = new Map<string, number>();
    let best: string | null = null;
    for (const mention of this.personMentions) {
      if (mention.pos >= pos) break;
      const n = (counts.get(mention.canonical) ?? 0) + 1;
      counts.set(mention.canonical, n);
      if (best === null || n > counts.get(best)!) best = mention.canonical;
    }
    return best;
  }

  /** The first person named with a role in the opening paragraphs: who `A:` stands for. */
  openingSpokesperson(paragraphs: number): string | null {
    const limit = this.doc.paragraphs[Math.min(paragraphs, this.doc.paragraphs.length) - 1]?.end ?? 0;
    const first = this.firstHolders[0];
    return first && first.pos < limit ? first.canonical : null;
  }

  /**
   * The last holder of a spokesperson's role (`roles`: role heads, `spokesperson`, `press
   * secretary`) named before offset `pos`: who answers a transcript's `A:` labels when an
   * introduction names them (`Excerpt from the briefing by ministry spokesperson Teo Marr:`).
   */
  spokespersonBefore(pos: number, roles: ReadonlySet<string>): string | null {
    let found: string | null = null;
    for (const holder of this.firstHolders) {
      if (holder.pos >= pos) break;
      const head = holder.head.slice(holder.head.lastIndexOf(' ') + 1);
      if (roles.has(holder.head) || roles.has(head)) found = holder.canonical;
    }
    return found;
  }
}

/**
 * Where each sentence's subject may open: its first word, or the word after an opening time
 * adjunct (`Last night Foreign Minister Teodor Halvard spoke …`, `On Monday, Ms Lind said …`).
 */
function subjectStarts(doc: Doc, words: WordList): Set<number> {
  const starts = new Set<number>();
  for (const s of doc.sentences) {
    starts.add(s.tokenStart);
    const after = pastTimeAdjunct(words, s.tokenStart, s.tokenEnd);
    if (after > s.tokenStart) starts.add(after < s.tokenEnd && words.textAt(after) === ',' ? after + 1 : after);
  }
  return starts;
}

/** The canonical name every entry of `holders` shares, or null (none, or two people). */
function onlyHolder(holders: readonly Positioned[] | undefined): string | null {
  if (!holders || holders.length === 0) return null;
  const first = holders[0]!.canonical;
  return holders.every((h) => h.canonical === first) ? first : null;
}

interface Positioned {
  readonly pos: number;
  readonly canonical: string;
}

function listOf<K, V>(map: Map<K, V[]>, key: K): V[] {
  let list = map.get(key);
  if (!list) {
    list = [];
    map.set(key, list);
  }
  return list;
}

/** Word `i` opens a quotation or a bracketed direction: it follows an opening mark or `[`. */
function opensQuoteOrDirection(words: WordList, i: number): boolean {
  const before = words.textAt(i - 1);
  return isQuoteMarkChar(before) || before === '[';
}

/**
 * Runs of capitalised words (with inner particles: `Ministry of Foreign Affairs`). A single
 * capitalised word at a sentence start counts only when the text also capitalises it elsewhere,
 * so sentence-initial common words (`Seven`, `Today`) are not taken for names. Every token is
 * visited: words are read by their shared shapes, so only the few tokens a particle or an
 * abbreviation test looks at become `Word`s.
 */
function nameRuns(doc: Doc, words: WordList): MentionSpan[] {
  const midCaps = new Set<string>();
  for (const s of doc.sentences) {
    // `“Prices will rise,” he said`: a capital right after an opening mark starts the quoted sentence;
    // `[Silhouette of a worker]`: one right after an opening bracket starts a direction.
    for (let i = s.tokenStart + 1; i < s.tokenEnd; i++) {
      if (!words.startsUpper(i)) continue;
      const shape = words.shapeAt(i)!;
      if (shape.cap && !opensQuoteOrDirection(words, i)) midCaps.add(shape.key);
    }
  }
  const runs: MentionSpan[] = [];
  for (const s of doc.sentences) {
    // `FM Spokesperson Denounces Naval Drills` on a line of its own below the first is a headline too.
    const headline = s.headline || titleCaseHeading(doc, s);
    let i = s.tokenStart;
    while (i < s.tokenEnd) {
      if (!words.startsUpper(i)) {
        i++;
        continue;
      }
      const w = words.shapeAt(i)!;
      if (!isRunWord(w) || (headline && headlineVerb(w))) {
        i++;
        continue;
      }
      const j = runEnd(doc.text, words, s, i, headline);
      const single = j === i + 1;
      const sentenceStart = i === s.tokenStart || opensQuoteOrDirection(words, i);
      // `magistrate Peter Law`: a lower-case title before the name is its role.
      let from = i;
      while (from - 1 >= s.tokenStart && i - from < 2) {
        const before = words.shapeAt(from - 1)!;
        if (!TITLES.has(before.key) || before.cap) break;
        from--;
      }
      // `In her memoir, “Tide Tables”, she …`: a run alone between quotation marks is a title, not a name.
      const quotedAlone =
        i > s.tokenStart && words.shapeAt(i - 1)!.isQuoteMark && words.shapeAt(j)?.isQuoteMark === true;
      if (!quotedAlone && !(single && sentenceStart && !midCaps.has(w.key) && !COUNTRIES.has(w.key)))
        runs.push({ from, to: j });
      i = j;
    }
  }
  return runs;
}

/**
 * `Building 14`, `Gate 3`, `Ward 7B`: one capitalised word right before a number names a place or
 * a thing by its number, never a person, so a later `he` cannot reach it.
 */
function numberedPlace(words: WordList, span: MentionSpan): boolean {
  const next = words.textAt(span.to);
  return span.to - span.from === 1 && next !== undefined && isDigit(next.charCodeAt(0));
}

/**
 * `met in Prague`, `talks at Mamfe`: one capitalised word right after a preposition of place names
 * the place, not a person a later `she` could stand for; so does one before a date in a dateline.
 */
function placedName(words: WordList, span: MentionSpan): boolean {
  if (span.to - span.from !== 1) return false;
  const before = words.at(span.from - 1);
  if (before !== undefined && !before.cap && LOCATIVE_PREPOSITIONS.has(before.key)) return true;
  // `to the Permanent Council, Vienna, April 30, 2020`: a dateline's place, its date after the comma.
  // (Not an age: `Rydell, 58, …`.)
  const date = words.at(span.to + 1);
  const month = date !== undefined && isDigit(date.text.charCodeAt(0)) ? words.at(span.to + 2) : date;
  return words.textAt(span.to) === ',' && month !== undefined && MONTHS.has(month.key);
}

/** `Selsgrave Lane`, `Harbour Road`: a name of two words or more ending in a street word is a place, never a person a pronoun stands for. */
function streetName(info: MentionInfo): boolean {
  const keys = info.nameKeys;
  return keys.length >= 2 && STREET_WORDS.has(keys[keys.length - 1]!);
}

/**
 * A header's field naming who holds a role (`Moderator: Ruth Ambley`, `Moderated by Kaj Tennet`):
 * a title and a colon, or the lexicon's role participle and `by`, right before the name. A
 * transcript's `MODERATOR:` is that person.
 */
function fieldRole(words: WordList, span: MentionSpan): string | null {
  const mark = words.at(span.from - 1);
  const field = words.at(span.from - 2);
  // A full name closing the field (`MODERATOR: Welcome back.` is a turn, not a field).
  const after = words.at(span.to);
  if (!mark || !field || !field.isWord || span.to - span.from < 2 || (after !== undefined && after.isWord)) return null;
  // `THE CHAIR: Mr Lusk, you will have your turn.`: the chair's turn addresses a member, it names no chair.
  const addressed = after?.text === ',' && ADDRESSED_OPENERS.has(words.at(span.to + 1)?.key ?? '');
  if (mark.text === ':') return TITLES.has(field.key) && !HONORIFICS.has(field.key) && !addressed ? field.key : null;
  return mark.key === 'by' ? (ROLE_PARTICIPLES.get(field.key) ?? null) : null;
}

/** Most words of a role in brackets after a name (`(Deputy Chair)`). */
const BRACKETED_ROLE_WORDS = 3;

/**
 * The title closing a role in brackets right after the name `span` (or after the role in apposition
 * to it), as a record's list of members gives it (`Members present: Halina Brezco (Chair); Orsolya
 * Kint`): `chair`, so a later `THE CHAIR:` is Brezco. A party or a place in brackets (`(Rural
 * Party)`) names no role.
 */
function bracketedRole(words: WordList, span: MentionSpan): string | null {
  // (Past the person's own role: `Cllr Odile Brannock, Mayor of Mallowby (Chair);`.)
  let open = span.to;
  if (words.at(open)?.text === ',')
    for (open++; open < words.length && open - span.to <= APPOSITION_ROLE_WORDS + 1; open++)
      if (!words.at(open)!.isWord) break;
  if (words.at(open)?.text !== '(') return null;
  for (let k = open + 1; k < words.length && k - open <= BRACKETED_ROLE_WORDS + 1; k++) {
    const w = words.at(k)!;
    if (w.text === ')') return k > open + 1 && TITLES.has(words.at(k - 1)!.key) ? words.at(k - 1)!.key : null;
    if (!w.isWord) return null;
  }
  return null;
}

/** Most words of a role in apposition to a name (`Kwame Lisle, the minister of education,`). */
const APPOSITION_ROLE_WORDS = 6;

/**
 * The title heading a role in apposition right after the name `span` and closed by a comma or a
 * full stop: `Kwame Lisle, the education minister,` → `minister`; `Ana Berg, a spokeswoman for
 * the ministry,` → `spokeswoman` (the words after a preposition are the role's object).
 */
function appositionRole(words: WordList, span: MentionSpan): string | null {
  if (words.at(span.to)?.text !== ',') return null;
  let head: string | null = null;
  let object = false;
  for (let k = span.to + 1; k < words.length && k - span.to <= APPOSITION_ROLE_WORDS + 1; k++) {
    const w = words.at(k)!;
    if (w.text === ',' || w.text === '.') return head;
    if (!w.isWord) return null;
    if (ROLE_PREPOSITIONS.has(w.key) && !w.cap) object = true;
    else if (!object && TITLES.has(w.key)) head = w.key;
  }
  return null;
}

/**
 * Where the run of name words starting at `i` ends: past capitalised words, abbreviation dots and
 * joining particles, never across a line break (`… FOR IMMEDIATE RELEASE` / `Tarnholm University
 * adopts …` are two lines of a header, not one name).
 */
function runEnd(text: string, words: WordList, s: Sentence, i: number, headline: boolean): number {
  let j = i + 1;
  while (j < s.tokenEnd) {
    if (lineBreakBetween(text, words.at(j - 1)!.end, words.at(j)!.start)) break;
    const shape = words.shapeAt(j)!;
    // A run word is capitalised: the raw check comes first.
    const continues =
      (words.startsUpper(j) && isRunWord(shape) && !(headline && headlineVerb(shape))) ||
      abbreviationDot(words, j) ||
      nicknameMark(words, j) ||
      portfolioAnd(words, j, i) ||
      (isJoiner(shape) && particleJoins(words, j, i, s.tokenEnd));
    if (!continues || words.shapeAt(j - 1)!.possessive) break;
    j++;
  }
  return j;
}

/**
 * `Minister of Transport and Infrastructure Ilse Marrach`: after a title's `of` or `for`, `and`
 * before another field the office serves (the lexicon's portfolio words) joins the run, where
 * elsewhere it would fuse two names into one.
 */
function portfolioAnd(words: WordList, j: number, from: number): boolean {
  const next = words.at(j + 1);
  if (words.textAt(j) !== 'and' || !next || !next.cap || !PORTFOLIO_WORDS.has(next.key)) return false;
  for (let t = from + 1; t < j; t++) {
    const text = words.textAt(t);
    if (text === 'of' || text === 'for') return true;
  }
  return false;
}

/** A paragraph of one line in title case without final punctuation (`FM Spokesperson Denounces Naval Drills`). */
function titleCaseHeading(doc: Doc, s: Sentence): boolean {
  const paragraph = doc.paragraphs[s.paragraph]!;
  return paragraph.start === s.start && paragraph.end === s.end && !/[.!?:]$/.test(s.text) && isTitleCaseLine(s.text);
}

/** A capitalised word starts with a letter, so it is never a number. */
/** `Experts Warn …`, `President Dismisses …`: in a title-case headline a reporting verb ends a name. */
function headlineVerb(w: WordShape): boolean {
  const forms = CUE_FORMS.get(w.key);
  return forms !== undefined && forms.some((f) => f.words.length === 1 && !f.participle);
}

function isRunWord(w: WordShape): boolean {
  return w.isWord && w.cap && !NOT_NAMES.has(w.key);
}

/** Particles join a run (`Ministry of Foreign Affairs`), but `and` would fuse two names into one. */
function isJoiner(w: WordShape): boolean {
  return w.isWord && !w.cap && w.key !== 'and' && w.key !== '&';
}
