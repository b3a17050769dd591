import { describe, expect, it } from 'vitest';
import { expectQuote, itGives, itGivesNone, run } from './quote-expectations';

/**
 * Families of subject errors (who a cue's subject is), each with sentences written for the tests.
 */
describe('a year opening the sentence is not part of the subject after it', () => {
  itGives([
    [
      'In 2021 a county spokesman assured residents the bypass was fully funded.',
      { content: 'the bypass was fully funded', speaker: 'a county spokesman', kind: 'indirect' },
    ],
    [
      'By 1998 Mr Okoro had told the board that the mill would close.',
      { content: 'the mill would close', speaker: 'Mr Okoro', kind: 'indirect' },
    ],
    [
      'In 2019 Hale said the ferry would run all winter.',
      { content: 'the ferry would run all winter', speaker: 'Hale', kind: 'indirect' },
    ],
  ]);
});

describe('a plain noun phrase before a cue in the present tense', () => {
  itGives([
    [
      'The warden tells me the herons have done well since the footbridge closed.',
      { content: 'the herons have done well since the footbridge closed', speaker: 'The warden', kind: 'indirect' },
    ],
    [
      'The ferry timetable says the last crossing leaves at nine.',
      { content: 'the last crossing leaves at nine', speaker: 'The ferry timetable', kind: 'indirect' },
    ],
  ]);
  itGivesNone(['The two men whose notes she carried were both former diplomats.']);
});

describe('an adverb between the subject and its cue', () => {
  itGives([
    [
      'Councillor Brae now insists the money is "in the bank".',
      { content: 'the money is "in the bank"', speaker: 'Councillor Brae', kind: 'mixed' },
    ],
    [
      'The harbour master still says the wall will hold through the winter.',
      { content: 'the wall will hold through the winter', speaker: 'The harbour master', kind: 'indirect' },
    ],
  ]);
  // The adverb does not hide a passive, a modal or a negation before the cue.
  itGivesNone([
    'The room above the garage is still called “the office” by the whole family.',
    'The club can still ask the league to review the red card before Friday.',
    'The ministry has not officially blamed the contractor for the flooding.',
  ]);
});

describe('a partitive counting more than one takes the plural form of the cue', () => {
  itGives([
    [
      'Several of my neighbours say they have been woken at dawn by reversing alarms.',
      {
        content: 'they have been woken at dawn by reversing alarms',
        speaker: 'Several of my neighbours',
        kind: 'indirect',
      },
    ],
    [
      'Two of the drivers say the depot has not been gritted all week.',
      { content: 'the depot has not been gritted all week', speaker: 'Two of the drivers', kind: 'indirect' },
    ],
  ]);
});

describe('an opening preposition’s object without its comma, then the subject', () => {
  itGives([
    [
      'In a statement Mr Hale said he would take questions on Friday.',
      { content: 'he would take questions on Friday', speaker: 'Mr Hale', kind: 'indirect' },
    ],
    [
      'In the video the chief executive said refunds would be paid within a week.',
      { content: 'refunds would be paid within a week', speaker: 'the chief executive', kind: 'indirect' },
    ],
    [
      'In a statement this morning the Plant Health Agency said laboratory capacity had been stretched.',
      { content: 'laboratory capacity had been stretched', speaker: 'the Plant Health Agency', kind: 'indirect' },
    ],
  ]);
});

describe('a cue that often takes an object', () => {
  // `answer` takes an object (`answers emails`): the words after it are a clause only with a verb.
  itGivesNone(['She still answers emails from readers every week.']);
  itGives([
    [
      'Asked about the fund, the treasurer answered the money was safe.',
      { content: 'the money was safe', speaker: 'the treasurer', kind: 'indirect' },
    ],
  ]);
  // Its object after it shows that the words before it are no report of it.
  itGivesNone(['A lawmaker from the ruling party, Cem Okan, answered the post with a map of the valley.']);
});

describe('the narrator’s own past words', () => {
  itGives([
    [
      '“It was deferred,” I said. “In 2016, and I do not yet know by whom.”',
      { content: 'It was deferred,', speaker: 'I', kind: 'direct' },
    ],
    [
      'She asked whether the leak had cost us the seat. I said it was about a third of it.',
      { content: 'it was about a third of it', speaker: 'I', kind: 'indirect' },
    ],
  ]);
  // A thought or a question of the narrator's is no report, nor is a clause without its verb.
  itGivesNone([
    'I thought I would reach a courtroom and not a cell.',
    'I asked her why.',
    'I wrote the speech myself.',
  ]);
  it('a quotation that ended its own sentence stays with its speaker when the narrator then reports', () => {
    const { a } = run(
      '‘He did go to Tessel,’ she said. ‘I didn’t. That’s the whole election, isn’t it?’ I said it was about a third of it.',
    );
    expect(a.quotes.map((q) => [q.content.text, q.speaker?.text])).toEqual([
      ['He did go to Tessel,', 'she'],
      ['I didn’t. That’s the whole election, isn’t it?', 'she'],
      ['it was about a third of it', 'I'],
    ]);
  });
});

describe('a subject that says nobody spoke', () => {
  itGivesNone([
    'Nobody said the plan was dead.',
    'No one told the families the road would close.',
    'None of the ministers said the talks had failed.',
  ]);
  it('`‘…’ Nobody went.`: the quotation before it is not credited to `Nobody`', () => {
    const { a } = run('‘Fourteen points down,’ she said. ‘Anyone who wants to go home, go home now.’ Nobody went.');
    expect(a.quotes.map((q) => q.speaker?.text)).not.toContain('Nobody');
    expect(a.quotes[0]?.speaker?.text).toBe('she');
  });
});

describe('an inverted subject right after its quotation, then a place', () => {
  itGives([
    [
      '"That is the answer we got last year," shouted one shareholder from the back of the hall, drawing applause.',
      { content: 'That is the answer we got last year,', speaker: 'one shareholder', kind: 'direct' },
    ],
  ]);
  // `to` after the noun opens its infinitive: the quotation before is a title, not words it reports.
  itGivesNone(['“Every Door,” asked volunteers to sign up for the count.']);
});

describe('where a named person comes from, between commas', () => {
  itGives([
    [
      'Joan, from Ostervale, wrote that she had minded her grandson for three years.',
      { content: 'she had minded her grandson for three years', speaker: 'Joan', kind: 'indirect' },
    ],
    [
      'Lorraine, from Fennick Staithe, who uses a wheelchair, wrote that she had given up on the square.',
      { content: 'she had given up on the square', speaker: 'Lorraine', kind: 'indirect' },
    ],
  ]);
});

describe('a gerund of means and a citing verb hand the words to their person', () => {
  itGives([
    [
      'Tomas began by saying he had not come to be ‘patted on the head’.',
      { content: 'he had not come to be ‘patted on the head’', speaker: 'Tomas', kind: 'mixed' },
    ],
    [
      'The wireless reports her as telling the meeting the agreement was ‘a promise written in sand’.',
      { content: 'the agreement was ‘a promise written in sand’', speaker: 'her', kind: 'mixed' },
    ],
  ]);
  it('`reported Mr Hale as saying …` is Hale’s report only', () => {
    const { a } = run('The agency reported Mr Hale as saying the talks had failed.');
    expect(a.quotes.map((q) => [q.content.text, q.speaker?.text])).toEqual([['the talks had failed', 'Mr Hale']]);
  });
  // `by adding …` with an object reports nothing.
  itGivesNone(['The clinic cut its waiting list by adding two evening sessions.']);
});

describe('a subject never runs across a line break', () => {
  it('`… from our readers` / `Reader Mihaela writes: “…”`: the speaker is on the cue’s line', () => {
    const { a } = run('LIVE 14:02 — Messages from our readers\nReader Mihaela writes: “My parents are in Mirest.”');
    expect(a.quotes.map((q) => q.speaker?.text)).toEqual(['Reader Mihaela']);
  });
});

describe('a name, its bare role and a relative clause before the cue', () => {
  itGives([
    [
      'Corinne Maddox, managing partner of Kestrel Ridge, which owns about 4 per cent of the company, told reporters that the fund would act.',
      { content: 'the fund would act', speaker: 'Corinne Maddox', kind: 'indirect' },
    ],
  ]);
});

describe('an attribution closing the sentence after a report of its own', () => {
  it('`X had warned Y that …, she stressed.`: the whole clause is hers', () => {
    const { a } = run(
      'Her government had warned the operator in March that reservoir levels were dangerously high, she stressed.',
    );
    expect(a.quotes.map((q) => [q.content.text, q.speaker?.text])).toEqual([
      ['Her government had warned the operator in March that reservoir levels were dangerously high', 'she'],
    ]);
  });
  it('a parenthetical attribution mid-sentence does not take the sentence (`…, he was careful to point out, is not him`)', () => {
    const { a } = run(
      'Mr Penrose said each time that it was “a matter for the department”, which, he was careful to point out, is not him.',
    );
    expect(a.quotes[0]?.speaker?.text).toBe('Mr Penrose');
  });
});

describe('a participle after `spent …` or `overheard` takes the clause’s subject', () => {
  itGives([
    [
      'Kit has spent the week insisting that he is “not a romantic, just thorough”.',
      { content: 'he is “not a romantic, just thorough”', speaker: 'Kit', kind: 'mixed' },
    ],
    [
      'Kit, meanwhile, was overheard telling Soren that the postcard had “basically been a proposal”.',
      { content: 'the postcard had “basically been a proposal”', speaker: 'Kit', kind: 'mixed' },
    ],
    [
      'Oderin spent two years publicly calling the League "a lobby with a flag".',
      { content: 'a lobby with a flag', speaker: 'Oderin', kind: 'direct' },
    ],
  ]);
});

describe('getting in touch to say something reports it', () => {
  itGives([
    [
      'A reader, Lionel Achterberg, emailed to say the paper had "confused the percentage with the percentage point".',
      {
        content: 'the paper had "confused the percentage with the percentage point"',
        speaker: 'Lionel Achterberg',
        kind: 'mixed',
      },
    ],
    [
      'Ms Quayle has been in touch to say that her words were "might not survive".',
      { content: 'her words were "might not survive"', speaker: 'Ms Quayle', kind: 'mixed' },
    ],
    [
      'Several of you wrote in to say the update had wiped your widgets.',
      { content: 'the update had wiped your widgets', speaker: 'Several of you', kind: 'indirect' },
    ],
  ]);
  it('the contact verb itself reports nothing more', () => {
    const { a } = run('Several of you wrote in to say the update had wiped your widgets.');
    expect(a.quotes).toHaveLength(1);
  });
  // Not a question or an agreement, nor a contact that says nothing.
  itGivesNone(['She wrote to ask whether the ferry would run.', 'She called to agree a summer flow.']);
});

describe('a noun after a measure’s possessive ends a longer noun phrase', () => {
  itGives([
    [
      'At the depot, a team leader with 30 years’ service told me that the crews knew every leak.',
      { content: 'the crews knew every leak', speaker: 'a team leader with 30 years’ service', kind: 'indirect' },
    ],
    [
      "The crew's lawyer says the detention is unlawful.",
      { content: 'the detention is unlawful', speaker: "The crew's lawyer", kind: 'indirect' },
    ],
  ]);
});

describe('a pronoun takes the person who opened the sentence before it, past an aside', () => {
  itGives([
    [
      'Osric Vell said the pier was safe. Maren Holt, of Holt & Daughters boatyard, spoke next. “We have patched it four times,” she told the hall.',
      { content: 'We have patched it four times,', speaker: 'she', kind: 'direct', canonical: 'Maren Holt' },
    ],
    [
      'Osric Vell said the pier was safe. Shopkeeper Ida Brun, who has traded on the quay since 1988, had brought photographs. “The rail is rotten,” she says.',
      { content: 'The rail is rotten,', speaker: 'she', kind: 'direct', canonical: 'Ida Brun' },
    ],
    [
      'Tomas Grell said the pier was safe. Dorn, 61, a retired harbourmaster, was unconvinced. “I would not tie a dinghy to it,” he said.',
      { content: 'I would not tie a dinghy to it,', speaker: 'he', kind: 'direct', canonical: 'Dorn' },
    ],
  ]);

  it('takes the person an aside names after a role, and no organisation the aside names', () => {
    expectQuote(
      'Gregor Stead said the harbour was full. The transport minister, Lorna Castellane, did not attend. In a letter read by the chair, she said the ferry was “a lifeline”.',
      { content: 'the ferry was “a lifeline”', speaker: 'she', kind: 'mixed', canonical: 'Lorna Castellane' },
    );
    const { a } = run(
      'Jonas Lind said the vote was won. The junior partner, the Agrarians, voted for the bill. She said her party would table amendments.',
    );
    expect(a.quotes.map((q) => q.canonical)).not.toContain('Agrarians');
  });

  it('reads no aside that holds its own speaker (`Her English, she says, is …`)', () => {
    const { a } = run(
      'Emin Horvan runs the front of house. Her English, she says, is “for the till only”. He translates for his mother, he says, “at every bank and every hospital”.',
    );
    expect(a.quotes.map((q) => q.canonical)).not.toContain('English');
  });
});

describe('a name after `the` and its description, in apposition to a noun phrase, speaks', () => {
  itGives([
    [
      'Her brother, the boatbuilder Anselm Roe, says the winter was the worst in memory.',
      {
        content: 'the winter was the worst in memory',
        speaker: 'the boatbuilder Anselm Roe',
        kind: 'indirect',
        canonical: 'Anselm Roe',
      },
    ],
  ]);
  // Guard: a description without a name of its own still describes the noun phrase before it.
  itGives([
    [
      'His deputy, the former minister, said the port would reopen.',
      { content: 'the port would reopen', speaker: 'His deputy', kind: 'indirect' },
    ],
  ]);
});

describe('asides between a subject and its cue: a quoted term, a statement read out', () => {
  itGives([
    [
      'Ada Brill, the club’s secretary and self-styled “keeper of the keys”, said the hut would reopen in May.',
      { content: 'the hut would reopen in May', speaker: 'Ada Brill', kind: 'indirect' },
    ],
    [
      'A letter from the Harbour Trust, read out by the chair, said the slipway was unsafe.',
      {
        content: 'the slipway was unsafe',
        speaker: 'A letter from the Harbour Trust',
        kind: 'indirect',
      },
    ],
  ]);
});

describe('a noun phrase no lexicon lists, inverted after a quotation or closing the sentence with its listener', () => {
  itGives([
    [
      '“The ice was a foot thick that winter,” says the ferryman, Oskar Lind.',
      {
        content: 'The ice was a foot thick that winter,',
        speaker: 'the ferryman, Oskar Lind',
        kind: 'direct',
        canonical: 'Oskar Lind',
      },
    ],
    [
      '“Nobody crosses after dark,” said the ferryman.',
      { content: 'Nobody crosses after dark,', speaker: 'the ferryman', kind: 'direct' },
    ],
    [
      'The boats were late every day that week, the harbourmaster tells me.',
      { content: 'The boats were late every day that week', speaker: 'the harbourmaster', kind: 'indirect' },
    ],
  ]);
  // Guard: an epithet of age takes up someone named before; it is not read as a new speaker.
  it('leaves `said the 29-year-old` to the person named before', () => {
    const { a } = run('Davi Okonta scored twice. “I felt the contact,” said the 29-year-old.');
    expect(a.quotes.map((q) => q.speaker?.text)).not.toContain('the 29-year-old');
  });
});

describe('a participle’s object is no subject: the noun phrase it modifies speaks', () => {
  itGives([
    [
      'Commuters waiting outside the ministry on Friday said the trains had not run since dawn.',
      {
        content: 'the trains had not run since dawn',
        speaker: 'Commuters waiting outside the ministry on Friday',
        kind: 'indirect',
      },
    ],
    // the participle's own object may stand before its preposition
    [
      'Office workers sharing a taxi to the financial district said the unions were to blame.',
      {
        content: 'the unions were to blame',
        speaker: 'Office workers sharing a taxi to the financial district',
        kind: 'indirect',
      },
    ],
  ]);
});

describe('a dateline typed with a spaced hyphen, and an aside between dashes', () => {
  itGives([
    [
      'TARNBY - Mila Oster walked back into the depot on Monday, a year after she was dismissed, and said she had no hard feelings.',
      { content: 'she had no hard feelings', speaker: 'Mila Oster', kind: 'indirect' },
    ],
    [
      'Brandt – “the Hammer” to two generations of fans – says he has no regrets.',
      { content: 'he has no regrets', speaker: 'Brandt', kind: 'indirect' },
    ],
    [
      'Brandt – a boxer for twenty years – says he has no regrets.',
      { content: 'he has no regrets', speaker: 'Brandt', kind: 'indirect' },
    ],
  ]);
});

describe('a clause between commas quoting a term is no apposition', () => {
  itGives([
    [
      'Whatever happens in Tarnby, the army is bracing for “a hard spring”, said a senior officer, who asked not to be named.',
      {
        content: 'Whatever happens in Tarnby, the army is bracing for “a hard spring',
        speaker: 'a senior officer',
        kind: 'mixed',
      },
    ],
  ]);
});

describe('a role without its article may open with lower-case modifiers', () => {
  itGives([
    [
      'Ines Kald, regional secretary of the dockers’ union, said the strike would go ahead.',
      { content: 'the strike would go ahead', speaker: 'Ines Kald', kind: 'indirect' },
    ],
  ]);
});

describe('a question put to the speaker may hold a relative clause between commas', () => {
  itGives([
    [
      'Asked about the harbour levy, which the opposition has long blamed on the mayor, Inga Soll said: “Not today. There will be time for that.”',
      { content: 'Not today. There will be time for that.', speaker: 'Inga Soll', kind: 'direct' },
    ],
  ]);
});

describe('a coordinate clause after `, and`, `, but` or a semicolon opens with its own subject', () => {
  const joined = 'The club said a successor would be named soon, and the agent said his client was disappointed.';
  const semicolon = 'The club said a successor would be named soon; the agent says his client is disappointed.';
  itGives([
    [joined, { content: 'a successor would be named soon', speaker: 'The club', kind: 'indirect' }],
    [joined, { content: 'his client was disappointed', speaker: 'the agent', kind: 'indirect' }],
    [semicolon, { content: 'a successor would be named soon', speaker: 'The club', kind: 'indirect' }],
    [semicolon, { content: 'his client is disappointed', speaker: 'the agent', kind: 'indirect' }],
  ]);
});

describe('an agent is a role that speaks', () => {
  itGives([
    [
      'Ostrander’s agent says his client is disappointed but not surprised.',
      { content: 'his client is disappointed but not surprised', speaker: 'Ostrander’s agent', kind: 'indirect' },
    ],
    [
      'A customs agent says the crates were opened twice.',
      { content: 'the crates were opened twice', speaker: 'A customs agent', kind: 'indirect' },
    ],
  ]);
});

describe('a contact clause in the simple past strands its `to` before a present cue', () => {
  itGives([
    [
      'Economists we spoke to say the sums broadly add up.',
      { content: 'the sums broadly add up', speaker: 'Economists', kind: 'indirect' },
    ],
  ]);
  // Guard: without the contact clause's pronoun, `spoke to say` is a purpose infinitive, no report of its own.
  itGivesNone(['He spoke to say thanks.']);
});

describe('a quantifier alone after a quotation is the inverted subject', () => {
  itGives([
    ['“Nobody asked us,” said another.', { content: 'Nobody asked us,', speaker: 'another', kind: 'direct' }],
    ['“Order!” shouted several.', { content: 'Order!', speaker: 'several', kind: 'direct' }],
  ]);
});

describe('an asterisk after a name marks it as changed and ends it', () => {
  itGives([
    [
      '“The nets tore in one night,” said Kelvin Oduya*, 34, who fishes below the dam.',
      { content: 'The nets tore in one night,', speaker: 'Kelvin Oduya', kind: 'direct' },
    ],
    [
      'Kelvin Oduya*, 34, said the company had promised to pay.',
      { content: 'the company had promised to pay', speaker: 'Kelvin Oduya', kind: 'indirect' },
    ],
  ]);
});

describe('a number or a lone capital labels an unnamed person after the cue', () => {
  itGives([
    [
      '“You repeated the experiment until it worked,” said Witness 4, a former technician.',
      { content: 'You repeated the experiment until it worked,', speaker: 'Witness 4', kind: 'direct' },
    ],
    [
      '“The ward was cold all night,” said Patient B.',
      { content: 'The ward was cold all night,', speaker: 'Patient B', kind: 'direct' },
    ],
  ]);
});

describe('what a quotation was about may follow its inverted speaker', () => {
  itGives([
    [
      '“It is not subtle,” wrote Mara Olsen of the Stage Review about the new production.',
      { content: 'It is not subtle,', speaker: 'Mara Olsen of the Stage Review', kind: 'direct' },
    ],
  ]);
});

describe('a wire dateline’s month abbreviation is no subject a participle borrows', () => {
  itGives([
    [
      'VESSING, Nov 4 (Northlight) - Ostravel on Monday ordered four diplomats to leave, saying they had broken the rules of their posting.',
      { content: 'they had broken the rules of their posting', speaker: 'Ostravel', kind: 'indirect' },
    ],
  ]);
});

describe('the subject a cue after `and` shares with the clause before it', () => {
  itGives([
    // A span that would end with its coordinator is the clause before the cue, not its subject.
    [
      'The minister raised the advice to red and urged people to leave.',
      { content: 'people to leave', speaker: 'The minister', kind: 'indirect' },
    ],
    // A time adjunct may open the sentence before the first clause's subject, without a comma.
    [
      'On Monday she raised the alert level and urged residents to leave.',
      { content: 'residents to leave', speaker: 'she', kind: 'indirect' },
    ],
    // The speaker's own `I` shares its verb too.
    ['I closed the embassy and said staff were safe.', { content: 'staff were safe', speaker: 'I', kind: 'indirect' }],
    // After a semicolon, the clause's own subject.
    [
      'In 2006 he faced an inquiry; the panel cleared him but said his records were poor.',
      { content: 'his records were poor', speaker: 'the panel', kind: 'indirect' },
    ],
  ]);
  it('gives no report to a subject outside the clause of the coordinated cue', () => {
    // A subordinate clause has its own subject (the mother speaks); a semicolon closes the clause before.
    // A guard: both failed on a first draft of the rules above.
    for (const [body, outside] of [
      ['I went because my mother rang me on Tuesday and said she was fine.', 'I'],
      ['In 2006 he faced an inquiry; the inquiry cleared him but criticised the record-keeping in his office.', 'he'],
    ] as const) {
      const { a } = run(body);
      expect(a.quotes.map((q) => q.speaker?.text)).not.toContain(outside);
    }
  });
});

describe('projections, forecasts and statistics speak as documents', () => {
  itGives([
    [
      'The central bank’s projections say inflation will return to target next year.',
      {
        content: 'inflation will return to target next year',
        speaker: 'The central bank’s projections',
        kind: 'indirect',
      },
    ],
    [
      'The latest forecast shows that unemployment will peak in the spring.',
      { content: 'unemployment will peak in the spring', speaker: 'The latest forecast', kind: 'indirect' },
    ],
  ]);
});
