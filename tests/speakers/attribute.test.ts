import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/text';
import { attribute, type Attribution, type Quote } from '../../src/speakers';

const seedText = readFileSync(join(__dirname, '..', '..', 'seeds', '000_4c4a38b6e695fe75.txt'), 'utf8');
const seed = parseDocument(seedText, 'seed');
const seedAttribution = attribute(seed);

function run(text: string): { text: string; a: Attribution } {
  return { text, a: attribute(parseDocument(text, 'test')) };
}

/** The quote whose content contains `fragment`. */
function quoteWith(a: Attribution, fragment: string): Quote | undefined {
  return a.quotes.find((q) => q.content.text.includes(fragment));
}

/** One test per `[sentence, content fragment, speaker mention, canonical speaker]` case. */
function itFindsReports(cases: readonly (readonly [string, string, string, string])[]): void {
  for (const [sentence, content, speaker, canonical] of cases) {
    it(sentence, () => {
      const { a } = run(`Headline\n\n${sentence}\n`);
      const q = quoteWith(a, content);
      expect(q, JSON.stringify(a.quotes.map((x) => x.content.text))).toBeDefined();
      expect(q!.speaker?.text).toBe(speaker);
      expect(q!.canonical).toBe(canonical);
    });
  }
}

function voiceOf(a: Attribution, text: string, fragment: string): string {
  const doc = parseDocument(text, 'test');
  const s = doc.sentences.find((x) => x.text.includes(fragment));
  if (!s) throw new Error(`no sentence with ${fragment}`);
  return a.voices[s.index]!.voice;
}

describe('seed article', () => {
  it('finds every reported and direct quote with its canonical speaker', () => {
    const expected: [string, QuoteKindName, string, string][] = [
      [
        'China firmly opposes and definitely does not accept',
        'indirect',
        'Foreign Ministry Spokesperson Hong Lei',
        'Hong Lei',
      ],
      ['breaches the rule of law', 'indirect', 'Hong', 'Hong Lei'],
      ['There is no one-size-fits-all approach', 'direct', 'the Spokesperson', 'Hong Lei'],
      ['the Western countries adopted a double standard', 'indirect', 'Analysts', 'Analysts'],
      ['the US had taken few actions', 'indirect', 'The UN Human Rights Council', 'UN Human Rights Council'],
      ['The Chinese government attaches great importance', 'direct', 'Hong', 'Hong Lei'],
      ['Such double standards and politicization', 'indirect', 'analysts', 'Analysts'],
      ['Provoking confrontation at the Human Rights Council', 'direct', 'Hong', 'Hong Lei'],
    ];
    for (const [fragment, kind, speaker, canonical] of expected) {
      const q = quoteWith(seedAttribution, fragment);
      expect(q, fragment).toBeDefined();
      expect(q!.kind).toBe(kind);
      expect(q!.speaker?.text).toBe(speaker);
      expect(q!.canonical).toBe(canonical);
    }
  });

  it('does not make the scare quote “dissidents.” a quote', () => {
    expect(seedAttribution.quotes.some((q) => q.content.text.includes('dissidents'))).toBe(false);
  });

  it('reports the joint statement of the US and 11 other countries as a speech act only', () => {
    const q = quoteWith(seedAttribution, 'expressing concerns about individual cases');
    expect(q?.kind).toBe('reported');
    expect(q?.cue?.text).toBe('issued a joint statement');
    const actor = seedAttribution.actors.find((x) => x.name === 'US and 11 other Western countries');
    expect(actor?.speaks).toBe(false);
    expect(actor?.reportedCue?.text).toBe('issued a joint statement');
  });

  it('lists the speakers with type, role, aliases and reportedOnly', () => {
    const byName = new Map(seedAttribution.speakers.map((s) => [s.canonical, s]));
    const hong = byName.get('Hong Lei')!;
    expect(hong.type).toBe('person');
    expect(hong.role).toBe('Foreign Ministry Spokesperson');
    expect(hong.aliases).toEqual(
      expect.arrayContaining(['Foreign Ministry Spokesperson Hong Lei', 'Hong Lei', 'Hong', 'the Spokesperson']),
    );
    expect(byName.get('Analysts')).toMatchObject({ type: 'group', reportedOnly: false });
    expect(byName.get('Analysts')!.aliases).toEqual(expect.arrayContaining(['Analysts', 'analysts']));
    expect(byName.get('UN Human Rights Council')).toMatchObject({
      type: 'organization',
      aliases: ['The UN Human Rights Council'],
    });
    expect(byName.get('US and 11 other Western countries')).toMatchObject({
      type: 'group',
      reportedOnly: true,
      quotes: 0,
    });
    expect(byName.get('author')?.type).toBe('author');
    const share = seedAttribution.speakers.reduce((sum, s) => sum + s.share, 0);
    expect(share).toBeCloseTo(1, 5);
  });

  it('gives each sentence the voice a careful reader would', () => {
    const voice = (fragment: string) => voiceOf(seedAttribution, seedText, fragment);
    expect(voice('China blasts Western countries')).toBe('author');
    expect(voice('said Foreign Ministry Spokesperson Hong Lei')).toBe('Hong Lei');
    expect(voice('Recently, the US and 11 other Western countries')).toBe('author');
    expect(voice('But the accusations were not supported')).toBe('author');
    expect(voice('Analysts stressed that')).toBe('Analysts');
    expect(voice('It is necessary to enhance cooperation')).toBe('Analysts');
    expect(voice('The Chinese government attaches great importance')).toBe('Hong Lei');
  });

  it('continues an attributed voice within its paragraph at lower confidence, and resets at a new paragraph', () => {
    const doc = parseDocument(seedText, 'seed');
    const they = doc.sentences.find((s) => s.text.startsWith('They took their own interests'))!;
    expect(seedAttribution.voices[they.index]).toMatchObject({
      voice: 'Analysts',
      rule: 'continuation',
      confidence: 0.6,
    });
    const forExample = doc.sentences.find((s) => s.text.startsWith('For example, the Western countries'))!;
    expect(seedAttribution.voices[forExample.index]!.voice).toBe('author');
  });

  it('keeps offsets sacred and output deterministic', () => {
    for (const q of seedAttribution.quotes) {
      expect(seedText.slice(q.content.start, q.content.end)).toBe(q.content.text);
      if (q.speaker) expect(seedText.slice(q.speaker.start, q.speaker.end)).toBe(q.speaker.text);
      if (q.cue) expect(seedText.slice(q.cue.start, q.cue.end)).toBe(q.cue.text);
    }
    for (const actor of seedAttribution.actors)
      for (const m of actor.mentionSpans) expect(seedText.slice(m.start, m.end)).toBe(m.text);
    expect(JSON.stringify(attribute(parseDocument(seedText, 'seed')))).toBe(JSON.stringify(seedAttribution));
  });
});

type QuoteKindName = Quote['kind'];

describe('direct quotations', () => {
  it('credits both halves of a quote split by its attribution', () => {
    const { a } = run(
      'Trade talks\n\n“We will not back down,” the minister said. “The decision is final and it will not be reversed.”\n',
    );
    expect(quoteWith(a, 'We will not back down')).toMatchObject({ kind: 'direct', canonical: 'Minister' });
    expect(quoteWith(a, 'The decision is final')?.canonical).toBe('Minister');
  });

  it('reads straight double quotes and an inverted attribution', () => {
    const { a } = run(
      'Port strike\n\n"The port will stay closed until the talks resume," said union leader Maria Lopez.\n',
    );
    const q = quoteWith(a, 'The port will stay closed');
    expect(q).toMatchObject({ kind: 'direct', canonical: 'Maria Lopez' });
    expect(q!.speaker!.text).toBe('union leader Maria Lopez');
  });

  it('takes a colon-introduced quote after `told the court`', () => {
    const { a } = run('Court hearing\n\nLee told the court: “We have done nothing wrong and we will appeal.”\n');
    expect(quoteWith(a, 'We have done nothing wrong')).toMatchObject({ kind: 'direct', canonical: 'Lee' });
  });

  it('continues a quotation into the next paragraph that opens with a quote mark', () => {
    const text =
      'Budget fight\n\nSenator Ann Hall said: “The budget cuts will hurt rural hospitals first.\n\n“We cannot accept a plan that closes clinics in every county.”\n';
    const { a } = run(text);
    const q = quoteWith(a, 'The budget cuts will hurt');
    expect(q?.content.text).toContain('closes clinics in every county');
    expect(q?.canonical).toBe('Ann Hall');
  });

  it('survives a wrong-way closing mark used as an opening one', () => {
    const text =
      'Press freedom\n\nThe club urged the government to renew the visas, the club statement read. ”Its role as a hub depends on a free press.”\n\n“Restricting visas hurts everyone,” the club said.\n';
    const { a } = run(text);
    expect(quoteWith(a, 'Its role as a hub')).toBeDefined();
    expect(quoteWith(a, 'Restricting visas hurts everyone')?.canonical).toBe('Club');
  });

  it('does not let an unbalanced mark derail the next paragraph', () => {
    const text =
      'Vote count\n\nThe lawmakers debated the “Foreign Mission Act for hours.\n\n“We have the votes,” said Speaker Tom Reyes.\n';
    const { a } = run(text);
    expect(quoteWith(a, 'Foreign Mission Act')).toBeUndefined();
    expect(quoteWith(a, 'We have the votes')?.canonical).toBe('Tom Reyes');
  });

  it('credits a quote to a speaker named only at the start of the next sentence', () => {
    const text =
      'Visit\n\n“Our two countries have built a strong partnership over many decades.” Berg described the ties with Norway.\n';
    const { a } = run(text);
    expect(quoteWith(a, 'Our two countries')).toMatchObject({ kind: 'direct', canonical: 'Berg' });
  });

  it('uses single quotes as speech marks when a text has no double quotes', () => {
    const { a } = run("Harbour plan\n\n'The harbour will reopen in spring,' the mayor said.\n");
    expect(quoteWith(a, 'The harbour will reopen')?.kind).toBe('direct');
  });
});

describe('quote marks that are not speech', () => {
  it('ignores scare quotes and titles', () => {
    const text =
      'Meeting\n\nThe so-called “experts” met in Geneva on Monday. A report titled "Building Bridges Across the Pacific" was released on Tuesday.\n';
    expect(run(text).a.quotes).toEqual([]);
  });

  it('turns reported speech with a quoted fragment into a mixed quote', () => {
    const { a } = run(
      'Sanctions\n\nZhao said the sanctions were “a gross interference” in China’s internal affairs.\n',
    );
    const q = quoteWith(a, 'the sanctions were');
    expect(q).toMatchObject({ kind: 'mixed', canonical: 'Zhao' });
    expect(a.quotes).toHaveLength(1);
  });
});

describe('reported speech', () => {
  const cases: [string, string, string, string][] = [
    ['The senator told reporters that the bill would pass next week.', 'the bill would pass', 'The senator', 'Senator'],
    [
      'The council said in a statement on Monday that it would review the decision.',
      'it would review the decision',
      'The council',
      'Council',
    ],
    [
      'According to the ministry, the talks will resume next week in Vienna.',
      'the talks will resume',
      'the ministry',
      'Ministry',
    ],
    [
      'The talks will resume next week in Vienna, according to two officials.',
      'The talks will resume',
      'two officials',
      'Two officials',
    ],
    ['The study found that emissions rose by three percent last year.', 'emissions rose', 'The study', 'Study'],
    [
      'Many economists believe that inflation will ease by the summer.',
      'inflation will ease',
      'Many economists',
      'Economists',
    ],
    [
      'Inflation will ease by the summer, economists at the bank argued.',
      'Inflation will ease',
      'economists at the bank',
      'Economists',
    ],
    [
      'A senior administration official warned that the deadline could slip.',
      'the deadline could slip',
      'A senior administration official',
      'Senior administration official',
    ],
    [
      'Officials expect repairs to take weeks, with Governor Ana Ruiz adding that crews from other states have been called in.',
      'crews from other states',
      'Governor Ana Ruiz',
      'Ana Ruiz',
    ],
    [
      'The talks ended without a deal, with Lopez saying: “We will return next month with a new offer.”',
      'We will return next month',
      'Lopez',
      'Lopez',
    ],
    [
      'Xi renewed his call for unity and said any country that builds walls should be rejected.',
      'any country that builds walls',
      'Xi',
      'Xi',
    ],
    [
      'Diplomats criticized the government for delaying the vote again.',
      'the government for delaying',
      'Diplomats',
      'Diplomats',
    ],
    [
      'Leaders of several Ohio school districts say they may have to close early this winter.',
      'they may have to close early',
      'Leaders of several Ohio school districts',
      'Leaders of several Ohio school districts',
    ],
    [
      'Leaders of the Group of Twenty major economies pledged Saturday to cut fuel subsidies within five years.',
      'to cut fuel subsidies',
      'Leaders of the Group of Twenty major economies',
      'Leaders of the Group of Twenty major economies',
    ],
    [
      'After touring the flooded district, the governor praised what he called a heroic rescue effort, saying there would be federal aid by the end of the month.',
      'there would be federal aid',
      'the governor',
      'Governor',
    ],
    [
      'The union has urged the city to publish the new rules for drivers, and has asked the mayor to guarantee that no driver will lose a licence.',
      'the mayor to guarantee',
      'The union',
      'Union',
    ],
    [
      'Dozens of residents of the flooded town say they have not received any aid.',
      'they have not received any aid',
      'Dozens of residents of the flooded town',
      'Dozens of residents',
    ],
    [
      'Aides to the governor say he will sign the bill next week.',
      'he will sign the bill',
      'Aides to the governor',
      'Aides to the governor',
    ],
    [
      'Critics of the plan, including several Republican senators, say it would add to the deficit.',
      'it would add to the deficit',
      'Critics of the plan',
      'Critics of the plan',
    ],
    [
      'Clinton’s campaign said in a statement on Friday that the letter was vague.',
      'the letter was vague',
      'Clinton’s campaign',
      'Clinton’s campaign',
    ],
    ['Many voters said they were undecided.', 'they were undecided', 'Many voters', 'Voters'],
    [
      'Police said at least ten people were killed in the blast.',
      'at least ten people were killed',
      'Police',
      'Police',
    ],
    ['Smith told local dairy farmers that milk prices would rise.', 'milk prices would rise', 'Smith', 'Smith'],
  ];
  itFindsReports(cases);

  it('ends a bare report where a participle cue sharing its subject starts', () => {
    const { a } = run(
      'Headline\n\nOkafor said the fleet would be rebuilt, stressing it must patrol the coast again.\n',
    );
    expect(a.quotes.map((q) => [q.cue?.text, q.content.text])).toEqual([
      ['said', 'the fleet would be rebuilt'],
      ['stressing', 'it must patrol the coast again'],
    ]);
  });

  it('leaves a participle’s `that` to the participle', () => {
    const { a } = run(
      'Headline\n\n“I think it is terrible,” Lee said in an interview with Radio Nord, adding that she would appeal.\n',
    );
    expect(a.quotes.map((q) => [q.kind, q.speaker?.text, q.cue?.text, q.content.text])).toEqual([
      ['direct', 'Lee', 'said', 'I think it is terrible,'],
      ['indirect', 'Lee', 'adding', 'she would appeal'],
    ]);
  });

  it('ends a bare report where a clause with its own attribution starts', () => {
    const { a } = run(
      'Headline\n\nFarmers say the subsidy is too small, while officials say the budget cannot grow this year.\n',
    );
    expect(a.quotes.map((q) => [q.speaker?.text, q.content.text])).toEqual([
      ['Farmers', 'the subsidy is too small'],
      ['officials', 'the budget cannot grow this year'],
    ]);
  });

  it('does not repeat a pronoun’s report nested in its antecedent’s', () => {
    const { a } = run(
      'Headline\n\nCity Mayor Lena Ortiz says she is asking residents to stay home during the parade. The company said it would appeal the ruling in court.\n',
    );
    expect(a.quotes.map((q) => [q.speaker?.text, q.cue?.text])).toEqual([
      ['City Mayor Lena Ortiz', 'says'],
      ['The company', 'said'],
    ]);
  });

  it('does not take a thing that threatens to act for a speaker', () => {
    expect(run('Headline\n\nThe storm threatened to flood the lower town.\n').a.quotes).toEqual([]);
  });

  it('does not report a question, a passive or a possibility', () => {
    const text =
      'Briefing\n\nDoes the administration worry that tensions could rise? He was asked whether the deal was dead. The police can demand information from foreign groups.\n';
    expect(run(text).a.quotes).toEqual([]);
  });
});

describe('wire-style attributions', () => {
  const cases: [string, string, string, string][] = [
    [
      '"We are going to win," Trump told supporters at a rally in Ohio on Tuesday.',
      'We are going to win',
      'Trump',
      'Trump',
    ],
    [
      'The senator, who spoke on condition of anonymity, said the deal was off.',
      'the deal was off',
      'The senator',
      'Senator',
    ],
    [
      'According to a Washington Post poll released Sunday, Clinton leads by four points.',
      'Clinton leads by four points',
      'a Washington Post poll',
      'Washington Post',
    ],
    [
      'Sen. Marco Rubio (R-Fla.) said Monday that he would run again.',
      'he would run again',
      'Sen. Marco Rubio',
      'Marco Rubio',
    ],
    [
      'The report, released Thursday by the Pew Research Center, found that most voters were undecided.',
      'most voters were undecided',
      'The report',
      'Report',
    ],
    [
      'The campaign manager, Kellyanne Conway, told CNN that the race was tightening.',
      'the race was tightening',
      'Kellyanne Conway',
      'Kellyanne Conway',
    ],
    [
      '"This is not over," said Rep. Adam Schiff, D-Calif., the top Democrat on the committee.',
      'This is not over',
      'Rep. Adam Schiff',
      'Adam Schiff',
    ],
    [
      'Wang Wenbin, a spokesman for the ministry, warned that there would be countermeasures.',
      'there would be countermeasures',
      'Wang Wenbin',
      'Wang Wenbin',
    ],
    [
      'Dr. Maria Ortiz at City Hospital says the wards are full.',
      'the wards are full',
      'Dr. Maria Ortiz at City Hospital',
      'Maria Ortiz',
    ],
    [
      'Spicer was quoted as saying that the president had full confidence in his team.',
      'the president had full confidence',
      'Spicer',
      'Spicer',
    ],
    [
      'Sanders wrote on Twitter that the ruling was a victory for working families.',
      'the ruling was a victory',
      'Sanders',
      'Sanders',
    ],
    [
      'Republicans unveiled a bill which Majority Leader Mitch McConnell said would lower premiums for millions.',
      'would lower premiums',
      'Majority Leader Mitch McConnell',
      'Mitch McConnell',
    ],
    [
      'Schumer called it "a wolf in sheep’s clothing" and said the bill would "cut health care for millions."',
      'the bill would',
      'Schumer',
      'Schumer',
    ],
    [
      '“The talks have failed and nobody knows what comes next,” according to two diplomats who attended.',
      'The talks have failed',
      'two diplomats',
      'Two diplomats',
    ],
    [
      'Chief executive Mary Jones in her first interview as board chair said Monday that the merger depends on the regulators.',
      'the merger depends',
      'Chief executive Mary Jones',
      'Mary Jones',
    ],
    [
      'Commission President Karla von der Heide insisted that the bloc would meet its targets.',
      'the bloc would meet',
      'Commission President Karla von der Heide',
      'Karla von der Heide',
    ],
    [
      'Lee in an interview with Radio Nord said the rules were unfair to small farms.',
      'the rules were unfair',
      'Lee',
      'Lee',
    ],
    ['The head of the central bank, Jo Lind, said rates would stay low.', 'rates would stay low', 'Jo Lind', 'Jo Lind'],
    [
      'Former U.S. Ambassador to the United Nations Karen Hale said the council had failed the refugees.',
      'the council had failed',
      'Former U.S. Ambassador to the United Nations Karen Hale',
      'Karen Hale',
    ],
    [
      'Deputy Secretary of State for Political Affairs Tom Bright told lawmakers the sanctions were working.',
      'the sanctions were working',
      'Deputy Secretary of State for Political Affairs Tom Bright',
      'Tom Bright',
    ],
    [
      'Smith, who took over last year after a long boardroom battle with the founder and several investors, told reporters that profits would rise.',
      'profits would rise',
      'Smith',
      'Smith',
    ],
    [
      'Okafor, a former navy officer who commanded patrols in the Gulf of Guinea and along the West African coast for six years under two governments, said the fleet is "slowly and quietly" being rebuilt.',
      'the fleet is',
      'Okafor',
      'Okafor',
    ],
  ];
  itFindsReports(cases);
});

describe('broadcast sound bites', () => {
  const speakerOf = (text: string, fragment: string) => quoteWith(run(text).a, fragment)?.speaker?.text ?? null;

  it('credits a bite to the person the paragraph before introduces with a reporting verb', () => {
    const text =
      'Headline\n\nSpeaker Ann Reyes and her allies have charged the board with neglect over the flooding.\n\n“I ask every member to vote their conscience.”\n';
    expect(speakerOf(text, 'I ask every member')).toBe('Speaker Ann Reyes');
  });

  it('credits a bite to the speaker named before the pronoun of a naming verb', () => {
    // The naming verb after `what` reports the term with `he` as its speaker; the bite after it is his.
    const text =
      'Headline\n\nRights advocate Omar Haddad lamented what he called "a decade of neglect" by the council.\n\n“Put simply, the council failed the people it was elected to protect.”\n';
    const q = quoteWith(run(text).a, 'Put simply');
    expect([q?.speaker?.text, q?.canonical]).toEqual(['he', 'Omar Haddad']);
  });

  it('takes a short quotation alone in its paragraph for speech', () => {
    const text =
      'Headline\n\nGovernor Tom Hale says the storm left thousands of homes without water.\n\n“...frozen pipes everywhere ....”\n';
    const q = quoteWith(run(text).a, 'frozen pipes');
    expect(q?.kind).toBe('direct');
    expect(q?.speaker?.text).toBe('Governor Tom Hale');
  });

  it('does not credit a bite to the reporter a newscast hands over to', () => {
    const text = 'Headline\n\nCorrespondent Jane Doe reports.\n\n“This is the worst flood in a century.”\n';
    expect(speakerOf(text, 'the worst flood')).toBeNull();
  });

  it('reports no quote for a bite whose speaker the text never gives', () => {
    const text =
      'Headline\n\nSenator Ruth Diaz made a visit to the flooded plant on Monday.\n\n“The ayes are 230. The nays are 190.”\n';
    expect(quoteWith(run(text).a, 'The ayes are 230')).toBeUndefined();
    // The same bite after a paragraph that reports her speaking is hers.
    const spoken =
      'Headline\n\nSenator Ruth Diaz told reporters at the flooded plant on Monday that the vote was close.\n\n“The ayes are 230. The nays are 190.”\n';
    expect(quoteWith(run(spoken).a, 'The ayes are 230')?.canonical).toBe('Ruth Diaz');
  });
});

describe('speakers and aliases', () => {
  it('resolves surnames, role nouns and pronouns within the document', () => {
    const text =
      'Talks in Oslo\n\nForeign Minister Anna Berg met her Swedish counterpart on Monday. She said the meeting had been productive and frank.\n\nThe talks will continue in June, Berg said.\n\nThe minister said that trade would be discussed next.\n';
    const { a } = run(text);
    expect(quoteWith(a, 'the meeting had been productive')).toMatchObject({ canonical: 'Anna Berg' });
    expect(quoteWith(a, 'The talks will continue')?.canonical).toBe('Anna Berg');
    expect(quoteWith(a, 'trade would be discussed')?.canonical).toBe('Anna Berg');
    const berg = a.speakers.find((s) => s.canonical === 'Anna Berg')!;
    expect(berg.role).toBe('Foreign Minister');
    expect(berg.aliases).toEqual(expect.arrayContaining(['Berg', 'The minister']));
  });

  it('resolves `they` to a group and `it` to an organisation', () => {
    const text =
      'Markets\n\nAnalysts said the move was risky for small banks. They warned that lending could fall sharply.\n\nThe central bank issued a statement on Friday. It said that rates would stay on hold.\n';
    const { a } = run(text);
    expect(quoteWith(a, 'lending could fall')?.canonical).toBe('Analysts');
    expect(quoteWith(a, 'rates would stay on hold')?.canonical).toBe('Central bank');
  });

  it('leaves a pronoun with no antecedent unresolved rather than guessing', () => {
    const { a } = run('Storm\n\nThey said that the bridge would stay closed overnight.\n');
    const q = quoteWith(a, 'the bridge would stay closed');
    expect(q?.speaker?.text).toBe('They');
    expect(q?.canonical).toBeNull();
  });

  it('resolves a name afresh in each document, whatever was attributed before', () => {
    // Mention descriptions are remembered across documents; who a surname stands for must not be.
    const first =
      'Foreign Ministry Spokesperson Hong Lei said on Monday that the talks had been useful.\n\n“We welcome the result and hope all parties will keep their word,” Hong said.\n';
    const second = 'The mayor, Lei Hong, spoke first. Hong said the budget would be cut.\n';
    const before = run(first).a;
    expect(quoteWith(before, 'We welcome the result')?.canonical).toBe('Hong Lei');
    expect(quoteWith(run(second).a, 'the budget would be cut')?.canonical).toBe('Lei Hong');
    expect(run(first).a).toEqual(before);
  });

  it('types speakers: country, document, anonymous', () => {
    const text =
      'Dispute\n\nChina said that the accusations were groundless.\n\nThe report said that the factories had closed.\n\nA witness said that the crowd dispersed at noon.\n';
    const { a } = run(text);
    const type = (name: string) => a.speakers.find((s) => s.canonical === name)?.type;
    expect(type('China')).toBe('country');
    expect(type('Report')).toBe('document');
    expect(type('Witness')).toBe('anonymous');
  });
});

describe('transcripts', () => {
  const text = [
    "Foreign Ministry Spokesperson Li Ming's Regular Press Conference on May 3, 2024",
    'Q: The Group of Seven said on Monday that China must stop its support. What is your response?',
    'A: We firmly oppose these groundless accusations. As the minister said yesterday, “Cooperation is the only way forward for both sides.”',
    'China Daily: How will the summit proceed?',
    'Li Ming: The summit will open on Friday. Leaders will sign three agreements.',
    '',
  ].join('\n\n');
  const { a } = run(text);
  const doc = parseDocument(text, 'test');

  it('makes each labelled turn a transcript quote, with A: resolved to the spokesperson in the title', () => {
    const turns = a.quotes.filter((q) => q.kind === 'transcript');
    expect(turns.map((q) => [q.speaker?.text, q.canonical, q.question])).toEqual([
      ['Q', 'Reporter', true],
      ['A', 'Li Ming', false],
      ['China Daily', 'China Daily', true],
      ['Li Ming', 'Li Ming', false],
    ]);
  });

  it('gives every sentence of a turn its speaker', () => {
    const voice = (fragment: string) => a.voices[doc.sentences.find((s) => s.text.includes(fragment))!.index]!.voice;
    expect(voice('We firmly oppose')).toBe('Li Ming');
    expect(voice('Leaders will sign')).toBe('Li Ming');
    expect(voice('How will the summit proceed')).toBe('China Daily');
    expect(voice('What is your response')).toBe('Reporter');
  });

  it('keeps the attribution of a third party quoted inside a turn', () => {
    const inner = a.quotes.filter((q) => q.kind !== 'transcript');
    expect(inner.find((q) => q.content.text.startsWith('Cooperation is the only way forward'))).toMatchObject({
      kind: 'direct',
      canonical: 'Minister',
    });
    expect(inner.find((q) => q.content.text.startsWith('China must stop its support'))?.canonical).toBe(
      'Group of Seven',
    );
    const cooperation = doc.sentences.find((s) => s.text.includes('Cooperation is the only way'))!;
    expect(a.voices[cooperation.index]!.voice).toBe('Li Ming');
  });

  it('reads White House labels: `Q` and spaces, an honorific surname, an anonymous official', () => {
    const wh = [
      'Press Briefing by Press Secretary Jane Doe',
      'MS. DOE:  Good afternoon, everyone.  We have two announcements today.',
      'Q    Thanks, Jane.  Will the President travel to Ohio next week?',
      'SENIOR ADMINISTRATION OFFICIAL:  We expect the trip to go ahead as planned.',
      '',
    ].join('\n\n');
    const r = run(wh).a;
    expect(r.quotes.filter((q) => q.kind === 'transcript').map((q) => [q.canonical, q.question])).toEqual([
      ['Jane Doe', false],
      ['Reporter', true],
      ['Senior Administration Official', false],
    ]);
    expect(r.speakers.find((s) => s.canonical === 'Senior Administration Official')?.type).toBe('anonymous');
  });

  it('reads a label that gives the role after a comma, and a later bare role label as the same person', () => {
    const doorstop = [
      'Doorstop, Harbour Front',
      'JOURNALIST: Was the ministry told about the drone before it crossed the border?',
      'MARTA OSEI, DEFENCE MINISTER: We were informed on Tuesday and we acted within the hour.',
      'JOURNALIST: Will you summon the ambassador?',
      'DEFENCE MINISTER: We have already done so.',
      '',
    ].join('\n\n');
    const r = run(doorstop).a;
    expect(r.quotes.filter((q) => q.kind === 'transcript').map((q) => [q.canonical, q.question])).toEqual([
      ['Reporter', true],
      ['Marta Osei', false],
      ['Reporter', true],
      ['Marta Osei', false],
    ]);
  });

  it('reads a label whose role after the comma is several words long, and an outlet before a comma as a question', () => {
    const conference = [
      'Press Conference by the Foreign Minister',
      'Harbour Times, Lindqvist: The neighbouring ministry says your coast guard entered its waters. How did you respond?',
      'Ms. TANAKA Emi, Minister for Foreign Affairs: We lodged a protest on the same day.',
      '',
    ].join('\n\n');
    const r = run(conference).a;
    expect(r.quotes.filter((q) => q.kind === 'transcript').map((q) => [q.canonical, q.question])).toEqual([
      ['Harbour Times', true],
      ['TANAKA Emi', false],
    ]);
  });

  it('credits the answer label to the spokesperson an introduction names, not to an earlier minister', () => {
    const excerpt = [
      'Ceasefire at the Tarn crossing',
      'Prime Minister Ilse Moravec welcomed the ceasefire on Monday.',
      'Excerpt from Tuesday’s briefing by ministry spokesperson Teo Marr:',
      'Q: Will observers take part?',
      'A: Yes. They leave on Monday.',
      '',
    ].join('\n\n');
    expect(
      run(excerpt)
        .a.quotes.filter((q) => q.kind === 'transcript')
        .map((q) => q.canonical),
    ).toEqual(['Reporter', 'Teo Marr']);
  });

  it('reads a label in an editor’s brackets, and ends a question where an unlabelled answer begins', () => {
    const bracketed = [
      'Press Briefing [Excerpt]',
      'QUESTION: Has there been any follow-up to the meeting?',
      '[JANE OSEI, DEPARTMENT SPOKESPERSON]: We remain ready to engage.',
      'QUESTION: And the sanctions?',
      'MS OSEI: They stay in place.',
      '',
    ].join('\n\n');
    const r = run(bracketed).a;
    expect(r.quotes.filter((q) => q.kind === 'transcript').map((q) => [q.canonical, q.question])).toEqual([
      ['Reporter', true],
      ['Jane Osei', false],
      ['Reporter', true],
      ['Jane Osei', false],
    ]);
    const unlabelled = [
      'Regular Press Conference of the Ministry of Foreign Affairs',
      'Q: The neighbouring ministry has accused your navy of harassment. What is your response?',
      'The accusation is groundless. Our navy acted lawfully.',
      'Q: Will the talks resume?',
      'We have no information to release at the moment.',
      '',
    ].join('\n\n');
    const doc = parseDocument(`Headline\n\n${unlabelled}\n`);
    const voices = attribute(doc).voices;
    const voiceOf = (text: string) => voices.find((v) => doc.sentences[v.sentence]!.text === text)?.voice;
    expect(voiceOf('What is your response?')).toBe('Reporter');
    expect(voiceOf('The accusation is groundless.')).not.toBe('Reporter');
    expect(voiceOf('We have no information to release at the moment.')).not.toBe('Reporter');
  });

  it('reads a label standing alone on its line as opening the next paragraphs, and a header field as no speaker', () => {
    const transcript = [
      'Doorstop interview, Harbour Front',
      'Subjects: the border incident; trade.',
      'JANE OSEI:',
      'Good morning. We have lodged a protest.',
      'JOURNALIST:',
      'Will you recall the ambassador?',
      'JANE OSEI:',
      'Not at this stage.',
      '',
    ].join('\n\n');
    const r = run(transcript).a;
    expect(r.quotes.filter((q) => q.kind === 'transcript').map((q) => [q.canonical, q.question])).toEqual([
      ['Jane Osei', false],
      ['Reporter', true],
      ['Jane Osei', false],
    ]);
    const doc = parseDocument(transcript);
    const protest = doc.sentences.find((s) => s.text === 'We have lodged a protest.')!;
    expect(r.voices.find((v) => v.sentence === protest.index)?.voice).toBe('Jane Osei');
  });

  it('reads a question label with the questioner named in parentheses, and one-letter labels closed by a full stop', () => {
    const briefing = [
      'Weekly Media Briefing by the Official Spokesperson',
      'Shri Vikram Rao, Official Spokesperson: Good afternoon, and welcome.',
      'Question (Meera Das, Harbour Times): What is your response to the remarks of the neighbouring minister?',
      'Shri Vikram Rao, Official Spokesperson: We reject these remarks. They are baseless.',
      '',
    ].join('\n\n');
    expect(
      run(briefing)
        .a.quotes.filter((q) => q.kind === 'transcript')
        .map((q) => [q.canonical, q.question]),
    ).toEqual([
      ['Vikram Rao', false],
      ['Meera Das', true],
      ['Vikram Rao', false],
    ]);
    // An outlet in the parentheses is no person: the question stays the unnamed reporter's.
    expect(
      run(briefing.replace('(Meera Das, Harbour Times)', '(Harbour Times)'))
        .a.quotes.filter((q) => q.kind === 'transcript')
        .map((q) => [q.canonical, q.question]),
    ).toEqual([
      ['Vikram Rao', false],
      ['Reporter', true],
      ['Vikram Rao', false],
    ]);
    const lettered = [
      'Regular Press Briefing by Spokesperson Ana Lind',
      'Q. What is the ministry’s position on the launch?',
      'A. The government strongly condemns the launch.',
      'Q. Will you summon the ambassador?',
      'A. We are considering all options.',
      '',
    ].join('\n\n');
    expect(
      run(lettered)
        .a.quotes.filter((q) => q.kind === 'transcript')
        .map((q) => [q.canonical, q.question]),
    ).toEqual([
      ['Reporter', true],
      ['Ana Lind', false],
      ['Reporter', true],
      ['Ana Lind', false],
    ]);
    const outlets = [
      'Noon Briefing by the Spokesperson',
      'Question from Harbour Times: Does the Secretary-General condemn the strike?',
      'Spokesperson: He condemns it in the strongest terms.',
      'Correspondent: But who is responsible?',
      'Spokesperson: I will not speculate.',
      '',
    ].join('\n\n');
    expect(
      run(outlets)
        .a.quotes.filter((q) => q.kind === 'transcript')
        .map((q) => q.question),
    ).toEqual([true, false, true, false]);
  });

  const turnsOf = (text: string) =>
    run(text)
      .a.quotes.filter((q) => q.kind === 'transcript')
      .map((q) => [q.speaker?.text, q.canonical]);

  it('reads a parliament’s labels: a member with seat and party in parentheses, an office with its holder', () => {
    const debate = [
      'Harbour Dues Bill\nVolume 12: debated on Monday 3 March 2025',
      '4.02 pm',
      'Ms Ilse Varn (Portby West) (Green): Will the Minister tell the House when the dues will fall?',
      'The Minister for Transport (Mr Oskar Lund): I can tell the hon. Lady that they will fall in May.',
      'Ms Varn: That is two months too late for the ferries.',
      'Mr Lund: The ferries will not pay the new dues until then.',
      '',
    ].join('\n\n');
    expect(turnsOf(debate)).toEqual([
      ['Ms Ilse Varn (Portby West) (Green)', 'Ilse Varn'],
      ['The Minister for Transport (Mr Oskar Lund)', 'Oskar Lund'],
      ['Ms Varn', 'Ilse Varn'],
      ['Mr Lund', 'Oskar Lund'],
    ]);
  });

  it('gives no turn to a label alone on its paragraph right before the next label, so no content runs backwards', () => {
    const { text, a } = run('Q:\n\nQ: Will the ferry run on Sunday?\n\nMR LUND: It will, from nine.');
    for (const q of a.quotes) {
      expect(q.content.end).toBeGreaterThan(q.content.start);
      expect(text.slice(q.content.start, q.content.end)).toBe(q.content.text);
    }
    expect(a.quotes.filter((q) => q.kind === 'transcript').map((q) => q.content.text)).toEqual([
      'Will the ferry run on Sunday?',
      'It will, from nine.',
    ]);
  });

  it('reads a parliament’s labels with a clock time, and the voices the record does not name', () => {
    const debate = [
      'Harbour Dues Bill\nSecond reading',
      'The Minister for Transport (Mr Oskar Lund) (09:31): I move that the bill be now read a second time.',
      'Ms Ilse Varn (Portby West) (09:40): The ferries will pay twice.',
      'An hon. Member: Shame!',
      'Mr Lund: The ferries will not pay the new dues until May.',
      '',
    ].join('\n\n');
    expect(turnsOf(debate)).toEqual([
      ['The Minister for Transport (Mr Oskar Lund) (09:31)', 'Oskar Lund'],
      ['Ms Ilse Varn (Portby West) (09:40)', 'Ilse Varn'],
      ['An hon. Member', null],
      ['Mr Lund', 'Oskar Lund'],
    ]);
  });

  it('reads straight single marks as the record quotes: a mark after a space opens, whatever closed the paragraph before', () => {
    const record = [
      'Questions without notice',
      "Mr Lund (09:50): The agency said the state's finances were 'sound'. It is not broke.",
      "Ms Varn (09:52): Standing orders require that answers be 'directly relevant to the question'.",
      '',
    ].join('\n\n');
    const direct = run(record)
      .a.quotes.filter((q) => q.kind !== 'transcript')
      .map((q) => q.content.text);
    expect(direct).not.toContainEqual(expect.stringContaining('Standing orders require'));
  });

  it('reads a congressional record’s labels closed by a full stop, and ends a turn at an editor’s note', () => {
    const hearing = [
      'HEARING ON HARBOUR SAFETY',
      'The committee met at 10 a.m., Hon. Rita Moss, chairman of the committee, presiding.',
      'The CHAIRMAN. The hearing will come to order. Director Hale, welcome.',
      'Mr. HALE. Thank you, Madam Chairman. I ask that my statement be made part of the record.',
      'The CHAIRMAN. Without objection.',
      '[The prepared statement of Mr. Hale follows:]',
      'The harbour has seen three collisions this year.',
      'Senator PIKE. Director, how many pilots does the harbour employ?',
      'Mr. HALE. Eleven, Senator.',
      '',
    ].join('\n\n');
    const r = run(hearing).a;
    expect(turnsOf(hearing).map(([speaker]) => speaker)).toEqual([
      'The CHAIRMAN',
      'Mr. HALE',
      'The CHAIRMAN',
      'Senator PIKE',
      'Mr. HALE',
    ]);
    // The prepared statement after the editor's note is no part of the chairman's `Without objection.`
    expect(r.quotes.find((q) => q.content.text.startsWith('Without objection'))?.content.text).toBe(
      'Without objection.',
    );
    // A sentence that merely opens with a capitalised acronym and a full stop is no label.
    expect(turnsOf('The committee met.\n\nNATO. The alliance met on Monday.\n\nThe UN. It met too.\n')).toEqual([]);
  });

  it('takes a title block’s `Heading: subheading` first line for a title, not a turn', () => {
    const record = [
      'Fishing Rights: Dispute in the Strait\nVolume 9: debated on Tuesday 4 March 2025',
      'Mr Tom Hale (Portby) (Lab): Will the Minister make a statement?',
      'The Minister for Fisheries (Ms Ana Roos): I will, and I thank him for the question.',
      '',
    ].join('\n\n');
    expect(turnsOf(record).map(([speaker]) => speaker)).toEqual([
      'Mr Tom Hale (Portby) (Lab)',
      'The Minister for Fisheries (Ms Ana Roos)',
    ]);
  });

  it('reads an interview’s initials as the interviewee the introduction names', () => {
    const interview = [
      'For ten years, Dagna Ferro led the talks on the strait. She retired in June.',
      'KR: What did the job involve?',
      'DF: Mostly waiting, and a great deal of coffee.',
      'KR: Was the dispute ever close to violence?',
      'DF: Closer than we admitted at the time.',
      '',
    ].join('\n\n');
    expect(turnsOf(interview)).toEqual([
      ['KR', 'KR'],
      ['DF', 'Dagna Ferro'],
      ['KR', 'KR'],
      ['DF', 'Dagna Ferro'],
    ]);
  });
});
