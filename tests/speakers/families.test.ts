import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/text';
import { attribute, ownWordRanges, ownWordTokens, type Quote } from '../../src/speakers';
import { describeQuotes, expectQuote, itGives, itGivesNone, quoteRows, run, turnRows } from './quote-expectations';

/**
 * Families of attribution errors, each with sentences written for the tests: the content span,
 * the speaker mention and the kind of the quote the family should give.
 */
describe('quote marks as people type them, from the one table in src/text', () => {
  itGives([
    [
      'The mayor said: ‹We will rebuild the bridge by the spring.›',
      { content: 'We will rebuild the bridge by the spring.', speaker: 'The mayor', kind: 'direct' },
    ],
    [
      'The mayor said: «We will rebuild the bridge by the spring.»',
      { content: 'We will rebuild the bridge by the spring.', speaker: 'The mayor', kind: 'direct' },
    ],
    [
      'The mayor said: „We will rebuild the bridge by the spring.“',
      { content: 'We will rebuild the bridge by the spring.', speaker: 'The mayor', kind: 'direct' },
    ],
    [
      'The mayor said: ‛We will rebuild the bridge by the spring.’',
      { content: 'We will rebuild the bridge by the spring.', speaker: 'The mayor', kind: 'direct' },
    ],
  ]);

  itGives([
    [
      '“We will rebuild the bridge by spring," the mayor said.',
      { content: 'We will rebuild the bridge by spring,', speaker: 'the mayor', kind: 'direct' },
    ],
    [
      '"We will rebuild the bridge by spring,” the mayor said.',
      { content: 'We will rebuild the bridge by spring,', speaker: 'the mayor', kind: 'direct' },
    ],
  ]);

  it('ends a quotation truly left open at its paragraph, so the next paragraph is not quoted', () => {
    const { a } = run(
      'The mayor said: “We will rebuild the bridge by spring.\n\nThe council met on Friday and voted on the budget.',
    );
    expect(a.quotes.map((q) => q.content.text)).toEqual(['We will rebuild the bridge by spring.']);
  });

  it('runs a quotation left open at a paragraph end into the next paragraph that opens with a mark', () => {
    const { a } = run(
      'The mayor said: “We will rebuild the bridge by spring.\n\n“The school comes next. Then the library.”\n\nThe council met on Friday.',
    );
    expect(a.quotes).toHaveLength(1);
    expect(a.quotes[0]!.content.text).toBe(
      'We will rebuild the bridge by spring.\n\n“The school comes next. Then the library.',
    );
    expect(a.quotes[0]!.speaker?.text).toBe('The mayor');
  });

  it('keeps the marks out of the content', () => {
    const { a } = run('The mayor said: ‹We will rebuild the bridge by the spring.›');
    expect(a.quotes.every((q) => !/[‹›]/.test(q.content.text))).toBe(true);
  });
});

describe('indirect speech with a harder subject', () => {
  itGives([
    [
      'Ms. Ortiz, 31, said she stayed silent after the meeting.',
      { content: 'she stayed silent after the meeting', speaker: 'Ms. Ortiz', kind: 'indirect', canonical: 'Ortiz' },
    ],
    [
      'Mr. Baptiste, 72, said the river had never risen so fast.',
      { content: 'the river had never risen so fast', speaker: 'Mr. Baptiste', kind: 'indirect' },
    ],
    [
      'The two said they had taken their complaints to the mayor.',
      { content: 'they had taken their complaints to the mayor', speaker: 'The two', kind: 'indirect' },
    ],
    [
      'Former officials in both parties, though, say the decision backfired.',
      { content: 'the decision backfired', speaker: 'Former officials in both parties', kind: 'indirect' },
    ],
    [
      'Farmers in the valley, meanwhile, say the harvest came early.',
      { content: 'the harvest came early', speaker: 'Farmers in the valley', kind: 'indirect' },
    ],
    [
      "The senator famously said that her rival was 'honest enough.'",
      { content: "her rival was 'honest enough.'", speaker: 'The senator', kind: 'mixed' },
    ],
    [
      'The mayor angrily said the referees had ruined the game.',
      { content: 'the referees had ruined the game', speaker: 'The mayor', kind: 'indirect' },
    ],
    [
      'Many say the bridge should have been closed years ago.',
      { content: 'the bridge should have been closed years ago', speaker: 'Many', kind: 'indirect' },
    ],
  ]);

  it('does not take a manner adverb’s look-alike speaker noun for an adverb (`the assembly said`)', () => {
    expectQuote('The assembly said the vote would be held in March.', {
      content: 'the vote would be held in March',
      speaker: 'The assembly',
      kind: 'indirect',
    });
  });
});

describe('a time adjunct between the cue and a bare clause (wire style)', () => {
  itGives([
    [
      'The port authority said on Thursday it had closed two berths to tankers.',
      { content: 'it had closed two berths to tankers', speaker: 'The port authority', kind: 'indirect' },
    ],
    [
      'The union said late on Friday the strike would go ahead.',
      { content: 'the strike would go ahead', speaker: 'The union', kind: 'indirect' },
    ],
    [
      'Mayor Ines Roda said on Sunday night Velin had run out of shelter beds.',
      { content: 'Velin had run out of shelter beds', speaker: 'Mayor Ines Roda', kind: 'indirect' },
    ],
    [
      'The coach said last week he would not renew his contract.',
      { content: 'he would not renew his contract', speaker: 'The coach', kind: 'indirect' },
    ],
    [
      'The regulator said on 4 May the two banks were under review.',
      { content: 'the two banks were under review', speaker: 'The regulator', kind: 'indirect' },
    ],
    [
      'The spokesman said this morning that the ferry would sail at noon.',
      { content: 'the ferry would sail at noon', speaker: 'The spokesman', kind: 'indirect' },
    ],
  ]);
  itGivesNone(['The minister spoke on Monday at the forum in Velin.', 'She said on Monday, the day the ferry sank.']);
});

describe('a relative clause between commas before the cue (wire style)', () => {
  itGives([
    [
      'A port worker, who asked not to be named because she feared losing her job, said the cranes had stood idle for a week.',
      { content: 'the cranes had stood idle for a week', speaker: 'A port worker', kind: 'indirect' },
    ],
    [
      'A nurse who works on the night shift, and who has been there since the ward opened, said the staff were exhausted.',
      { content: 'the staff were exhausted', speaker: 'A nurse', kind: 'indirect' },
    ],
    [
      'The regulator, which fined the bank last year, said the new rules would apply from May.',
      { content: 'the new rules would apply from May', speaker: 'The regulator', kind: 'indirect' },
    ],
    [
      'Senator Ida Holm (Coastal Party), who voted against the bill in March, said she had not changed her mind.',
      { content: 'she had not changed her mind', speaker: 'Senator Ida Holm', kind: 'indirect' },
    ],
  ]);
});

describe('a participle or coordinated cue after a dateline takes the subject after its dash', () => {
  itGives([
    [
      'PORTBY, 3 May 2026 – The port authority today closed two berths, saying the cranes had failed an inspection.',
      { content: 'the cranes had failed an inspection', speaker: 'The port authority', kind: 'indirect' },
    ],
    [
      'PORTBY, 3 May 2026 — The union rejected the offer on Friday and said the strike would go ahead.',
      { content: 'the strike would go ahead', speaker: 'The union', kind: 'indirect' },
    ],
  ]);
});

describe('press-release layouts: a lead-in paragraph and a list of signed reactions', () => {
  it('gives a quotation opening its paragraph to the `X added:` paragraph before it', () => {
    expectQuote(
      'The plan was published on Monday.\n\nMs. Okafor added:\n\n“The first wells will be drilled in June.”',
      {
        content: 'The first wells will be drilled in June.',
        speaker: 'Ms. Okafor',
        kind: 'direct',
      },
    );
    expectQuote(
      'The plan was published on Monday.\n\nSenator Ida Holm (Coastal Party), the bill’s sponsor, said:\n\n“This bill will keep the ferries running.”',
      { content: 'This bill will keep the ferries running.', speaker: 'Senator Ida Holm', kind: 'direct' },
    );
  });

  it('signs each quotation of a list with the dash signature on its own line', () => {
    const list = [
      'Reactions from the sector:',
      '- “The ferries are the only road we have.” — Ana Pires, mayor of Ilha Verde',
      '- “We will run extra crossings in August.” — Tomas Reis, director, Atlantic Ferries',
    ].join('\n');
    expectQuote(list, { content: 'The ferries are the only road we have.', speaker: 'Ana Pires', kind: 'direct' });
    expectQuote(list, { content: 'We will run extra crossings in August.', speaker: 'Tomas Reis', kind: 'direct' });
  });
});

describe('wire-service sources', () => {
  itGives([
    [
      'Two crossings will close on Friday, Estrela’s interior ministry said.',
      { content: 'Two crossings will close on Friday', speaker: 'Estrela’s interior ministry', kind: 'indirect' },
    ],
    [
      'Two crossings will close on Friday, the Estrelan transport ministry said.',
      { content: 'Two crossings will close on Friday', speaker: 'the Estrelan transport ministry', kind: 'indirect' },
    ],
    [
      'The tariff could be announced next week, three officials familiar with the negotiations said.',
      {
        content: 'The tariff could be announced next week',
        speaker: 'three officials familiar with the negotiations',
        kind: 'indirect',
      },
    ],
    [
      'A source close to the mayor said the budget would be cut by a tenth.',
      { content: 'the budget would be cut by a tenth', speaker: 'A source close to the mayor', kind: 'indirect' },
    ],
    [
      '“The draft is ready and costed,” one of them said.',
      { content: 'The draft is ready and costed,', speaker: 'one of them', kind: 'direct', canonical: 'One of them' },
    ],
    [
      'PORTBY, May 3 (Norpress) — Two ferries collided outside the harbour on Sunday, the coastguard said.',
      { content: 'Two ferries collided outside the harbour on Sunday', speaker: 'the coastguard', kind: 'indirect' },
    ],
  ]);
  itGives([
    [
      'His sister, Mira Holt, told Norpress by telephone that the boat had left at dawn.',
      { content: 'the boat had left at dawn', speaker: 'Mira Holt', kind: 'indirect' },
    ],
    [
      'The skipper’s lawyer, Ivo Brandt, told Norpress his client denied every charge.',
      { content: 'his client denied every charge', speaker: 'Ivo Brandt', kind: 'indirect' },
    ],
    [
      'On March 3 the harbour authority told us by letter that the berths would reopen in May.',
      { content: 'the berths would reopen in May', speaker: 'the harbour authority', kind: 'indirect' },
    ],
  ]);
  itGivesNone(['The mayor has said little in public about the budget.', 'The minister said nothing about the cuts.']);
  itGives([
    [
      'The minister said nothing would change before May.',
      { content: 'nothing would change before May', speaker: 'The minister', kind: 'indirect' },
    ],
  ]);
});

describe('the registers of councils and conferences', () => {
  itGives([
    [
      'The representative of Ruritania, Council President for May, said her delegation would abstain.',
      { content: 'her delegation would abstain', speaker: 'The representative of Ruritania', kind: 'indirect' },
    ],
    [
      'Ruritania’s delegate, noting that the ceasefire had held for a month and that no new mines had been laid, said the mission should stay.',
      { content: 'the mission should stay', speaker: 'Ruritania’s delegate', kind: 'indirect' },
    ],
    [
      'Several delegations expressed concern that the report had come too late.',
      { content: 'the report had come too late', speaker: 'Several delegations', kind: 'indirect' },
    ],
    [
      'In the ensuing debate, speakers said the mandate should be renewed for a year.',
      { content: 'the mandate should be renewed for a year', speaker: 'speakers', kind: 'indirect' },
    ],
    [
      '“The roads were never closed,” recalled the mayor, Ana Pires.',
      { content: 'The roads were never closed,', speaker: 'the mayor, Ana Pires', kind: 'direct' },
    ],
  ]);
  // Recalling an envoy is an act, not a report; a fronted time adjunct is no reported content.
  itGivesNone([
    'Ruritania recalled its ambassador from Velin.',
    'Early on Monday, Ruritania recalled its ambassador from Velin.',
  ]);
});

describe('ministries, op-eds and readouts', () => {
  itGives([
    [
      'As stated by our Ministry on many occasions, Ruritania settles its boundaries by negotiation.',
      {
        content: 'Ruritania settles its boundaries by negotiation',
        speaker: 'our Ministry',
        kind: 'indirect',
      },
    ],
    [
      'The spokesperson said at her weekly briefing on 2 March that the border would stay open.',
      { content: 'the border would stay open', speaker: 'The spokesperson', kind: 'indirect' },
    ],
    [
      'His Ruritanian counterpart told reporters that the hotline would be restored.',
      { content: 'the hotline would be restored', speaker: 'His Ruritanian counterpart', kind: 'indirect' },
    ],
  ]);

  it('credits an op-ed’s own `I` to the author of its `By …` line', () => {
    const oped =
      'The river and the dam\n\nBy Ana Roos\n\nLast week I told the minister that the dam needed a monitoring station.\n';
    const q = attribute(parseDocument(oped)).quotes.find(
      (x) => x.content.text === 'the dam needed a monitoring station',
    );
    expect(q?.speaker?.text).toBe('I');
    expect(q?.canonical).toBe('Ana Roos');
    // Without a byline the same `I` still reports, credited to no one.
    const unsigned = attribute(parseDocument(oped.replace('By Ana Roos', 'A view from the river'))).quotes;
    expect(unsigned.map((x) => [x.content.text, x.speaker?.text, x.canonical])).toEqual([
      ['the dam needed a monitoring station', 'I', null],
    ]);
  });
});

describe('documents with their postmodifiers speak', () => {
  itGives([
    [
      'A memo dated 3 May says the pumps were never tested.',
      { content: 'the pumps were never tested', speaker: 'A memo dated 3 May', kind: 'indirect' },
    ],
    [
      'A confidential audit of the harbour found that the dredging had been paid twice.',
      {
        content: 'the dredging had been paid twice',
        speaker: 'A confidential audit of the harbour',
        kind: 'indirect',
      },
    ],
    [
      'The minutes of the board meeting on 9 June record that the review was closed.',
      { content: 'the review was closed', speaker: 'The minutes of the board meeting on 9 June', kind: 'indirect' },
    ],
    [
      'The contract states that the city will cover any shortfall.',
      { content: 'the city will cover any shortfall', speaker: 'The contract', kind: 'indirect' },
    ],
    [
      'A letter from Mayor Ana Roos says the ferry will run until May.',
      {
        content: 'the ferry will run until May',
        speaker: 'A letter from Mayor Ana Roos',
        kind: 'indirect',
        canonical: 'Ana Roos',
      },
    ],
  ]);
  itGives([
    [
      'The memo obtained by the Ledger shows that the pumps were never tested.',
      {
        content: 'the pumps were never tested',
        speaker: 'The memo obtained by the Ledger',
        kind: 'indirect',
        canonical: 'Memo',
      },
    ],
  ]);
  itGives([
    [
      'The cables obtained by the paper show that the embassy had warned of evictions.',
      {
        content: 'the embassy had warned of evictions',
        speaker: 'The cables obtained by the paper',
        kind: 'indirect',
      },
    ],
  ]);
  // `record` reports only with `that`: a count of incidents is no report.
  itGivesNone(['Police recorded 14 incidents on Monday night.']);
});

describe('posts and accounts after a quotation', () => {
  itGives([
    [
      '“The border stays open tonight,” Ruritanian Foreign Minister Ana Roos posts on X.',
      { content: 'The border stays open tonight,', speaker: 'Ruritanian Foreign Minister Ana Roos', kind: 'direct' },
    ],
    [
      'The council urged calm. “Results will be published at noon,” the account wrote, in a post that it pinned to its page.',
      { content: 'Results will be published at noon,', speaker: 'the account', kind: 'direct' },
    ],
    [
      'The ministry said, in a statement, that the ferry would sail.',
      { content: 'the ferry would sail', speaker: 'The ministry', kind: 'indirect' },
    ],
  ]);
});

describe('subordinate and relative reporting clauses', () => {
  itGives([
    [
      'While the ministry said the talks were useful, it gave no date.',
      { content: 'the talks were useful', speaker: 'the ministry', kind: 'indirect' },
    ],
    [
      'Although the union says wages have fallen, its members voted for the deal.',
      { content: 'wages have fallen', speaker: 'the union', kind: 'indirect' },
    ],
    [
      'The ministry, which said the talks were useful, gave no date.',
      { content: 'the talks were useful', speaker: 'The ministry', kind: 'indirect' },
    ],
    [
      'Among the mourners was teacher Ana Ruiz, who says that since the fire, the school has stayed shut.',
      {
        content: 'since the fire, the school has stayed shut',
        speaker: 'teacher Ana Ruiz',
        kind: 'indirect',
        canonical: 'Ana Ruiz',
      },
    ],
    [
      'He met the woman who says she founded the movement in 1990.',
      { content: 'she founded the movement in 1990', speaker: 'the woman', kind: 'indirect' },
    ],
  ]);
});

describe('a direct quote whose cue stands beside it', () => {
  itGives([
    [
      '“She is ready to lead,” the daily wrote.',
      { content: 'She is ready to lead,', speaker: 'the daily', kind: 'direct' },
    ],
    [
      '“I’m glad to be back in Dayton,” Ellis said to cheers from supporters.',
      { content: 'I’m glad to be back in Dayton,', speaker: 'Ellis', kind: 'direct' },
    ],
    [
      '“The border stays open,” said Mayor Lin Qiu in a radio interview.',
      { content: 'The border stays open,', speaker: 'Mayor Lin Qiu', kind: 'direct', canonical: 'Lin Qiu' },
    ],
    [
      'Senator Amy Park spoke last. She went on to say, “You can still vote for change.”',
      { content: 'You can still vote for change.', speaker: 'She', kind: 'direct', canonical: 'Amy Park' },
    ],
    [
      '“What a night for this town,” Coach Dale Hines gushed.',
      { content: 'What a night for this town,', speaker: 'Coach Dale Hines', kind: 'direct' },
    ],
    [
      '“We are reviewing the request,” the agency emailed.',
      { content: 'We are reviewing the request,', speaker: 'the agency', kind: 'direct' },
    ],
    [
      '“It was a long night,” said an exhausted Coach Dale Hines.',
      { content: 'It was a long night,', speaker: 'an exhausted Coach Dale Hines', kind: 'direct' },
    ],
    [
      'Mayor Ann Lee opened the library on Friday, adding, “Books are for everyone in this town.”',
      {
        content: 'Books are for everyone in this town.',
        speaker: 'Mayor Ann Lee',
        kind: 'direct',
        canonical: 'Ann Lee',
      },
    ],
    [
      'Mayor Ann Lee thanked the volunteers who had worked on the building for two years and then turned to the crowd: “Books are for everyone in this town.”',
      {
        content: 'Books are for everyone in this town.',
        speaker: 'Mayor Ann Lee',
        kind: 'direct',
        canonical: 'Ann Lee',
      },
    ],
  ]);

  it('still reads `said to be` as a report about its subject, not by it', () => {
    const { a } = run('The ship, said to be the largest ever built, sailed on Monday.');
    expect(a.quotes).toEqual([]);
  });
});

describe('participles and continuations', () => {
  itGives([
    [
      'The paper endorsed Ruiz, saying it was impressed by her record.',
      { content: 'it was impressed by her record', speaker: 'The paper', kind: 'indirect' },
    ],
    [
      '“We will see,” said Kim, adding that the vote could slip.',
      { content: 'the vote could slip', speaker: 'Kim', kind: 'indirect' },
    ],
    [
      'The United States on Wednesday condemned the ruling, saying the court ignored the evidence.',
      { content: 'the court ignored the evidence', speaker: 'The United States', kind: 'indirect' },
    ],
    [
      'The council was criticized this week, with some saying the change would help landlords.',
      { content: 'the change would help landlords', speaker: 'some', kind: 'indirect' },
    ],
  ]);
});

describe('no quote from a noun or adjective that looks like a cue', () => {
  for (const body of [
    'In Ohio, a 60-year-old Republican state lawmaker resigned in May.',
    'Rebels crossed into the region after the creation of an English-speaking state last year.',
    'The survey shows prices rose faster than wages in the spring.',
  ]) {
    it(body, () => expect(run(body).a.quotes).toEqual([]));
  }

  it('keeps a plural subject’s `state` as a cue', () => {
    expectQuote('Engineers in both cities state that the dam was poorly built.', {
      content: 'the dam was poorly built',
      speaker: 'Engineers in both cities',
      kind: 'indirect',
    });
  });
  // `read` and `forecast` are spelt alike as lemma and past: after a singular subject they are the past where
  // punctuation or `that` follows, and still a noun's modifier where a noun does.
  itGives([
    [
      '“The factory will close in June,” the memo read.',
      { content: 'The factory will close in June,', speaker: 'the memo', kind: 'direct' },
    ],
    [
      'The weather office forecast that the river would peak on Thursday.',
      { content: 'the river would peak on Thursday', speaker: 'The weather office', kind: 'indirect' },
    ],
  ]);
  it('keeps `read` and `forecast` before a noun out of the cues', () => {
    expect(
      run('The council forecast figures were revised twice. The editor read proofs until midnight.').a.quotes,
    ).toEqual([]);
  });
});

describe('content neither too long nor too short', () => {
  it('splits two attributions joined by a semicolon into two quotes', () => {
    const { a } = run('A lawyer accused the judge of lying; he has denied the claim as “absurd.”');
    const first = a.quotes.find((q) => q.speaker?.text === 'A lawyer');
    expect(first?.content.text).toBe('the judge of lying');
    expect(a.quotes.some((q) => q.speaker?.text === 'he' && q.content.text.includes('absurd'))).toBe(true);
  });

  itGives([
    [
      'The mayor said taxes would rise, even though studies show they fell.',
      { content: 'taxes would rise', speaker: 'The mayor', kind: 'indirect' },
    ],
    [
      'Officials said the road would reopen soon, although no date was set.',
      { content: 'the road would reopen soon', speaker: 'Officials', kind: 'indirect' },
    ],
    [
      'Taxes would rise, the mayor said, but prices would fall, the governor said.',
      { content: 'prices would fall', speaker: 'the governor', kind: 'indirect' },
    ],
  ]);
});

describe('reported clauses in a run-on paragraph', () => {
  const speakers = ['the mayor', 'the governor', 'officials', 'the union', 'residents', 'the council'];
  const clauses: string[] = [];
  for (let i = 0; i < 120; i++) clauses.push(`${speakers[i % speakers.length]} said the plan number ${i} would fail`);
  const { text, a } = run(`${clauses.join(', ')}.`);

  it('finds one quote per report, each ending where its clause ends', () => {
    expect(a.quotes).toHaveLength(120);
    a.quotes.forEach((q, i) => {
      expect(q.content.text).toBe(`the plan number ${i} would fail`);
      expect(text.slice(q.content.start, q.content.end)).toBe(q.content.text);
    });
  });

  /** The contents together are no longer than the text, and no two of them overlap. */
  function expectLinearAndApart(body: string, quotes: readonly Quote[]): void {
    const total = quotes.reduce((n, q) => n + q.content.end - q.content.start, 0);
    expect(total).toBeLessThanOrEqual(body.length);
    const sorted = [...quotes].sort((x, y) => x.content.start - y.content.start);
    for (let i = 1; i < sorted.length; i++)
      expect(sorted[i]!.content.start).toBeGreaterThanOrEqual(sorted[i - 1]!.content.end);
  }

  it('keeps the total content linear in the text and the contents apart', () => expectLinearAndApart(text, a.quotes));

  it('does the same for trailing attributions', () => {
    const trailing: string[] = [];
    for (let i = 0; i < 60; i++)
      trailing.push(`the plan number ${i} would fail, ${speakers[i % speakers.length]} said`);
    const r = run(`${trailing.join(', ')}.`);
    expect(r.a.quotes.length).toBeGreaterThanOrEqual(60);
    expectLinearAndApart(r.text, r.a.quotes);
  });
});

describe('speech acts whose content is a noun phrase', () => {
  itGives([
    [
      'The governor has denied the allegations.',
      { content: 'the allegations', speaker: 'The governor', kind: 'reported' },
    ],
    ['Critics called her a liar.', { content: 'her a liar', speaker: 'Critics', kind: 'reported' }],
    [
      'Two aides have accused the minister of bullying them.',
      { content: 'the minister of bullying them', speaker: 'Two aides', kind: 'reported' },
    ],
    [
      'The president condemned the attack on the embassy in a speech.',
      { content: 'the attack', speaker: 'The president', kind: 'reported' },
    ],
    ['Officials rejected the offer from the rebels.', { content: 'the offer', speaker: 'Officials', kind: 'reported' }],
    [
      'The minister denied he had taken the money.',
      { content: 'he had taken the money', speaker: 'The minister', kind: 'indirect' },
    ],
  ]);

  for (const body of [
    'She agreed with calls for reform.',
    'The mayor called the meeting to order.',
    'The agency released a statement.',
    'An appeals board denied permission for the march.',
  ]) {
    it(`${body} → no reported quote`, () =>
      expect(run(body).a.quotes.filter((q) => q.kind === 'reported')).toEqual([]));
  }

  it('keeps a wordless statement as the antecedent of a later `it`', () => {
    const { a } = run('The central bank released a statement on Friday. It said that rates would stay on hold.');
    expect(a.quotes).toHaveLength(1);
    expect(a.quotes[0]!.canonical).toBe('Central bank');
  });
});

describe('elided, coordinated and appositive subjects', () => {
  itGives([
    [
      'The government is expressing frustration but vows it will not allow the breakup of the country.',
      { content: 'it will not allow the breakup of the country', speaker: 'The government', kind: 'indirect' },
    ],
    [
      'Diallo, the main challenger, said he and other candidates would not recognize the result.',
      { content: 'he and other candidates would not recognize the result', speaker: 'Diallo', kind: 'indirect' },
    ],
    [
      'Ana Diaz, spokeswoman for the mayor, said the road would reopen soon.',
      { content: 'the road would reopen soon', speaker: 'Ana Diaz', kind: 'indirect' },
    ],
    [
      'Tom Okri, spokesman for the governor told reporters the budget was balanced.',
      {
        content: 'the budget was balanced',
        speaker: 'Tom Okri, spokesman for the governor',
        kind: 'indirect',
        canonical: 'Tom Okri',
      },
    ],
    [
      'One account says the party paid supporters to block the roads.',
      { content: 'the party paid supporters to block the roads', speaker: 'One account', kind: 'indirect' },
    ],
    [
      'The opposition said the count was marred by fraud and intimidation.',
      { content: 'the count was marred by fraud and intimidation', speaker: 'The opposition', kind: 'indirect' },
    ],
  ]);

  it('gives a participle after `and` the subject of the participle before it', () => {
    expectQuote(
      'The ministry is urging states to stay away, calling the event biased and denying there is any abuse in the camps.',
      {
        content: 'there is any abuse in the camps',
        speaker: 'The ministry',
        kind: 'indirect',
      },
    );
  });
});

describe('the right speaker', () => {
  it('takes the postposed `said a banker who …`, not the speaker of the sentence before', () => {
    expectQuote(
      'Market insiders say prices are too high. “Costs will climb,” said a banker who asked not to be named.',
      { content: 'Costs will climb,', speaker: 'a banker', kind: 'direct' },
    );
  });

  it('takes the head noun, not the institute of its qualifier', () => {
    expectQuote('“The deal is weak,” said a scholar at the Hale Institute who studies trade.', {
      content: 'The deal is weak,',
      speaker: 'a scholar',
      kind: 'direct',
    });
  });

  it('resolves `he` to the subject, not the object, of the sentence before', () => {
    expectQuote('Lee questioned Park twice. He instead argued that the deal was fair.', {
      content: 'the deal was fair',
      speaker: 'He',
      kind: 'indirect',
      canonical: 'Lee',
    });
  });

  it('does not take the capital opening a quotation for a name', () => {
    const { a } = run('“Prices will rise,” he said, “and the bank knows it.”');
    expect(a.quotes.map((q) => q.canonical)).not.toContain('Prices');
  });
});

describe('parenthetical and split reporting clauses', () => {
  itGives([
    [
      'Their plan, they argued, was to win the north.',
      { content: 'Their plan, they argued, was to win the north', speaker: 'they', kind: 'indirect' },
    ],
    [
      'The tax, the mayor said, would be dropped next year.',
      { content: 'The tax, the mayor said, would be dropped next year', speaker: 'the mayor', kind: 'indirect' },
    ],
    [
      'Until then, Rask said, the two ferries will keep running at a loss.',
      {
        content: 'Until then, Rask said, the two ferries will keep running at a loss',
        speaker: 'Rask',
        kind: 'indirect',
      },
    ],
  ]);

  it('never takes a capitalised opening preposition for a name a later pronoun refers to', () => {
    const { a } = run(
      'Until next spring, Ines Rask said, the ferries will run at a loss. “Nobody else will run them,” she said.',
    );
    expect(a.quotes.map((q) => q.canonical)).toEqual(['Ines Rask', 'Ines Rask']);
  });

  it('credits both halves of a split quotation to the speaker of the clause between them', () => {
    const { a } = run('Senator Ann Ruiz spoke first. “Prices will rise,” she said, “and the bank knows it.”');
    expect(a.quotes.map((q) => [q.content.text, q.speaker?.text, q.canonical])).toEqual([
      ['Prices will rise,', 'she', 'Ann Ruiz'],
      ['and the bank knows it.', 'she', 'Ann Ruiz'],
    ]);
  });
});

describe('outer sources', () => {
  it('takes a sentence-final source as the only report of the sentence, not its inner verb', () => {
    const { a } = run('The agency thought the audit could wait, according to two officials.');
    expect(a.quotes.map((q) => [q.content.text, q.speaker?.text])).toEqual([
      ['The agency thought the audit could wait', 'two officials'],
    ]);
  });

  itGives([
    [
      'The agency agreed to delay the audit, according to two officials.',
      { content: 'The agency agreed to delay the audit', speaker: 'two officials', kind: 'indirect' },
    ],
    [
      'The agency agreed to delay the audit, officials said.',
      { content: 'The agency agreed to delay the audit', speaker: 'officials', kind: 'indirect' },
    ],
    [
      'The budget takes effect in July, according to the finance department.',
      { content: 'The budget takes effect in July', speaker: 'the finance department', kind: 'indirect' },
    ],
  ]);
});

describe('headlines `Name: claim`', () => {
  it('credits the claim to the named speaker', () => {
    const text = 'Mayor Ann Diaz: Tax Cuts Are Coming\n\nThe mayor spoke on Monday.\n';
    const q = attribute(parseDocument(text, 'h')).quotes[0];
    expect(q?.content.text).toBe('Tax Cuts Are Coming');
    expect(q?.speaker?.text).toBe('Mayor Ann Diaz');
    expect(q?.canonical).toBe('Ann Diaz');
  });

  it('gives no speaker to a one-word label', () => {
    expect(attribute(parseDocument('Update: Storm Hits Coast\n\nThe storm hit the coast.\n', 'h')).quotes).toEqual([]);
  });
});

describe('headlines name their source without an article, and in title case', () => {
  const headlineQuotes = (headline: string) =>
    attribute(
      parseDocument(`${headline}\n\nThe figures were published on Monday in the capital.\n`, 'h'),
    ).quotes.filter((q) => q.content.end <= headline.length);
  for (const [headline, content, speaker, canonical] of [
    [
      'Exports fell sharply in March, says central bank',
      'Exports fell sharply in March',
      'central bank',
      'Central bank',
    ],
    ['Floods leave thousands homeless, says aid agency', 'Floods leave thousands homeless', 'aid agency', 'Aid agency'],
    ['Floods Leave Thousands Homeless, Says Aid Agency', 'Floods Leave Thousands Homeless', 'Aid Agency', 'Aid Agency'],
    ['Violence Could Escalate, Warns Envoy', 'Violence Could Escalate', 'Envoy', 'Envoy'],
    ['Floods Leave Thousands Homeless, UN Says', 'Floods Leave Thousands Homeless', 'UN', 'UN'],
    [
      'Grain Prices Will Climb Again, Warns UN Envoy, Urging Calm',
      'Grain Prices Will Climb Again',
      'UN Envoy',
      'UN Envoy',
    ],
    [
      'Talks On The Border Will Resume Next Week, Foreign Ministry Says',
      'Talks On The Border Will Resume Next Week',
      'Foreign Ministry',
      'Foreign Ministry',
    ],
  ] as const) {
    it(headline, () => {
      const [q, ...rest] = headlineQuotes(headline);
      expect(rest).toEqual([]);
      expect(q?.content.text).toBe(content);
      expect(q?.speaker?.text).toBe(speaker);
      expect(q?.canonical).toBe(canonical);
      expect(q?.kind).toBe('indirect');
    });
  }

  it('reads a second verb of a title-case headline as its own predicate, not an inverted cue', () => {
    expect(headlineQuotes('Ministry Rejects Talks, Condemns New Sanctions')).toEqual([]);
    expect(headlineQuotes('Exports fell sharply in March, says much')).toEqual([]);
  });

  it('keeps a noun phrase in apposition to the name after it out of the content in running text', () => {
    const quotes = attribute(parseDocument('Storm update\n\nThe driver’s lawyer, Emil Saska, says.\n', 'h')).quotes;
    expect(quotes).toEqual([]);
  });
});

describe('press-release layouts', () => {
  const release = (body: string) => attribute(parseDocument(`Budget update\n\n${body}\n`, 'release')).quotes;
  const quote = 'We will cut taxes for every family in the county this year.';
  for (const [name, body] of [
    ['a label alone on the line before', `And from Chairwoman Ana Diaz:\n\n“${quote}”`],
    ['a `Quote from` label', `Quote from Chairwoman Ana Diaz: “${quote}”`],
    ['a dash signature after the quotation', `“${quote}” — Chairwoman Ana Diaz`],
    ['a dash signature on the next line', `“${quote}”\n\n-Chairwoman Ana Diaz`],
  ] as const) {
    it(name, () => {
      const q = release(body).find((x) => x.content.text === quote);
      expect(q?.speaker?.text).toBe('Chairwoman Ana Diaz');
      expect(q?.canonical).toBe('Ana Diaz');
      expect(q?.kind).toBe('direct');
    });
  }
});

describe('naming verbs: a quotation that names the object is the subject’s own words', () => {
  itGives([
    [
      'The mayor described the plan as “a disaster for the city.”',
      { content: 'a disaster for the city.', speaker: 'The mayor', kind: 'direct' },
    ],
    ['Critics called the ruling “a travesty.”', { content: 'a travesty.', speaker: 'Critics', kind: 'direct' }],
    [
      'The plan has been described by Mayor Ann Lee as “a disaster.”',
      { content: 'a disaster.', speaker: 'Mayor Ann Lee', kind: 'direct', canonical: 'Ann Lee' },
    ],
    [
      'He was told by officials that the road would close.',
      { content: 'the road would close', speaker: 'officials', kind: 'indirect' },
    ],
  ]);

  it('keeps a quotation inside a said-clause mixed', () => {
    expectQuote('The mayor said the plan was “a disaster for the city.”', {
      content: 'the plan was “a disaster for the city.”',
      speaker: 'The mayor',
      kind: 'mixed',
    });
  });
});

describe('a speaker’s own words are their quotes’ contents', () => {
  it('leaves the attribution clause out, so the name and role are not their words', () => {
    const text =
      'Talks\n\nForeign Ministry Spokesperson Hong Lei said China firmly opposes the criticism. “The door stays open,” said Hong.\n';
    const doc = parseDocument(text, 'own');
    const a = attribute(doc);
    const own = ownWordTokens(doc, a, 'Hong Lei').inside.map((t) => t.text);
    expect(own).toEqual(expect.arrayContaining(['China', 'opposes', 'door', 'open']));
    expect(own).not.toContain('Hong');
    expect(own).not.toContain('Spokesperson');
    expect(own).not.toContain('said');
  });

  it('leaves a transcript label out of the turn', () => {
    const text =
      'Press Briefing by Press Secretary Karine Jean-Pierre\n\nMS. JEAN-PIERRE: Good afternoon. We will cut costs for families.\n\nQ: Will the bill pass?\n\nMS. JEAN-PIERRE: We expect it to pass this week.\n';
    const doc = parseDocument(text, 'turns');
    const a = attribute(doc);
    const { inside, outside } = ownWordTokens(doc, a, 'Karine Jean-Pierre');
    expect(inside.map((t) => t.text)).toEqual(expect.arrayContaining(['cut', 'costs', 'expect', 'pass']));
    expect(inside.some((t) => /JEAN|MS/.test(t.text))).toBe(false);
    expect(inside.length + outside.length).toBe(doc.tokens.length);
    expect(ownWordRanges(a, 'Karine Jean-Pierre')).toHaveLength(2);
  });
});

describe('actors that are actors', () => {
  const actorsOf = (text: string) => attribute(parseDocument(text, 'actors')).actors;
  const text =
    'Critics Say Harbor Plan Ignores Fishermen\n\n' +
    'Fishermen in Portvale met on Tuesday. The Regular Press Conference of the port board was cancelled, and the Portvale board met again on Friday.\n\n' +
    'Health workers from Human Rights Watch and the National Public Health Laboratory toured the U.S. Capitol. Iranian officials and English-speaking visitors joined them in Kessa and near Kessa.\n\n' +
    'Director Ana Moss of Human Rights Watch met the Portvale board. Moss said the harbor plan was unfair. AIDS and HIV clinics stayed open.\n';
  const actors = actorsOf(text);
  const names = actors.map((a) => a.name);
  const typeOf = (name: string) => actors.find((a) => a.name === name)?.type;

  it('leaves out headline phrases, events, things, adjectives and places', () => {
    for (const not of ['Regular Press Conference', 'AIDS', 'HIV', 'Iranian', 'English-speaking', 'Kessa', 'Portvale'])
      expect(names).not.toContain(not);
    expect(names.filter((n) => /Say|Ignores/.test(n))).toEqual([]);
  });

  it('types organisations by their head noun', () => {
    expect(typeOf('Human Rights Watch')).toBe('organization');
    expect(typeOf('National Public Health Laboratory')).toBe('organization');
    expect(typeOf('U.S. Capitol')).toBe('organization');
  });

  it('keeps a person named with an `of` affiliation a person', () => {
    expect(typeOf('Ana Moss')).toBe('person');
  });
});

describe('guards found on the development corpus', () => {
  it('gives a quotation after `with X saying:` to X, not to the clause before', () => {
    expectQuote('All five pleaded not guilty, with Tang saying: “I’m not a foreign agent. I plead not guilty.”', {
      content: 'I’m not a foreign agent. I plead not guilty.',
      speaker: 'Tang',
      kind: 'direct',
    });
  });

  it('reads `showed that` as a report but a bare `shows` as none', () => {
    expectQuote(
      'A survey released on Monday by the Pew Research Center showed that views about China remained negative.',
      { content: 'views about China remained negative', speaker: 'the Pew Research Center', kind: 'indirect' },
    );
    expect(run('The survey shows prices rose faster than wages in the spring.').a.quotes).toEqual([]);
  });

  it('takes a participle right after a noun as a modifier, not a report by that noun', () => {
    const { a } = run('Yesterday 22 countries wrote a letter to the UN Human Rights Council criticizing the policy.');
    expect(a.quotes.some((q) => q.speaker?.text === 'the UN Human Rights Council')).toBe(false);
  });

  it('reports what precedes a cue that takes no bare clause only from the sentence end', () => {
    const { a } = run(
      'A: In this letter, certain countries wantonly criticized and smeared the city in total disregard of the truth.',
    );
    expect(a.quotes.some((q) => q.content.text.startsWith('A: In this letter'))).toBe(false);
  });
});

describe('an unnamed source whose anonymity is explained before its cue', () => {
  itGives([
    [
      'A customs officer who spoke on condition of anonymity because the inquiry is still open said the seized crates had been relabelled twice.',
      {
        content: 'the seized crates had been relabelled twice',
        speaker: 'A customs officer',
        kind: 'indirect',
      },
    ],
    [
      // The reason's own report (`the union had told staff not to comment`) is no quote of its own.
      'A nurse at the clinic who asked not to be named because the union had told staff not to comment on the strike said two wards had closed.',
      { content: 'two wards had closed', speaker: 'A nurse at the clinic', kind: 'indirect' },
    ],
    [
      'A senior mediator, speaking on condition of anonymity because she was not authorised to discuss the draft, said the ceasefire text was “nearly finished.”',
      {
        content: 'the ceasefire text was “nearly finished.”',
        speaker: 'A senior mediator',
        kind: 'mixed',
      },
    ],
    [
      'An engineer from the port authority who has seen the plans, and who requested anonymity because the contract is confidential, said the dredging would start in May.',
      {
        content: 'the dredging would start in May',
        speaker: 'An engineer from the port authority',
        kind: 'indirect',
      },
    ],
  ]);
});

describe('an opening phrase that says whose view or words the sentence gives', () => {
  itGives([
    [
      'In the words of one veteran negotiator, the treaty is "a house with no doors."',
      {
        content: 'the treaty is "a house with no doors."',
        speaker: 'one veteran negotiator',
        kind: 'mixed',
      },
    ],
    [
      'In the view of the appeals court, the expulsion order remains lawful.',
      { content: 'the expulsion order remains lawful', speaker: 'the appeals court', kind: 'indirect' },
    ],
    [
      "In Varga's words, the dam will be finished by the summer.",
      { content: 'the dam will be finished by the summer', speaker: "Varga's", kind: 'indirect' },
    ],
  ]);

  it('gives a possessive’s view to the person the pronoun stands for, and a later concession its own report', () => {
    const { a } = run(
      'Hilde Sand has mediated for a decade. In her view, the quarrel is now “about pride, not water,” though she conceded that neither side would say so.',
    );
    expect(a.quotes.map((q) => [q.content.text, q.speaker?.text, q.canonical])).toEqual([
      ['the quarrel is now “about pride, not water,”', 'her', 'Hilde Sand'],
      ['neither side would say so', 'she', 'Hilde Sand'],
    ]);
  });

  itGivesNone(['In the end, the two delegations went home without a deal.']);
});

describe('a naming verb’s quotation after a long object or before an adjunct', () => {
  itGives([
    [
      'The ministry on Friday dismissed a parliamentary report on the treatment of seasonal workers in the southern vineyards as “a pamphlet with footnotes.”',
      { content: 'a pamphlet with footnotes.', speaker: 'The ministry', kind: 'direct' },
    ],
    [
      'The opposition leader described the new bridge toll as a “tax on going to work” in a radio interview.',
      { content: 'tax on going to work', speaker: 'The opposition leader', kind: 'direct' },
    ],
  ]);

  it('gives a relative clause’s naming quotation to the antecedent, not to the sentence’s subject', () => {
    const { a } = run(
      'The port authority in Vell on Monday hit back at remarks by Regional Transport Commissioner Ada Brun, who described the new container terminal on the northern quay as a “white elephant” in a newspaper column.',
    );
    expect(a.quotes.map((q) => [q.content.text, q.canonical, q.kind])).toEqual([
      ['white elephant', 'Ada Brun', 'direct'],
    ]);
  });
});

describe('where one report ends and the next part of the sentence begins', () => {
  it('ends a report at the comma of a quotation before a coordinated cue, keeping the quotation whole', () => {
    const { a } = run(
      'The harbour master admitted that the dredging had started "a month too late," but insisted that the channel would be "open by Easter."',
    );
    expect(a.quotes.map((q) => [q.content.text, q.cue?.text])).toEqual([
      ['the dredging had started "a month too late,"', 'admitted'],
      ['the channel would be "open by Easter."', 'insisted'],
    ]);
  });

  it('ends a that-clause where the same subject’s coordinated cue begins a second report', () => {
    const { a } = run(
      'The ferry operator denied that any passenger had been left behind and said the last boat sailed at nine.',
    );
    expect(a.quotes.map((q) => [q.content.text, q.cue?.text])).toEqual([
      ['any passenger had been left behind', 'denied'],
      ['the last boat sailed at nine', 'said'],
    ]);
  });

  it('ends a report before a noun that takes it up, and makes no report of the reaction', () => {
    const { a } = run(
      'The union said the depot had been "run into the ground by design," a charge the operator denies. The mayor claimed the buses were safe, an assertion the inspectors dispute.',
    );
    expect(a.quotes.map((q) => [q.content.text, q.speaker?.text])).toEqual([
      ['the depot had been "run into the ground by design,"', 'The union'],
      ['the buses were safe', 'The mayor'],
    ]);
  });
});

describe('a possessor’s answer before a colon', () => {
  it('gives the quotation after `Her reply was short:` to the person the possessive stands for', () => {
    const { a } = run(
      'Mira Tal waited nine years for the verdict. Asked how it felt, her reply was brief: “Like breathing again.”',
    );
    expect(a.quotes.map((q) => [q.content.text, q.speaker?.text, q.canonical, q.cue?.text])).toEqual([
      ['Like breathing again.', 'her', 'Mira Tal', ':'],
    ]);
  });

  it('reads no report in the question an opening `Asked …` puts to the speaker', () => {
    const { a } = run(
      'Asked at her weekly briefing whether the ministry had warned the embassy, spokesperson Ana Reis said: “We did, twice.”',
    );
    expect(a.quotes.map((q) => [q.content.text, q.canonical])).toEqual([['We did, twice.', 'Ana Reis']]);
  });

  it('gives it to a named possessor too, and not to an owner of anything else', () => {
    const { a } = run('Dorn’s answer came at once: “We will not sign.”');
    expect(a.quotes.map((q) => q.canonical)).toEqual(['Dorn']);
    const { a: other } = run('Her car was parked outside: “Bring Per Home” was painted on its side.');
    expect(other.quotes).toEqual([]);
  });
});

describe('a name and a role in apposition when a possessive opens one of them', () => {
  itGives([
    [
      "Norrland's largest shipyard, Kelda Works, said in a filing that the order would be delayed.",
      { content: 'the order would be delayed', speaker: 'Kelda Works', kind: 'indirect' },
    ],
    [
      'Kelda Works, Norrland’s largest shipyard, said the order would be delayed by a year.',
      { content: 'the order would be delayed by a year', speaker: 'Kelda Works', kind: 'indirect' },
    ],
  ]);
});

describe('clauses that open with a figure, participles that hang off the nearest clause', () => {
  itGives([
    [
      'The relief agency said about 300 families had left the valley since March.',
      {
        content: 'about 300 families had left the valley since March',
        speaker: 'The relief agency',
        kind: 'indirect',
      },
    ],
    [
      'The hearing ended early when the judge adjourned the case, saying the defence needed "more time than anyone had planned."',
      {
        content: 'the defence needed "more time than anyone had planned."',
        speaker: 'the judge',
        kind: 'mixed',
      },
    ],
  ]);
  itGivesNone(['The agency said about the plan only what it had said before.']);
});

describe('a pronoun agrees with what an honorific or role noun says of its person', () => {
  it('gives `she` to the woman named `Ms.`, not to the man the sentence before opens with', () => {
    const { a } = run(
      'Ms. Vance chaired the hearing on the dam. Mr. Okoro, the engineer, described the cracks in detail. ' +
        '“Nobody will be blamed before the inspection is finished,” she said.',
    );
    expect(a.quotes.map((q) => [q.speaker?.text, q.canonical])).toEqual([['she', 'Vance']]);
  });

  it('gives `he` to the man, past a spokeswoman named after him', () => {
    const { a } = run(
      'Mr. Ek has run the ministry since May. Spokeswoman Lena Dahl opened the briefing on Monday. ' +
        '“The border stays closed until the talks resume,” he said.',
    );
    expect(a.quotes.map((q) => [q.speaker?.text, q.canonical])).toEqual([['he', 'Ek']]);
  });

  it('still gives a pronoun to the nearest person when nothing tells their gender', () => {
    const { a } = run(
      'Lena Dahl opened the briefing on Monday. “The border stays closed until the talks resume,” he said.',
    );
    expect(a.quotes.map((q) => q.canonical)).toEqual(['Lena Dahl']);
  });
});

describe('the person a sentence opens with, after an opening phrase', () => {
  it('gives `she` to the subject after an opening `Asked …,` phrase, not to the speaker before', () => {
    const { a } = run(
      'Professor Ivo Marr said the survey was too small. Asked about the survey, Dr. Lea Tamm was blunt. ' +
        '“It counted the wrong farms,” she said.',
    );
    expect(a.quotes.map((q) => [q.content.text, q.canonical])).toEqual([
      ['the survey was too small', 'Ivo Marr'],
      ['It counted the wrong farms,', 'Lea Tamm'],
    ]);
  });
});

describe('who listens to `told` and who speaks', () => {
  it('never takes the listener after `told` for the speaker; the name beside a role’s `of` phrase speaks', () => {
    const { a } = run(
      'The head of the burns unit, Dr. Ilse Varga, told the Courier by telephone that nine patients had been moved.',
    );
    expect(a.quotes.map((q) => [q.content.text, q.speaker?.text, q.canonical])).toEqual([
      ['nine patients had been moved', 'Dr. Ilse Varga', 'Ilse Varga'],
    ]);
  });

  it('reads `I told him` and a bare clause with its verb as a report in a turn, not `I told you the truth`', () => {
    const { a } = run(
      'Q: Did you warn the minister?\n\nVARGA: I told him the wards would be full by Friday. I told you the truth then.',
    );
    expect(a.quotes.filter((q) => q.kind === 'indirect').map((q) => [q.content.text, q.canonical])).toEqual([
      ['the wards would be full by Friday', 'VARGA'],
    ]);
  });
});

describe('a naming verb that names a thing rather than reporting a speaker', () => {
  itGivesNone([
    'The junta imposed what it calls a "public order measure" on the port.',
    'Volunteers who call themselves “the night shift” patrol the harbour.',
    'The levy falls on what the treasury calls “windfall” earnings.',
  ]);

  itGives([
    [
      'The treasury called the levy “a fair share” on Monday.',
      { content: 'a fair share', speaker: 'The treasury', kind: 'direct' },
    ],
  ]);
});

describe('a one-word capitalised label that asks nothing', () => {
  it('is a speaker whose turn runs on over unlabelled paragraphs, with the reports inside it', () => {
    const { a } = run(
      'Evening interview\n\nPRESENTER: Why did the pumps fail?\n\nKOVAR: The parts were old.\n\n' +
        'We warned the council in March that the pumps were failing.\n\nPRESENTER: Thank you.',
    );
    expect(a.quotes.map((q) => [q.kind, q.content.text, q.canonical])).toEqual([
      ['transcript', 'Why did the pumps fail?', 'Presenter'],
      ['transcript', 'The parts were old.\n\nWe warned the council in March that the pumps were failing.', 'KOVAR'],
      ['indirect', 'the pumps were failing', 'KOVAR'],
      ['transcript', 'Thank you.', 'Presenter'],
    ]);
  });
});

describe('a naming verb in a relative clause without a pronoun', () => {
  it('gives the quotation to the clause’s subject, not to the noun it names', () => {
    const cases: [string, string, string][] = [
      [
        'The ferry will stop in March, in a move the island’s harbour master called “a betrayal of the north”.',
        'a betrayal of the north',
        'the island’s harbour master',
      ],
      ['It was a verdict its producer, Ilse Marten, called “cowardly and late”.', 'cowardly and late', 'Ilse Marten'],
      [
        'She defended a budget that the tabloid Morgenpost had dubbed “the coldest in living memory”.',
        'the coldest in living memory',
        'the tabloid Morgenpost',
      ],
    ];
    for (const [text, content, speaker] of cases) {
      const { a } = run(text);
      expect(a.quotes.map((q) => [q.kind, q.content.text, q.speaker?.text])).toEqual([['direct', content, speaker]]);
    }
  });

  it('reads `dubbed` and `termed` as naming verbs, and leaves the noun `terms` alone', () => {
    const { a } = run('The union termed the offer “an insult to every nurse”.');
    expect(a.quotes.map((q) => [q.content.text, q.cue?.text])).toEqual([['an insult to every nurse', 'termed']]);
    const terms = run(
      'An official who asked not to be named because the terms are secret said the deal would be signed in May.',
    );
    expect(terms.a.quotes.map((q) => [q.content.text, q.cue?.text])).toEqual([
      ['the deal would be signed in May', 'said'],
    ]);
  });
});

describe('`tell` with a noun phrase, and a personal pronoun opening the clause', () => {
  it('reports nothing when what is told is a story, not a clause', () => {
    for (const text of [
      'The harvest figures tell a grim story of the dry spring.',
      'Customs data told a different story.',
      'She told a long story about her first ferry crossing.',
    ])
      expect(run(text).a.quotes).toEqual([]);
  });

  it('reads a clause opened by `he`, `she` or `they` after the addressee, with or without `that`', () => {
    const cases: [string, string][] = [
      ['The curator tells the Ledger she doubts the loan will happen.', 'she doubts the loan will happen'],
      [
        'The agronomist told a seminar in Varn last spring that they rarely see wilt this early.',
        'they rarely see wilt this early',
      ],
    ];
    for (const [text, content] of cases)
      expect(run(text).a.quotes.map((q) => [q.kind, q.content.text])).toEqual([['indirect', content]]);
  });
});

describe('a naming verb’s quotation inside a longer complement', () => {
  it('is the subject’s own words, whatever the complement goes on with', () => {
    const { a } = run('The ministry describes the merger as a “consolidation” of ferry routes along the coast.');
    expect(a.quotes.map((q) => [q.kind, q.content.text, q.cue?.text])).toEqual([
      ['direct', 'consolidation', 'describes'],
    ]);
  });

  it('names with the quotation after `as`, not with a term quoted in the object', () => {
    const { a } = run('The mayor dismissed the union’s “winter plan” as “a wish list with a budget attached”.');
    expect(a.quotes.map((q) => [q.kind, q.content.text])).toEqual([['direct', 'a wish list with a budget attached']]);
  });

  it('names with its first quotation only, not with a later one in a clause of its own', () => {
    const { a } = run(
      'Reviewers have called her “the poet of car parks”, a label she says she finds “kind and slightly worrying”.',
    );
    expect(a.quotes.filter((q) => q.cue?.text === 'called').map((q) => [q.content.text, q.speaker?.text])).toEqual([
      ['the poet of car parks', 'Reviewers'],
    ]);
  });
});

describe('a title in quotation marks in an aside after the subject', () => {
  it('lets the subject reach its cue past the title', () => {
    const { a } = run('The audit, titled “Harbour Accounts 2025”, found that the port had overspent by a third.');
    expect(a.quotes.map((q) => [q.content.text, q.speaker?.text, q.cue?.text])).toEqual([
      ['the port had overspent by a third', 'The audit', 'found'],
    ]);
  });
});

describe('an inverted subject with a modifier between its opener and its head', () => {
  it('is the speaker (`said one older farmer`, `said a tired nurse`)', () => {
    const cases: [string, string][] = [
      ['“Nobody plans for three dry years,” said one older grower, who would not give his name.', 'one older grower'],
      ['“We will stay until the last bus,” said a tired nurse.', 'a tired nurse'],
    ];
    for (const [text, speaker] of cases)
      expect(run(text).a.quotes.map((q) => [q.kind, q.speaker?.text])).toEqual([['direct', speaker]]);
  });
});

describe('what `ask` does not report', () => {
  it('reads no report in a source’s request to stay unnamed', () => {
    for (const text of [
      'Among the marchers was Tomas, 58, a ferry cook who asked that his surname not be printed.',
      'A harbour pilot, who asked that her name be withheld, said the buoys had drifted for weeks.',
    ]) {
      const asked = run(text).a.quotes.filter((q) => q.cue?.text === 'asked');
      expect(asked).toEqual([]);
    }
  });

  it('reads no asked-for action in a request for a thing, nor in a later clause', () => {
    for (const text of [
      'The council asked the ministry three times for permission to open a second quay, but never received an answer.',
      'The mayor asked the harbour board for options, and she expects to say more next week.',
    ])
      expect(run(text).a.quotes.filter((q) => q.cue?.text === 'asked')).toEqual([]);
    const { a } = run('The island council asked the ministry to restore the winter timetable.');
    expect(a.quotes.map((q) => [q.content.text, q.cue?.text])).toEqual([
      ['the ministry to restore the winter timetable', 'asked'],
    ]);
  });
});

describe('a bare clause after a cue that often takes an object', () => {
  it('needs its verb near its start, not somewhere in a long object', () => {
    const { a } = run(
      'The ferry company reported a 12 percent rise in summer bookings on Monday, with most of the growth concentrated in the north.',
    );
    expect(a.quotes).toEqual([]);
  });

  it('may be an object noun with its own `that` clause far from the cue', () => {
    const { a } = run(
      'She repeated the ministry’s promises — or, rather, assurances to the islanders — that the ferry would keep running.',
    );
    expect(a.quotes.filter((q) => q.cue?.text === 'repeated').map((q) => q.kind)).toEqual(['indirect']);
  });

  it('is a clause past the addressee, and after `that` when an article or a name opens it', () => {
    const cases: [string, string][] = [
      [
        'She told him the harbour board stands ready to fund the dredging.',
        'the harbour board stands ready to fund the dredging',
      ],
      [
        'Ossen told a news conference in Varn on Tuesday that the levy froze the accounts of three ferry firms.',
        'the levy froze the accounts of three ferry firms',
      ],
    ];
    for (const [text, content] of cases)
      expect(run(text).a.quotes.map((q) => [q.kind, q.content.text])).toEqual([['indirect', content]]);
  });
});

describe('a report in the first sentence of a transcript turn', () => {
  it('is read after the turn’s label', () => {
    const { a } = run(
      'Ferry inquiry, day two\n\nMS ORLO: What did the engineer tell you?\n\nTHE WITNESS: She told me the pump had failed twice that week.\n\nMS ORLO: Thank you.',
    );
    expect(a.quotes.filter((q) => q.kind !== 'transcript').map((q) => [q.kind, q.content.text, q.cue?.text])).toEqual([
      ['indirect', 'the pump had failed twice that week', 'told'],
    ]);
  });
});

describe('a place adverb between a speaker noun and its name in apposition', () => {
  it('keeps the name as the speaker (`the landlord here, Halvard, says`)', () => {
    const { a } = run('Minister, the union’s spokeswoman there, Ilse Marten, says the quay is unsafe.');
    expect(a.quotes.map((q) => [q.content.text, q.speaker?.text])).toEqual([['the quay is unsafe', 'Ilse Marten']]);
  });
});

describe('a reporting clause between commas before a present verb', () => {
  it('reports the whole sentence before a pronoun and its auxiliary (`Now, he says, it is …`)', () => {
    const { a } = run('These days, the skipper says, it is the busiest crossing on the coast.');
    expect(a.quotes.map((q) => [q.content.text, q.speaker?.text])).toEqual([
      ['These days, the skipper says, it is the busiest crossing on the coast', 'the skipper'],
    ]);
  });

  it('reports the whole sentence (`The charge, Saro says, rests on …`)', () => {
    const { a } = run('The delay, the pilot says, comes down to one faulty valve.');
    expect(a.quotes.map((q) => [q.kind, q.content.text, q.speaker?.text])).toEqual([
      ['indirect', 'The delay, the pilot says, comes down to one faulty valve', 'the pilot'],
    ]);
  });
});

describe('a place between the addressee and a clause opened by an article', () => {
  it('is skipped to the clause (`told reporters in Harnoc the group had …`)', () => {
    const { a } = run('Marten told reporters in Varn the ferry company had cancelled every winter crossing.');
    expect(a.quotes.map((q) => [q.content.text, q.cue?.text])).toEqual([
      ['the ferry company had cancelled every winter crossing', 'told'],
    ]);
  });

  it('stops at a clause of its own (`whether`, `while`)', () => {
    const { a } = run(
      'When I asked the harbour master at the hearing in May whether the quay would hold, he said, “Nobody can promise that.”',
    );
    expect(a.quotes.map((q) => [q.content.text, q.cue?.text])).toEqual([['Nobody can promise that.', 'said']]);
  });
});

describe('a trailing attribution whose cue goes on with adjuncts', () => {
  it('reports what comes before it, not the adjunct’s relative clause', () => {
    const { a } = run(
      'At least 40 ferries have been laid up since June, the crews’ union said on Friday in a statement the owners dismissed as “scaremongering”.',
    );
    expect(a.quotes.map((q) => [q.kind, q.content.text, q.cue?.text])).toEqual([
      ['indirect', 'At least 40 ferries have been laid up since June', 'said'],
      ['direct', 'scaremongering', 'dismissed'],
    ]);
  });
});

describe('a title in quotation marks alone in an aside', () => {
  it('lets the subject reach its cue (`The report, “Rooms Without Windows”, says …`)', () => {
    const { a } = run('The audit, “Harbour Accounts”, says the port overspent by a third.');
    expect(a.quotes.map((q) => [q.content.text, q.speaker?.text])).toEqual([
      ['the port overspent by a third', 'The audit'],
    ]);
  });
});

describe('`according to` a source no lexicon word heads', () => {
  it('takes whatever noun phrase follows as the source', () => {
    const cases: [string, string, string][] = [
      [
        'The ferry ran half empty all winter, according to harbour ledgers.',
        'The ferry ran half empty all winter',
        'harbour ledgers',
      ],
      [
        'According to ticket data compiled by the island council, winter fares doubled.',
        'winter fares doubled',
        'ticket data compiled by the island council',
      ],
    ];
    for (const [text, content, speaker] of cases)
      expect(run(text).a.quotes.map((q) => [q.content.text, q.speaker?.text])).toEqual([[content, speaker]]);
  });
});

describe('a sentence-opening subject no lexicon word heads, with its modifiers', () => {
  it('speaks at a past cue with no verb before it', () => {
    const cases: [string, string][] = [
      ['Ferry pilots said the channel had silted up.', 'Ferry pilots'],
      ['Two skippers at the Varn moorings said the buoys had drifted.', 'Two skippers at the Varn moorings'],
      ['Passengers stranded by the strike said nobody had told them.', 'Passengers stranded by the strike'],
    ];
    for (const [text, speaker] of cases)
      expect(run(text).a.quotes.map((q) => [q.kind, q.speaker?.text])).toEqual([['indirect', speaker]]);
  });

  it('may follow an opening adverbial, and close before a relative clause between commas', () => {
    const cases: [string, string, string][] = [
      [
        'On Friday, a ferry pilot in the Varn channel said the buoys had drifted.',
        'a ferry pilot in the Varn channel',
        'the buoys had drifted',
      ],
      [
        'A deckhand on the night crossing, who would not give his name, said only that the radar had failed.',
        'A deckhand on the night crossing',
        'the radar had failed',
      ],
    ];
    for (const [text, speaker, content] of cases)
      expect(run(text).a.quotes.map((q) => [q.speaker?.text, q.content.text])).toEqual([[speaker, content]]);
  });

  it('may be one plural noun, after an opening adverbial with its own relative clause', () => {
    const { a } = run(
      'In Varn itself, where the ferries stopped last week, hoteliers said trade had halved since June.',
    );
    expect(a.quotes.map((q) => [q.speaker?.text, q.content.text])).toEqual([
      ['hoteliers', 'trade had halved since June'],
    ]);
  });

  it('is no subject when a verb or a function word ends it', () => {
    for (const text of [
      'Islanders on farms with confirmed cases must boil all water, the health board confirmed.',
      'The ferry sank and divers said nothing could be saved.',
    ])
      expect(run(text).a.quotes.map((q) => q.speaker?.text)).not.toContain('Islanders on farms with');
  });
});

describe('a plain noun phrase opened by a number or a quantifier after a quotation', () => {
  it('is the speaker (`“…,” one user posted`)', () => {
    const { a } = run('“Still no refund, still no answer,” one user posted on a ferry forum.');
    expect(a.quotes.map((q) => [q.content.text, q.speaker?.text, q.cue?.text])).toEqual([
      ['Still no refund, still no answer,', 'one user', 'posted'],
    ]);
  });
});

describe('an inverted subject followed by a participle and its place', () => {
  it('speaks (`said an ambassador posted in Anvershold`)', () => {
    const { a } = run('“The deal was always coming,” said a diplomat posted in Varn who attended the talks.');
    expect(a.quotes.map((q) => [q.content.text, q.speaker?.text])).toEqual([
      ['The deal was always coming,', 'a diplomat'],
    ]);
  });
});

describe('a bracketed affiliation before a relative clause between commas', () => {
  it('leaves the name as the speaker (`Cllr Peretti (Independent, Harbour Ward), who …, argued`)', () => {
    const { a } = run(
      'But Cllr Ines Varga (Labour, Quay Ward), who chairs the ferry committee, argued the subsidy had kept the route alive.',
    );
    expect(a.quotes.map((q) => [q.content.text, q.speaker?.text])).toEqual([
      ['the subsidy had kept the route alive', 'Cllr Ines Varga'],
    ]);
  });
});

describe('a time between a subject and its cue', () => {
  it('is no part of the subject (`Its minister, Ruta Sandvall, last month described …`)', () => {
    const cases: [string, string][] = [
      ['Its spokeswoman, Ilse Marten, last week said the quay would reopen.', 'Ilse Marten'],
      ['The ferry company this morning said the crossing was cancelled.', 'The ferry company'],
    ];
    for (const [text, speaker] of cases) expect(run(text).a.quotes.map((q) => q.speaker?.text)).toEqual([speaker]);
  });
});

describe('more of what a cue’s neighbours say', () => {
  it('reads no report in `the figures tell a less comfortable story: …`', () => {
    expect(
      run('The port’s figures tell a less comfortable story: Varn handled a third fewer ferries in March.').a.quotes,
    ).toEqual([]);
  });

  it('gives a naming verb its quotation though the sentence goes on (`which X called “…”, was shot …`)', () => {
    const { a } = run('The film, which the director called “a love letter to the islands”, was shot in nine days.');
    expect(a.quotes.map((q) => [q.kind, q.content.text, q.cue?.text])).toEqual([
      ['direct', 'a love letter to the islands', 'called'],
    ]);
  });

  it('takes travel advice and a bulletin as document speakers', () => {
    const { a } = run('The ministry’s updated advice says visitors should avoid the harbour district.');
    expect(a.quotes.map((q) => [q.content.text, q.speaker?.text])).toEqual([
      ['visitors should avoid the harbour district', 'The ministry’s updated advice'],
    ]);
  });
});

describe('the noun phrase before a contact clause', () => {
  it('is the words up to the clause’s pronoun, when they form a subject', () => {
    const { a } = run('Several deckhands I later interviewed in private told me the pumps had failed twice.');
    expect(a.quotes.map((q) => [q.speaker?.text, q.content.text])).toEqual([
      ['Several deckhands', 'the pumps had failed twice'],
    ]);
  });

  it('is never a sentence-opening conjunction (`And we deplore …`)', () => {
    const { a } = run('And we deplore the evidence found by the inspectors that the ferry company is cutting corners.');
    expect(a.quotes.map((q) => q.speaker?.text)).not.toContain('And');
  });
});

describe('a contact clause after an unlisted noun phrase, ending in a stranded `to`', () => {
  it('speaks at a present cue (`Port operators I have spoken to say …`)', () => {
    const { a } = run('Ferry crews I have spoken to say the new rosters are unworkable.');
    expect(a.quotes.map((q) => [q.content.text, q.speaker?.text])).toEqual([
      ['the new rosters are unworkable', 'Ferry crews'],
    ]);
  });
});

describe('state television and state media as speakers', () => {
  it('speaks like any outlet (`State media reported …`, `state television has described …`)', () => {
    const cases: [string, string][] = [
      ['State media reported that the ferry had been seized near Varn.', 'State media'],
      ['Kestrian state television has described the blockade as “an act of piracy”.', 'Kestrian state television'],
    ];
    for (const [text, speaker] of cases) expect(run(text).a.quotes.map((q) => q.speaker?.text)).toEqual([speaker]);
  });
});

describe('where a transcript turn ends', () => {
  const turns = (text: string) =>
    run(text)
      .a.quotes.filter((q) => q.kind === 'transcript')
      .map((q) => [q.content.text, q.speaker?.text]);

  it('runs on past the record’s time stamps and stage directions, which nobody speaks', () => {
    for (const interjection of ['3.12 pm', '(Laughter)', '[Scattered applause]', 'Several members rose—']) {
      expect(
        turns(
          'Questions to the minister\n\nMS ORLO: Will the ferry run this winter?\n\nTHE MINISTER: It will.\n\n' +
            `${interjection}\n\nThe contract was signed on Friday.\n\nMS ORLO: Thank you.`,
        ),
      ).toEqual([
        ['Will the ferry run this winter?', 'MS ORLO'],
        [`It will.\n\n${interjection}\n\nThe contract was signed on Friday.`, 'THE MINISTER'],
        ['Thank you.', 'MS ORLO'],
      ]);
    }
  });

  it('ends a turn of a transcript before a later paragraph of the outlet’s narration, told without I, we or you', () => {
    const text =
      'Inquest, day two\n\nCORONER: Did the firm check the roof?\n\nMR HARLAND: We checked it twice.\n\n' +
      'We had no reason to think it would fail.\n\nMr Harland denied that his firm had cut corners to keep its price down.\n\n' +
      'CORONER: Thank you.';
    expect(turns(text)).toEqual([
      ['Did the firm check the roof?', 'CORONER'],
      ['We checked it twice.\n\nWe had no reason to think it would fail.', 'MR HARLAND'],
      ['Thank you.', 'CORONER'],
    ]);
  });

  it('keeps a label or two in other text as they were: a live page is no transcript', () => {
    // Two labelled turns only: the narration stays inside, as the turn finder bounded it.
    const text =
      'Live: the council meeting\n\nMR DUNMORE: We will vote tonight.\n\nThe chamber is full.\n\nMS ORLO: Thank you.';
    expect(turns(text)[0]).toEqual(['We will vote tonight.\n\nThe chamber is full.', 'MR DUNMORE']);
  });

  it('stops before a paragraph that narrates a question put to someone', () => {
    expect(
      turns(
        'Outside the court\n\nREPORTER: Will she appeal?\n\nMS ORLO: She will.\n\nAsked whether the firm would pay, Ms Orlo walked to her car.\n\nThe hearing resumes in June.',
      ),
    ).toEqual([
      ['Will she appeal?', 'REPORTER'],
      ['She will.', 'MS ORLO'],
    ]);
  });

  it('leaves a direction after the last words out of the turn', () => {
    expect(
      turns('Hearing\n\nMS ORLO: Will the ferry run this winter?\n\nTHE MINISTER: It will.\n\n(Laughter)'),
    ).toEqual([
      ['Will the ferry run this winter?', 'MS ORLO'],
      ['It will.', 'THE MINISTER'],
    ]);
  });

  it('stops before a heading or a paragraph that opens with a quotation, which the outlet writes', () => {
    for (const after of [
      'ITEM 4. HARBOUR DUES\nThe dues were set at last year’s rate.',
      'STATEMENT OF DR ILSE MARTEN, DIRECTOR OF THE PORT AUTHORITY, ON THE WINTER TIMETABLE',
      '“We were never asked,” said Tomas Brel, who runs the island shop.',
    ]) {
      const quoted = turns(
        'Ferry hearing\n\nMS ORLO: Will the ferry run this winter?\n\nTHE MINISTER: It will.\n\n' +
          `The contract was signed on Friday.\n\n${after}\n\nFares will not rise.`,
      );
      expect(quoted).toEqual([
        ['Will the ferry run this winter?', 'MS ORLO'],
        ['It will.\n\nThe contract was signed on Friday.', 'THE MINISTER'],
      ]);
    }
  });
});

describe('a noun that takes up a trailing report', () => {
  it('keeps the report before the trailing cue and gives the reaction’s quotation to the party reacting', () => {
    const { a } = run(
      'The dam was finished a month early, the builder said, a claim the inspectors dismissed as "wishful accounting."',
    );
    expect(a.quotes.map((q) => [q.content.text, q.speaker?.text, q.cue?.text])).toEqual([
      ['The dam was finished a month early', 'the builder', 'said'],
      ['wishful accounting.', 'the inspectors', 'dismissed'],
    ]);
  });
});

describe('a cue inside the adjunct between another cue and its content', () => {
  it('gives the report to the outer cue alone', () => {
    for (const adjunct of ['in a notice posted on the port authority website', 'in a statement posted online']) {
      const { a } = run(`The harbour master claimed ${adjunct} that the quay was safe again.`);
      expect(a.quotes.map((q) => [q.content.text, q.speaker?.text, q.cue?.text])).toEqual([
        ['the quay was safe again', 'The harbour master', 'claimed'],
      ]);
    }
  });
});

describe('a noun phrase after a cue that often takes an object', () => {
  itGivesNone([
    'The agency reported a sharp rise in cholera cases last week.',
    'The ministry announced new sanctions on the shipping firm on Monday.',
    'The union announced the strike date.',
  ]);

  itGives([
    [
      'The agency reported that cholera cases had risen sharply.',
      { content: 'cholera cases had risen sharply', speaker: 'The agency', kind: 'indirect' },
    ],
    [
      'The ministry confirmed three sailors died in the collision.',
      { content: 'three sailors died in the collision', speaker: 'The ministry', kind: 'indirect' },
    ],
  ]);
});

describe('a live blog entry: its time, its title line, its text', () => {
  it('reads a title line’s quotation in single marks as its label’s words, in a text that quotes with double marks', () => {
    const { a } = run(
      '11:20\nFerry crews: ‘We will not sail tonight’\nThe crews’ union said the strike would “last as long as it must”.',
    );
    expect(a.quotes.map((q) => [q.kind, q.content.text, q.speaker?.text])).toEqual([
      ['direct', 'We will not sail tonight', 'Ferry crews'],
      ['mixed', 'the strike would “last as long as it must”', 'The crews’ union'],
    ]);
  });

  it('gives a quotation opening a heading to the name after its colon', () => {
    const { a } = run('‘The tide was never ours’: Ilse Marr on thirty years at the harbour\n\nMarr retired in May.');
    expect(a.quotes.map((q) => [q.content.text, q.canonical])).toEqual([['The tide was never ours', 'Ilse Marr']]);
  });
});

describe('subjects and clauses around a present-tense cue', () => {
  it('gives the report to the name in apposition to a role’s `for` phrase, and a clause opened by `both`', () => {
    const { a } = run(
      'The council’s special envoy for the strait, Henrik Sol, says both delegations have accepted a joint inquiry.',
    );
    expect(a.quotes.map((q) => [q.content.text, q.canonical])).toEqual([
      ['both delegations have accepted a joint inquiry', 'Henrik Sol'],
    ]);
  });

  it('holds both halves around a reporting clause set between commas before a past verb', () => {
    const { a } = run('The harbour board, she says, approved the plan; the city paid for it.');
    expect(a.quotes.map((q) => [q.content.text, q.speaker?.text])).toEqual([
      ['The harbour board, she says, approved the plan; the city paid for it', 'she'],
    ]);
  });
});

describe('`you` is whom the text addresses', () => {
  it('gives a question’s `you said …` to the one who answers it, keeping the turn the journalist’s', () => {
    const { a } = run('Q: Last week you said that the ferry would run daily. Will it?\n\nMARR: It will, from May.');
    expect(a.quotes.map((q) => [q.kind, q.content.text, q.canonical])).toEqual([
      ['transcript', 'Last week you said that the ferry would run daily. Will it?', 'Reporter'],
      ['indirect', 'the ferry would run daily', 'MARR'],
      ['transcript', 'It will, from May.', 'MARR'],
    ]);
    expect(a.voices[1]?.voice).toBe('Reporter');
  });

  it('gives an open letter’s `you promised …` to the person its `To:` line names, whatever the line breaks', () => {
    const lf =
      'Paris, 3 May\nTo: Ilse Marr, Minister of the Interior\n\nDear Minister,\n\nIn March you promised that the border crossings would reopen.';
    for (const body of [lf, lf.replace(/\n/g, '\r')]) {
      const { a } = run(body);
      expect(a.quotes.map((q) => [q.content.text, q.speaker?.text, q.canonical])).toEqual([
        ['the border crossings would reopen', 'you', 'Ilse Marr'],
      ]);
    }
  });
});

describe('a demand is no report', () => {
  itGivesNone([
    'The commission called for the law to be extended to messaging apps.',
    'The parents’ group called for the money to fund reading classes in schools.',
  ]);

  itGives([
    [
      'The commission called on the ministry to extend the law.',
      { content: 'the ministry to extend the law', speaker: 'The commission', kind: 'indirect' },
    ],
  ]);
});

describe('cues of a reply, and an adjunct before a quotation', () => {
  itGives([
    [
      '“You sold it to advertisers,” Dahl shot back.',
      { content: 'You sold it to advertisers,', speaker: 'Dahl', kind: 'direct' },
    ],
    [
      '“That is simply false,” the ministry fired back in a statement.',
      { content: 'That is simply false,', speaker: 'the ministry', kind: 'direct' },
    ],
  ]);

  itGivesNone(['The harbour board hits back over ‘ghost ship’ claims on the northern quay.']);
});

describe('a `that` or a noun phrase as the cue’s object', () => {
  itGivesNone([
    'I understand why the mayor said that, and I respect her for it.',
    'The ruling concludes an 18-month inquiry into the port authority.',
  ]);

  itGives([
    [
      'The ruling concludes that the port authority broke the law.',
      { content: 'the port authority broke the law', speaker: 'The ruling', kind: 'indirect' },
    ],
  ]);
});

describe('people named by their relation to someone else', () => {
  itGives([
    [
      'In 2021 his predecessor told us the turbine was a once-in-a-generation fault.',
      { content: 'the turbine was a once-in-a-generation fault', speaker: 'his predecessor', kind: 'indirect' },
    ],
    [
      'One ally of the mayor said the budget would pass.',
      { content: 'the budget would pass', speaker: 'One ally of the mayor', kind: 'indirect' },
    ],
  ]);
});

describe('a habit of speech (`used to say`, `likes to say`) is still a report', () => {
  itGives([
    [
      'As the captain likes to say, “the sea keeps no diary.”',
      { content: 'the sea keeps no diary.', speaker: 'the captain', kind: 'direct' },
    ],
    [
      'Her grandfather used to say that a vote unused is a vote stolen.',
      { content: 'a vote unused is a vote stolen', speaker: 'Her grandfather', kind: 'indirect' },
    ],
    [
      '“Build the road first,” the old mayor loved to tell visitors.',
      { content: 'Build the road first,', speaker: 'the old mayor', kind: 'direct' },
    ],
  ]);
  // An infinitive of intention or refusal still blocks the report.
  itGivesNone([
    'The minister declined to say whether the ferry would sail.',
    'The board wants to say more about the merger next week.',
  ]);
});

describe('a relative clause between the speaker and the cue', () => {
  itGives([
    [
      'The harbour pilot, whose boat was seized in March, said the navy had fired first.',
      { content: 'the navy had fired first', speaker: 'The harbour pilot', kind: 'indirect' },
    ],
    [
      'One nurse, whose brother, a driver in Tolna, was arrested at dawn, told us: “Nobody explained anything.”',
      { content: 'Nobody explained anything.', speaker: 'One nurse', kind: 'direct' },
    ],
    [
      'However, the farmers we spoke to said the canal had been dry since May.',
      { content: 'the canal had been dry since May', speaker: 'the farmers', kind: 'indirect' },
    ],
    [
      'Teachers she interviewed in Orsk said the schools had no heating.',
      { content: 'the schools had no heating', speaker: 'Teachers', kind: 'indirect' },
    ],
  ]);
  // `to` before a base form is still an infinitive of intention.
  itGivesNone(['The council members we met want to say more next week.']);
});

describe('a participle after the object of an opening preposition is no report', () => {
  it('`In a statement posted on its channel, the Front denied …` credits the denial to the Front alone', () => {
    const { a } = run(
      'In a statement posted on its channel, the Northern Front, the group that holds the pass, denied that its men had fired.',
    );
    expect(describeQuotes(a)).toBe(
      JSON.stringify(['indirect [its men had fired] / the Northern Front = Northern Front']),
    );
  });
  itGives([
    [
      'A lawyer with the firm said the ruling was flawed.',
      { content: 'the ruling was flawed', speaker: 'A lawyer with the firm', kind: 'indirect' },
    ],
  ]);
});

describe('after an opening adjunct, a plain noun phrase is the subject', () => {
  itGives([
    [
      'On Sunday, the rebels claimed that they had downed a drone.',
      { content: 'they had downed a drone', speaker: 'the rebels', kind: 'indirect' },
    ],
    [
      'In a video posted online, the fishermen said the patrol boat had rammed them.',
      { content: 'the patrol boat had rammed them', speaker: 'the fishermen', kind: 'indirect' },
    ],
  ]);
});

describe('cues that take a noun phrase as their object', () => {
  // `stressed the importance of …`, `reiterated their interest in …`: an object, not a reported clause,
  // even with a participle far on (`risks posed by …`).
  itGivesNone([
    'On trade, both sides reiterated their interest in discussing new rules for risks posed by advanced chips.',
    'The envoy stressed the importance of dialogue between the two capitals.',
  ]);
  itGives([
    [
      'The envoy stressed the talks would resume in May.',
      { content: 'the talks would resume in May', speaker: 'The envoy', kind: 'indirect' },
    ],
  ]);
});

describe('armed groups and their allegiances speak as groups', () => {
  itGives([
    [
      'The Red Hill militia denied that its men had fired on the convoy.',
      { content: 'its men had fired on the convoy', speaker: 'The Red Hill militia', kind: 'indirect' },
    ],
    [
      'On Monday, rebels said they had taken the airport.',
      { content: 'they had taken the airport', speaker: 'rebels', kind: 'indirect' },
    ],
    [
      'Forces loyal to the general said the bridge was secure.',
      { content: 'the bridge was secure', speaker: 'Forces loyal to the general', kind: 'indirect' },
    ],
    [
      'Villagers opposed to the dam said the river would dry up.',
      { content: 'the river would dry up', speaker: 'Villagers opposed to the dam', kind: 'indirect' },
    ],
  ]);
});

describe('the source of `according to` may be information or testimony', () => {
  itGives([
    [
      'According to information received by the mission, the two men were moved to a military prison.',
      { content: 'the two men were moved to a military prison', speaker: 'information', kind: 'indirect' },
    ],
  ]);
});

describe('science and feature reporting', () => {
  itGives([
    [
      'The authors describe the effect as “likely but unproven.”',
      { content: 'likely but unproven.', speaker: 'The authors', kind: 'direct' },
    ],
    [
      'But, as one engineer put it, “the bridge was never meant for lorries.”',
      { content: 'the bridge was never meant for lorries.', speaker: 'one engineer', kind: 'direct' },
    ],
    [
      'Reached by phone, the harbour master said the ferry would sail at noon.',
      { content: 'the ferry would sail at noon', speaker: 'the harbour master', kind: 'indirect' },
    ],
    [
      'Contacted by the Courier, the bakery said it had paid every supplier.',
      { content: 'it had paid every supplier', speaker: 'the bakery', kind: 'indirect' },
    ],
  ]);
  // `put it` reports only before a colon or a quotation.
  itGivesNone(['She put it on the table and left the room.']);

  it('a cue after a comma owns the colon after it, whatever cue stood in the relative clause before', () => {
    const { a } = run(
      'Ana Berg, a lawyer who advises the dock workers’ union, put it to me this way: “The law was written for ships, not people.”',
    );
    expect(describeQuotes(a)).toBe(
      JSON.stringify(['direct [The law was written for ships, not people.] / Ana Berg = Ana Berg']),
    );
  });
});

describe('verbs that attribute only the quotation right before them', () => {
  itGives([
    [
      '“And the tide goes out!” he cried as the whistle blew.',
      { content: 'And the tide goes out!', speaker: 'he', kind: 'direct' },
    ],
    ['“We will be back,” she continued.', { content: 'We will be back,', speaker: 'she', kind: 'direct' }],
    [
      '"Forty years of excuses," one supporter muttered outside the club shop.',
      { content: 'Forty years of excuses,', speaker: 'one supporter', kind: 'direct' },
    ],
  ]);
  itGivesNone(['The talks continued for hours after the ministers cried foul over the agenda.']);
});

describe('obituaries and tributes', () => {
  itGives([
    [
      'Listeners paid tribute to the presenter after her family announced she had died on Sunday.',
      { content: 'she had died on Sunday', speaker: 'her family', kind: 'indirect' },
    ],
    [
      'Tomas Ekberg, 72, a retired ferryman who had sailed with him for thirty years, said the harbour would miss him.',
      { content: 'the harbour would miss him', speaker: 'Tomas Ekberg', kind: 'indirect' },
    ],
    [
      'Anneli Rask, now 88, said she had heard the news on the radio.',
      { content: 'she had heard the news on the radio', speaker: 'Anneli Rask', kind: 'indirect' },
    ],
  ]);
});

describe('any cue may invert right after a quotation', () => {
  itGives([
    [
      '“An exit poll is a projection, not a result,” cautioned Ilse Varga, the paper’s polling analyst.',
      { content: 'An exit poll is a projection, not a result,', speaker: 'Ilse Varga', kind: 'direct' },
    ],
    ['“Is the count over?” asked Lee.', { content: 'Is the count over?', speaker: 'Lee', kind: 'direct' }],
  ]);
  it('a quoted title before a cue and its object inverts nothing', () => {
    const { a } = run('The email, with the subject line "Every Street, Every Door," asked volunteers to sign up.');
    expect(a.quotes.filter((q) => q.speaker?.text === 'volunteers')).toEqual([]);
  });
});

describe('a quotation first, then the person it belongs to presented in the next sentence', () => {
  it('`“…” Lidia Oyelaran, 34, a nurse at the hospital, was woken …`: the newly presented person speaks, with no cue', () => {
    const { a } = run(
      'The river rose overnight.\n\n"I heard it before I saw it." Mira Selvaag, 34, a nurse at the county hospital, was woken at 2 a.m. by the water.',
    );
    const q = a.quotes.find((x) => x.content.text === 'I heard it before I saw it.');
    expect(q?.speaker?.text).toBe('Mira Selvaag');
    expect(q?.cue).toBeNull();
  });
});

describe('a transcript header line is no turn', () => {
  it('`PARTICIPANTS:` lists who speaks; it says nothing', () => {
    const { a } = run(
      'PARTICIPANTS: Governor Ada Lenk; Chief Ivo Marr, county fire service.\n\nGOV. LENK: Good afternoon. The fire is 40 per cent contained.\n\nCHIEF MARR: Thank you, Governor. The wind has dropped.',
    );
    expect(a.quotes.filter((q) => q.kind === 'transcript').map((q) => q.speaker?.text)).toEqual([
      'GOV. LENK',
      'CHIEF MARR',
    ]);
  });
});

describe('British style: single marks quote, double marks nest inside them', () => {
  it('reads ‘…’ as the quotations of a text whose few double marks stand inside them', () => {
    const { a } = run(
      '‘Our delegates put it in writing,’ the union’s secretary, Tomas Brill, said. ‘Nobody from the Authority’s office wrote back.’\n\nThe minister replied: ‘“Foreseeable” is an understatement.’',
    );
    expect(a.quotes.map((q) => [q.kind, q.content.text, q.speaker?.text ?? null])).toEqual([
      ['direct', 'Our delegates put it in writing,', 'the union’s secretary, Tomas Brill'],
      ['direct', 'Nobody from the Authority’s office wrote back.', 'the union’s secretary, Tomas Brill'],
      ['direct', '“Foreseeable” is an understatement.', 'The minister'],
    ]);
  });

  it('reads straight single marks the same way when they outnumber the double-mark quotations', () => {
    const { a } = run(
      "The minister put it bluntly: 'If that is \"notice\", I would like to see a warning.' She called the closure 'economic coercion'. Colonel Ivo Marten described the queue as 'unsustainable', and nobody will doubt him.",
    );
    expect(a.quotes.map((q) => [q.kind, q.content.text, q.speaker?.text ?? null])).toEqual([
      ['direct', 'If that is "notice", I would like to see a warning.', 'The minister'],
      ['direct', 'economic coercion', 'She'],
      ['direct', 'unsustainable', 'Colonel Ivo Marten'],
    ]);
  });

  it('leaves straight single marks alone in a text that quotes with double marks (a guard: this passed before)', () => {
    const { a } = run(
      '"We will reopen the road," the mayor said. "The farmers\' lorries cannot wait." The \'green route\' plan is on hold.',
    );
    expect(a.quotes.map((q) => q.content.text)).toEqual([
      'We will reopen the road,',
      "The farmers' lorries cannot wait.",
    ]);
  });
});

describe('a quotation opening its paragraph, then its speaker by name in the next sentence', () => {
  it('`“…” Ostby was describing the first core.` gives the quotation to Ostby, with no cue', () => {
    const { a } = run(
      'The study found more carbon than expected.\n\n“It was black all the way down.” Lena Marr was describing the first core the divers pulled up.',
    );
    const q = a.quotes.find((x) => x.content.text === 'It was black all the way down.');
    expect(q?.speaker?.text).toBe('Lena Marr');
    expect(q?.cue).toBeNull();
  });
});

describe('a transcript header line ending in a field name is no label', () => {
  it('`Kastrin, 3 March. Participants:` opens no turn', () => {
    const { a } = run(
      'Kastrin, 3 March. Participants: Ilan Roe, director of science; Senna Koval, curator.\n\nROE: Thanks, everyone. The capsule landed at dawn.\n\nKOVAL: The seals held.',
    );
    expect(a.quotes.filter((q) => q.kind === 'transcript').map((q) => q.speaker?.text)).toEqual(['ROE', 'KOVAL']);
  });
});

describe('a relative time after a cue is an adjunct, not a reported clause', () => {
  itGivesNone(['The embassy answered an hour later.', 'The ministry replied two days afterwards.']);
});

describe('a fact-check’s fields are no speakers', () => {
  it('`CLAIM:`, `VERDICT:` and `THE FACTS:` open no turns; a report inside a field still counts', () => {
    const { a } = run(
      'CLAIM: Senator Ruud said the ferry fares had doubled since 2021.\n\nVERDICT: False.\n\nTHE FACTS: Fares rose by 14 per cent over the period, port records show.',
    );
    expect(a.quotes.filter((q) => q.kind === 'transcript')).toEqual([]);
    expect(a.quotes.map((q) => [q.kind, q.content.text, q.speaker?.text])).toContainEqual([
      'indirect',
      'the ferry fares had doubled since 2021',
      'Senator Ruud',
    ]);
  });
});

describe('a quotation first, then its speaker with a relative clause', () => {
  it('`“…” Fenna Wiltshire, who runs a bakery on Tanner Street, was the first …` gives the quotation to her', () => {
    const { a } = run(
      'The council met on Monday.\n\n“We found out about it from a flyer.” Ada Brink, who runs a café on the quay, was the first to speak.',
    );
    expect(a.quotes.find((q) => q.content.text === 'We found out about it from a flyer.')?.speaker?.text).toBe(
      'Ada Brink',
    );
  });
});

describe('a list of signed quotations', () => {
  it('`• Name, Role, Organisation: “…”`: the bullet opens no label; the name speaks', () => {
    const { a } = run(
      'Quotes from agency heads\n\n• Mara Holm, Chief Executive, Harbour Relief: “The rains are coming and the camps are full.”\n\n- Otto Saar, Director, Clearwater Trust: “Give us access and we will have water in three weeks.”',
    );
    expect(a.quotes.map((q) => [q.content.text, q.speaker?.text])).toEqual([
      ['The rains are coming and the camps are full.', 'Mara Holm'],
      ['Give us access and we will have water in three weeks.', 'Otto Saar'],
    ]);
  });
});

describe('a round-up of reactions', () => {
  it('`- Place — role Name: “…”`: the place before the dash heads the item, the person after it speaks', () => {
    const { a } = run(
      'Reactions from the region:\n\n- Dunmarch — government spokesman Cato Rimmel: “We are in contact with our partners.”\n\n- Arvenne — Foreign Minister Ida Lund: “This is a coup and we will say so.”',
    );
    expect(a.quotes.map((q) => [q.content.text, q.canonical])).toEqual([
      ['We are in contact with our partners.', 'Cato Rimmel'],
      ['This is a coup and we will say so.', 'Ida Lund'],
    ]);
  });

  it('reads a sentence in single marks as speech in a text that quotes with double marks, not a term', () => {
    const { a } = run(
      'The premier said aid was frozen “with immediate effect” and “until further notice.” ‘The president is not a bargaining chip,’ she said. The ‘temporary’ curfew remains.',
    );
    expect(a.quotes.filter((q) => q.kind === 'direct').map((q) => q.content.text)).toEqual([
      'The president is not a bargaining chip,',
    ]);
  });

  itGives([
    [
      '“It is like a Sunday in winter,” a pharmacist, one of the few shopkeepers to open, told her.',
      { content: 'It is like a Sunday in winter,', speaker: 'a pharmacist', kind: 'direct' },
    ],
    [
      '“The ferry will not sail,” the harbour pilot, a veteran of thirty winters on the strait, told reporters.',
      { content: 'The ferry will not sail,', speaker: 'the harbour pilot', kind: 'direct' },
    ],
  ]);
});

describe('a trailing attribution after a sentence that opens with an adverbial', () => {
  itGives([
    [
      'In March, the clinic had treated 312 cases of cholera, health officials said.',
      {
        content: 'In March, the clinic had treated 312 cases of cholera',
        speaker: 'health officials',
        kind: 'indirect',
      },
    ],
    [
      'Last winter, before the influx, the camp housed 9,000 people, aid workers told reporters.',
      {
        content: 'Last winter, before the influx, the camp housed 9,000 people',
        speaker: 'aid workers',
        kind: 'indirect',
      },
    ],
  ]);
  itGivesNone(['In a speech last week in Velin, which was broadcast live, the mayor said.']);
});

describe('a place adverb between the subject and its cue', () => {
  itGives([
    [
      'Residents there said the river had burst its banks before dawn.',
      { content: 'the river had burst its banks before dawn', speaker: 'Residents', kind: 'indirect' },
    ],
    [
      'Our correspondent there says the square is empty.',
      { content: 'the square is empty', speaker: 'Our correspondent', kind: 'indirect' },
    ],
  ]);
});

describe('a coordinated clause with a short adjunct before its own speaker', () => {
  it('`…, but under cross-examination he conceded that …` ends the first report and opens a second', () => {
    const { a } = run(
      'The witness testified that the report was false, but under cross-examination he conceded that he had not read it.',
    );
    expect(a.quotes.map((q) => [q.content.text, q.cue?.text])).toEqual([
      ['the report was false', 'testified'],
      ['he had not read it', 'conceded'],
    ]);
  });
});

describe('the occasion of speaking between a cue and its bare clause', () => {
  itGives([
    [
      'The ferry operator said in a statement it had suspended all crossings until Friday.',
      { content: 'it had suspended all crossings until Friday', speaker: 'The ferry operator', kind: 'indirect' },
    ],
    [
      'The union said in a letter the ballot would close at noon.',
      { content: 'the ballot would close at noon', speaker: 'The union', kind: 'indirect' },
    ],
    [
      'Deputy Mayor Irena Holt said at a news conference the tunnel would reopen in May.',
      { content: 'the tunnel would reopen in May', speaker: 'Deputy Mayor Irena Holt', kind: 'indirect' },
    ],
    [
      'The harbour board said in its brief written reply on Tuesday the dredging had been delayed.',
      { content: 'the dredging had been delayed', speaker: 'The harbour board', kind: 'indirect' },
    ],
  ]);
  // a preposition without a speech noun is no occasion: nothing opens a clause after it
  itGivesNone(['The ferry operator said in the end the crossing felt long.']);
});

describe('a month or a year between a cue and its bare clause', () => {
  itGives([
    [
      'The water company said in January it would cap bills for a year.',
      { content: 'it would cap bills for a year', speaker: 'The water company', kind: 'indirect' },
    ],
    [
      'The inspectors said in 2019 the dam would need urgent repairs.',
      { content: 'the dam would need urgent repairs', speaker: 'The inspectors', kind: 'indirect' },
    ],
  ]);
});

describe('a postmodified source before a long relative clause', () => {
  itGives([
    [
      'An engineer familiar with the final checks on the aircraft, who asked not to be named because the inquiry is continuing, said a fuel line had been left loose.',
      {
        content: 'a fuel line had been left loose',
        speaker: 'An engineer familiar with the final checks on the aircraft',
        kind: 'indirect',
      },
    ],
  ]);
  // an opening place phrase is no source, though a relative clause follows it
  it('`Outside the depot, which …, a driver said …`: the driver speaks', () => {
    const { a } = run(
      'Outside the depot, which had been shut since dawn by the strike, Pavel, a driver, said he had not been paid since June.',
    );
    expect(a.quotes.map((q) => [q.content.text, q.speaker?.text])).toEqual([
      ['he had not been paid since June', 'Pavel'],
    ]);
  });
});

describe('a partitive of a pronoun with an apposition', () => {
  itGives([
    [
      '“We heard the hull scrape twice,” one of them, a deckhand on his first season, told the Courier.',
      {
        content: 'We heard the hull scrape twice,',
        speaker: 'one of them, a deckhand on his first season',
        kind: 'direct',
      },
    ],
    [
      'Two of us, both night nurses, said the ward had no heating.',
      { content: 'the ward had no heating', speaker: 'Two of us, both night nurses', kind: 'indirect' },
    ],
  ]);
});

describe('a citation, active or passive, with adjuncts before `as saying`', () => {
  it('`“…,” the envoy was quoted on state radio as saying.`: the passive subject speaks the quotation before it', () => {
    const { a } = run('“We will not leave the island,” the envoy was quoted on state radio as saying.');
    const quote = a.quotes.find((q) => q.content.text.includes('We will not leave the island'));
    expect(quote?.speaker?.text).toBe('the envoy');
  });
  itGives([
    [
      'The envoy was quoted on the evening news last night as saying the border would stay shut.',
      { content: 'the border would stay shut', speaker: 'The envoy', kind: 'indirect' },
    ],
    [
      'The mayor was quoted by a local radio station as saying the levy would be scrapped.',
      { content: 'the levy would be scrapped', speaker: 'The mayor', kind: 'indirect' },
    ],
    [
      'The newspaper quoted the harbour pilot as saying the channel had silted up.',
      { content: 'the channel had silted up', speaker: 'the harbour pilot', kind: 'indirect' },
    ],
  ]);
});

describe('a gerund of means after `by`', () => {
  itGives([
    [
      'The chair opened the inquiry by telling the families that every question would be answered.',
      { content: 'every question would be answered', speaker: 'The chair', kind: 'indirect' },
    ],
    [
      'The coach ended the season by saying that he would not renew his contract.',
      { content: 'he would not renew his contract', speaker: 'The coach', kind: 'indirect' },
    ],
  ]);
  // arithmetic, not speech: `by adding` with no `that` and no listener reports nothing
  itGivesNone(['The council reached its total by adding grants and unspent loans from the year before.']);
});

describe('an addressee ends where an article opens the reported subject', () => {
  itGives([
    [
      'She told the jurors the defendant had lied twice.',
      { content: 'the defendant had lied twice', speaker: 'She', kind: 'indirect' },
    ],
  ]);
});

describe('roles and trades as speaker nouns, from the lexicon', () => {
  itGives([
    [
      'A technician at the signal box said the points had frozen overnight.',
      { content: 'the points had frozen overnight', speaker: 'A technician at the signal box', kind: 'indirect' },
    ],
    [
      'The military attaché said the convoy had turned back.',
      { content: 'the convoy had turned back', speaker: 'The military attaché', kind: 'indirect' },
    ],
  ]);
});

describe('a listener cue followed by a subject pronoun, not an addressee', () => {
  itGives([
    [
      'The dockers’ union warned it would walk out again before Easter.',
      { content: 'it would walk out again before Easter', speaker: 'The dockers’ union', kind: 'indirect' },
    ],
    [
      'The harbour master warned he would close the port at dusk.',
      { content: 'he would close the port at dusk', speaker: 'The harbour master', kind: 'indirect' },
    ],
  ]);
});

describe('`another` as a speaker, like `one`', () => {
  itGives([
    [
      'The kettle is the first thing to go, says one picket. Another says the brazier matters more.',
      { content: 'the brazier matters more', speaker: 'Another', kind: 'indirect' },
    ],
  ]);
});

describe('an addressee of several words, with or without an adjunct before `that`', () => {
  itGives([
    [
      'The mayor told a packed town meeting the ferry would run all winter.',
      { content: 'the ferry would run all winter', speaker: 'The mayor', kind: 'indirect' },
    ],
    [
      'The senator told a rally in Kessport on Sunday that “nobody here will pay more tax.”',
      { content: 'nobody here will pay more tax.', speaker: 'The senator', kind: 'direct' },
    ],
    [
      'The bishop told the crowd outside the cathedral gates that the church would stay open.',
      { content: 'the church would stay open', speaker: 'The bishop', kind: 'indirect' },
    ],
  ]);
  it('a `that` after another reporting verb is that verb’s (`told members … but warned that …`)', () => {
    const { a } = run(
      'The general told members recruitment had improved since the spring but warned that the reserve was thin.',
    );
    expect(a.quotes.map((q) => [q.content.text, q.cue?.text])).toEqual([
      ['recruitment had improved since the spring', 'told'],
      ['the reserve was thin', 'warned'],
    ]);
  });
});

describe('a quotation whose speaker the next sentence presents with one apposition', () => {
  it('`“…” Ines Varga, a lock keeper on the night shift, was at the gate …`: Ines Varga speaks', () => {
    const { a } = run(
      '“The water came over the top in minutes.” Ines Varga, a lock keeper on the night shift, was at the gate when the flood arrived.',
    );
    expect(a.quotes.map((q) => [q.content.text, q.speaker?.text ?? null])).toEqual([
      ['The water came over the top in minutes.', 'Ines Varga'],
    ]);
  });
  it('a quotation continuing the paragraph’s speaker keeps it, whoever the next sentence presents', () => {
    const { a } = run(
      'A ferryman named Tomas Brel said he had crossed the river for forty years. “I will cross it tomorrow,” he said. “And the day after.” Ines Varga, waiting on the quay, did not look up.',
    );
    expect(a.quotes.map((q) => [q.content.text, q.speaker?.text ?? null])).toEqual([
      ['he had crossed the river for forty years', 'A ferryman named Tomas Brel'],
      ['I will cross it tomorrow,', 'he'],
      ['And the day after.', 'he'],
    ]);
  });
});

describe('`continued` with a colon that hands over a quotation', () => {
  itGives([
    [
      'The ministry’s letter continued: “No further inspections are planned this year.”',
      {
        content: 'No further inspections are planned this year.',
        speaker: 'The ministry’s letter',
        kind: 'direct',
      },
    ],
  ]);
  // a colon before a plain clause is no speech
  itGivesNone(['The flooding continued: the lower town was cut off for a week.']);
});

describe('a place adverb opening a sentence is no name', () => {
  it('`Outside is …: “…”`: the adverb is never a speaker', () => {
    const { a } = run('Outside is a chalk board with the day’s menu: “Soup, bread, and patience.”');
    expect(a.quotes.map((q) => q.speaker?.text ?? null)).not.toContain('Outside');
  });
});

describe('a qualified group opening a coordinated clause', () => {
  it('`…, but several drivers from the night depot said …`: the whole group speaks', () => {
    const { a } = run(
      'The buses ran until midnight, according to the operator, but several drivers from the night depot said they had been sent home at ten.',
    );
    expect(a.quotes.map((q) => [q.content.text, q.speaker?.text ?? null])).toEqual([
      ['The buses ran until midnight', 'the operator'],
      ['they had been sent home at ten', 'several drivers from the night depot'],
    ]);
  });
});

describe('a quotation followed by `That was the verdict of …`', () => {
  it('`“…” That was the verdict of Chief Inspector Lena Ort, …`: she speaks', () => {
    const { a } = run(
      '“The fire started in the kitchen, not the cellar.” That was the verdict of Chief Inspector Lena Ort, who led the inquiry.',
    );
    expect(a.quotes.map((q) => [q.content.text, q.speaker?.text ?? null])).toEqual([
      ['The fire started in the kitchen, not the cellar.', 'Chief Inspector Lena Ort'],
    ]);
  });
  it('`That was the end of the matter`: a noun that is no answer or view names no speaker', () => {
    const { a } = run('“We will appeal.” That was the end of the matter for Chief Inspector Lena Ort.');
    expect(a.quotes.map((q) => q.speaker?.text ?? null)).not.toContain('Chief Inspector Lena Ort');
  });
});

describe('a quotation after a sentence presenting its speaker, with a report earlier in the paragraph', () => {
  it('`X asked her whether … Mayor Ana Pell paused before answering. “…”`: the mayor speaks', () => {
    const { a } = run(
      'The reporter from the Gazette asked her whether the bridge would reopen by May. Mayor Ana Pell paused before answering. “Not by May. By the summer, if the steel arrives.”',
    );
    const quote = a.quotes.find((q) => q.content.text.startsWith('Not by May'));
    expect(quote?.speaker?.text).toBe('Mayor Ana Pell');
  });
});

describe('a participle after a pronoun’s report opens a report of its own', () => {
  it('`She said …, adding that …` splits as `Lee said …, adding that …` does', () => {
    for (const subject of ['She', 'Councillor Rhea Lund']) {
      const { a } = run(`${subject} said the depot would close in June, adding that no driver would lose a job.`);
      expect(a.quotes.map((q) => [q.content.text, q.cue?.text])).toEqual([
        ['the depot would close in June', 'said'],
        ['no driver would lose a job', 'adding'],
      ]);
    }
  });
});

describe('a capitalised word opening the sentence before a pronoun’s report', () => {
  // Every sentence opens with a capital: a gerund, a modal or an imperative there is no person.
  it.each([
    ['Leaning on the rail beside the ferry captain is Oskar Brandt, a deckhand.', 'Oskar Brandt'],
    ['Councillor Mira Haldane listened from the gallery. Should the library close?', 'Mira Haldane'],
    ['Vera Lintz runs the stall. Try the honey and you will understand the queue.', 'Vera Lintz'],
  ])('`%s He/She says …` reaches the person named, not the opening word', (before, person) => {
    const pronoun = person === 'Oskar Brandt' ? 'He' : 'She';
    const { a } = run(`${before} ${pronoun} says the season has been hard.`);
    const quote = a.quotes.find((q) => q.content.text === 'the season has been hard');
    expect(quote?.canonical).toBe(person);
  });
  it('a surname alone opening the sentence is still the person named so before', () => {
    const { a } = run(
      'Judge Ilse Marrow heard the appeal in May. Marrow dismissed it in June. She said the delay was regrettable.',
    );
    expect(a.quotes.find((q) => q.content.text === 'the delay was regrettable')?.canonical).toBe('Ilse Marrow');
  });
});

describe('a title-case role with its object after a name', () => {
  it.each(['Minister of Education', 'Dean of Engineering', 'Commissioner for Health'])(
    '`Ilse Varga, %s, said …`: Ilse Varga speaks, the role is no name',
    (role) => {
      const { a } = run(`Ilse Varga, ${role}, said the inspection had found no fault.`);
      expect(a.quotes.map((q) => [q.content.text, q.canonical])).toEqual([
        ['the inspection had found no fault', 'Ilse Varga'],
      ]);
    },
  );
  it('`The Minister of Education said …` alone is a role, not a person called `of Education`', () => {
    const { a } = run('The Minister of Education said the inspection had found no fault.');
    expect(a.quotes[0]?.canonical).not.toMatch(/^of /);
    expect(a.quotes[0]?.canonical).toBe('Minister of Education');
  });
});

describe('a role in apposition to a name holds for a later bare role noun', () => {
  it.each([
    ['Tomas Rell, the port director, said the quay was safe.', 'The director'],
    ['Tomas Rell, a spokesman for the port authority, said the quay was safe.', 'The spokesman'],
    ['Tomas Rell, Minister of Transport, said the quay was safe.', 'The minister'],
  ])('`%s %s added …` is Tomas Rell', (first, later) => {
    const { a } = run(`${first} ${later} added that the ferries would run on Friday.`);
    expect(a.quotes.find((q) => q.content.text === 'the ferries would run on Friday')?.canonical).toBe('Tomas Rell');
  });
});

describe('an addressee before a bare clause opened by a pronoun', () => {
  it.each([
    [
      'The pilots told ground staff they had lost radio contact for an hour.',
      'they had lost radio contact for an hour',
    ],
    ['The mayor warned residents in the lower town they should leave before dark.', 'they should leave before dark'],
  ])('`%s`: the clause starts at its pronoun', (sentence, content) => {
    const { a } = run(sentence);
    expect(a.quotes.map((q) => q.content.text)).toEqual([content]);
  });
  it('`warned residents would pay …`: a noun phrase before an auxiliary is the clause’s subject, not an addressee', () => {
    const { a } = run('The mayor warned residents would pay more for water.');
    expect(a.quotes.map((q) => q.content.text)).toEqual(['residents would pay more for water']);
  });
});

describe('a time or occasion between the cue and a bare clause in the simple past', () => {
  it.each(['on Tuesday', 'last night', 'this morning', 'overnight', 'in a statement'])(
    '`The port authority said %s the crane collapsed …`: the clause, without the adjunct',
    (adjunct) => {
      const { a } = run(`The port authority said ${adjunct} the crane collapsed after a cable snapped.`);
      expect(a.quotes.map((q) => q.content.text)).toEqual(['the crane collapsed after a cable snapped']);
    },
  );
});

describe('`according to` opening a clause after a semicolon', () => {
  it('`…; according to the coastguard, the ferry had …`: the clause after the source is reported', () => {
    const { a } = run(
      'The passengers reached the shore at dawn; according to the coastguard, the ferry had drifted for six hours.',
    );
    expect(a.quotes.map((q) => [q.content.text, q.speaker?.text])).toEqual([
      ['the ferry had drifted for six hours', 'the coastguard'],
    ]);
  });
});

describe('an editor’s note after a transcript', () => {
  const transcript = [
    'HOST: Minister, one last question: will the rural bus routes survive?',
    'MINISTER OKAFOR: They will, and I have said so to every council.',
    'Editor’s note: After the programme, the ministry said two routes would be merged in May.',
  ].join('\n\n');
  it('ends the last turn, and its own report is the ministry’s', () => {
    const { a } = run(transcript);
    const turn = a.quotes.find((q) => q.kind === 'transcript' && q.canonical === 'OKAFOR');
    expect(turn?.content.text).toBe('They will, and I have said so to every council.');
    expect(a.quotes.map((q) => [q.content.text, q.speaker?.text])).toContainEqual([
      'two routes would be merged in May',
      'the ministry',
    ]);
  });
});

describe('a name never runs across a line break', () => {
  it('a header line in capitals and the title line after it are two lines, not one name', () => {
    const text = [
      'HARBOUR BOARD\nNEWS RELEASE — FOR IMMEDIATE RELEASE\nSella Harbour Board opens its new ferry terminal',
      'PORT SELLA, 2 May — Sella Harbour Board today announced that the terminal would open to passengers on Monday.',
    ].join('\n\n');
    const a = attribute(parseDocument(text));
    expect(a.quotes.map((q) => q.canonical)).toEqual(['Sella Harbour Board']);
  });
});

describe('`that`, an adjunct between commas, then the clause', () => {
  it('`announced that, from next spring, a third of its routes will …`: the clause after the adjunct', () => {
    const { a } = run(
      'The council announced that, from next spring, a third of its bus routes will be run by the city.',
    );
    expect(a.quotes.map((q) => q.content.text)).toEqual(['a third of its bus routes will be run by the city']);
  });
  it('`said that, and …`: a `that` before a comma with no clause after it is still the object', () => {
    const { a } = run('I understand why the mayor said that, and I respect her for it.');
    expect(a.quotes).toEqual([]);
  });
});

describe('a title-case role in apposition with a word in parentheses', () => {
  it('`Dr Noor Abbas, Deputy Director (Operations), said …`: the named person speaks', () => {
    const { a } = run('Dr Noor Abbas, Deputy Director (Operations), said the new timetable had cut delays by a third.');
    expect(a.quotes.map((q) => [q.content.text, q.canonical])).toEqual([
      ['the new timetable had cut delays by a third', 'Noor Abbas'],
    ]);
  });
});

describe('a place between the cue (or its addressee) and a bare clause opened by a pronoun', () => {
  it.each([
    ['The skipper told reporters on the jetty she would not sell the boat.', 'she would not sell the boat'],
    ['The skipper told the crew on the jetty she would not sell the boat.', 'she would not sell the boat'],
    ['The skipper said in Varrow she would not sell the boat.', 'she would not sell the boat'],
  ])('`%s`', (sentence, content) => {
    const { a } = run(sentence);
    expect(a.quotes.map((q) => q.content.text)).toEqual([content]);
  });
  it('`said at the time that he was wrong`: the `that` still marks the clause', () => {
    const { a } = run('I said at the time that he was wrong about the harbour fees.');
    expect(a.quotes.map((q) => q.content.text)).toEqual(['he was wrong about the harbour fees']);
  });
});

describe('a name with its age and then where the person comes from, before the cue', () => {
  itGives([
    [
      'Jo Rees, 34, from Leeds, said the fees were absurd.',
      { content: 'the fees were absurd', speaker: 'Jo Rees', kind: 'indirect' },
    ],
    [
      '“We cannot pay this,” Amara, 16, from Kelso, said.',
      { content: 'We cannot pay this,', speaker: 'Amara', kind: 'direct' },
    ],
    [
      'Pieter Vos, now 71, of Dunmere, told the inquiry the siren never sounded.',
      { content: 'the siren never sounded', speaker: 'Pieter Vos', kind: 'indirect' },
    ],
  ]);
});

describe('`claim` with a noun object is no report; a bare clause may show its verb after an aside', () => {
  itGivesNone([
    'Both republics claim the Ostel Banks, a string of sandbars off their shared coast.',
    'The two parties claimed the upper hand in the talks, which ran late into Sunday.',
  ]);
  itGives([
    [
      'The army claims one of its patrols, 40 km north of Varn, was ambushed at dawn.',
      {
        content: 'one of its patrols, 40 km north of Varn, was ambushed at dawn',
        speaker: 'The army',
        kind: 'indirect',
      },
    ],
    [
      'The union stresses the cuts, which were announced without notice, are unlawful.',
      {
        content: 'the cuts, which were announced without notice, are unlawful',
        speaker: 'The union',
        kind: 'indirect',
      },
    ],
    [
      'The rebels claimed the town had fallen.',
      { content: 'the town had fallen', speaker: 'The rebels', kind: 'indirect' },
    ],
  ]);
});

describe('the subject of a participle or coordinated cue, past the clauses around it', () => {
  itGives([
    [
      'The envoy, Mira Holt, wrote to the council late on Friday, hours after the audit was published, warning that the vote “would end all cooperation”.',
      { content: 'the vote “would end all cooperation”', speaker: 'The envoy, Mira Holt', kind: 'mixed' },
    ],
    [
      'The assembly passed a motion condemning the strikes, and the government responded by saying it would recall its ambassador.',
      { content: 'it would recall its ambassador', speaker: 'the government', kind: 'indirect' },
    ],
    [
      'Orvania, which runs two reactors and insists it has never enriched uranium, says the traces came from imported parts.',
      { content: 'it has never enriched uranium', speaker: 'Orvania', kind: 'indirect' },
    ],
    [
      'Dr Lee, who chaired the panel and said the data were sound, declined to comment.',
      { content: 'the data were sound', speaker: 'Dr Lee', kind: 'indirect' },
    ],
  ]);
});

describe('a label describing its speaker and the occasion in fields before a colon and a quotation', () => {
  itGives([
    [
      'Reactions\n\n- Oskar Venn, harbour master, at the inquiry on 3 May: “The buoys were moved without notice.”',
      { content: 'The buoys were moved without notice.', speaker: 'Oskar Venn', kind: 'direct' },
    ],
    [
      'Reactions\n\n- A senior official in Tarsk, speaking anonymously: “Nobody expected the vote to pass.”',
      { content: 'Nobody expected the vote to pass.', speaker: 'A senior official', kind: 'direct' },
    ],
  ]);
});

describe('participles of clause-taking cues after a comma; `point out` with a noun object', () => {
  itGives([
    [
      '“No,” the minister said, pointing out that the treaty had been ratified by both chambers.',
      { content: 'the treaty had been ratified by both chambers', speaker: 'the minister', kind: 'indirect' },
    ],
    [
      'The mayor dismissed the petition, retorting that most signatures came from outside the town.',
      { content: 'most signatures came from outside the town', speaker: 'The mayor', kind: 'indirect' },
    ],
  ]);
  itGivesNone(['An editor pointed out the misprint in the second column, and we corrected it.']);
});

describe('a clause opened by `where` or `when` after a comma has its own subject', () => {
  itGives([
    [
      'The dam is unpopular downstream, where residents of the lower valley say the spring floods never came.',
      { content: 'the spring floods never came', speaker: 'residents of the lower valley', kind: 'indirect' },
    ],
    [
      'The ban began in March, when the fisheries office said cod stocks had collapsed.',
      { content: 'cod stocks had collapsed', speaker: 'the fisheries office', kind: 'indirect' },
    ],
  ]);
});

describe('a plural noun phrase no lexicon lists, before the base form of a cue of saying', () => {
  itGives([
    [
      'Ferry pilots on the northern route say the new buoys are badly placed.',
      { content: 'the new buoys are badly placed', speaker: 'Ferry pilots on the northern route', kind: 'indirect' },
    ],
    [
      'Several beekeepers also warn the spraying will wipe out their hives.',
      { content: 'the spraying will wipe out their hives', speaker: 'Several beekeepers', kind: 'indirect' },
    ],
  ]);
  itGivesNone([
    'Early tallies suggest the turnout was the lowest in decades.',
    'Banners on the bridge read “Not in our name”.',
  ]);
});

describe('a role whose object is a list, a second predicate after an object, a naming verb ending a headline', () => {
  itGives([
    [
      'HALVARD OSTBY, Under-Secretary-General for Europe, the Caucasus and the Baltic, said that the shelling had stopped.',
      { content: 'the shelling had stopped', speaker: 'HALVARD OSTBY', kind: 'indirect' },
    ],
    [
      'Mirja Tallen, Under-Secretary-General for Peace Operations, said the mission would stay.',
      { content: 'the mission would stay', speaker: 'Mirja Tallen', kind: 'indirect' },
    ],
  ]);
  itGivesNone(['Both armies have reported losses but have not published any figures.']);
  it('`Council orders truce, Varnia calls vote ‘a first step’`: the quotation is the naming verb’s, not the clause before it', () => {
    expect(quoteRows('Council orders truce, Varnia calls vote ‘a first step’\n\nThe council met on Friday.\n')).toEqual(
      [['direct', 'Varnia', 'a first step']],
    );
  });
});

describe('a name in apposition to the agent of a participle aside stays inside the aside', () => {
  itGives([
    [
      'The note, signed by Varnia’s chargé d’affaires, Counsellor Ida Mell, says the patrol never crossed the river.',
      { content: 'the patrol never crossed the river', speaker: 'The note', kind: 'indirect' },
    ],
  ]);
});

describe('a reporting clause interrupting a relative clause; a titled role aside before a relative clause', () => {
  itGives([
    [
      'The film shows a farmhouse where, the army says, three gunmen were hiding.',
      { content: 'three gunmen were hiding', speaker: 'the army', kind: 'indirect' },
    ],
    [
      'She described a meeting at which, she said, the director ordered staff to delete the files.',
      { content: 'the director ordered staff to delete the files', speaker: 'she', kind: 'indirect' },
    ],
    [
      'Aino Rask, Minister of Justice of Tarvia, which chairs the panel this year, said the review would be public.',
      { content: 'the review would be public', speaker: 'Aino Rask', kind: 'indirect' },
    ],
  ]);
});

describe('`according to` after a colon; `each` alone as a subject', () => {
  itGives([
    [
      'Ms Arlen said the trend was real: according to council figures, enrolment had fallen by a fifth.',
      { content: 'enrolment had fallen by a fifth', speaker: 'council figures', kind: 'indirect' },
    ],
    [
      'Both ministries replied. Each said its patrol had kept to its own side of the river.',
      { content: 'its patrol had kept to its own side of the river', speaker: 'Each', kind: 'indirect' },
    ],
  ]);
});

describe('`said it` before a subordinator or an adjunct, and `said a word`, report nothing', () => {
  itGivesNone([
    'He said it because the sailors are still in a cell.',
    'The guards were in place before the governor said a single word about it.',
  ]);
  itGives([
    ['He said it would take months.', { content: 'it would take months', speaker: 'He', kind: 'indirect' }],
    [
      'Both governments insist it’s on their side of the line.',
      { content: 'it’s on their side of the line', speaker: 'Both governments', kind: 'indirect' },
    ],
  ]);
});

describe('`went on to argue`; a list of demands after a colon reports nothing', () => {
  itGives([
    [
      'He went on to argue that the real target of the speech was his own party.',
      { content: 'the real target of the speech was his own party', speaker: 'He', kind: 'indirect' },
    ],
  ]);
  it('`The council demands:` over noun phrases: the items are what is asked for, no reports', () => {
    expect(
      quoteRows(
        'Statement\n\nThe council demands:\n\n• the immediate release of the crew;\n\n• a full review of how the boarding was ordered.\n',
      ),
    ).toEqual([]);
  });
});

describe('`characterise … as “…”`; a group with a participle phrase whose object is a cue’s spelling', () => {
  itGives([
    [
      'The audit characterises the state of the archive as “managed decline”.',
      { content: 'managed decline', speaker: 'The audit', kind: 'direct' },
    ],
    [
      'Nurses interviewed for the review said the night shifts were understaffed.',
      { content: 'the night shifts were understaffed', speaker: 'Nurses interviewed for the review', kind: 'indirect' },
    ],
  ]);
});

describe('`One …` opening a subject with an apposition; `concluding that` after a comma', () => {
  itGives([
    [
      'One lodger, a man in his sixties, said the hostel had no heating for a week.',
      { content: 'the hostel had no heating for a week', speaker: 'One lodger', kind: 'indirect' },
    ],
    [
      'The inspector published her findings on Friday, concluding that the harbour wall was unsafe.',
      { content: 'the harbour wall was unsafe', speaker: 'The inspector', kind: 'indirect' },
    ],
  ]);
});

describe('a legal text that `provides` or `stipulates` that a clause holds', () => {
  itGives([
    [
      'The treaty provides that either party may withdraw on six months’ notice.',
      { content: 'either party may withdraw on six months’ notice', speaker: 'The treaty', kind: 'indirect' },
    ],
    [
      'Section 4 of the Act stipulates that no licence shall be renewed without an inspection.',
      {
        content: 'no licence shall be renewed without an inspection',
        speaker: 'Section 4 of the Act',
        kind: 'indirect',
      },
    ],
  ]);
  itGivesNone([
    'The envoy provided that assurance in writing.',
    'The agency is providing tents to villages hit by the floods that have displaced thousands.',
  ]);
});

describe('a thing’s `show` closing a sentence after its comma', () => {
  itGives([
    [
      'Deliveries through the northern pipeline stopped on Tuesday, data from the grid operator showed.',
      {
        content: 'Deliveries through the northern pipeline stopped on Tuesday',
        speaker: 'data from the grid operator',
        kind: 'indirect',
      },
    ],
  ]);
  itGivesNone(['The offer was fair, he accepted.']);
});

describe('`according to` inside a `that` clause; `In the words of X:` before a quotation; an owner’s `own` body', () => {
  itGives([
    [
      'I would point out that, according to Varnia’s own Weather Office, the winter was the driest on record.',
      { content: 'the winter was the driest on record', speaker: 'Varnia’s own Weather Office', kind: 'indirect' },
    ],
    [
      'In the words of the tribunal: “A map cannot displace a treaty.”',
      { content: 'A map cannot displace a treaty.', speaker: 'the tribunal', kind: 'direct' },
    ],
  ]);
});

describe('a noun spelt like a cue before a trailing attribution is no reporting clause', () => {
  itGives([
    [
      'The engineer, who has been held since March, denies the charges, his lawyer said.',
      {
        content: 'The engineer, who has been held since March, denies the charges',
        speaker: 'his lawyer',
        kind: 'indirect',
      },
    ],
  ]);
});

describe('a role with the place it serves, then a name in apposition, after a quotation', () => {
  itGives([
    [
      '“The trucks have not moved for nine days,” the relief coordinator for Haldra, Ines Marbeck, said.',
      {
        content: 'The trucks have not moved for nine days,',
        speaker: 'the relief coordinator for Haldra, Ines Marbeck',
        kind: 'direct',
      },
    ],
  ]);
});

describe('a trailing `per` and its source ending the sentence', () => {
  itGives([
    [
      'The two leaders spoke by phone for forty minutes on Tuesday, per a senior official.',
      {
        content: 'The two leaders spoke by phone for forty minutes on Tuesday',
        speaker: 'a senior official',
        kind: 'indirect',
      },
    ],
  ]);
  itGivesNone([
    'Diesel sold for 90 crowns per litre in the capital.',
    'The fee is charged per passenger, per crossing.',
  ]);
});

describe('a relative pronoun standing for a naming verb’s object: a habitual name is a term', () => {
  itGivesNone(['Judge Orla Venn, whom lawyers call “the Metronome”, adjourned the hearing.']);
});

describe('a paragraph, section, recommendation or finding of a text speaks as a document', () => {
  itGives([
    [
      'Its opening paragraph reads: “The parties shall settle their disputes by peaceful means.”',
      {
        content: 'The parties shall settle their disputes by peaceful means.',
        speaker: 'Its opening paragraph',
        kind: 'direct',
      },
    ],
  ]);
});

describe('a participle of saying after a nested report goes on with the outer speaker', () => {
  itGives([
    [
      'The mayor said the council had asked the province to pay for the dyke, insisting that the town “cannot wait another winter”.',
      { content: 'the town “cannot wait another winter”', speaker: 'The mayor', kind: 'mixed' },
    ],
  ]);
});

describe('a participle of saying after a comma and a time preposition', () => {
  itGives([
    [
      '“We will not retaliate,” the envoy Mira Sand told reporters, before noting that a similar test near her own coast would cause alarm.',
      {
        content: 'a similar test near her own coast would cause alarm',
        speaker: 'the envoy Mira Sand',
        kind: 'indirect',
      },
    ],
    [
      'She said the commission would begin its survey within weeks, while stressing that her government accepts the ruling in full.',
      { content: 'her government accepts the ruling in full', speaker: 'She', kind: 'indirect' },
    ],
  ]);
  it('the report before the participle ends at its comma', () => {
    expectQuote(
      'She said the commission would begin its survey within weeks, while stressing that her government accepts the ruling in full.',
      { content: 'the commission would begin its survey within weeks', speaker: 'She', kind: 'indirect' },
    );
  });
});

describe('a role’s portfolio of several words before the name', () => {
  itGives([
    [
      'Minister for Emergency Situations Vera Holm said: “Every crew is in the valley.”',
      {
        content: 'Every crew is in the valley.',
        speaker: 'Minister for Emergency Situations Vera Holm',
        kind: 'direct',
        canonical: 'Vera Holm',
      },
    ],
    [
      'Deputy Secretary for Public Health Omar Lind said: “The clinics stay open.”',
      {
        content: 'The clinics stay open.',
        speaker: 'Deputy Secretary for Public Health Omar Lind',
        kind: 'direct',
        canonical: 'Omar Lind',
      },
    ],
  ]);
});

describe('a comma and a coordinator close a cue’s clause: the quotation after them is no content of it', () => {
  it('an intransitive cue ending a condition reports nothing after its comma', () => {
    const { a } = run(
      'The coordinator, Ines Vale, said the agency could send a team of surveyors if both ministries asked, and could have it in place “within days”.',
    );
    expect(a.quotes.map((q) => q.cue?.text)).toEqual(['said']);
  });
});

describe('a figure after a preposition joins no mention', () => {
  itGives([
    [
      'The toll rose to 31 and the two ministries accused each other of ignoring the warnings.',
      { content: 'each other of ignoring the warnings', speaker: 'the two ministries', kind: 'reported' },
    ],
  ]);
});

describe('cues that often take a noun object: recount, recall, observe', () => {
  itGivesNone([
    'Survivors recount hours on rooftops as the river keeps rising',
    'The minister, who observed the drill from a hill above the range, left before noon.',
  ]);
  itGives([
    [
      'The inspectors observed that two of the gates had been left open.',
      { content: 'two of the gates had been left open', speaker: 'The inspectors', kind: 'indirect' },
    ],
  ]);
});

describe('participles that tell a listener: advising, informing, notifying, reassuring', () => {
  itGives([
    [
      'The registry has written to every affected family, advising them that the claims will be processed by March.',
      { content: 'the claims will be processed by March', speaker: 'The registry', kind: 'indirect' },
    ],
    [
      'The port authority sent a notice to the crews, informing them that the quay would close at dusk.',
      { content: 'the quay would close at dusk', speaker: 'The port authority', kind: 'indirect' },
    ],
  ]);
});

describe('a court holds that: only its own `that` clause with a verb', () => {
  itGives([
    [
      'Judge Ada Krell held that the conditions for surrender had been met on three of the charges.',
      {
        content: 'the conditions for surrender had been met on three of the charges',
        speaker: 'Judge Ada Krell',
        kind: 'indirect',
      },
    ],
  ]);
  itGivesNone([
    'She held that post until the election.',
    'Most of the files were held by a contractor, Pell Archive Services, on its “Vault” servers.',
    'The two sides held talks that lasted until dawn.',
  ]);
});

describe('a negative opener and an inverted auxiliary: the speech did not happen', () => {
  itGivesNone([
    'At no stage has the ministry said that the missiles will be moved north.',
    'Never did the mayor claim that the budget was balanced.',
  ]);
  itGives([
    [
      'At no point, the minister said, was the border closed.',
      { content: 'At no point, the minister said, was the border closed', speaker: 'the minister', kind: 'indirect' },
    ],
  ]);
});

describe('a relative aside opened by a preposition, or by whose or whom', () => {
  itGives([
    [
      'The Harbour Convention, to which both states are parties, states that a vessel “shall give way to the pilot boat”.',
      {
        content: 'a vessel “shall give way to the pilot boat”',
        speaker: 'The Harbour Convention',
        kind: 'mixed',
      },
    ],
    [
      'The station’s sound engineer, Piet Mora, whose permit runs out in May, said the ban had cost him a season.',
      { content: 'the ban had cost him a season', speaker: 'Piet Mora', kind: 'indirect' },
    ],
    [
      'The envoy, whom the ministry recalled in spring, said the talks were over.',
      { content: 'the talks were over', speaker: 'The envoy', kind: 'indirect' },
    ],
  ]);
});

describe('a name with an owner’s description in apposition: the name speaks', () => {
  itGives([
    [
      'The Guild of Court Reporters, SRU’s partner organisation, said its members were “tired but resolute”.',
      {
        content: 'its members were “tired but resolute”',
        speaker: 'The Guild of Court Reporters',
        kind: 'mixed',
      },
    ],
  ]);
});

describe('a role with the place it serves, then the apposed name: the noun phrase is no content', () => {
  itGives([
    [
      'The harbour master in Vellen, Rui Aster, said the ban hurt.',
      { content: 'the ban hurt', speaker: 'Rui Aster', kind: 'indirect' },
    ],
  ]);
});

describe('a statement its issuer’s words came from: a later mention of that document stands for the issuer', () => {
  itGives([
    [
      'The Farmers’ Union said in a statement that the quota was unfair. The statement adds that members will protest.',
      { content: 'members will protest', speaker: 'The statement', kind: 'indirect', canonical: 'Farmers’ Union' },
    ],
  ]);
  it('a document of another noun far from the issuing stays a document', () => {
    const q = expectQuote(
      `The Farmers’ Union said in a statement that the quota was unfair. ${'The harvest began early in the north and ran late in the south. '.repeat(8)}The decree states that the quota is final.`,
      { content: 'the quota is final', speaker: 'The decree', kind: 'indirect' },
    );
    expect(q.canonical).toBe('Decree');
  });
});

describe('an owner’s own document, which may ask in print', () => {
  itGives([
    [
      'The Courier’s own editorial says the levy is “a tax on patience”, and asks readers to write to their deputies.',
      { content: 'readers to write to their deputies', speaker: 'The Courier’s own editorial', kind: 'indirect' },
    ],
  ]);
});

describe('a `that` right after another past cue is that cue’s, and a bare plural after a coordinator is its subject', () => {
  itGives([
    [
      'Fuel prices rose sharply, traders said on Monday, as depots ran dry and farmers warned that the harvest would rot.',
      { content: 'the harvest would rot', speaker: 'farmers', kind: 'indirect' },
    ],
  ]);
  it('the first cue keeps its own report', () => {
    expectQuote(
      'Fuel prices rose sharply, traders said on Monday, as depots ran dry and farmers warned that the harvest would rot.',
      { content: 'Fuel prices rose sharply', speaker: 'traders', kind: 'indirect' },
    );
  });
});

describe('speech inside a question or a condition did not happen', () => {
  it('asked whether the minister agreed that …: the question, unanswered, reports nothing, nor does the speech inside it', () => {
    const { a } = run(
      'A backbencher asked whether the minister agreed that the firefighters had done “a remarkable job”.',
    );
    expect(a.quotes.map((q) => q.cue?.text)).toEqual([]);
  });
  itGivesNone(['If the mayor said that the bridge was safe, he was wrong.']);
});

describe('a wire dateline with two places joined by a slash is no content', () => {
  itGives([
    [
      'ORLAK/VESTA, May 2 (Norwire) - Ferry fares doubled overnight, passengers said.',
      { content: 'Ferry fares doubled overnight', speaker: 'passengers', kind: 'indirect' },
    ],
  ]);
});

describe('a name whose object is a list of capitalised items', () => {
  itGives([
    [
      'The Ministry of Fisheries, Forests and Coastal Affairs announces that the northern quota is closed.',
      {
        content: 'the northern quota is closed',
        speaker: 'The Ministry of Fisheries, Forests and Coastal Affairs',
        kind: 'indirect',
      },
    ],
  ]);
});

describe('a titled document and its postmodifiers speak as one mention', () => {
  itGives([
    [
      'Section 4 of the Fishing Accord of 2003 between Orlak and Vesta states that each party “shall inform the other of any closure”.',
      {
        content: 'each party “shall inform the other of any closure”',
        speaker: 'Section 4 of the Fishing Accord of 2003 between Orlak and Vesta',
        kind: 'mixed',
      },
    ],
    [
      'The agreement between the two ports states that the pilots are shared.',
      { content: 'the pilots are shared', speaker: 'The agreement between the two ports', kind: 'indirect' },
    ],
  ]);
});

describe('a relative clause with a time adjunct before its cue, after a person’s words', () => {
  itGives([
    [
      'The ministry has studied the comments of Ms Hedda Varn, who on Friday evening described the closure as “an act of spite”.',
      { content: 'an act of spite', speaker: 'Ms Hedda Varn', kind: 'direct' },
    ],
  ]);
});

describe('a role serving a place, then the apposed name, before a participle cue: the name speaks', () => {
  itGives([
    [
      'The mayor of Osterby, Hanna Veld, wrote to the board on Monday, saying families felt “forgotten by everyone”.',
      {
        content: 'families felt “forgotten by everyone”',
        speaker: 'The mayor of Osterby, Hanna Veld',
        kind: 'mixed',
        canonical: 'Hanna Veld',
      },
    ],
  ]);
});

describe('an apposed name with its party after `of`', () => {
  itGives([
    [
      'The board’s vice-chair, Tomas Ekdal of the opposition Green League, said the audit was overdue.',
      { content: 'the audit was overdue', speaker: 'Tomas Ekdal of the opposition Green League', kind: 'indirect' },
    ],
    [
      'The Deputy Chair, Tomas Ekdal of the governing Green League, said the audit was overdue.',
      { content: 'the audit was overdue', speaker: 'Tomas Ekdal', kind: 'indirect' },
    ],
  ]);
});

describe('a pronoun subject after a short opening phrase, for a participle cue', () => {
  itGives([
    [
      'At the hearing she withdrew her statement, claiming it had been taken without a lawyer present.',
      { content: 'it had been taken without a lawyer present', speaker: 'she', kind: 'indirect' },
    ],
  ]);
});

describe('a noun phrase with its `of` phrase, then an aside, before the cue', () => {
  itGives([
    [
      'The owners of the Dalby mill, in a letter read to the court, described the losses as “ruinous”.',
      { content: 'ruinous', speaker: 'The owners of the Dalby mill', kind: 'direct' },
    ],
  ]);
});

describe('a statement or remark with its owner and its `that` clause', () => {
  itGives([
    [
      'The ministry rejects the statement by Senator Ilse Dorn that the vote was “rigged from the start” as baseless.',
      { content: 'the vote was “rigged from the start”', speaker: 'Senator Ilse Dorn', kind: 'mixed' },
    ],
  ]);
});

describe('both sides, the two camps: groups of parties', () => {
  itGives([
    [
      'For now, both sides say they will respect the truce declared in March.',
      { content: 'they will respect the truce declared in March', speaker: 'both sides', kind: 'indirect' },
    ],
  ]);
});

describe('a causative’s bare infinitive is no report', () => {
  itGivesNone(['Such a format would let both camps claim that the other had blinked.']);
});

describe('an inverted subject after its quotation, with a present participle and its object', () => {
  itGives([
    [
      '“The nets came up black,” said a fisherman mending his gear on the slipway.',
      { content: 'The nets came up black,', speaker: 'a fisherman', kind: 'direct' },
    ],
  ]);
});

describe('an infinitive of a feeling carried out: pleased to announce, regrets to announce', () => {
  itGives([
    [
      'The Ministry regrets to announce that the third round of talks ended without agreement.',
      { content: 'the third round of talks ended without agreement', speaker: 'The Ministry', kind: 'indirect' },
    ],
    [
      'The club is pleased to confirm that the stadium will reopen in May.',
      { content: 'the stadium will reopen in May', speaker: 'The club', kind: 'indirect' },
    ],
  ]);
});

describe('a report to a listener whose `that` clause opens with an adjunct', () => {
  itGives([
    [
      'Our lead negotiator, Ilse Brand, reported to the council that in the last two days the other side had “no room to move”.',
      {
        content: 'in the last two days the other side had “no room to move”',
        speaker: 'Our lead negotiator, Ilse Brand',
        kind: 'mixed',
      },
    ],
  ]);
});

describe('a cue and a particle that make another verb of it', () => {
  itGivesNone(['Their stories add up to a picture of a company in trouble.']);
});

describe('an owner’s acronym with its article, a role and an apposed name, opening a clause after `while`', () => {
  itGives([
    [
      'The mayor described the budget as “tight”, while the NHA’s chief planner, Oda Rusk, told councillors the estate would “not be finished before 2030”.',
      {
        content: 'the estate would “not be finished before 2030”',
        speaker: 'Oda Rusk',
        kind: 'mixed',
      },
    ],
  ]);
  it('the naming verb’s report ends with its quotation', () => {
    expectQuote(
      'The mayor described the budget as “tight”, while the NHA’s chief planner, Oda Rusk, told councillors the estate would “not be finished before 2030”.',
      { content: 'tight', speaker: 'The mayor', kind: 'direct' },
    );
  });
});

describe('a report whose subject opens another report’s content is part of it', () => {
  for (const body of [
    'A spokesman, Ivo Rask, said the verdict showed that “the border is no hiding place”.',
    'The defence minister said radar data showed that the missile had fallen “steeply and fast”.',
  ])
    it(`${body} → one report, the outer speaker's`, () => {
      const { a } = run(body);
      expect(a.quotes.map((q) => q.cue?.text)).toEqual(['said']);
      expect(a.quotes[0]!.kind).toBe('mixed');
    });
  it('a source’s phrase does not hold the report after it', () => {
    expectQuote('According to two of the staff, the managers called the prototype “dull”.', {
      content: 'dull',
      speaker: 'the managers',
      kind: 'direct',
    });
  });
});

describe('a capitalised title of several words after a name describes the name', () => {
  itGives([
    [
      'Rear Admiral Oda Linn, Deputy Commander of the Coast Guard, said in a statement: “No shots were fired.”',
      { content: 'No shots were fired.', speaker: 'Rear Admiral Oda Linn', kind: 'direct' },
    ],
  ]);
});

describe('a bare figure counts people after `, and`', () => {
  itGives([
    [
      'Forty said the water had reached their doors, and 12 said they had lost everything.',
      { content: 'they had lost everything', speaker: '12', kind: 'indirect' },
    ],
  ]);
  itGivesNone(['The thread had 86 comments by noon.']);
});

describe('ruling and finding as participle cues, and a court holding at a paragraph', () => {
  itGives([
    [
      'The tribunal ordered the state to pay the costs, ruling that the seizure of the mine had been unlawful.',
      { content: 'the seizure of the mine had been unlawful', speaker: 'The tribunal', kind: 'indirect' },
    ],
    [
      'The majority held at paragraph 88 that “the permit was withdrawn for reasons of politics”.',
      { content: 'the permit was withdrawn for reasons of politics', speaker: 'The majority', kind: 'direct' },
    ],
  ]);
});

describe('a heading or a status line after a label is no transcript turn', () => {
  it('a topic heading over a record line, and a status line of separated fields', () => {
    const { a } = run(
      'Harbour: dredging\nWQ 14/220 · Tabled 2 May · Answered 9 May\n\nSTATUS: Ferries running · Bridge closed\n\nMr Tom Vey: Will the dredging finish on time?\n\nMs Ada Pell: The dredging will finish in June.',
    );
    expect(a.quotes.filter((q) => q.kind === 'transcript').map((q) => q.speaker?.text)).toEqual([
      'Mr Tom Vey',
      'Ms Ada Pell',
    ]);
  });
});

describe('an owner’s title after a name, before a relative clause: the name speaks', () => {
  itGives([
    [
      'Dr Ines Marr, Valdor’s Chief Medical Officer, who joined the minister at the podium, said all 90 samples had tested negative.',
      { content: 'all 90 samples had tested negative', speaker: 'Dr Ines Marr', kind: 'indirect' },
    ],
  ]);
});

describe('a noun spelt like a cue after an article stands between a listener and `that`', () => {
  itGives([
    [
      'The inspectors told farmers at a briefing in Ostby on Thursday that compensation would be paid.',
      { content: 'compensation would be paid', speaker: 'The inspectors', kind: 'indirect' },
    ],
  ]);
});

describe('a marked-only phrase cue with a bare adverb reports nothing', () => {
  it('put it more bluntly, calling …: only the participle reports', () => {
    const { a } = run('Her brother put it more bluntly, calling the levy “theft with paperwork”.');
    expect(a.quotes.map((q) => q.cue?.text)).toEqual(['calling']);
  });
});

describe('a figure or an estimate taking up a report is a reaction, not more of it', () => {
  itGives([
    [
      'The coast guard reported that 41 people were rescued overnight, a figure the charity says is too low.',
      { content: '41 people were rescued overnight', speaker: 'The coast guard', kind: 'indirect' },
    ],
  ]);
});

describe('a participle after remarks made by a speaker goes on with that speaker', () => {
  itGives([
    [
      'The ministry has noted remarks made on Friday by the mayor of Dalby, Pia Strand, describing the new levy as “a tax on rain”.',
      { content: 'a tax on rain', speaker: 'the mayor of Dalby, Pia Strand', kind: 'direct', canonical: 'Pia Strand' },
    ],
  ]);
});

describe('a view phrase gives way to a clause that reports for itself, and to a name and colon before a quotation', () => {
  itGives([
    [
      'In her opinion, she wrote that the court had “read the treaty backwards”.',
      { content: 'the court had “read the treaty backwards”', speaker: 'she', kind: 'mixed' },
    ],
    [
      'In the words of our founder, Ilse Marr, at the first congress in 1998: “We build for those who come after.”',
      { content: 'We build for those who come after.', speaker: 'Ilse Marr', kind: 'direct' },
    ],
  ]);
});

describe('an engineer’s abbreviated title, a unit of an owner, a finding taking up a report', () => {
  itGives([
    [
      'The Director, Eng. Samir Haddad, told growers on Monday that 4,000 hectares had been sprayed.',
      {
        content: '4,000 hectares had been sprayed',
        speaker: 'Eng. Samir Haddad',
        kind: 'indirect',
        canonical: 'Samir Haddad',
      },
    ],
    [
      'Two swarms reached the valley on Friday, the agency’s forecasting unit has confirmed.',
      {
        content: 'Two swarms reached the valley on Friday',
        speaker: 'the agency’s forecasting unit',
        kind: 'indirect',
      },
    ],
  ]);
  itGivesNone(['No eggs were found in the north, a finding confirmed by survey teams in May.']);
});

describe('a titled name apposed to a role serving an institution speaks; a document with a delivery participle', () => {
  itGives([
    [
      'The head of the Northern Fleet Command, Rear Admiral Tor Elling, said the patrol had acted lawfully.',
      { content: 'the patrol had acted lawfully', speaker: 'Rear Admiral Tor Elling', kind: 'indirect' },
    ],
    [
      'A petition from the growers delivered to City Hall on Friday stated that the tariff would ruin them.',
      {
        content: 'the tariff would ruin them',
        speaker: 'A petition from the growers delivered to City Hall',
        kind: 'indirect',
      },
    ],
  ]);
});

describe('a quantified subject with its noun phrase; a company suffix; a lower-case portfolio before a title', () => {
  itGives([
    [
      'The ministry said each day of closed borders would cost farmers dearly.',
      { content: 'each day of closed borders would cost farmers dearly', speaker: 'The ministry', kind: 'indirect' },
    ],
    [
      'Varnell Shipping plc says that its tankers are safe.',
      { content: 'its tankers are safe', speaker: 'Varnell Shipping plc', kind: 'indirect' },
    ],
    [
      '“The fields are under water,” agriculture minister Tomas Ekberg told the radio.',
      { content: 'The fields are under water,', speaker: 'agriculture minister Tomas Ekberg', kind: 'direct' },
    ],
    [
      'Deputy health minister Ilse Marr said the clinics would reopen.',
      { content: 'the clinics would reopen', speaker: 'Deputy health minister Ilse Marr', kind: 'indirect' },
    ],
  ]);
});

describe('a pronoun after a quotation of several sentences; a means adjunct before `that`', () => {
  itGives([
    [
      'Anna Dorn told radio listeners the port was closed. Nela Kast agreed to talk. “The port is safe. It has always been safe,” she said.',
      { content: 'The port is safe. It has always been safe,', speaker: 'she', kind: 'direct', canonical: 'Nela Kast' },
    ],
    [
      'The mayor informed the council in writing that the budget was exhausted.',
      { content: 'the budget was exhausted', speaker: 'The mayor', kind: 'indirect' },
    ],
    [
      'The mayor said, in presenting the accounts, that the budget was exhausted.',
      { content: 'the budget was exhausted', speaker: 'The mayor', kind: 'indirect' },
    ],
  ]);
});

describe('`that` and a noun as the object before a coordinated clause; a proper name after a term verb', () => {
  itGivesNone([
    'I wrote that report and we stand by every word of it.',
    'Residents call the old quarry “the Pit”.',
    'The navy dubbed the operation “Silver Net” on Monday.',
  ]);
  itGives([['Residents call the plan “a disgrace”.', { content: 'a disgrace', speaker: 'Residents', kind: 'direct' }]]);
});

describe('a perception verb with an object, and `that` before a closing time, report nothing', () => {
  itGivesNone([
    'Shortly afterwards the divers felt a strong current along the hull, then a second surge.',
    'I told the governor exactly that this morning.',
  ]);
  itGives([
    [
      'Fishermen feel the quota has been set far too low.',
      { content: 'the quota has been set far too low', speaker: 'Fishermen', kind: 'indirect' },
    ],
    [
      'She said that on Tuesday the harbour would reopen.',
      { content: 'on Tuesday the harbour would reopen', speaker: 'She', kind: 'indirect' },
    ],
  ]);
});

describe('a stage direction after a full stop opens the next sentence of a turn', () => {
  itGivesNone(['THE CHIEF: Mostly tea. [laughter] Honestly, they asked for blankets and news from home.']);
});

describe('a dated clause before an inverted attribution; an attribution between commas after an object', () => {
  itGives([
    [
      'On Friday evening the harbour was quieter than it had been for weeks, say the fishermen who stayed.',
      {
        content: 'On Friday evening the harbour was quieter than it had been for weeks',
        speaker: 'the fishermen',
        kind: 'indirect',
      },
    ],
    [
      'His office has confirmed 40 deaths, he said on Monday, stressing that the count was incomplete.',
      { content: 'His office has confirmed 40 deaths', speaker: 'he', kind: 'indirect' },
    ],
  ]);
});

describe('a titled document with `on` speaks', () => {
  itGives([
    [
      'Article 2 of the Accord on Fishing Rights and Coastal Access between the two states provides that neither may close the strait.',
      {
        content: 'neither may close the strait',
        speaker: 'Article 2 of the Accord on Fishing Rights and Coastal Access between the two states',
        kind: 'indirect',
      },
    ],
  ]);
});

describe('a long adjunct after `that`, a quotation carrying the verb; a permit speaks; a relative clause’s cue', () => {
  itGives([
    [
      'The licence states that, without the prior written approval of the river authority, dredging near the weir “must not go deeper than two metres”.',
      {
        content: 'dredging near the weir “must not go deeper than two metres”',
        speaker: 'The licence',
        kind: 'mixed',
      },
    ],
    [
      'Its permit states that the trench was to be backfilled within a week.',
      { content: 'the trench was to be backfilled within a week', speaker: 'Its permit', kind: 'indirect' },
    ],
  ]);
  it('a cue in a relative clause closed by a comma leaves the quotation to the main clause’s cue', () => {
    const { a } = run('The two surveys, which the Courier has read, describe the cracks as “widening every month”.');
    expect(a.quotes.map((q) => [q.kind, q.cue?.text, q.content.text])).toEqual([
      ['direct', 'describe', 'widening every month'],
    ]);
  });
});

describe('a script’s directions and a record’s list of witnesses are no turns; a role’s label with a name and a note', () => {
  it('reads REPORTER (NAME), LIVE as a label and skips bracketed camera lines and a witness list', () => {
    const { a } = run(
      'Witnesses: Ms Ada Pell, Harbour Master; Mr Tom Vey, Port Engineer\n\n[CAM 2: WIDE. SUPER: "Harbour live"]\n\nREPORTER (ANA VOSS), LIVE: The ferries are back in the water tonight, and the quay is open again.\n\nVEY: We checked every bollard on the quay twice before we opened it.',
    );
    expect(a.quotes.filter((q) => q.kind === 'transcript').map((q) => q.speaker?.text)).toEqual([
      'REPORTER (ANA VOSS)',
      'VEY',
    ]);
  });
});

describe('a numbered rule speaks; submit takes a that clause; can confirm reports; speech awaited until …', () => {
  itGives([
    [
      'Regulation 14.2 provides that a host club must open every gate at half-time.',
      {
        content: 'a host club must open every gate at half-time',
        speaker: 'Regulation 14.2',
        kind: 'indirect',
      },
    ],
    [
      'Lawyers for the ferry operator submitted that the crossing had been cancelled too late.',
      {
        content: 'the crossing had been cancelled too late',
        speaker: 'Lawyers for the ferry operator',
        kind: 'indirect',
      },
    ],
    [
      'The museum can confirm that two paintings were damaged in the flood.',
      { content: 'two paintings were damaged in the flood', speaker: 'The museum', kind: 'indirect' },
    ],
  ]);
  itGivesNone([
    'The union submitted a claim for back pay on Friday.',
    'The ferries will stay in port until the coastguard has confirmed that the channel is clear.',
    'The council’s safety rules written down after the fire were never read.',
  ]);
  it('a Language line heading a record is no turn', () => {
    const { a } = run(
      'Meeting record\n\nLanguage: Orvish, with a summary for visitors.\n\nELDER TASHI: We will not leave the herds.\n\nMS DORJEE: Then we will help you move them.',
    );
    expect(a.quotes.filter((q) => q.kind === 'transcript').map((q) => q.speaker?.text)).toEqual([
      'ELDER TASHI',
      'MS DORJEE',
    ]);
  });
});

describe('a lone coordinator before a reporting clause set between commas', () => {
  itGives([
    [
      'But, the port director added, the new buoys have not been delivered.',
      {
        content: 'But, the port director added, the new buoys have not been delivered',
        speaker: 'the port director',
        kind: 'indirect',
      },
    ],
  ]);
});

describe('a bare role apposed to a full name; a noun phrase before who; a notice given by a body', () => {
  itGives([
    [
      'Mira Olsen, deckhand on the Northern Tern, said the nets had been cut overnight.',
      { content: 'the nets had been cut overnight', speaker: 'Mira Olsen', kind: 'indirect' },
    ],
    [
      'A night-shift baker who walked past the gate told detectives he had heard a van.',
      { content: 'he had heard a van', speaker: 'A night-shift baker', kind: 'indirect' },
    ],
    [
      'The Dockers’ Union hereby gives notice that it intends to stop work on 4 May.',
      { content: 'it intends to stop work on 4 May', speaker: 'The Dockers’ Union', kind: 'indirect' },
    ],
  ]);
  itGivesNone(['The union gave notice of a ballot on Friday.']);
});

describe('a title apposed to a work, and a label that heads an appeal, quote nobody', () => {
  itGivesNone([
    'He has since written a memoir, “A Winter in the Hills”.',
    'APPEAL: “THE GREY MARE” TAKEN FROM CITY GALLERY',
  ]);
  itGives([
    ['The mayor said, “We Will Rebuild.”', { content: 'We Will Rebuild.', speaker: 'The mayor', kind: 'direct' }],
  ]);
});

describe('a dated treaty speaks; a long subject after that and an adjunct; a text message reads', () => {
  itGives([
    [
      'Article 2 of the Convention of Ardel of 1894 provides that the ford “shall stay open to both banks”.',
      {
        content: 'the ford “shall stay open to both banks”',
        speaker: 'Article 2 of the Convention of Ardel of 1894',
        kind: 'mixed',
      },
    ],
    [
      'The Ministry was told by the district governor that, since the spring floods, engineers working for the National Water Board of Ardel have closed two sluices.',
      {
        content: 'engineers working for the National Water Board of Ardel have closed two sluices',
        speaker: 'the district governor',
        kind: 'indirect',
      },
    ],
  ]);
});

describe('a text message reads', () => {
  it('gives the words after read: to the text or its sender', () => {
    const { a } = run('The text from the clinic read: “Your appointment has been moved to Friday.”');
    expect(a.quotes.map((q) => [q.kind, q.cue?.text, q.content.text])).toEqual([
      ['direct', 'read', 'Your appointment has been moved to Friday.'],
    ]);
  });
});

describe('a relative clause of up to twelve words after a dateline; a headteacher apposed to a name', () => {
  itGives([
    [
      'KALDOR — The parents of a nine-year-old pupil who fell ill after eating lunch at the school canteen on Monday said the kitchen had been closed before.',
      {
        content: 'the kitchen had been closed before',
        speaker: 'The parents of a nine-year-old pupil',
        kind: 'indirect',
      },
    ],
    [
      'Vell Academy’s headteacher, Ines Marrow, said the canteen would stay shut.',
      { content: 'the canteen would stay shut', speaker: 'Ines Marrow', kind: 'indirect' },
    ],
  ]);
  itGivesNone(['KALDOR, March 3 (Wirenews) — Parents who waited outside the gates said nothing to reporters.']);
});

describe('a noun spelt like a cue after no; an offer taking up a report; a contact line', () => {
  itGivesNone([
    'In the valley the drivers have no signal at all: the pass, the bridge, the old quarry.',
    'The agency has offered the farmers a grazing pass, an offer the ministry has told them to refuse.',
  ]);
  it('a label before an e-mail address opens contact details, not a turn', () => {
    const { a } = run(
      'Communiqué\n\nMS VEY: The council met on Friday.\n\nMR POLL: It agreed nothing.\n\nPress Office, Harbour Council: press@harbour.example, +00 12 345 6789',
    );
    expect(a.quotes.filter((q) => q.kind === 'transcript').map((q) => q.speaker?.text)).toEqual(['MS VEY', 'MR POLL']);
  });
});

describe('a list’s last item is no coordinated cue; a source phrase shares no subject', () => {
  it('keeps the list inside the report of said', () => {
    const { a } = run(
      'She said crews would handle every cargo, passenger and state flight through the week, and that the tower would reopen on Friday.',
    );
    expect(a.quotes.map((q) => q.cue?.text)).toEqual(['said']);
  });
  itGives([
    [
      'According to the port authority, cargo, fishing and state vessels will still be able to dock.',
      {
        content: 'cargo, fishing and state vessels will still be able to dock',
        speaker: 'the port authority',
        kind: 'indirect',
      },
    ],
    [
      'Wardens told us that, throughout the winter, half the cells had no heating.',
      { content: 'half the cells had no heating', speaker: 'Wardens', kind: 'indirect' },
    ],
  ]);
});

describe('a noun spelt like a cue after a preposition; that before a relative time; an act not done', () => {
  it('reads reports after on as a noun, and that before an hour ago as an object', () => {
    const { a } = run(
      'The union said it would not strike. A spokeswoman for the union declined to comment on reports that new dates were set.\n\nWe asked the ferry company for extra sailings, and they agreed to that an hour ago.',
    );
    expect(a.quotes.map((q) => q.content.text)).toEqual(['it would not strike']);
  });
  itGivesNone([
    'The Directorate has not published the report, titled “Cold Rooms in Winter”.',
    'Repair requests seen by wardens had been marked “urgent” since March.',
  ]);
  itGives([
    [
      'The Speaker opened the sitting by warning members that the inquiry was still open.',
      { content: 'the inquiry was still open', speaker: 'The Speaker', kind: 'indirect' },
    ],
  ]);
});

describe('a naming verb’s long object before its quotation', () => {
  itGives([
    [
      'The mayor called the council’s sudden decision to close the library in Oster Lane “a blow to every family here”.',
      { content: 'a blow to every family here', speaker: 'The mayor', kind: 'direct' },
    ],
  ]);
  itGivesNone(['She called the council, which had closed the library, on Monday about “Oster Lane Reads”.']);
});

describe('a partitive of a plural noun after a quotation; a quantifier named by its apposition', () => {
  itGives([
    [
      '“We work here too,” one of the night cleaners told her.',
      { content: 'We work here too,', speaker: 'one of the night cleaners', kind: 'direct' },
    ],
    [
      '“We work here too,” said one of the night cleaners.',
      { content: 'We work here too,', speaker: 'one of the night cleaners', kind: 'direct' },
    ],
    [
      'One neighbour said the smoke was grey. Another, Ruth Calder, said her son had been sent home from school.',
      { content: 'her son had been sent home from school', speaker: 'Ruth Calder', kind: 'indirect' },
    ],
  ]);
});

describe('a noun phrase after a time phrase; a numbered section with a bracket; a status line', () => {
  it('starts the mention at its own article, not at the time phrase before it', () => {
    const { a } = run('He said that by the end of the month the council expected “a few hundred more”.');
    expect(a.quotes.map((q) => q.speaker?.text)).toContain('the council');
    expect(a.quotes.map((q) => q.speaker?.text)).not.toContain('the end of the month the council');
  });
  itGives([
    [
      'Section 12(3) provides that the board may close the site.',
      { content: 'the board may close the site', speaker: 'Section 12(3)', kind: 'indirect' },
    ],
  ]);
  it('a Status line heading a transcript is no turn', () => {
    const { a } = run(
      'Briefing\n\nStatus: Edited transcript. Check against delivery.\n\nMR ORR: We met.\n\nMS VALE: We did.',
    );
    expect(a.quotes.filter((q) => q.kind === 'transcript').map((q) => q.speaker?.text)).toEqual(['MR ORR', 'MS VALE']);
  });
});

describe('a relative clause of one verb before the cue, whose cue reports nothing', () => {
  itGives([
    [
      'The alert that followed stated: “Stay indoors and close all windows.”',
      { content: 'Stay indoors and close all windows.', speaker: 'The alert', kind: 'direct' },
    ],
    [
      'Tenants who left said the stairwell had filled with smoke.',
      { content: 'the stairwell had filled with smoke', speaker: 'Tenants', kind: 'indirect' },
    ],
  ]);
  it('gives the report to said, not to the relative clause’s answered', () => {
    const { a } = run('Three of the drivers who answered said they had waited all night.');
    expect(a.quotes.map((q) => q.cue?.text)).toEqual(['said']);
  });
});

describe('a clause with a past verb before a colon; an as clause with its adjunct; the writer’s worth noting', () => {
  itGives([
    [
      'Farmers say their herds crossed the border overnight: no one stopped them.',
      {
        content: 'their herds crossed the border overnight: no one stopped them',
        speaker: 'Farmers',
        kind: 'indirect',
      },
    ],
    [
      'As Ruth Ambler puts it in her history of the port, the harbour “was never meant for ships this size”.',
      {
        content: 'the harbour “was never meant for ships this size”',
        speaker: 'Ruth Ambler',
        kind: 'mixed',
      },
    ],
    [
      'Worth adding that the port director told the council on Monday that the dredger had left.',
      { content: 'the dredger had left', speaker: 'the port director', kind: 'indirect' },
    ],
  ]);
  itGivesNone([
    'Our welfare officer, Ada Voss, answers questions sent in by members each month.',
    'Nobody knows what this “training camp,” as the ministry calls it, really is.',
  ]);
});

describe('express the hope; a bracketed number in an adjunct after that; branded; speech awaited after a determiner', () => {
  itGives([
    [
      'The delegate of Varnay expressed the hope that the review would be “more than a formality”.',
      {
        content: 'the review would be “more than a formality”',
        speaker: 'The delegate of Varnay',
        kind: 'mixed',
      },
    ],
    [
      'She reminded the council that, under section 4(2) of the charter, a vote needed two thirds.',
      { content: 'a vote needed two thirds', speaker: 'She', kind: 'indirect' },
    ],
    [
      'The nurses’ leader branded the closure “a scandal in slow motion”.',
      { content: 'a scandal in slow motion', speaker: 'The nurses’ leader', kind: 'direct' },
    ],
  ]);
  itGivesNone(['Maternity: OPEN - come in as planned unless your midwife tells you otherwise']);
});

describe('an adverb after an inverted subject; an age given as a decade; who after a name and its role', () => {
  itGives([
    [
      '“Nobody warned us,” said Vance afterwards, his coat soaked through.',
      { content: 'Nobody warned us,', speaker: 'Vance', kind: 'direct' },
    ],
    [
      '“Let us through!” a woman in her early forties shouted at the gate.',
      { content: 'Let us through!', speaker: 'a woman', kind: 'direct' },
    ],
    [
      'The call came from Ines Moll, harbour director at Port Alder, who said the channel was blocked.',
      { content: 'the channel was blocked', speaker: 'Ines Moll', kind: 'indirect' },
    ],
  ]);
  it('a numbered section with a heading in capitals is no turn', () => {
    const { a } = run(
      'Field notes\n\nDAY 1: ARRIVAL\n\nWe reached the bank at dawn.\n\nDAY 3 AND 4: DIGGING\n\nThe dredgers worked all night.\n\nDAY 6: AFLOAT\n\nBy noon the hull was free.',
    );
    expect(a.quotes.filter((q) => q.kind === 'transcript')).toEqual([]);
  });
});

describe('a text that ends right after a cue and a comma', () => {
  it('attributes without reading past the last word', () => {
    expect(() => run('The minister said the plan was sound, Mr. Smith of the U.S. said,')).not.toThrow();
    expect(() => run('The council has written to ask')).not.toThrow();
    expect(() =>
      run('Ms Keane is one of 900 owners who answered a survey about the recall, which covers 168,'),
    ).not.toThrow();
    expect(() => run('The envoy told a meeting of the Council shown on state television that')).not.toThrow();
  });
});

describe('a name apposed after a postmodified noun; a longer noun phrase before a contact clause', () => {
  itGives([
    [
      'The charity running the night shelter, Harbour Light, has warned volunteers that the heating “will not last the winter”.',
      { content: 'the heating “will not last the winter”', speaker: 'Harbour Light', kind: 'mixed' },
    ],
    [
      'The engineer who had inspected the span, Dr Wren Okoye, said: “The bolts were rusted through.”',
      { content: 'The bolts were rusted through.', speaker: 'Dr Wren Okoye', kind: 'direct' },
    ],
    [
      'The hospital cleaning staff I spoke to said the wards were “never properly aired”.',
      { content: 'the wards were “never properly aired”', speaker: 'The hospital cleaning staff', kind: 'mixed' },
    ],
  ]);
});

describe('a determiner that after a cue; an adverb or an exception before a document’s that; a dated title', () => {
  itGives([
    [
      'The coach said that kind of abuse had no place in the sport.',
      { content: 'that kind of abuse had no place in the sport', speaker: 'The coach', kind: 'indirect' },
    ],
    [
      'The charter provides further that a member may leave after a year’s notice.',
      { content: 'a member may leave after a year’s notice', speaker: 'The charter', kind: 'indirect' },
    ],
    [
      'The lease provides that, except where the tenant has paid in advance, the deposit “shall be held for six months”.',
      { content: 'the deposit “shall be held for six months”', speaker: 'The lease', kind: 'mixed' },
    ],
    [
      'The Harbours Act 1974 says a pilot must board every ship over 80 metres.',
      { content: 'a pilot must board every ship over 80 metres', speaker: 'The Harbours Act 1974', kind: 'indirect' },
    ],
  ]);
});

describe('a work’s title after its authoring verb; slogans on T-shirts; an object before the main clause’s verb', () => {
  itGives([
    [
      'Ines Corrado, who wrote “The Salt Road”, said the exhibition was “long overdue”.',
      { content: 'the exhibition was “long overdue”', speaker: 'Ines Corrado', kind: 'mixed' },
    ],
  ]);
  it('a title-case quotation right after wrote is a title, no one’s words', () => {
    const { a } = run('Ines Corrado, who wrote “The Salt Road”, said the exhibition was “long overdue”.');
    expect(a.quotes.map((q) => q.content.text)).toEqual(['the exhibition was “long overdue”']);
  });
  itGivesNone([
    'Fans in the stands wore T-shirts reading “Bring Back Our Coach”.',
    'Omar Feld, the lawyer who advised the family, did not respond to our calls.',
  ]);
});

describe('a pronoun after the writer’s own clause; a quotation that runs on past its report’s sentence', () => {
  it('a pronoun after “When I asked NAME …,” is the person named, not the subject before', () => {
    const { a } = run(
      'Harbour talks\n\nPeter Lund runs the ferry company. He said the timetable was “fixed”.\n\nWhen I put the question to Marta Ilves, she shrugged and said the boats would run late.',
    );
    const last = a.quotes[a.quotes.length - 1]!;
    expect(last.content.text).toBe('the boats would run late');
    expect(last.canonical).toBe('Marta Ilves');
  });
  itGives([
    [
      'The elders wrote that the drums “were never exhibits. They were the voice of the village.”',
      {
        content: 'the drums “were never exhibits. They were the voice of the village.”',
        speaker: 'The elders',
        kind: 'mixed',
      },
    ],
  ]);
});

describe('a past cue inside a present report; speech in a general condition; a participle after a label', () => {
  itGives([
    [
      'The port says the pilot refused the tug and insisted that the tide was safe.',
      {
        content: 'the pilot refused the tug and insisted that the tide was safe',
        speaker: 'The port',
        kind: 'indirect',
      },
    ],
    [
      '• Regional Water Board: The board declined to discuss the leak, saying that repairs were a matter for the contractor.',
      { content: 'repairs were a matter for the contractor', speaker: 'The board', kind: 'indirect' },
    ],
  ]);
  it('a past cue after a closed quotation stays a report of its own', () => {
    const { a } = run(
      'The board adds that it “weighed the matter with care,” and concluded that the fee should stand.',
    );
    expect(a.quotes.map((q) => q.cue?.text)).toEqual(['adds', 'concluded']);
  });
  itGivesNone(['When a pilot says the tide is too low, the captain waits.']);
});

describe('a passive participle after a noun; objects that carry words of their own; a relative clause’s report; a dateline', () => {
  itGives([
    [
      'The coastguard said on Sunday that all four divers reported caught by the current had been found.',
      {
        content: 'all four divers reported caught by the current had been found',
        speaker: 'The coastguard',
        kind: 'indirect',
      },
    ],
    [
      'The surveyor who warned the council that the wall would fail, a month before it did, said on Friday that nobody had replied.',
      { content: 'nobody had replied', speaker: 'The surveyor', kind: 'indirect' },
    ],
    [
      'TARNOW — The lockkeeper said the sluice gates had jammed overnight.',
      { content: 'the sluice gates had jammed overnight', speaker: 'The lockkeeper', kind: 'indirect' },
    ],
    [
      'The bakery posted a photograph of the flooded shop with the caption “We will be back”.',
      {
        content: 'a photograph of the flooded shop with the caption “We will be back”',
        speaker: 'The bakery',
        kind: 'mixed',
      },
    ],
  ]);
  it('the relative clause’s report ends where the main clause’s cue begins', () => {
    const { a } = run(
      'The surveyor who warned the council that the wall would fail, a month before it did, said on Friday that nobody had replied.',
    );
    expect(a.quotes.map((q) => q.content.text)).toEqual([
      'the wall would fail, a month before it did',
      'nobody had replied',
    ]);
  });
  itGivesNone([
    'The ferry company posted a photograph of its pier buried under the shingle.',
    'The council has noted the concerns of the harbour users about the new moorings.',
    'Twelve fishermen reported stranded by the storm were brought ashore.',
  ]);
});

describe('a title inside a relative aside; a relative clause on the subject of a document’s that; writing a blog', () => {
  itGives([
    [
      'The Harbour Users’ Association, whose members have fished the Deep Reach — known locally as “the Widow’s Pool” — for decades, said in a statement that its members wanted calm.',
      { content: 'its members wanted calm', speaker: 'The Harbour Users’ Association', kind: 'indirect' },
    ],
    [
      'Section 9 of the Fisheries Act provides that anyone who lands undersized fish may lose their licence.',
      {
        content: 'anyone who lands undersized fish may lose their licence',
        speaker: 'Section 9 of the Fisheries Act',
        kind: 'indirect',
      },
    ],
  ]);
  it('writing a blog is no report, whatever the blog is called', () => {
    const { a } = run(
      'Tove Lind, who writes a blog about the island called “Salt and Stone”, said the ferry was late.',
    );
    expect(a.quotes.map((q) => q.cue?.text)).not.toContain('writes');
  });
});

describe('no with a noun as subject; a head with its of phrase before an apposed name; a placed time; written to say; an ampersand in a name', () => {
  itGives([
    [
      'The firm’s solicitors, Okafor & Lind, have written to the council to say that the notice is unlawful.',
      { content: 'the notice is unlawful', speaker: 'Okafor & Lind', kind: 'indirect' },
    ],
  ]);
  itGivesNone([
    'The clerk checked the minutes, and no member of the board has told me that such a vote took place.',
    'The head of the Marlow bid, Rosa Imre, has called for a recount.',
    'The harbour master replied the following morning.',
  ]);
});

describe('a style of address before an apposed name; a where clause between a subject and its cue', () => {
  itGives([
    [
      'The coroner, Her Honour Agnes Vell, told the jury that it must ignore the press.',
      { content: 'it must ignore the press', speaker: 'Her Honour Agnes Vell', kind: 'indirect' },
    ],
    [
      'The warden of the hostel in Skarn where the fire broke out told reporters on Monday that the alarms had failed.',
      { content: 'the alarms had failed', speaker: 'The warden', kind: 'indirect' },
    ],
  ]);
  it('the style is no part of the name', () => {
    const { a } = run('The coroner, Her Honour Agnes Vell, told the jury that it must ignore the press.');
    expect(a.quotes.map((q) => q.canonical)).toEqual(['Agnes Vell']);
  });
});

describe('items opened by a middle dot; used an occasion to say', () => {
  it('each middle-dot item is a sentence of its own, with its own report', () => {
    const { a } = run(
      'Survey results\n\n· 64% said the buses ran late most mornings\n· 20% said they had stopped taking the bus',
    );
    expect(a.quotes.map((q) => `${q.speaker?.text} | ${q.content.text}`)).toEqual([
      '64% | the buses ran late most mornings',
      '20% | they had stopped taking the bus',
    ]);
  });
  itGives([
    [
      'The mayor used her budget speech on Monday to warn that the library would close.',
      { content: 'the library would close', speaker: 'The mayor', kind: 'indirect' },
    ],
  ]);
});

describe('it, an adverb and a verb after a cue', () => {
  itGives([
    [
      'The depot says it never received the order.',
      { content: 'it never received the order', speaker: 'The depot', kind: 'indirect' },
    ],
    ['Her office says it never arrived.', { content: 'it never arrived', speaker: 'Her office', kind: 'indirect' }],
  ]);
  itGivesNone(['She said it again the next morning.']);
});

describe('an aside naming who a noun phrase is; a request about one’s own name', () => {
  itGives([
    [
      'Her landlord, a baker named Ilse Varro, said the rent had not changed in years.',
      { content: 'the rent had not changed in years', speaker: 'Ilse Varro', kind: 'indirect' },
    ],
    [
      'The lane opened on Friday, but agents at the depot said it had not been used.',
      { content: 'it had not been used', speaker: 'agents at the depot', kind: 'indirect' },
    ],
  ]);
  it('asking not to be named, or to be called something else, is no report', () => {
    const { a } = run(
      'A porter, who asked me not to use his name, told me the lifts had failed. A cook who asked us to call her only Mira said the kitchen flooded.',
    );
    expect(a.quotes.map((q) => q.content.text)).toEqual(['the lifts had failed', 'the kitchen flooded']);
  });
});

describe('a person’s pronoun after two adjuncts; counsel as a title; a relative clause’s object before the main verb', () => {
  itGives([
    [
      'Ada Meyer said on the radio this morning she expects the ferry back “within weeks”.',
      { content: 'she expects the ferry back “within weeks”', speaker: 'Ada Meyer', kind: 'mixed' },
    ],
    [
      'Our general counsel, Rui Tavares, said the ruling “ignores the contract”.',
      { content: 'the ruling “ignores the contract”', speaker: 'Rui Tavares', kind: 'mixed' },
    ],
    [
      'Mona Reyes, who says she lost her savings, posted a single line: “Never again.”',
      { content: 'she lost her savings', speaker: 'Mona Reyes', kind: 'indirect' },
    ],
  ]);
  it('a relative clause’s cue takes no object past the comma before the main verb', () => {
    const { a } = run('Tom Adair, the barrister who argued the appeal, told reporters the ruling was fair.');
    expect(a.quotes.map((q) => q.cue?.text)).toEqual(['told']);
  });
});

describe('a broadcast’s lower third names the clip after it; a name before a titled role and a relative clause', () => {
  it('a lower-third line in brackets gives the quotation after it to the person it names, not their role', () => {
    const { a } = run(
      'Harbour vote\n\nResidents see it differently.\n\n[LOWER THIRD: MARA ELLIS — CHAIR, HARBOUR RESIDENTS]\n“Nobody asked us before the vote.”\n\nThe fishermen agree.\n\n[LOWER THIRD: OWEN PIKE — SKIPPER]\n“Where do we tie up now?”',
    );
    expect(a.quotes.map((q) => q.canonical)).toEqual(['Mara Ellis', 'Owen Pike']);
  });
  itGives([
    [
      'Ivo Strand, Managing Partner of Brightwater Capital, which owns the site, said the fund was in no hurry.',
      { content: 'the fund was in no hurry', speaker: 'Ivo Strand', kind: 'indirect' },
    ],
  ]);
});

describe('a pronoun’s own clause after and; put it to', () => {
  it('a report after “and she said” is hers, and ends the report before it', () => {
    const { a } = run(
      'They asked her if the show should have been delayed and she said the promoter would answer that.',
    );
    expect(a.quotes.map((q) => `${q.cue?.text} | ${q.content.text}`)).toEqual([
      'asked | if the show should have been delayed',
      'said | the promoter would answer that',
    ]);
  });
  it('put it to takes its listener and the clause; the subject is the whole noun phrase', () => {
    const { a } = run('Counsel for the families put it to him that the gates had opened early.');
    expect(a.quotes.map((q) => `${q.speaker?.text} | ${q.cue?.text} | ${q.content.text}`)).toEqual([
      'Counsel for the families | put it to | the gates had opened early',
    ]);
  });
});

describe('a where clause after that; a reference in brackets before the cue; a participle after a superlative', () => {
  itGives([
    [
      'She added that, where records were kept, the clinics had reported every case.',
      { content: 'the clinics had reported every case', speaker: 'She', kind: 'indirect' },
    ],
    [
      'A former ferryman (W-12) told the inquiry that the ramp had been cracked for years.',
      { content: 'the ramp had been cracked for years', speaker: 'A former ferryman', kind: 'indirect' },
    ],
  ]);
  itGivesNone(['The earliest recorded sighting was in March.', 'The first reported case came from the harbour.']);
});

describe('an aside right after a cue is no object', () => {
  itGives([
    [
      'What she said, near enough, was this: “They will sell the island one day.”',
      { content: 'They will sell the island one day.', speaker: 'she', kind: 'direct' },
    ],
  ]);
});

describe('mention takes objects; find out is no cue; a request not to use even a first name', () => {
  itGivesNone([
    'The leaflet mentions flooding, subsidence and radon.',
    'Thousands of tenants found out that their deposits had never been protected.',
  ]);
  it('asking not to be named by even a first name is no report', () => {
    const { a } = run('A driver, who asked us not to use even a first name, said the depot had closed.');
    expect(a.quotes.map((q) => q.content.text)).toEqual(['the depot had closed']);
  });
});

describe('a trailing attribution whose subject has a that clause', () => {
  itGives([
    [
      'Records of 40,000 tenants were left on an open server, the agency that manages the register said on Monday.',
      {
        content: 'Records of 40,000 tenants were left on an open server',
        speaker: 'the agency',
        kind: 'indirect',
      },
    ],
  ]);
  itGivesNone([
    'Many carried the banner of the Harvest Walk, the movement that grew out of the roadside protests in May.',
  ]);
});

describe('an inverted subject: a title-case role after the, with its name; a listed title before an unlisted head', () => {
  itGives([
    [
      '“No crossing will close,” said the Harbour Master, Tilde Roos.',
      { content: 'No crossing will close,', speaker: 'the Harbour Master, Tilde Roos', kind: 'direct' },
    ],
    [
      '“No candidate will suffer,” said the chief invigilator.',
      { content: 'No candidate will suffer,', speaker: 'the chief invigilator', kind: 'direct' },
    ],
  ]);
  it('the name apposed to the role is the canonical speaker', () => {
    const { a } = run('“No crossing will close,” said the Harbour Master, Tilde Roos.');
    expect(a.quotes.map((q) => q.canonical)).toEqual(['Tilde Roos']);
  });
});

describe('a pronoun that right after a cue', () => {
  itGives([
    [
      'He said that was the end of the matter.',
      { content: 'that was the end of the matter', speaker: 'He', kind: 'indirect' },
    ],
  ]);
  it('keeps the pronoun in the content', () => {
    const { a } = run('The chief declined to comment, saying that would be for the inquiry.');
    expect(a.quotes.map((q) => q.content.text)).toEqual(['that would be for the inquiry']);
  });
});

describe('pronouns after a numbered place, a long aside, and an unnamed source', () => {
  it('never takes a capitalised word before a number (Building 14) for the person a pronoun stands for', () => {
    const { a } = run(
      'Mill fire\n\nIdris Penhale was eating when the alarm went off in Hangar 6. It was late.\n\n“Nobody moved at first,” he says.',
    );
    expect(a.quotes.map((q) => q.canonical)).toEqual(['Idris Penhale']);
  });

  it('reads the person a sentence opens with past a long aside with a relative clause', () => {
    const { a } = run(
      'River\n\n“The eels went first,” Orme says.\n\nDr Wilma Scarth, a soil chemist at Fenwick College who has sampled the marshes for more than a decade, spent Monday at the outfall. She says the water was short of oxygen.',
    );
    expect(a.quotes.map((q) => q.canonical)).toEqual(['Orme', 'Wilma Scarth']);
  });

  it('lets she or he stand for one unnamed source just quoted, not for a person named before', () => {
    const { a } = run(
      'Mood\n\nJory Quell says most managers “never read past page one”.\n\nA nurse on the ward, who asked not to be named, describes the mood as “tired and angry”.\n\n“We are proud of this place,” she says.',
    );
    expect(a.quotes.map((q) => q.canonical)).toEqual(['Jory Quell', 'Nurse on the ward', 'Nurse on the ward']);
  });

  it('does not let he or she stand for unnamed sources in the plural', () => {
    const { a } = run(
      'Mood\n\nJory Quell said the ward was calm.\n\nNurses on the ward describe the mood as “tired and angry”.\n\n“We are proud of this place,” he says.',
    );
    expect(a.quotes.map((q) => q.canonical)).toEqual(['Jory Quell', 'Nurses on the ward', 'Jory Quell']);
  });
});

describe('a title before a naming verb, a name with minor words, a clause taken for a subject', () => {
  itGivesNone([
    'The parents started a petition called “Lights On by Winter” last month.',
    'We built the railway when everybody said it could not be done.',
  ]);
  itGives([
    [
      'Tam Orrin, who led the crew and whose memoir “Salt on the Wind” describes the strike, recalls that the pay was low.',
      { content: 'the pay was low', speaker: 'Tam Orrin', kind: 'indirect' },
    ],
  ]);
  itGives([
    [
      '“It was a bad day,” described the foreman.',
      { content: 'It was a bad day,', speaker: 'the foreman', kind: 'direct' },
    ],
  ]);
});

describe('a progressive cue after an apposition, a negative opener after a comma, a compound adjective opening the content', () => {
  itGives([
    [
      'The finance minister, Ada Brennock, has been telling colleagues that the budget is finished.',
      { content: 'the budget is finished', speaker: 'Ada Brennock', kind: 'indirect' },
    ],
    [
      'Hot-pressed steel rose 4% to 310 crowns a tonne, two dealers said.',
      {
        content: 'Hot-pressed steel rose 4% to 310 crowns a tonne',
        speaker: 'two dealers',
        kind: 'indirect',
      },
    ],
  ]);
  itGivesNone(['There were talks, and at no point did anyone in Varnis say that duties were being considered.']);
});

describe('an interruption that says, a threat with its infinitive, a minister of two fields', () => {
  itGives([
    [
      'Councillor Mira Dahl, who chairs the roads committee, interrupted to say that the budget had been cut twice.',
      { content: 'the budget had been cut twice', speaker: 'Councillor Mira Dahl', kind: 'indirect' },
    ],
  ]);
  itGivesNone(['The hearing was halted once, after the chair, Oren Vask, threatened to clear the public gallery.']);
  it('keeps `and` inside a title of two fields, so a later surname finds the person', () => {
    const { a } = run(
      'Roads\n\nMinister of Energy and Transport Lise Varro, who toured the site, said: “We will act.”\n\n“The road reopens on Friday,” Minister Varro said.',
    );
    expect(a.quotes.map((q) => q.canonical)).toEqual(['Lise Varro', 'Lise Varro']);
  });
});

describe('a one-word organisation named in full before', () => {
  it('`the Court` is the one court named before it; with two ministries named, `the Ministry` stays as written', () => {
    const { a } = run(
      'Ruling\n\nThe Standing Arbitral Court met on Monday. The Court said that the border was valid.\n\nThe Ministry of Mines and the Ministry of Water each issued a note. The Ministry said that prices would fall.',
    );
    expect(a.quotes.map((q) => q.canonical)).toEqual(['Standing Arbitral Court', 'Ministry']);
  });
});

describe('letters after a full name', () => {
  it('`Tilde Marsk MP`, `Oren Vale QC`: the name without them, which a later surname finds', () => {
    const { a } = run(
      'Inquiry\n\nThe committee chair, Tilde Marsk MP, wrote to the minister on Monday.\n\n“We expect answers,” Ms Marsk said. “No,” said Oren Vale QC.',
    );
    expect(a.quotes.map((q) => q.canonical)).toEqual(['Tilde Marsk', 'Oren Vale']);
  });
});

describe('a passive agent with a name in apposition', () => {
  itGives([
    [
      'The board was told by the chief engineer, Dr Hal Onsted, that the pumps would fail.',
      { content: 'the pumps would fail', speaker: 'the chief engineer, Dr Hal Onsted', kind: 'indirect' },
    ],
  ]);
  it('the name is the canonical speaker', () => {
    const { a } = run('The board was told by the chief engineer, Dr Hal Onsted, that the pumps would fail.');
    expect(a.quotes.map((q) => q.canonical)).toEqual(['Hal Onsted']);
  });
});

describe('an acronym or `lone`/`sole` inside a plain noun phrase subject', () => {
  itGives([
    [
      'Residents say they were never warned, and the island’s GP surgery says two patients missed appointments.',
      { content: 'they were never warned', speaker: 'Residents', kind: 'indirect' },
    ],
    [
      'Residents say they were never warned, and the island’s GP surgery says two patients missed appointments.',
      { content: 'two patients missed appointments', speaker: 'the island’s GP surgery', kind: 'indirect' },
    ],
    [
      'The sole survivor told police that the boat had capsized at dawn.',
      { content: 'the boat had capsized at dawn', speaker: 'The sole survivor', kind: 'indirect' },
    ],
  ]);
});

describe('a backshifted modal after `and` inside a past report', () => {
  itGives([
    [
      'A club spokesman said the board stood by the manager and would set out its reasons “at the proper time”.',
      {
        content: 'the board stood by the manager and would set out its reasons “at the proper time”',
        speaker: 'A club spokesman',
        kind: 'mixed',
      },
    ],
  ]);
});

describe('a role noun before the one holder the text names', () => {
  it('`The mayor told …` in a summary over the interview that names her is the mayor named below', () => {
    const { a } = run(
      'Interview\n\nSUMMARY: The mayor told the programme the city would pay for a second ferry.\n\nHOST: With me is Mayor Hedda Oskarsen.\n\nOSKARSEN: Thank you.',
    );
    expect(a.quotes.map((q) => q.canonical)).toEqual(['Hedda Oskarsen', 'HOST', 'Hedda Oskarsen']);
  });
});

describe('a plural noun taking up what was said, and `lead` opening a title', () => {
  itGives([
    [
      'Lawyers for the growers say the spill was larger and began days earlier, allegations the mine rejects.',
      {
        content: 'the spill was larger and began days earlier',
        speaker: 'Lawyers for the growers',
        kind: 'indirect',
      },
    ],
    [
      '“It was a decision, not an accident,” lead counsel Mara Jessop told the Ledger.',
      { content: 'It was a decision, not an accident,', speaker: 'lead counsel Mara Jessop', kind: 'direct' },
    ],
  ]);
});

describe('a participle after a comma inside the closing mark, and a possible passive', () => {
  itGives([
    [
      'Ada Rusk told the Ledger that crews had moved “as soon as we had proof,” adding that checks would start in May.',
      { content: 'crews had moved “as soon as we had proof,”', speaker: 'Ada Rusk', kind: 'mixed' },
    ],
    [
      'Ada Rusk told the Ledger that crews had moved “as soon as we had proof,” adding that checks would start in May.',
      { content: 'checks would start in May', speaker: 'Ada Rusk', kind: 'indirect' },
    ],
    [
      'Ola Brink said the tally was “an upper estimate” and that part of it might be explained by families registered twice after moving.',
      {
        content:
          'the tally was “an upper estimate” and that part of it might be explained by families registered twice after moving',
        speaker: 'Ola Brink',
        kind: 'mixed',
      },
    ],
  ]);
});

describe('a share of a long group', () => {
  itGives([
    [
      'In interviews, 38 per cent of registered households in the two valleys told monitors they had been short of water.',
      {
        content: 'they had been short of water',
        speaker: '38 per cent of registered households in the two valleys',
        kind: 'indirect',
      },
    ],
  ]);
});

describe('people who tell, where things may tell too', () => {
  itGives([
    [
      'The geologists tell us the slope is moving again.',
      { content: 'the slope is moving again', speaker: 'The geologists', kind: 'indirect' },
    ],
  ]);
  itGivesNone(['The numbers tell us the slope is moving again.']);
});

describe('an irregular past shows the clause after a comma adjunct', () => {
  itGives([
    [
      'The minister said that, under the lease, responsibility lay with the tenant.',
      { content: 'responsibility lay with the tenant', speaker: 'The minister', kind: 'indirect' },
    ],
  ]);
});

describe('an embedded question starts at its question word, past the one asked', () => {
  itGives([
    [
      'Councillor Ivo Brann asked the harbour board why the dredging contract had been extended.',
      { content: 'why the dredging contract had been extended', speaker: 'Councillor Ivo Brann', kind: 'indirect' },
    ],
    [
      'She asked him directly whether the depot would close before the winter. He said it would not.',
      { content: 'whether the depot would close before the winter', speaker: 'She', kind: 'indirect' },
    ],
    [
      'Two deputies asked members of the tariff committee how the new rate had been set. The chair said it followed inflation.',
      { content: 'how the new rate had been set', speaker: 'Two deputies', kind: 'indirect' },
    ],
  ]);
  // The narrator's own question, past its listener, is no report (`I asked her why` never was).
  itGivesNone([
    'I asked the harbour master whether the quay would be rebuilt. He did not answer.',
    'We asked the ministry by email why the permits had been withdrawn.',
  ]);
  // Guards: an action asked for keeps its addressee (`the mayor to …`), and the narrator's telling reports.
  itGives([
    [
      'I told him what we need is a full list of the crew.',
      { content: 'what we need is a full list of the crew', speaker: 'I', kind: 'indirect' },
    ],
    [
      'The residents asked the mayor to reopen the footbridge.',
      { content: 'the mayor to reopen the footbridge', speaker: 'The residents', kind: 'indirect' },
    ],
  ]);
});

describe('a report in a subordinate clause ends before the main clause, whatever commas follow', () => {
  it('cuts at the comma a subject pronoun follows, and the main clause keeps its quotation', () => {
    const { a } = run('When I asked whether the ferry would sail, she said, “Not before the wind drops.”');
    expect(a.quotes.map((q) => [q.content.text, q.speaker?.text, q.cue?.text])).toEqual([
      ['Not before the wind drops.', 'she', 'said'],
    ]);
  });
  it('keeps a relative clause’s commas inside the report when no pronoun opens the main clause', () => {
    const { a } = run(
      'While the council said the works, which began in March, were on schedule, the bridge stayed shut.',
    );
    expect(a.quotes.map((q) => q.content.text)).toEqual(['the works, which began in March, were on schedule']);
  });
  it('ends the report at the main clause’s pronoun even when that clause has commas of its own', () => {
    const { a } = run(
      'Although the operator said the pumps had been checked, it later admitted, in a letter to residents, that two had failed.',
    );
    expect(a.quotes.map((q) => [q.content.text, q.cue?.text])).toEqual([
      ['the pumps had been checked', 'said'],
      ['two had failed', 'admitted'],
    ]);
  });
});

describe('a semicolon closes the clause whose subject a coordinated cue borrows', () => {
  itGivesNone(['Speeches checked against delivery; questions and answers shortened for length.']);
  // A guard: within one clause the coordinated verb still shares the subject.
  itGives([
    [
      'The union rejected the offer and warned that the stoppage would spread.',
      { content: 'the stoppage would spread', speaker: 'The union', kind: 'indirect' },
    ],
  ]);
});

describe('`call` convenes when its object has no complement', () => {
  itGivesNone([
    'Dockers have called the walkout against the new rota, which starts on Monday.',
    'The federation called a general strike against the reform.',
  ]);
  // A guard: an object and its complement name something (`called the plan a disaster`).
  itGives([
    [
      'The senator called the tariff a gift to smugglers.',
      { content: 'the tariff a gift', speaker: 'The senator', kind: 'reported' },
    ],
  ]);
});

describe('a speech act whose only words are its work’s title, or a gerund after a preposition', () => {
  itGivesNone([
    'The Fisheries Council published its annual report, "Stocks in Decline", on 3 March.',
    'Our director made that offer to the harbour board on Monday, and I repeated it in writing to the council on Friday.',
  ]);
  // A guard: a participle giving the statement's words still reports them.
  itGives([
    [
      'The Fisheries Council issued a statement, saying the quotas would be cut by a third.',
      { content: 'the quotas would be cut by a third', speaker: 'The Fisheries Council', kind: 'indirect' },
    ],
  ]);
});

describe('a relative `that` after an addressee reports nothing', () => {
  itGives([
    [
      'Mira Holt, a lawyer who advised the delegation that drafted the treaty, said the clause was clear.',
      { content: 'the clause was clear', speaker: 'Mira Holt', kind: 'indirect' },
    ],
  ]);
  it('gives the relative clause no report of its own', () => {
    const { a } = run(
      'Mira Holt, a lawyer who advised the delegation that drafted the treaty, said the clause was clear.',
    );
    expect(a.quotes.map((q) => q.cue?.text)).toEqual(['said']);
  });
  // A guard: `that` before a clause with its own subject is the report's.
  itGives([
    [
      'She told shareholders that armed guards had been hired.',
      { content: 'armed guards had been hired', speaker: 'She', kind: 'indirect' },
    ],
  ]);
});

describe('speech granted in a free relative is no report', () => {
  itGivesNone([
    'Pay the crews in full and talk about the rest later, whatever the minister says.',
    'Whatever the critics claim, the tunnel opened on time.',
  ]);
});

describe('`according to` a role with a tail, then the name in apposition', () => {
  itGives([
    [
      'According to the commander of the garrison at Skarn Point, Captain Ilse Norrby, the hull had split overnight.',
      {
        content: 'the hull had split overnight',
        speaker: 'the commander of the garrison at Skarn Point, Captain Ilse Norrby',
        canonical: 'Ilse Norrby',
        kind: 'indirect',
      },
    ],
  ]);
});

describe('a role held in a place is no person named after the place', () => {
  itGives([
    [
      'The chief of the port in Dorrin said the blaze was under control.',
      {
        content: 'the blaze was under control',
        speaker: 'The chief of the port in Dorrin',
        canonical: 'Chief of the port in Dorrin',
        kind: 'indirect',
      },
    ],
    // Guards: a firm after a group noun, and a person's affiliation, keep their names.
    [
      'Analysts at Korver Capital said the merger would be blocked.',
      {
        content: 'the merger would be blocked',
        speaker: 'Analysts at Korver Capital',
        canonical: 'Korver Capital',
        kind: 'indirect',
      },
    ],
    [
      'Commodore Lena Vask said the patrols would continue.',
      {
        content: 'the patrols would continue',
        speaker: 'Commodore Lena Vask',
        canonical: 'Lena Vask',
        kind: 'indirect',
      },
    ],
  ]);
});

describe('a listener opened by a possessive, and a time between the cue and `that`', () => {
  itGives([
    [
      'The union wrote to your department that the rota broke the agreement.',
      { content: 'the rota broke the agreement', speaker: 'The union', kind: 'indirect' },
    ],
    [
      'The appeals tribunal ruled late on Friday that the dismissals were unlawful.',
      { content: 'the dismissals were unlawful', speaker: 'The appeals tribunal', kind: 'indirect' },
    ],
  ]);
});

describe('a name before its age and an apposition that names a place', () => {
  itGives([
    [
      'Oskar Veldt, 74, the last ferryman from Harrowby, told the inquiry that the channel had silted up.',
      { content: 'the channel had silted up', speaker: 'Oskar Veldt', kind: 'indirect' },
    ],
  ]);
});

describe('a naming quotation ends where a clause with its own subject and cue begins', () => {
  it('keeps the main report after the relative clause’s naming verb', () => {
    const { a } = run(
      'On the levy, which traders have called "a tax on bread", she said the rate was "fixed until spring".',
    );
    expect(a.quotes.map((q) => [q.content.text, q.cue?.text])).toEqual([
      ['a tax on bread', 'called'],
      ['the rate was "fixed until spring"', 'said'],
    ]);
  });
});

describe('imagined speech and a manner object report nothing', () => {
  itGivesNone([
    'If the council closed the pool, the same families would say they had been betrayed.',
    'I can see why the coach put it that way, and she has put it that way to the players.',
  ]);
  // A guard: a past modal outside a condition still reports (`would say only that …`).
  itGives([
    [
      'The coach would say only that the team was tired.',
      { content: 'the team was tired', speaker: 'The coach', kind: 'indirect' },
    ],
  ]);
});

describe('a broadcast script’s on-screen caption over a labelled turn', () => {
  it('reads the turn below a clip line and a `[SUPER: …]` caption', () => {
    const text = [
      'HARBOUR RADIO - NEWSROOM SCRIPT',
      '[VO - ANNA PELL]\nPELL: The quay was quiet this morning. The harbour master spoke first.',
      '[SOT 1 | IN: "We closed..." | OUT: "...by noon." | DUR 0\'09"]\n[SUPER: Ruud Kessel, Harbour Master, Port of Dane]\nKESSEL: We closed the outer gate at six. It will reopen by noon.',
      '[VO - PELL]\nPELL: The ferry company was less sure.',
    ].join('\n\n');
    const { a } = run(text);
    expect(a.quotes.map((q) => [q.speaker?.text, q.canonical])).toEqual([
      ['PELL', 'Anna Pell'],
      ['KESSEL', 'Ruud Kessel'],
      ['PELL', 'Anna Pell'],
    ]);
  });
});

describe('imperative notes and auxiliaries opening a question are no speakers', () => {
  itGivesNone(['Do NOT repeat "sold its licence", which ran in the Gazette on Friday.']);
  it('does not take `Was` and the name after it for a person', () => {
    const { a } = run(
      'Was Pell offered a seat in return for his vote? The mayor denies it. She told reporters that seats were allotted by lot.',
    );
    expect(a.quotes.map((q) => q.canonical)).not.toContain('Was Pell');
  });
});

describe('a clause with its own subject after a verb-like object noun', () => {
  itGives([
    [
      'He has since said his words were taken out of context.',
      { content: 'his words were taken out of context', speaker: 'He', kind: 'indirect' },
    ],
  ]);
  itGivesNone(['She said a few words at the graveside.']);
});

describe('reports strung together after a comma, each with its own subject', () => {
  it('ends the first report where the second one’s pronoun begins', () => {
    const { a } = run('The mayor said the pier would close, she said it would stay open.');
    expect(a.quotes.map((q) => [q.speaker?.text, q.content.text])).toEqual([
      ['The mayor', 'the pier would close'],
      ['she', 'it would stay open'],
    ]);
  });
  it('keeps a pronoun’s report inside a `that` clause of the report before it', () => {
    const { a } = run(
      'The inspector alleges that the valve was left open and that, in an email of 4 May, he described the leak as “minor”.',
    );
    expect(a.quotes.map((q) => q.cue?.text)).toEqual(['alleges']);
  });
});

describe('`insists not:` gives the words after its colon to no one', () => {
  itGivesNone(['The council insists not: the hall was let at the usual rate.']);
});

describe('a lone letter joins no name', () => {
  it('does not make a person of `C to Dunmore`', () => {
    const { a } = run(
      'The warder said, “They’ve moved all of C to Dunmore.” Her brother rang on Friday. According to Ms Holt, he told her he had slept in the yard.',
    );
    expect(a.quotes.map((q) => q.canonical)).not.toContain('C to Dunmore');
  });
});

describe('kin who speak, and a long aside in brackets after a name', () => {
  itGives([
    [
      'My nan says she is not leaving the island until the ferry runs again.',
      { content: 'she is not leaving the island until the ferry runs again', speaker: 'My nan', kind: 'indirect' },
    ],
    [
      'Mr Orrell (Jim, to everyone on the quay who has known him longer than a week) said the nets were ruined.',
      { content: 'the nets were ruined', speaker: 'Mr Orrell', kind: 'indirect' },
    ],
  ]);
});

describe('shouting and its kin as participles after a lead verb, and `accepts that`', () => {
  itGives([
    [
      'A steward spent the morning yelling that the east gate was closed.',
      { content: 'the east gate was closed', speaker: 'A steward', kind: 'indirect' },
    ],
    [
      'The operator accepts that its inspections were not frequent enough.',
      { content: 'its inspections were not frequent enough', speaker: 'The operator', kind: 'indirect' },
    ],
  ]);
  itGivesNone(['The operator accepts responsibility for the brake.']);
});

describe('a thing named by a participle after its article is no one’s words', () => {
  itGivesNone(['Parents could switch off a feature called “Nearby” only after eleven taps.']);
  // Guards: a naming verb's own subject, after `what` or after another noun phrase, still names.
  itGives([
    [
      'The door had been bolted, a detail the defence called “decisive.”',
      { content: 'decisive.', speaker: 'the defence', kind: 'direct' },
    ],
  ]);
});

describe('a noun spelt like a cue after a preposition’s bare object', () => {
  itGivesNone(['The company would not comment on media reports that a trawler had dragged its anchor.']);
  // A guard: a bare plural subject opening the clause still reports.
  itGives([
    [
      'Local media reports that the trawler sank.',
      { content: 'the trawler sank', speaker: 'Local media', kind: 'indirect' },
    ],
  ]);
});

describe('a header field’s quoted value is nobody’s words', () => {
  itGivesNone([
    'Episode 212: "The Night the Lights Went Out" - the blackout and the row that followed',
    'Listen again: "Morning Shift, 4 May: The Harbour Row"',
    'Theme music: “Slow Current” by the Delta Trio.',
    'Segment: "Who Sold the Pier?" - studio interview after the vote',
  ]);
  // A guard: a clause opened by a field label's word still hands its colon to its subject.
  itGives([
    [
      'From the balcony, the mayor addressed the crowd: “Go home and stay dry.”',
      { content: 'Go home and stay dry.', speaker: 'the mayor', kind: 'direct' },
    ],
  ]);
});

describe('a name’s possessive opens a trailing attribution’s noun phrase', () => {
  itGives([
    [
      'The bank moved the deposits offshore, Norvia’s financial regulator said on Friday.',
      {
        content: 'The bank moved the deposits offshore',
        speaker: 'Norvia’s financial regulator',
        kind: 'indirect',
      },
    ],
  ]);
});

describe('a lettered item, a plural quantifier and a described name in apposition', () => {
  itGives([
    [
      'c. Ms Ida Pell, whose son Jon, aged 9, was hurt by falling glass, said the boy had been treated.',
      { content: 'the boy had been treated', speaker: 'Ms Ida Pell', kind: 'indirect' },
    ],
    [
      'The chair of the crew committee, senior deckhand Ove Lindqvist, said the talks had failed.',
      {
        content: 'the talks had failed',
        speaker: 'senior deckhand Ove Lindqvist',
        canonical: 'Ove Lindqvist',
        kind: 'indirect',
      },
    ],
  ]);
  itGivesNone(['The company wants to correct several claims that have spread online since Monday.']);
  // A guard: a plural quantifier takes the plain form as its verb.
  itGives([
    [
      'Several claim that the count was rigged.',
      { content: 'the count was rigged', speaker: 'Several', kind: 'indirect' },
    ],
  ]);
});

describe('management speaks as a group, with or without its article', () => {
  itGives([
    [
      '4 May - At a meeting that afternoon, management tells the crews that two routes will close.',
      { content: 'two routes will close', speaker: 'management', kind: 'indirect' },
    ],
  ]);
});

describe('`according to` set between commas after a relative word', () => {
  itGives([
    [
      'The series covered the drought in Vell, where, according to the water board, farms received a third of their water.',
      {
        content: 'farms received a third of their water',
        speaker: 'the water board',
        kind: 'indirect',
      },
    ],
  ]);
});

describe('a participle after a comma takes the subject of the clause its `, and` opened', () => {
  itGives([
    [
      'Bond spreads have widened, and on Monday the agency Varn Ratings put the utility on review, saying the blackout raised “serious questions”.',
      {
        content: 'the blackout raised “serious questions”',
        speaker: 'the agency Varn Ratings',
        kind: 'mixed',
      },
    ],
  ]);
});

describe('an inverted role after a name’s possessive, then the name in apposition', () => {
  itGives([
    [
      '“We cannot accept the method,” said Norvia’s Minister of Foreign Affairs and External Trade, Ada Quell.',
      {
        content: 'We cannot accept the method,',
        speaker: 'Norvia’s Minister of Foreign Affairs and External Trade, Ada Quell',
        canonical: 'Ada Quell',
        kind: 'direct',
      },
    ],
  ]);
});

describe('a quotation after a short beat whose subject is a person’s pronoun', () => {
  it('gives the quotation to the person the pronoun stands for', () => {
    const { a } = run(
      'The harbour master, Ola Brenn, was asked about the logbook. She paused. “Writing it down is not the same as doing it.”',
    );
    expect(a.quotes.map((q) => [q.speaker?.text, q.canonical, q.content.text])).toEqual([
      ['She', 'Ola Brenn', 'Writing it down is not the same as doing it.'],
    ]);
  });
});

describe('a capitalised label and its number as the subject of an -s cue', () => {
  itGives([
    [
      'The inquiry heard from eleven people. Witness 3 argues that the gate was never locked.',
      {
        content: 'the gate was never locked',
        speaker: 'Witness 3',
        canonical: 'Witness 3',
        kind: 'indirect',
      },
    ],
    [
      '4.2 Safety. Submission 0391 states: “The crossing has no lights at all.”',
      {
        content: 'The crossing has no lights at all.',
        speaker: 'Submission 0391',
        canonical: 'Submission 0391',
        kind: 'direct',
      },
    ],
    [
      'Most replies were short. Response 0215 asks: “Who decided the route?” See section 6.',
      {
        content: 'Who decided the route?',
        speaker: 'Response 0215',
        canonical: 'Response 0215',
        kind: 'direct',
      },
    ],
  ]);
  it('keeps a count before a noun in its noun phrase, not a speaker of its own', () => {
    const { a } = run('The treaty was signed in June. By then 14 states had objected that the text was rushed.');
    expect(a.quotes.map((q) => [q.speaker?.text, q.content.text])).toEqual([['14 states', 'the text was rushed']]);
  });
});

describe('a measure of time opening the sentence is an adjunct', () => {
  itGives([
    [
      'The ministry promised a review in May. Four months later, according to the regulator, a vial still costs 31 crowns.',
      {
        content: 'a vial still costs 31 crowns',
        speaker: 'the regulator',
        kind: 'indirect',
      },
    ],
    [
      'The ferry sank in March. A week ago, the harbour master told the inquiry that the lifeboats had never been tested.',
      {
        content: 'the lifeboats had never been tested',
        speaker: 'the harbour master',
        canonical: 'Harbour master',
        kind: 'indirect',
      },
    ],
  ]);
});

describe('a bracketed line that closes the record ends the last turn', () => {
  it('keeps the note and the paragraphs after it out of the turn, but not a stage direction', () => {
    const text = [
      'Press conference of the Health Agency',
      '',
      'CHAIR: We will take two questions.',
      '',
      'DIRECTOR OSK: Stocks will last six weeks.',
      '',
      '[Laughter]',
      '',
      'DIRECTOR OSK: Nobody will go without.',
      '',
      'CHAIR: Thank you all.',
      '',
      '[END OF TRANSCRIPT]',
      '',
      'The figure given for stocks covers three districts only, the agency said later.',
      '',
    ].join('\n');
    const rows = quoteRows(text).filter((r) => r[0] === 'transcript');
    expect(rows.map((r) => r[2])).toEqual([
      'We will take two questions.',
      'Stocks will last six weeks.',
      'Nobody will go without.',
      'Thank you all.',
    ]);
  });
});

describe('a coordinated cue after a cue spelt like a plural noun', () => {
  itGives([
    [
      'The chamber’s submission states that 180 firms supply the yard and warns that the high street “will not survive another closure”.',
      {
        content: 'the high street “will not survive another closure”',
        speaker: 'The chamber’s submission',
        kind: 'mixed',
      },
    ],
  ]);
});

describe('a cue in a relative clause reports nothing before its antecedent', () => {
  itGives([
    [
      'Mr Orme said he had spoken on Monday with the regional minister, Vera Lusk, who had asked for an urgent meeting.',
      {
        content: 'he had spoken on Monday with the regional minister, Vera Lusk, who had asked for an urgent meeting',
        speaker: 'Mr Orme',
        kind: 'indirect',
      },
    ],
  ]);
});

describe('asides and adverbs between a named speaker and the cue', () => {
  itGives([
    [
      'Commenting on the audit, Ilse Varga, Senior Audit Partner at Moorgate, said: “Councils may take risks, but not blindly.”',
      {
        content: 'Councils may take risks, but not blindly.',
        speaker: 'Ilse Varga',
        kind: 'direct',
      },
    ],
    [
      'Cllr Owen Pratt, then and now the cabinet member for housing, told us he had relied on officers.',
      {
        content: 'he had relied on officers',
        speaker: 'Cllr Owen Pratt',
        kind: 'indirect',
      },
    ],
    [
      'The Transport Minister, Ada Roe, has so far said only that the closure is “a matter for the operator”.',
      {
        content: 'the closure is “a matter for the operator”',
        speaker: 'Ada Roe',
        kind: 'mixed',
      },
    ],
    [
      'The Deputy Chair, Lars Okafor MP of the Green Party, said the hearing would go ahead.',
      {
        content: 'the hearing would go ahead',
        speaker: 'Lars Okafor MP of the Green Party',
        kind: 'indirect',
      },
    ],
  ]);
});

describe('a reporting clause right after a subordinator reports the clause it interrupts', () => {
  itGives([
    [
      'The cabinet paper described the sale as "urgent" because, it said, the buyer would withdraw in March.',
      {
        content: 'the buyer would withdraw in March',
        speaker: 'it',
        kind: 'indirect',
      },
    ],
    [
      'The talks stalled although, the envoy said, both sides still wanted a deal.',
      {
        content: 'both sides still wanted a deal',
        speaker: 'the envoy',
        kind: 'indirect',
      },
    ],
  ]);
});

describe('a free relative’s naming verb reports the quotation after another cue', () => {
  itGives([
    [
      'The Velmar Union regretted what it called “reckless claims” made on air.',
      {
        content: 'reckless claims',
        speaker: 'it',
        canonical: 'Velmar Union',
        kind: 'direct',
      },
    ],
    [
      'The consulate said that Orsk “values the harbour families” and welcomed what it described as “a first step”.',
      {
        content: 'a first step',
        speaker: 'it',
        kind: 'direct',
      },
    ],
  ]);
});

describe('a broadcast script’s clip slugs, bracketed labels and directions', () => {
  const script = [
    'EVENING NEWS — FARES',
    '',
    'PRESENTER: Fares on the tram network rise by a third from April.',
    '',
    '[CLIP: FARES_VOX_01 | 0\'05"]',
    'VOX (WOMAN, NURSE): I work nights. I will pay the most.',
    '',
    '[VO - REPORTER - GVs DEPOT AT DUSK]',
    'The operator says it had no choice after the grant was cut.',
    '',
    '[CLIP: FARES_LUND_SOT | 0\'12"]',
    'SUPER: Agnes Lund | Chief Executive, City Trams',
    'LUND: If we do not fix the signals, nobody will ride at all.',
    '',
  ].join('\n');
  it('opens each turn at the label under the notes and ends it at the script’s direction', () => {
    expect(turnRows(script)).toEqual([
      ['PRESENTER', 'Presenter', 'Fares on the tram network rise by a third from April.'],
      ['VOX (WOMAN, NURSE)', 'VOX', 'I work nights. I will pay the most.'],
      ['LUND', 'Agnes Lund', 'If we do not fix the signals, nobody will ride at all.'],
    ]);
  });
});

describe('a speech act whose only quotation is its title or another cue’s words', () => {
  itGivesNone([
    'The watchdog Clearwater published a report called “Dry Channels” in April.',
    'Clearwater published a report on the scheme, “Dry Channels”, in April.',
  ]);
  it('reports no act whose quotation belongs to the cue of a relative clause after it', () => {
    const { a } = run(
      'Minister, on Friday the news site Ledgerline published a memo from your own agency, dated May 2022, which says the evidence in many files was “not credible”.',
    );
    expect(a.quotes.filter((q) => q.kind === 'reported').map((q) => q.content.text)).toEqual([]);
  });
});

describe('UN-summary voices: a name with its country in brackets, a written briefing', () => {
  itGives([
    [
      'Opening the meeting, the Chair, Ilka Moravec (Sarnia), said the Committee had met at the request of three States.',
      {
        content: 'the Committee had met at the request of three States',
        speaker: 'Ilka Moravec',
        kind: 'indirect',
      },
    ],
    [
      'The Office’s written briefing states that fragments have been tracked at altitudes of up to 900 kilometres.',
      {
        content: 'fragments have been tracked at altitudes of up to 900 kilometres',
        speaker: 'The Office’s written briefing',
        kind: 'indirect',
      },
    ],
    [
      'Dr Ana Weiss, Pro-Vice-Chancellor (Research), said the grants would be renewed.',
      {
        content: 'the grants would be renewed',
        speaker: 'Dr Ana Weiss',
        kind: 'indirect',
      },
    ],
  ]);
});

describe('a participle after its noun that heads the subject of another verb', () => {
  it('reports the outer speaker’s words only, not the participle’s', () => {
    const { a } = run('Ms Orlov said the states condemning the launch had “carried out such launches themselves”.');
    expect(a.quotes.map((q) => [q.speaker?.text, q.cue?.text])).toEqual([['Ms Orlov', 'said']]);
  });
});

describe('a name’s possessive opening an apposition, and a cue spelt like the plural after it', () => {
  itGives([
    [
      'Ines Varga, Holt and Marrow Water’s projects director, told the inquiry that the company had “looked at every option”.',
      {
        content: 'the company had “looked at every option”',
        speaker: 'Ines Varga',
        kind: 'mixed',
      },
    ],
  ]);
  itGivesNone(['Marrow Water’s projects office opened in Brill on Monday.']);
});

describe('naming objects with symbols, participle-only forms, neither … nor, and manner adverbs before that', () => {
  itGives([
    [
      'He described the union’s demand for an 18% rise as “beyond what copper can carry”.',
      {
        content: 'beyond what copper can carry',
        speaker: 'He',
        kind: 'direct',
      },
    ],
    [
      'The consulate states categorically that the envoy never met the strikers.',
      {
        content: 'the envoy never met the strikers',
        speaker: 'The consulate',
        kind: 'indirect',
      },
    ],
    [
      'The consulate states that neither the Consul nor any member of staff has asked the Government of Varnia to take a position on the strike.',
      {
        content:
          'neither the Consul nor any member of staff has asked the Government of Varnia to take a position on the strike',
        speaker: 'The consulate',
        kind: 'indirect',
      },
    ],
  ]);
  itGivesNone(['The marchers are singing “Deep Shaft”, the hymn written after the 1998 flood.']);
  it('reports nothing for the last of a neither … nor subject', () => {
    const { a } = run(
      '2. The Embassy states that neither the Consul nor any member of staff has asked the Government of Varnia to take a position on the strike.',
    );
    expect(a.quotes.map((q) => q.speaker?.text)).toEqual(['The Embassy']);
  });
});

describe('young people and people named by age as unnamed sources', () => {
  itGives([
    [
      'A teenager from the Marsh Estate told reporters he had been searched four times.',
      {
        content: 'he had been searched four times',
        speaker: 'A teenager from the Marsh Estate',
        kind: 'indirect',
      },
    ],
    [
      'A 16-year-old from the Marsh Estate told reporters he had been searched four times.',
      {
        content: 'he had been searched four times',
        speaker: 'A 16-year-old from the Marsh Estate',
        kind: 'indirect',
      },
    ],
  ]);
});

describe('a participle after a lead verb and its object takes the clause’s subject', () => {
  itGives([
    [
      'The zoo will comply. It has, however, written to the Directorate asking that a panel examine both cats first.',
      {
        content: 'a panel examine both cats first',
        speaker: 'It',
        kind: 'indirect',
      },
    ],
  ]);
  it('reads an excerpt note as a header field, not a turn', () => {
    const text = [
      'Regular press conference, 4 March',
      '',
      'Excerpt: questions on the return of the two cats. Questions on other subjects have been omitted.',
      '',
      'Q: Will the cats travel before spring?',
      '',
      'LINA VOSS: The date will be agreed by both veterinary teams.',
      '',
    ].join('\n');
    expect(turnRows(text).map((r) => r[0])).toEqual(['Q', 'LINA VOSS']);
  });
});

describe('an age in words between a name and a participle’s aside', () => {
  itGives([
    [
      'Her son Milo, seven, holding a paper lantern from the fair, said simply: “I want the cats to stay.”',
      {
        content: 'I want the cats to stay.',
        speaker: 'Her son Milo',
        kind: 'direct',
      },
    ],
    [
      'Lina Okafor, twenty-three, a nursing student, said the fares were too high.',
      {
        content: 'the fares were too high',
        speaker: 'Lina Okafor',
        kind: 'indirect',
      },
    ],
  ]);
});

describe('asides naming a member of the group, and a titled name after a role and its object', () => {
  itGives([
    [
      'Delegates of the Farmers’ Union, including its chair, Ms Ona Brisk, stated that their members had not been consulted.',
      {
        content: 'their members had not been consulted',
        speaker: 'Delegates of the Farmers’ Union',
        kind: 'indirect',
      },
    ],
    [
      'At the session, the representative of Sarnia, Deputy Minister of Justice Ivo Kell, told the panel that the law would stand.',
      {
        content: 'the law would stand',
        // (The role and the titled name in apposition to it, as `the owner, Marco Bellini,` reads.)
        speaker: 'the representative of Sarnia, Deputy Minister of Justice Ivo Kell',
        canonical: 'Ivo Kell',
        kind: 'indirect',
      },
    ],
  ]);
});

describe('a quotation before a sentence whose speaker hands over words after a colon', () => {
  it('stays with the paragraph’s speaker', () => {
    const { a } = run(
      '“It is not about machines,” said Sami Orr, a crane driver for 19 years. “It is about who decides how many of us are left.” Ada Velt put it more simply: “We want to work.”',
    );
    expect(a.quotes.map((q) => [q.canonical, q.content.text])).toEqual([
      ['Sami Orr', 'It is not about machines,'],
      ['Sami Orr', 'It is about who decides how many of us are left.'],
      ['Ada Velt', 'We want to work.'],
    ]);
  });
  it('reads a timeline entry’s role and apposed name as the subject, not as content', () => {
    const { a } = run('6 September - The Minister for Ports, Ivo Brand, asks the board to meet the union.');
    expect(a.quotes.map((q) => q.content.text)).not.toContain('The Minister for Ports');
  });
});

describe('an elliptical clause: a person’s pronoun and an auxiliary ending the sentence', () => {
  itGives([
    [
      'I asked the valuer to put it in writing. She said she would.',
      {
        content: 'she would',
        speaker: 'She',
        kind: 'indirect',
      },
    ],
  ]);
  itGivesNone(['The board said it would.']);
});

describe('a turn label with a long role in brackets', () => {
  it('opens a turn of its own', () => {
    const text = [
      'Briefing',
      '',
      'ORLAN: Good morning.',
      '',
      'Q: What does Article 14 say?',
      '',
      'ORLAN: I will ask our treaty expert to answer that.',
      '',
      'ADA LIND (Deputy Director, Treaty Department, Ministry of Foreign Affairs): Article 14 is short.',
      '',
    ].join('\n');
    expect(turnRows(text).map((r) => [r[1], r[2]])).toEqual([
      ['ORLAN', 'Good morning.'],
      ['Reporter', 'What does Article 14 say?'],
      ['ORLAN', 'I will ask our treaty expert to answer that.'],
      ['Ada Lind', 'Article 14 is short.'],
    ]);
  });
});

describe('a listener followed by a subject pronoun and an auxiliary', () => {
  itGives([
    [
      'A nurse told the inquiry she had raised the alarm in May.',
      {
        content: 'she had raised the alarm in May',
        speaker: 'A nurse',
        kind: 'indirect',
      },
    ],
  ]);
});

describe('a relative naming clause closing a report', () => {
  it('ends the report before `, which it called “…”` and gives the quotation to the pronoun', () => {
    expect(quoteRows('The Tenants’ Union said rents had risen by a fifth, which it called “a scandal”.\n')).toEqual([
      ['indirect', 'The Tenants’ Union', 'rents had risen by a fifth'],
      ['direct', 'it', 'a scandal'],
    ]);
  });
  it('does the same with a present naming verb and `as`', () => {
    expect(
      quoteRows(
        'The ministry contends that the board should keep the old tariff, which it describes as "the fair one".\n',
      ),
    ).toEqual([
      ['indirect', 'The ministry', 'the board should keep the old tariff'],
      ['direct', 'it', 'the fair one'],
    ]);
  });
  it('keeps a relative naming clause inside the report when the report goes on after it', () => {
    expect(quoteRows('He said the levy, which critics called "a stealth tax", would pass.\n')).toEqual([
      ['mixed', 'He', 'the levy, which critics called "a stealth tax", would pass'],
      ['direct', 'critics', 'a stealth tax'],
    ]);
  });
});

describe('subjects: a written reply, a long cited mention, a role placed at a named site', () => {
  itGives([
    [
      'The reply, dated 3 February, said the timetable was “under review”.',
      { content: 'the timetable was “under review”', speaker: 'The reply', kind: 'mixed' },
    ],
    [
      'The paper quoted the chief executive of the Orvel Regional Water Authority, Dr Ines Marlo, as saying that the pipes had been “fully inspected”.',
      {
        content: 'the pipes had been “fully inspected”',
        speaker: 'the chief executive of the Orvel Regional Water Authority, Dr Ines Marlo',
        kind: 'mixed',
      },
    ],
    [
      'The talks stalled at the Vellen Summit, Ruben Aske said.',
      { content: 'The talks stalled at the Vellen Summit', speaker: 'Ruben Aske', kind: 'indirect' },
    ],
  ]);
  it('reads a role placed at a named site before the name as its apposition, not as content', () => {
    expect(quoteRows('Headline\n\nHis colleague at the North Gate, Ruben Aske, agreed.\n')).toEqual([]);
  });
});

describe('a word standing for the reported clause before a colon', () => {
  itGivesNone([
    'Some commentators have suggested otherwise: this union never opposed the fee.',
    'The mayor insists not: the depot was never for sale.',
  ]);
});

describe('a live page’s timed entry headings', () => {
  it('reads `HH:MM Place: heading` over the entry’s report as a heading, not a turn', () => {
    const page = [
      'Strike day: live',
      '',
      '12:40 Brellow: wards closed?',
      'Brellow Hospitals declined to comment on reports that two wards had closed. A spokesperson said only that emergency care was “running as planned”.',
      '',
      '11:48 Opposition: Government “asleep” on strike',
      'The opposition’s health spokesperson said the government had ignored every warning.',
      '',
    ].join('\n');
    expect(turnRows(page)).toEqual([]);
    // (A heading naming a party before its quoted words is that party's claim, the time left out.)
    expect(quoteRows(page).map((r) => r[1])).toEqual([
      'A spokesperson',
      'Opposition',
      'The opposition’s health spokesperson',
    ]);
  });
  it('still opens timed turns whose lines are labelled', () => {
    const record = ['Recording', '', '00:12 MARA VELDE: Good morning', 'PRESENTER: Welcome back.', ''].join('\n');
    expect(turnRows(record).map((r) => r[0])).toEqual(['MARA VELDE', 'PRESENTER']);
  });
});

describe('figures, determinations and a narrator naming its own words', () => {
  itGives([
    [
      'The dockers’ union said as many as 3,000 jobs were at risk.',
      { content: 'as many as 3,000 jobs were at risk', speaker: 'The dockers’ union', kind: 'indirect' },
    ],
    [
      'The Board’s final determination itself acknowledges that small mills “will bear the cost”.',
      {
        content: 'small mills “will bear the cost”',
        speaker: 'The Board’s final determination',
        kind: 'mixed',
      },
    ],
    [
      'In our submission of 3 June, we described the levy as “a tax on every workshop in the valley”. We stand by that.',
      { content: 'a tax on every workshop in the valley', speaker: 'we', kind: 'direct' },
    ],
  ]);
  itGivesNone(['We call the levy “a tax on every workshop”.']);
});

describe('a list item’s line handing over to the quotation on the line below', () => {
  it('gives the quotation to the item’s speaker past its marker', () => {
    const minutes = [
      'Minutes',
      '',
      '(c) Ms Ada Vorn, speaking for the residents’ group, said:',
      '“You are closing the only warm room in the ward.”',
      '',
      '(d) Mr Ivo Lask, the treasurer:',
      '“Savings of 40,000”',
      '',
    ].join('\n');
    expect(quoteRows(minutes)).toEqual([['direct', 'Ms Ada Vorn', 'You are closing the only warm room in the ward.']]);
  });
});

describe('a passive citing verb without `as`, and a title after a topic’s preposition', () => {
  itGives([
    [
      'The release said no decision had been made. Cllr Ivo Lask was quoted in it saying: “We will listen to every idea.”',
      { content: 'We will listen to every idea.', speaker: 'Cllr Ivo Lask', kind: 'direct' },
    ],
  ]);
  it('keeps the noun before a participle when no passive citing verb precedes it', () => {
    expect(quoteRows('Headline\n\nHe was praised widely, with critics saying he had lied.\n')).toEqual([
      ['indirect', 'critics', 'he had lied'],
    ]);
  });
  itGivesNone(['The Committee considered the Director’s report on “Open Shelves: A Library Plan for 2030”.']);
});

describe('slogans, labels in asides, a log entry and a later attribution in the same sentence', () => {
  itGivesNone([
    'Banners reading “Save Our Wards” hang from the bridge.',
    'Badges reading "Safe Rotas Save Lives" will be sent to every branch.',
  ]);
  itGives([
    [
      'Over the next four hours, according to the Inspectorate, about 40 cubic metres of waste ran into the river.',
      {
        content: 'about 40 cubic metres of waste ran into the river',
        speaker: 'the Inspectorate',
        kind: 'indirect',
      },
    ],
    [
      'The shift manager, referred to in this notice as Employee B, told inspectors that the valve had been left open.',
      { content: 'the valve had been left open', speaker: 'Employee B', kind: 'indirect' },
    ],
    [
      'The Coastal Electoral Authority, known as CEA, announced that the count was complete.',
      { content: 'the count was complete', speaker: 'The Coastal Electoral Authority', kind: 'indirect' },
    ],
    [
      'The control room log entry for 02:10 reads: "Pump B tripped. Reset twice."',
      { content: 'Pump B tripped. Reset twice.', speaker: 'The control room log entry for 02:10', kind: 'direct' },
    ],
    [
      'In a memo of 4 May, which the Company disclosed on 30 September, the plant manager wrote: "We cannot stop the line this month."',
      { content: 'We cannot stop the line this month.', speaker: 'the plant manager', kind: 'direct' },
    ],
  ]);
  it('gives the memo’s words to its writer only, not to the verb of the relative clause before', () => {
    expect(
      quoteRows(
        'Headline\n\nIn a memo of 4 May, which the Company disclosed on 30 September, the plant manager wrote: "We cannot stop the line this month."\n',
      ).map((r) => r[1]),
    ).toEqual(['the plant manager']);
  });
});

describe('a title inside an adjunct between a cue and its `that`', () => {
  itGives([
    [
      'The growers’ council has claimed in its “Fresh Fields, Fair Prices” leaflets that the tariff will save 900 jobs.',
      {
        content: 'the tariff will save 900 jobs',
        speaker: 'The growers’ council',
        kind: 'indirect',
      },
    ],
  ]);
});

describe('subjects past a participle opening, a long title apposition, a titled role before `who`', () => {
  itGives([
    [
      'Appearing before the schools committee on Tuesday, Ms Orlan apologised to parents and said the system had failed.',
      { content: 'the system had failed', speaker: 'Ms Orlan', kind: 'indirect' },
    ],
    [
      'We now have it in writing from Ivo Renholt, Director of Rail Services, who confirmed on Wednesday that all staff would be paid.',
      { content: 'all staff would be paid', speaker: 'Ivo Renholt', kind: 'indirect' },
    ],
  ]);
  it('hands a quotation to a label paragraph whose name has a long role in title case', () => {
    const release = [
      'Depot fire',
      '',
      'Ada Morrow, Chief Executive of the Harrowfield Metropolitan Transport Authority, said:',
      '',
      '"We owe every passenger an apology."',
      '',
    ].join('\n');
    expect(quoteRows(release)).toEqual([['direct', 'Ada Morrow', 'We owe every passenger an apology.']]);
  });
});

describe('where a relative clause’s report ends, and an adjective after a be-form', () => {
  itGives([
    [
      'The cleaner, who said the fire started at midnight, was checked over by paramedics.',
      { content: 'the fire started at midnight', speaker: 'The cleaner', kind: 'indirect' },
    ],
    [
      'The agency, which said that fares, which had risen, would fall, gave no date.',
      { content: 'fares, which had risen, would fall', speaker: 'The agency', kind: 'indirect' },
    ],
  ]);
  it('gives the words after `The contractor’s reply was brief:` to the contractor, not to a verb `brief`', () => {
    expect(quoteRows("Headline\n\nThe contractor's reply was brief: 'We stand by our work.'\n")).toEqual([
      ['direct', "The contractor's", 'We stand by our work.'],
    ]);
  });
});

describe('an amount after an intensifier, or before a relative clause, is the cue’s object', () => {
  itGivesNone([
    'The deputy mayor has said very little in public since Sunday.',
    'The coach said something that nobody in the room expected.',
  ]);
  itGives([
    [
      'The coach said nothing would change before the final.',
      { content: 'nothing would change before the final', speaker: 'The coach', kind: 'indirect' },
    ],
  ]);
});

describe('a naming relative inside another report keeps its own quotation', () => {
  itGives([
    [
      'He accused the rival bloc of what he called "a media spectacle" staged before the vote.',
      { content: 'a media spectacle', speaker: 'he', kind: 'direct' },
    ],
    [
      'The health chief warned against what she called “amateur detective work” online.',
      { content: 'amateur detective work', speaker: 'she', kind: 'direct' },
    ],
    [
      'The envoy said the checks were lawful, pointing to what he described as “weapons parts in aid crates”.',
      { content: 'weapons parts in aid crates', speaker: 'he', kind: 'direct' },
    ],
  ]);
});

describe('a coordinator opening the sentence, a description of a counted subject, fractions and figures', () => {
  itGives([
    [
      'But the divers said the raft was already against the pier.',
      { content: 'the raft was already against the pier', speaker: 'the divers', kind: 'indirect' },
    ],
    [
      'Two negotiators spoke to us. The other, a member of the union delegation, said the talks had stalled.',
      {
        content: 'the talks had stalled',
        speaker: 'The other, a member of the union delegation',
        canonical: 'Member of the union delegation',
        kind: 'indirect',
      },
    ],
    [
      'She said about a third of her bread used to go to cafés across the river.',
      {
        content: 'about a third of her bread used to go to cafés across the river',
        speaker: 'She',
        kind: 'indirect',
      },
    ],
    [
      'Ambrose said that, with inflation at 4.8%, a staff nurse would end next year better off.',
      { content: 'a staff nurse would end next year better off', speaker: 'Ambrose', kind: 'indirect' },
    ],
  ]);
  itGivesNone([
    'But a water test tells you what was in the water on the day you took the sample.',
    'The Prime Minister, who had said almost nothing for months, smiled.',
  ]);
});

describe('a bare role in apposition after an apposition adverb, and a longer aside', () => {
  itGives([
    [
      'Admiral Vera Kosk, then commandant of the Ostrelian Coast Guard, told the committee that her crews would “board every trawler”.',
      {
        content: 'her crews would “board every trawler”',
        speaker: 'Admiral Vera Kosk',
        kind: 'mixed',
      },
    ],
  ]);
});

describe('an absolute clause with a bare plural, and a capitalised noun phrase after a quotation', () => {
  itGives([
    [
      'Organisers redrew the seedings, with coaches warning that the ban would cheapen several titles.',
      { content: 'the ban would cheapen several titles', speaker: 'coaches', kind: 'indirect' },
    ],
  ]);
  itGivesNone(['He declined to comment on media reports that the deal was off.']);
  it('keeps a quotation after a named speaker’s first one with that speaker, not with `Public meeting`', () => {
    const post = [
      'Post',
      '',
      'The last sailing. “Forty-six years, and it ends with an email,” says our chair Ruth Makepeace. “We will not let this be the end of the story.” Public meeting Mon 6 Oct, 7.30pm, the Hall.',
      '',
    ].join('\n');
    expect(quoteRows(post)).toEqual([
      ['direct', 'our chair Ruth Makepeace', 'Forty-six years, and it ends with an email,'],
      ['direct', 'our chair Ruth Makepeace', 'We will not let this be the end of the story.'],
    ]);
  });
});

describe('annex paragraph numbers, a singular quantifier before a base form, a long that-clause subject', () => {
  itGives([
    [
      'A3.3 According to the manufacturer, the sensor was last calibrated on 2 September.',
      {
        content: 'the sensor was last calibrated on 2 September',
        speaker: 'the manufacturer',
        kind: 'indirect',
      },
    ],
    [
      'A4.4 He notes that rainfall between June and September was the lowest for thirty years.',
      {
        content: 'rainfall between June and September was the lowest for thirty years',
        speaker: 'He',
        kind: 'indirect',
      },
    ],
    [
      'Article 6 of the Citizenship Act provides that a citizen of the Republic who also holds the nationality of another country “is regarded here as a citizen of the Republic only”.',
      {
        content:
          'a citizen of the Republic who also holds the nationality of another country “is regarded here as a citizen of the Republic only”',
        speaker: 'Article 6 of the Citizenship Act',
        kind: 'mixed',
      },
    ],
  ]);
  itGivesNone(['Dual nationals of another state “are treated as citizens” at the border.']);
});

describe('an anonymous source that reports nothing, and a stretch of time opening the sentence', () => {
  itGivesNone([
    'A senior diplomat, who asked not to be named, did not dispute that it was genuine.',
    'Over two days, eight of the nine member states agreed.',
  ]);
  itGives([
    [
      'Over the same period the budget has more than doubled, the institute says.',
      {
        content: 'Over the same period the budget has more than doubled',
        speaker: 'the institute',
        kind: 'indirect',
      },
    ],
  ]);
});

describe('records, letters and captions: labels that are no turns, and lines that hand over a quotation', () => {
  it('reads a record’s lists and a notice’s lettered parts as fields, not turns, and keeps the turns', () => {
    const rows = turnRows(
      'Minutes of the Harbour Board\n\nOFFICERS: Ana Reyes (Clerk); Tomas Hale (Treasurer).\n\nPART B: GROUNDS\n\nAnnexes: A. Survey; B. Letter.\n\nCHAIR: We will take the harbour fees first, then any other business.\n\nCLLR OKAFOR: The fees have not risen for six years, Chair.\n\nCHAIR: Then we will vote on them tonight.\n',
    );
    expect(rows.map(([speaker]) => speaker)).toEqual(['CHAIR', 'CLLR OKAFOR', 'CHAIR']);
  });
  itGives([
    [
      'The harbour master confirmed to us by letter on 3 March that the berth had been closed.',
      { content: 'the berth had been closed', speaker: 'The harbour master', kind: 'indirect' },
    ],
    [
      'The dispensary phoned to say the order was ready.',
      { content: 'the order was ready', speaker: 'The dispensary', kind: 'indirect' },
    ],
    [
      'The mayor went on local radio to say the bridge would reopen in May.',
      { content: 'the bridge would reopen in May', speaker: 'The mayor', kind: 'indirect' },
    ],
    [
      'The coach took to social media to say the club had been misled.',
      { content: 'the club had been misled', speaker: 'The coach', kind: 'indirect' },
    ],
    [
      '4. The operator’s letter sets out its case in these terms:\n“Our records show no fault on the line on that day.”',
      {
        content: 'Our records show no fault on the line on that day.',
        speaker: 'The operator’s letter',
        kind: 'direct',
      },
    ],
    [
      '7. The Board states:\n“No vessel left the port that night, and none was expected to.”',
      {
        content: 'No vessel left the port that night, and none was expected to.',
        speaker: 'The Board',
        kind: 'direct',
      },
    ],
    [
      'Counsel for the driver, Ms Ines Varga, submitted that the post was “satire, and obviously so”.',
      {
        content: 'the post was “satire, and obviously so”',
        speaker: 'Ms Ines Varga',
        kind: 'mixed',
      },
    ],
    [
      'The union leader ended the rally by calling the offer “an insult to every driver”.',
      { content: 'an insult to every driver', speaker: 'The union leader', kind: 'direct' },
    ],
  ]);
  itGives([
    [
      'The minister added the scheme would cost more than planned.',
      { content: 'the scheme would cost more than planned', speaker: 'The minister', kind: 'indirect' },
    ],
  ]);
  itGivesNone([
    'The revised plan adds a rooftop garden and a clinic to be run by the council.',
    'The minister added a warning about the cost to the end of her speech.',
    'The driver who wrote the letter, Piotr Hale, has since left the firm.',
    'She would not say which of them, if any, she thinks was to blame.',
  ]);
});

describe('a vox pop’s caption line and a clip line over a quotation', () => {
  it('gives each quotation to the name on the caption line above it', () => {
    const { a } = run(
      'We asked shoppers in the square what they made of the plan.\n\nMirela Aston, 41, nurse, Eastbrook\n“The buses stop at six. After that you are on your own.”\n\nOwen Pryce, 67, retired fitter\n“I have walked this route for forty years and I will go on walking it.”',
    );
    expect(a.quotes.map((q) => [q.speaker?.text, q.content.text])).toEqual([
      ['Mirela Aston', 'The buses stop at six. After that you are on your own.'],
      ['Owen Pryce', 'I have walked this route for forty years and I will go on walking it.'],
    ]);
  });
  it('gives a clip to the speaker its clip line names, past the out-words line', () => {
    const { a } = run(
      'The transport lead defended the cut.\n\nCLIP: COUNCILLOR DANA PRIOR, TRANSPORT LEAD (0\'09")\nOUT: ...no budget left.\n\n“Nobody wants to cut a service. We simply have no budget left.”',
    );
    expect(a.quotes.map((q) => [q.speaker?.text, q.content.text])).toEqual([
      ['COUNCILLOR DANA PRIOR', 'Nobody wants to cut a service. We simply have no budget left.'],
    ]);
  });
  itGivesNone([
    'PULL QUOTE\n“We lost a vote, not the argument.”',
    'By Tom Reece, Transport Correspondent\n“Nobody told us the depot would close.”',
    'Eastbrook Transport Review\n“Moving the Town Forward”',
    'Their statement: “Flood questions answered” (riverwatch.example/news)',
  ]);
});

describe('a thread of posts captured as text, a script’s directions, signatures and asides', () => {
  it('gives each post to its display name, without the reply line, the counts or a post quoted inside it', () => {
    const rows = turnRows(
      'Thread view: #Ferries\n\nHarbour Users Group (@HarbourUsers) · 3 May 2025, 08:10\nThe 07:40 sailing was cancelled again. Third time this week.\n💬 12 · 🔁 40 · ♥ 95\n\nMina Coll (@minacoll) · 3 May, 08:22\nReplying to @HarbourUsers\nSame here, stood on the slipway for an hour.\n   ┃ Harbour Users Group (@HarbourUsers) · 3 May 2025, 08:10\n   ┃ The 07:40 sailing was cancelled again. Third time this week.\n',
    );
    expect(rows).toEqual([
      ['Harbour Users Group', 'Harbour Users Group', 'The 07:40 sailing was cancelled again. Third time this week.'],
      ['Mina Coll', 'Mina Coll', 'Same here, stood on the slipway for an hour.'],
    ]);
  });
  it('ends a vox pop’s turn at the reporter’s voice-over direction', () => {
    const rows = turnRows(
      'Evening Bulletin\n\n[VOX POPS - HIGH STREET]\n\nWOMAN, 40s: I shop here every day. It would be a shame to lose it.\n\nMAN, 70s: They should have asked us first.\n\n[JT VO]\n\nThe council says no decision has been made. Its leader told us the consultation runs until June.\n',
    );
    expect(rows.map(([speaker, , content]) => [speaker, content])).toEqual([
      ['WOMAN', 'I shop here every day. It would be a shame to lose it.'],
      ['MAN', 'They should have asked us first.'],
    ]);
  });
  itGives([
    [
      '“We were never told the ward would shut.”\n— A retired porter, who asked us not to print his name',
      { content: 'We were never told the ward would shut.', speaker: 'A retired porter', kind: 'direct' },
    ],
    [
      'As you said to me when we met in March, the harbour must come first.',
      { content: 'the harbour must come first', speaker: 'you', kind: 'indirect' },
    ],
    [
      'His supporters are at pains to say he was “badly advised from the start”.',
      { content: 'he was “badly advised from the start”', speaker: 'His supporters', kind: 'mixed' },
    ],
    [
      'Their own brochure describes that “wild meadow” as a “temporary car park”.',
      { content: 'temporary car park', speaker: 'Their own brochure', kind: 'direct' },
    ],
    [
      'The paper has asked the harbour board whether that decision has been reviewed. The board said it had.',
      { content: 'whether that decision has been reviewed', speaker: 'The paper', kind: 'indirect' },
    ],
  ]);
  itGivesNone(['The chief engineer has confirmed that to me in writing.']);
});

describe('known role nouns inside a bare role, and a person’s age before an apposed role', () => {
  itGives([
    [
      '“The ward was full by noon,” night nurse Ana Reyes said.',
      { content: 'The ward was full by noon,', speaker: 'night nurse Ana Reyes', kind: 'direct' },
    ],
    [
      'In the queue was Tomas Eld, 71, a retired nurse from Brill, who said he had waited since dawn.',
      { content: 'he had waited since dawn', speaker: 'Tomas Eld', kind: 'indirect' },
    ],
  ]);
});

describe('a court report’s submissions and a survivor’s account', () => {
  itGives([
    [
      'The prosecutor submitted that Mr Hale, who holds a second passport, owned a flat abroad.',
      {
        content: 'Mr Hale, who holds a second passport, owned a flat abroad',
        speaker: 'The prosecutor',
        kind: 'indirect',
      },
    ],
    [
      'He said the words ‘load her up’ were ‘an old saying on the quay’ and nothing more.',
      {
        content: 'the words ‘load her up’ were ‘an old saying on the quay’ and nothing more',
        speaker: 'He',
        kind: 'mixed',
      },
    ],
    [
      'Then I heard a deckhand shout, “Everybody up top, now!”',
      { content: 'Everybody up top, now!', speaker: 'a deckhand', kind: 'direct' },
    ],
    [
      'She remembers telling the inspectors that the gate was locked.',
      { content: 'the gate was locked', speaker: 'She', kind: 'indirect' },
    ],
    [
      'He told the children, “Keep hold of the rail,” just as the deck began to tilt.',
      { content: 'Keep hold of the rail,', speaker: 'He', kind: 'direct' },
    ],
  ]);
});

describe('a relative clause closing on a quotation, objects of explain and tell, and fields with title-case values', () => {
  it('gives the main cue after a relative clause that closes on a quotation to the noun phrase it describes', () => {
    const { a } = run(
      'Ostrander, who had told the Herald that if the vote failed she would be "quietly, stubbornly hopeful", said she was "only a little bruised".',
    );
    expect(a.quotes.map((q) => [q.speaker?.text, q.content.text])).toEqual([
      ['Ostrander', 'if the vote failed she would be "quietly, stubbornly hopeful"'],
      ['Ostrander', 'she was "only a little bruised"'],
    ]);
  });
  itGives([
    [
      'The consul explained the position was untenable.',
      { content: 'the position was untenable', speaker: 'The consul', kind: 'indirect' },
    ],
  ]);
  itGivesNone([
    'The consul explained the legal position to him at length.',
    'The fire chief told the inquiry of the town’s lost hours.',
    'Alert level for the north valley and Ashby: “Watch and Act”',
    'Transcript: Friday 9 May, 08:00-08:30\nSegment title: “Who orders the evacuation?”',
  ]);
});

describe('a label with its topic, and a period’s determiner before the report’s that', () => {
  it('hands the quotation below to the name of a label that gives its topic', () => {
    const { a } = run(
      'And from Ines Cole on the library hours:\n\n“Nobody asked the people who use it every evening.”',
    );
    expect(a.quotes.map((q) => [q.speaker?.text, q.content.text])).toEqual([
      ['Ines Cole', 'Nobody asked the people who use it every evening.'],
    ]);
  });
  itGives([
    [
      'She said when I rang her that evening that the depot had been closed.',
      { content: 'the depot had been closed', speaker: 'She', kind: 'indirect' },
    ],
    [
      'He told me that night that the ferry would not sail.',
      { content: 'the ferry would not sail', speaker: 'He', kind: 'indirect' },
    ],
  ]);
});

describe('a manner adverb as a cue’s only words, and an offer as a document', () => {
  itGives([
    [
      'The union’s written offer of 2 May states that drivers “will keep every rest day they now have”.',
      {
        content: 'drivers “will keep every rest day they now have”',
        speaker: 'The union’s written offer of 2 May',
        kind: 'mixed',
      },
    ],
  ]);
  itGivesNone(['She replied very graciously and went back to her desk.']);
});

describe('a notice’s defined labels, a name before its apposed role, and the narrator’s listener', () => {
  itGives([
    [
      'One of them, a retired porter aged 81 (“Customer F”), told the Authority that he had been sold the wrong account.',
      { content: 'he had been sold the wrong account', speaker: 'Customer F', kind: 'indirect' },
    ],
    [
      'Dana Mott, Kelvin Air’s chief pilot, confirmed that she had offered to fly.',
      { content: 'she had offered to fly', speaker: 'Dana Mott', kind: 'indirect' },
    ],
    [
      'At noon I told the controller I needed “a second crew, now”.',
      { content: 'I needed “a second crew, now”', speaker: 'I', kind: 'mixed' },
    ],
    [
      'She called the claim that the crew could have landed earlier “wishful thinking”.',
      { content: 'wishful thinking', speaker: 'She', kind: 'direct' },
    ],
  ]);
  itGivesNone(['Distribution: Harbour Board; Coroner’s office; the family.']);
  it('leaves a quotation that ends a rejected assertion to its author, not to the rejecting party', () => {
    const { a } = run(
      'The Ministry categorically rejects Ms Varga’s assertion that the operators on the east bank “had hours”.',
    );
    expect(a.quotes.filter((q) => q.kind === 'direct' && q.speaker?.text === 'The Ministry')).toEqual([]);
  });
});

describe('a gerund opening the sentence before its object', () => {
  it('never takes `Briefing the board,` for a subject', () => {
    const { a } = run(
      'Briefing the board, Ruth Amsel, Director of Audit for the Group, said the chair welcomed the accounts and commended the Finance Office for an audit that had been “careful, patient and thorough”.',
    );
    expect(a.quotes.map((q) => q.speaker?.text)).not.toContain('Briefing');
    expect(a.quotes[0]!.speaker?.text).toBe('Ruth Amsel');
  });
});

describe('an as clause before a colon, a quoted question running on, and a contact verb’s longer adjunct', () => {
  itGives([
    [
      'As Mira put it when I asked her: “Go back to what? The road is here.”',
      { content: 'Go back to what? The road is here.', speaker: 'Mira', kind: 'direct' },
    ],
    [
      'Our director, Ana Holt, wrote to the ministry’s liaison office that same afternoon to say that the permits were valid.',
      { content: 'the permits were valid', speaker: 'Ana Holt', kind: 'indirect' },
    ],
  ]);
  itGivesNone(['Did she say the plan would fail?']);
});

describe('a role with its postmodifier or a titled name in apposition', () => {
  itGives([
    [
      'The chair, Foreign Minister Halvor Dane, said the hearing would resume on Monday.',
      { content: 'the hearing would resume on Monday', speaker: 'Foreign Minister Halvor Dane', kind: 'indirect' },
    ],
    [
      'Counsel assisting the coroner, Ines Marrow, said the pumps had failed twice.',
      { content: 'the pumps had failed twice', speaker: 'Ines Marrow', kind: 'indirect' },
    ],
    [
      'Counsel acting for the port authority told the hearing that no warning had been ignored.',
      { content: 'no warning had been ignored', speaker: 'Counsel acting for the port authority', kind: 'indirect' },
    ],
  ]);
});

describe('a noun phrase whose past participle has a named agent', () => {
  itGives([
    [
      'Nine former dock workers questioned by the Harbour Courier last month said the gate was chained at night.',
      {
        content: 'the gate was chained at night',
        speaker: 'Nine former dock workers questioned by the Harbour Courier last month',
        kind: 'indirect',
      },
    ],
    [
      'Economists surveyed by Marlow Analytics predicted that rates would stay high.',
      {
        content: 'rates would stay high',
        speaker: 'Economists surveyed by Marlow Analytics',
        kind: 'indirect',
        canonical: 'Economists',
      },
    ],
  ]);
});

describe('an inverted question left unfinished in a transcript', () => {
  it('reports nothing from `Then will you tell us whether … –`', () => {
    const text = [
      'Committee hearing',
      '',
      'Ms ORLA VENN: The offer stands until Friday.',
      '',
      'Mr TAMS DERRO: Then will you tell us whether the Government is ready to drop the condition -',
      '',
      'Ms ORLA VENN: I will not.',
      '',
    ].join('\n');
    const rows = quoteRows(text);
    expect(rows.filter((r) => r[0] === 'transcript')).toHaveLength(3);
    expect(rows.filter((r) => r[0] !== 'transcript')).toEqual([]);
  });
  it('still reads a condition’s inversion (`Had she known, …`) as no question', () => {
    const { a } = run('Had the crew known about the storm, the captain said, they would have stayed in port.');
    expect(a.quotes.map((q) => q.speaker?.text)).toEqual(['the captain']);
  });
});

describe('a feeling before the infinitive of a report, and a person of a named firm', () => {
  itGives([
    [
      'Harlow Mills is deeply saddened to confirm that two of its weavers died in the blaze.',
      { content: 'two of its weavers died in the blaze', speaker: 'Harlow Mills', kind: 'indirect' },
    ],
    [
      'The firm is sorry to report that the plant will stay shut until spring.',
      { content: 'the plant will stay shut until spring', speaker: 'The firm', kind: 'indirect' },
    ],
    [
      'Nadia Orsk of the firm Bell & Tarrant told the tribunal that the clause was void.',
      {
        content: 'the clause was void',
        speaker: 'Nadia Orsk of the firm Bell & Tarrant',
        kind: 'indirect',
        canonical: 'Nadia Orsk',
      },
    ],
  ]);
  itGivesNone(['In reply to reports that the mill had closed, the crowd cheered.']);
});

describe('a report nested in another report’s content', () => {
  it('keeps a quotation inside a `that` clause to the outer speaker (`told the board that staff felt “…”`)', () => {
    const { a } = run('Mira Holt told the board on Friday that night staff felt “watched but never heard”.');
    expect(a.quotes.map((q) => [q.kind, q.speaker?.text])).toEqual([['mixed', 'Mira Holt']]);
  });
  it('keeps a progressive report inside a bare clause to the outer speaker (`says Lorvia is urging …`)', () => {
    const { a } = run('In the letter, he says Lorvia is urging Tessam to honour the treaty.');
    expect(a.quotes.map((q) => [q.content.text, q.speaker?.text])).toEqual([
      ['Lorvia is urging Tessam to honour the treaty', 'he'],
    ]);
  });
  itGives([
    [
      'The mayor said residents were leaving, warning that the levee could fail by morning.',
      { content: 'the levee could fail by morning', speaker: 'The mayor', kind: 'indirect' },
    ],
  ]);
});

describe('counted nouns, numbered orders, a titled name before `who`, and a noun its speaker names', () => {
  itGivesNone(['The desk checked the four claims voters raised most often.']);
  itGives([
    [
      'Decree No. 12, signed on 2 May under the Ports Act, states that no vessel may leave before noon.',
      { content: 'no vessel may leave before noon', speaker: 'Decree No. 12', kind: 'indirect' },
    ],
    [
      'The envoys spoke by telephone with Lorvia’s Minister of Trade, Dr Ansel Brook, who said the ban was temporary.',
      { content: 'the ban was temporary', speaker: 'Dr Ansel Brook', kind: 'indirect' },
    ],
    [
      'Kerr told the paper that the fund held “barely a month of cash”, a reserve she called “a plank, not a bridge”.',
      { content: 'a plank, not a bridge', speaker: 'she', kind: 'direct' },
    ],
    [
      'Kerr told the paper that the fund held “barely a month of cash”, a reserve she called “a plank, not a bridge”.',
      { content: 'the fund held “barely a month of cash”', speaker: 'Kerr', kind: 'mixed' },
    ],
  ]);
});

describe('speech still to come, and a `that` before an aside', () => {
  itGivesNone([
    'We will answer every question as soon as the harbour police tell us we can.',
    'The pier reopens once the engineers say the piles are sound.',
  ]);
  itGives([
    [
      'When the ministry says the cutter signalled six times, it is answering the crew.',
      { content: 'the cutter signalled six times', speaker: 'the ministry', kind: 'indirect' },
    ],
    [
      'Ms Adler wrote to the council on Monday that, whatever form the review takes, the trust would “cooperate fully”.',
      { content: 'the trust would “cooperate fully”', speaker: 'Ms Adler', kind: 'mixed' },
    ],
    [
      'The board said that, however long the audit takes, no branch would close.',
      { content: 'no branch would close', speaker: 'The board', kind: 'indirect' },
    ],
  ]);
});

describe('a coordinated clause with its own report, and a person `who` speaks for', () => {
  itGives([
    [
      'The minister has said she would welcome private money, and Rhee told the Gazette that talks with two trusts were “barely begun”.',
      { content: 'talks with two trusts were “barely begun”', speaker: 'Rhee', kind: 'mixed' },
    ],
    [
      'Ostrander is a soft-spoken radio astronomer who describes himself as “a janitor for the sky”.',
      { content: 'a janitor for the sky', speaker: 'a soft-spoken radio astronomer', kind: 'direct' },
    ],
    [
      'I met the keeper of the lighthouse, who told me the lamp had failed twice.',
      { content: 'the lamp had failed twice', speaker: 'the keeper of the lighthouse', kind: 'indirect' },
    ],
  ]);
  itGivesNone(['Frankly, the ones who say that are the ones who never had to do it.']);
});

describe('records, provisions and coded documents in a regulator’s papers', () => {
  itGives([
    [
      'Asked how the charge was set, a spokeswoman for the Port Board, Edda Lunn, said the notice “is self-explanatory”.',
      { content: 'the notice “is self-explanatory”', speaker: 'Edda Lunn', kind: 'mixed' },
    ],
    [
      'The rise was agreed in June, according to internal papers seen by the Courier and two people with direct knowledge of the Board’s deliberations.',
      {
        content: 'The rise was agreed in June',
        speaker:
          'internal papers seen by the Courier and two people with direct knowledge of the Board’s deliberations',
        kind: 'indirect',
      },
    ],
    [
      'Minutes of the session record the treasurer, Ivo Marsh, as telling members that the rate was “final”.',
      { content: 'the rate was “final”', speaker: 'the treasurer, Ivo Marsh', kind: 'mixed' },
    ],
    [
      'Order C/4/19 states: “Every berth shall carry a fire pump.”',
      { content: 'Every berth shall carry a fire pump.', speaker: 'Order C/4/19', kind: 'direct' },
    ],
    [
      'The Board wishes to make clear that every objection was read.',
      { content: 'every objection was read', speaker: 'The Board', kind: 'indirect' },
    ],
    [
      'Clause 9(1) of the Harbour Act provides: “No berth fee shall rise twice in one year.”',
      {
        content: 'No berth fee shall rise twice in one year.',
        speaker: 'Clause 9(1) of the Harbour Act',
        kind: 'direct',
      },
    ],
  ]);
});

describe('an annual meeting’s questions, an annex of letters, and small clauses', () => {
  itGives([
    [
      '“Why not sell the stake and start again?” asked a shareholder who gave her name only as Mrs Tull.',
      { content: 'Why not sell the stake and start again?', speaker: 'a shareholder', kind: 'direct' },
    ],
    [
      'B.1 Letter of 9 June from the Registrar, Ines Cullen, to the Board:\n\n“The Registry has received no objection in time.”',
      {
        content: 'The Registry has received no objection in time.',
        speaker: 'the Registrar, Ines Cullen',
        kind: 'direct',
        canonical: 'Ines Cullen',
      },
    ],
    [
      'Memo of 2 July from the Treasurer to the Chair:\n\n“The reserves will last until March.”',
      { content: 'The reserves will last until March.', speaker: 'the Treasurer', kind: 'direct' },
    ],
    [
      'I wrote down one thing she said to me that evening: “The river always wins.”',
      { content: 'The river always wins.', speaker: 'she', kind: 'direct' },
    ],
    [
      'He announced that the Finance Director, Ada Morrow, had asked the board not to pay her bonus, and that the board had agreed.',
      {
        content:
          'the Finance Director, Ada Morrow, had asked the board not to pay her bonus, and that the board had agreed',
        speaker: 'He',
        kind: 'indirect',
      },
    ],
  ]);
  itGivesNone([
    'The Agency considers that reading mistaken: its own survey ranked the road first.',
    'It is a good day for anyone who thinks contracts should be won on merit.',
  ]);
});

describe('broadcast headers, captions over a vox pop, handed-over statements and acts by means', () => {
  it('reads a header’s bar-separated fields as fields, not as a speaker’s label', () => {
    const text = [
      'HARBOUR TELEVISION',
      'Item 2 of 7 | Slug: "QUAY COLLAPSE" | Duration 3\'05"',
      'Presenter: Ola Brann | Reporter: Vik Stenn',
      '',
      'OLA BRANN: Good evening.',
      '',
      'VIK STENN: The quay gave way at dawn.',
      '',
    ].join('\n');
    expect(quoteRows(text).map((r) => r[0])).toEqual(['transcript', 'transcript']);
  });
  it('reads a panel’s list in a transcript header as a field', () => {
    const text = [
      'Presenter: Ruth Agger',
      'Panel: Ivo Stam, General Secretary, Dock Workers (DWU); Lis Orr, Director, Port Employers (PE).',
      '',
      'AGGER: Good evening.',
      '',
      'STAM: Thank you.',
      '',
    ].join('\n');
    expect(turnRows(text).map((r) => r[0])).toEqual(['AGGER', 'STAM']);
  });
  itGives([
    [
      'Tomas Brek, 29, whose sister died in the fire\n“She always checked the doors.”',
      { content: 'She always checked the doors.', speaker: 'Tomas Brek', kind: 'direct' },
    ],
    [
      'She declined, but her office sent us this statement: “The fund opens in May.”',
      { content: 'The fund opens in May.', speaker: 'her office', kind: 'direct' },
    ],
  ]);
  itGivesNone([
    'If wages rise by a third, employers respond by hiring fewer people.',
    'What she asked for was time, and that is what we will argue for.',
  ]);
});

describe('an investigator’s report: titled officers, words handed over, requests and a bulletin’s end', () => {
  itGives([
    [
      'The officer of the watch, Third Officer Cato Reyes, said the pumps had been “running dry”.',
      { content: 'the pumps had been “running dry”', speaker: 'Third Officer Cato Reyes', kind: 'mixed' },
    ],
    [
      'The pilot said she was busy. In her words: “I had four ships and one radio.”',
      { content: 'I had four ships and one radio.', speaker: 'her', kind: 'direct' },
    ],
  ]);
  itGivesNone([
    '06:10 – With the tide turning the barge towards the pier, the skipper asks to wait outside the breakwater.',
    'The signal was garbled, the crew asked for it again, and nobody answered.',
    'BULLETIN ENDS. Next: “Harbour Tonight” with Ines Hal at 19:05.',
  ]);
});

describe('a radio script’s clip marked in square brackets after the name', () => {
  it('opens a turn at `NAME [CLIP]:`', () => {
    const text = [
      'Evening bulletin',
      '',
      'ODDA: The report runs to nine pages.',
      '',
      'VELLAN [CLIP]: The call was made. Nobody answered it.',
      '',
      'ODDA: Dr Ines Vellan, the chief inspector.',
      '',
    ].join('\n');
    expect(turnRows(text).map((r) => [r[0], r[2]])).toEqual([
      ['ODDA', 'The report runs to nine pages.'],
      ['VELLAN', 'The call was made. Nobody answered it.'],
      ['ODDA', 'Dr Ines Vellan, the chief inspector.'],
    ]);
  });
});

describe('a header’s subtitle listing nouns', () => {
  it('reads `Scheme: payments, inspections and appeals` as a subtitle, not a party’s words', () => {
    const text =
      'TRANSCRIPT OF BRIEFING\nHarbour Relief Fund: grants, inspections and appeals\nRoom 4, Quay Street\n\nThe minister opened the briefing.\n';
    expect(quoteRows(text)).toEqual([]);
  });
});

describe('an author naming a work, and a question whose `as` clause names a source', () => {
  it('reads `I wrote “Nine Winters on Calder Street.”` as a title with the sentence’s stop inside', () => {
    const { a } = run('I wrote “Seven Bridges over Marl Street.” The mother in it sings.');
    expect(a.quotes).toEqual([]);
  });
  itGives([
    [
      'Asked whether the shelves could reopen during the review, as the parents’ letter had demanded, Holm replied that the rules “leave no room for that.”',
      { content: 'the rules “leave no room for that.”', speaker: 'Holm', kind: 'mixed' },
    ],
  ]);
});

describe('a thread’s reply headers and a possessive opening the sentence', () => {
  it('reads `@handle replying to @handle:` as a post’s header, not a report', () => {
    const text =
      '[14:08] @DockUnion\nThe gates are shut.\n\n    @mum_of_two replying to @DockUnion: My son is in there. Who do I call?\n';
    expect(quoteRows(text).filter((r) => r[0] === 'indirect')).toEqual([]);
  });
  itGives([
    [
      'His flatmate says Tobias was trying to help a girl who had fallen.',
      { content: 'Tobias was trying to help a girl who had fallen', speaker: 'His flatmate', kind: 'indirect' },
    ],
  ]);
});

describe('a consultation’s comments signed by the respondent’s role in brackets', () => {
  it('gives each comment to the role and place in its closing brackets', () => {
    const text =
      'Consultation report\n\n4.2 Selected comments, as written:\n- "The bus stops at seven. The nursery is my job." (parent, Quay Road, online)\n- "Cut the consultants, not the cooks." (resident, Marl Hill, paper form)\n- "Nothing to add." (see annex, page 4)\n';
    expect(quoteRows(text)).toEqual([
      ['direct', 'parent, Quay Road', 'The bus stops at seven. The nursery is my job.'],
      ['direct', 'resident, Marl Hill', 'Cut the consultants, not the cooks.'],
    ]);
  });
});

describe('an apposition closing on a work’s title, its comma inside the closing mark', () => {
  itGives([
    [
      'Ines Marrow, author of “Salt, Rope, Lantern,” said she had been asked to speak in May.',
      { content: 'she had been asked to speak in May', speaker: 'Ines Marrow', kind: 'indirect' },
    ],
  ]);
});

describe('a thing’s `of` phrase after one capitalised word', () => {
  it('leaves a quotation before a notes line `- Video of the statement, …` to its own report', () => {
    const text =
      'NOTES TO EDITORS\n- Section 9(2) provides that a permit "shall lapse after 30 days".\n- Video of the Minister’s statement, titled "Harbour Works", is available.\n';
    expect(quoteRows(text).map((r) => r[1])).toEqual(['Section 9(2)']);
  });
});

describe('a question opener whose relative clause quotes words, before the answer’s own report', () => {
  it('gives the quotation to the relative clause’s subject and the reported clause to the answerer', () => {
    const { a } = run(
      'Asked about remarks by Alderman Pell Voss of the Harbour Party, who called the rescue plan "a paper exercise", the Mayor said she would stay in post.',
    );
    const rows = a.quotes.map((q) => [q.kind, q.speaker?.text, q.content.text]);
    expect(rows).toContainEqual(['indirect', 'the Mayor', 'she would stay in post']);
    expect(rows.filter((r) => r[2] === 'a paper exercise').map((r) => r[1])).toEqual([
      'Alderman Pell Voss of the Harbour Party',
    ]);
  });
});

describe('a statements section whose labels stand on their own line', () => {
  const text =
    'SITUATION REPORT No. 6\n\nSTATEMENTS\n\nMarta Lenk, Chief Fire Officer:\n"Crews have worked through the night. We will keep going."\n\nSpeaking at the depot later, Ms Lenk added: "Questions about the alarms are fair. My only question today is where the next person is."\n\nPiet Harro, Harbour Master (written statement to the press office):\n"The quay will stay closed until the engineers are satisfied."\n\nRegional Water Board:\nThe board said in a written statement that its pumps had "run without fault" throughout the flood.\n\nMinistry of Works:\nThe ministry confirmed that an inquiry would open on Monday.\n\nPress Office (24 hours): +44 20 7946 0321. Families line: 0800 555 0199.\n';
  const rows = quoteRows(text);
  it('gives a quotation under a `Name, role:` line to that name, with the note in brackets left out', () => {
    expect(rows).toContainEqual(['direct', 'Marta Lenk', 'Crews have worked through the night. We will keep going.']);
    expect(rows).toContainEqual([
      'direct',
      'Piet Harro',
      'The quay will stay closed until the engineers are satisfied.',
    ]);
  });
  it('leaves a later paragraph with its own speaker and cue to that report, not to a turn', () => {
    expect(rows.filter((r) => r[0] === 'transcript')).toEqual([]);
    expect(rows).toContainEqual([
      'direct',
      'Ms Lenk',
      'Questions about the alarms are fair. My only question today is where the next person is.',
    ]);
  });
  it('reads a party’s label over the outlet’s account of it as a heading: the account’s report stands', () => {
    expect(rows).toContainEqual(['indirect', 'The ministry', 'an inquiry would open on Monday']);
    expect(rows.filter((r) => r[2]!.startsWith('The ministry confirmed'))).toEqual([]);
    expect(rows.map((r) => r[1])).not.toContain('Press Office');
  });
});

describe('a transcript turn that goes on into the outlet’s narration quoting its speaker', () => {
  it('ends the turn before a paragraph whose first person stands only inside quotation marks', () => {
    const text =
      'BRIEFING TRANSCRIPT\n\nMODERATOR: Good morning. The chief will speak first.\n\nLENK: We have two crews on the hill. I expect news by noon.\n\nLater, at the depot, the chief told reporters: "My crews are tired but safe."\n\nMODERATOR: Thank you all.\n';
    expect(turnRows(text).find((r) => r[0] === 'LENK')![2]).toBe(
      'We have two crews on the hill. I expect news by noon.',
    );
  });
});

describe('a headline’s kicker before a claim its source closes', () => {
  it('reads `Place: claim, warns Source` as a headline, not a turn of the place', () => {
    const text =
      'Marlow Aid\n\nTessa: Clinic supplies run short as trucks wait at border, warns Marlow Aid\n\nBELL: We have no gloves left.\n\nQ: When did the trucks stop?\n\nBELL: On Monday.\n';
    expect(turnRows(text).map((r) => r[0])).toEqual(['BELL', 'Q', 'BELL']);
  });
});

describe('a cue inside a dash-delimited aside, an anonymous source after a semicolon, and a cited speaker without `as`', () => {
  itGives([
    [
      'You may doubt the figures — and the council does, pointing out that the survey covered only two streets — but the trend is plain.',
      { content: 'the survey covered only two streets', speaker: 'the council', kind: 'indirect' },
    ],
    [
      'Council minutes record the then treasurer, Ada Morrow, saying the reserve would “last a decade”.',
      { content: 'the reserve would “last a decade”', speaker: 'the then treasurer, Ada Morrow', kind: 'mixed' },
    ],
  ]);
  it('gives an anonymous source after a semicolon one report, not a second for its reason’s cue', () => {
    const { a } = run(
      'I have heard it before; a senior aide, who asked me never to name her, once told me that the cabinet “fears the river more than the voters”.',
    );
    expect(a.quotes.map((q) => [q.speaker?.text, q.cue?.text])).toEqual([['a senior aide', 'told']]);
  });
});

describe('a quotation continuing its paragraph’s speaker before a sentence that only names someone', () => {
  it('keeps the speaker when the next sentence’s subject does something other than speak', () => {
    const { a } = run(
      'The buyer Tomas Vell tasted both glasses.\n\n“Honestly, I could not tell them apart,” he concedes. “Nobody could.” Marlow’s Bistro dropped the wine the next morning.',
    );
    expect(a.quotes.map((q) => [q.content.text, q.canonical])).toEqual([
      ['Honestly, I could not tell them apart,', 'Tomas Vell'],
      ['Nobody could.', 'Tomas Vell'],
    ]);
  });
});

describe('a subordinate clause opening inside the words before a cue', () => {
  itGives([
    [
      'The regulator sent a warning letter to the brewery after an inspection team found that the labels overstated its strength.',
      { content: 'the labels overstated its strength', speaker: 'an inspection team', kind: 'indirect' },
    ],
  ]);
});

describe('a shout with an object, and a count of a verb’s object before a participle', () => {
  itGivesNone(['The guards shouted a warning, then fired two rounds into the air.']);
  it('reads `ignored three shouted warnings` as an object, not a count that speaks', () => {
    const { a } = run('The crew says the trawler ignored three shouted warnings before the cutter closed in.');
    expect(a.quotes.map((q) => q.cue?.text)).toEqual(['says']);
  });
  itGives([
    [
      'A woman on the bridge shouted that the water was rising.',
      { content: 'the water was rising', speaker: 'A woman on the bridge', kind: 'indirect' },
    ],
    [
      'We spoke to six drivers, and two said the detour added an hour.',
      { content: 'the detour added an hour', speaker: 'two', kind: 'indirect' },
    ],
  ]);
});

describe('a naming verb with two quotations after `as`, and a label naming a statement’s author', () => {
  it('gives each quotation right after `as` to the naming subject', () => {
    const { a } = run(
      'The port’s director, Ilse Varo, described the offer as “too little” but also as “the first serious proposal in a decade”.',
    );
    expect(a.quotes.map((q) => [q.content.text, q.speaker?.text])).toEqual([
      ['too little', 'Ilse Varo'],
      ['the first serious proposal in a decade', 'Ilse Varo'],
    ]);
  });
  it('leaves a name given with `known as` to the naming after it', () => {
    const { a } = run('She described the bend known locally as “Devil’s Elbow” as “narrow, blind and badly lit”.');
    expect(a.quotes.map((q) => q.content.text)).toEqual(['narrow, blind and badly lit']);
  });
  itGives([
    [
      'Statement by the Minister for Ports, Ada Lorne:\n\n“We will reopen the quay as soon as the divers have finished.”',
      {
        content: 'We will reopen the quay as soon as the divers have finished.',
        speaker: 'the Minister for Ports, Ada Lorne',
        kind: 'direct',
        canonical: 'Ada Lorne',
      },
    ],
  ]);
  itGivesNone([
    'This piece is part of our series “The Long Tide”. Read our earlier report: “Quay shut after crane collapse”.',
  ]);
});

describe('a transcript’s header fields and a desk’s notes', () => {
  it('reads `Event:` and `DESK NOTE:` as fields, not speakers', () => {
    const text =
      'POOL TRANSCRIPT\n\nEvent: Ministers arriving for the port talks (doorstep)\nFeed: POOL-1, camera 2 at the main gate, left side of the press pen\n\nQ: Will you sign today?\n\nLORNE: We will sign when the text is ready.\n\nDESK NOTE: At 09:12 a spokesperson said the minister would speak again after lunch.\n\nQ: And the unions?\n\nLORNE: I meet them tomorrow.\n';
    expect(turnRows(text).map((r) => r[0])).toEqual(['Q', 'LORNE', 'Q', 'LORNE']);
  });
});

describe('a speaker no lexicon lists after a quotation, with a capitalised adjective', () => {
  itGives([
    [
      '“The tide does not read treaties,” a Korvish negotiator told me after the signing.',
      { content: 'The tide does not read treaties,', speaker: 'a Korvish negotiator', kind: 'direct' },
    ],
    [
      '“We will be back in the spring,” one Danish beekeeper said.',
      { content: 'We will be back in the spring,', speaker: 'one Danish beekeeper', kind: 'direct' },
    ],
  ]);
});

describe('a quotation after `in the words of X,` in mid-sentence, and a place’s municipality', () => {
  itGives([
    [
      'The allegations are, in the words of Major Tess Oring, “a story written before the shots were fired”.',
      { content: 'a story written before the shots were fired', speaker: 'Major Tess Oring', kind: 'direct' },
    ],
    [
      '21:40 – Harl municipality warns residents on the east bank in a text message: "Move cars away from the river."',
      { content: 'Move cars away from the river.', speaker: 'Harl municipality', kind: 'direct' },
    ],
  ]);
});

describe('a name in apposition after a role closed by an acronym in brackets', () => {
  itGives([
    [
      'The chair of the Coastal Fishers Association (CFA), Rosa Timmer, said the quota was a betrayal.',
      { content: 'the quota was a betrayal', speaker: 'Rosa Timmer', kind: 'indirect' },
    ],
  ]);
});

describe('an unlisted speaker with a place after a quotation, a broadcast title, and a view phrase before its own cue', () => {
  itGives([
    [
      '“Everyone in the newsroom is rereading their scripts,” a producer at a private radio station told us.',
      {
        content: 'Everyone in the newsroom is rereading their scripts,',
        speaker: 'a producer at a private radio station',
        kind: 'direct',
      },
    ],
  ]);
  itGivesNone(['2 June 2024 — TV Arvel broadcasts “The Quay Files”, a documentary presented by reporter Ines Halm.']);
  it('gives a clause after `In his view, X said,` to X, not to the possessive', () => {
    const { a } = run('In his view, Brandt said, the warnings cannot justify closing a whole channel.');
    expect(a.quotes.map((q) => [q.speaker?.text, q.cue?.text])).toEqual([['Brandt', 'said']]);
  });
});

describe('a feature’s speaker introduced by name and age, and an instrument’s numbered part over its text', () => {
  it('gives a paragraph that is only a quotation to the person the paragraph before introduces with an age', () => {
    const { a } = run(
      'Tomas Lind, 61, keeps sheep on the hill above Varn with his daughter.\n\n“The grass never came back. I sold forty ewes in June.”',
    );
    expect(a.quotes.map((q) => [q.speaker?.text, q.content.text])).toEqual([
      ['Tomas Lind', 'The grass never came back. I sold forty ewes in June.'],
    ]);
  });
  it('gives an article’s quoted text to the article its heading numbers', () => {
    const text =
      'The Order\n\nThe order reads in part.\n\nSection 3 – Closed waters\n\n“No vessel shall fish within six miles of the reef.”\n';
    expect(quoteRows(text)).toEqual([['direct', 'Section 3', 'No vessel shall fish within six miles of the reef.']]);
  });
});

describe('a speech’s printed direction and an opening adjunct without its comma before a pronoun subject', () => {
  it('reads past `[Laughter]` to the pronoun that says the quotation', () => {
    const { a } = run(
      'Ana Brel has swept this market for thirty years. I walked her round last week. [Laughter] Halfway down Mill Lane she stopped and said, “Mayor, for once the bins were emptied on time.” [Applause]',
    );
    expect(a.quotes.map((q) => [q.speaker?.text, q.content.text])).toEqual([
      ['she', 'Mayor, for once the bins were emptied on time.'],
    ]);
  });
});

describe('a label saying to whom the quotation below is attributed', () => {
  it('gives the quotation, and the quotation paragraph after it, to the name after `attributed to`', () => {
    const text =
      'Bulletin\n\n5.1 The following statement is attributed to Oda Brennan, Director of the Harbour Board:\n\n"Two men went to work and one came home. I will not pretend otherwise."\n\n"The inquiry will have every record we hold."\n';
    expect(quoteRows(text).map((r) => [r[1], r[2]])).toEqual([
      ['Oda Brennan', 'Two men went to work and one came home. I will not pretend otherwise.'],
      ['Oda Brennan', 'The inquiry will have every record we hold.'],
    ]);
  });
});

describe('a news script’s clip with its duration and an on-screen caption', () => {
  it('reads `0\'12"` as a duration, not a quotation mark, and gives the clip to the name its SUPER line shows', () => {
    const text =
      'EVENING NEWS SCRIPT\n\n[CLIP 2 - SOT 0\'09"]\nSUPER: Ines Halm | Quay Traders\n"The water came through the shutters in ten minutes. We lost everything on the ground floor."\n\nDUR: 0\'09" — OUT: "...on the ground floor."\n';
    expect(quoteRows(text)).toEqual([
      [
        'direct',
        'Ines Halm',
        'The water came through the shutters in ten minutes. We lost everything on the ground floor.',
      ],
    ]);
  });
});

describe('a relative pronoun inside the quotation before an anonymous source', () => {
  itGives([
    [
      'Two agents said the ships were waiting at the quay.\n\n"The checks are slow. Nobody wants to be the clerk who waved a banned cargo through," said one harbour agent, who asked not to be named because he was not cleared to speak.',
      {
        content: 'The checks are slow. Nobody wants to be the clerk who waved a banned cargo through,',
        speaker: 'one harbour agent',
        kind: 'direct',
      },
    ],
  ]);
});

describe('a podcast’s header: its numbered episode title and its host and guests', () => {
  const text =
    'THE QUAY PODCAST\n\nEpisode 41: "Open water" – Harro, the ferry deal and a quiet minister\nPublished 3 May · 31 min\n\nHost: Ada Lorne, director of communications, Quay Institute\nGuests: Dr. Piet Harro, senior fellow and former harbour pilot (1990–2012); Ines Halm, editor of the newsletter Tide Watch\n\nLORNE: Welcome back. Piet, was the deal a surprise?\n\nHARRO: Not to anyone who reads the tide tables.\n';
  it('reads the episode title after its numbered field as nobody’s words, even before a dash', () => {
    expect(quoteRows(text).filter((r) => r[0] === 'direct')).toEqual([]);
  });
  it('reads `Host:` over `Guests:` as header fields, not a turn', () => {
    expect(turnRows(text).map((r) => r[0])).toEqual(['LORNE', 'HARRO']);
  });
});

describe('bars in a line over a quotation that is no on-screen caption', () => {
  it('leaves `EXTRACT | Email from X, …` over a quotation unsigned by the word before the bar', () => {
    const text =
      'ANALYSIS\n\nEXTRACT | Email from Ivo Marsh, Tidewater Surveys, to the harbour board, 4 May 2023\n\n"We flagged the pier in 2019 and nothing has been booked. I will not sign that report."\n';
    expect(quoteRows(text).map((r) => r[1])).not.toContain('EXTRACT');
  });
});

describe('a compilation of messages with their sender fields, and an order of service', () => {
  it('gives a message to the sender its record names above it, and reads the record as fields', () => {
    const text =
      'MESSAGES OF CONDOLENCE\n\n1. REPUBLIC OF ORVAL\nSender: Mira Costa, President of the Republic\nReceived: 3 March, 09:10, diplomatic note delivered by the Embassy in Halm\n\n“It was with deep sorrow that I learned of the death of the former Chancellor. Orval mourns with you.”\n';
    expect(quoteRows(text)).toEqual([
      [
        'direct',
        'Mira Costa',
        'It was with deep sorrow that I learned of the death of the former Chancellor. Orval mourns with you.',
      ],
    ]);
  });
  it('reads an order of service’s lines as fields, not turns', () => {
    const text =
      'ORDER OF SERVICE\n\nHymn: "The River Runs On"\nEulogy: Ada Lorne, Prime Minister\nEulogy: Piet Harro, Minister of Transport 1998-2006\nAddress: Ines Halm, President of the Republic\nOne minute of national silence\n';
    expect(quoteRows(text)).toEqual([]);
  });
});

describe('a heading naming whose statement follows, and a cue insisting on doing something', () => {
  it('gives the statement under `Statement from the Lind family` to the family', () => {
    const text =
      'ANNOUNCEMENT\n\nThe family issued a short statement.\n\nStatement from the Lind family\n\n"Our mother died at home, reading until the last evening. We thank her nurses."\n';
    expect(quoteRows(text)).toEqual([
      ['direct', 'the Lind family', 'Our mother died at home, reading until the last evening. We thank her nurses.'],
    ]);
  });
  itGivesNone([
    'HALM — On the morning in 1991 when the first coins came out of the mint, Piet Harro insisted on paying for his bread with one.',
  ]);
});

describe('an opening `as` clause whose subject takes a name in apposition', () => {
  itGives([
    [
      'As the board’s own chair, Ada Lorne, put it this morning, the search is “a step in an inquiry, not a verdict”.',
      {
        content: 'the search is “a step in an inquiry, not a verdict”',
        speaker: 'Ada Lorne',
        kind: 'mixed',
      },
    ],
  ]);
});

describe('a title in capitals after a label in capitals, and `that` with a time before a new clause', () => {
  it('reads `PRESS BRIEFING: TRANSCRIPT` as a title, not a turn', () => {
    const text =
      'OFFICE OF THE SPOKESPERSON\n\nPRESS BRIEFING: TRANSCRIPT\n\nLORNE: Good morning. I have one announcement.\n\nQ: About the ferry?\n\nLORNE: About the ferry.\n';
    expect(turnRows(text).map((r) => r[0])).toEqual(['LORNE', 'Q', 'LORNE']);
  });
  itGivesNone(['The chair said that in May and I have heard her say it twice since.']);
  itGives([
    [
      'The chair said that in May the quay would reopen.',
      { content: 'in May the quay would reopen', speaker: 'The chair', kind: 'indirect' },
    ],
  ]);
});

describe('a text cut after a question opener’s comma', () => {
  it('attributes `Asked why …,` ending the text without throwing, and reports nothing', () => {
    expect(quoteRows('Asked why nobody at the weir had telephoned the county office,')).toEqual([]);
  });
});
describe('a text cut right before an apposition’s comma', () => {
  it('reads `, Minister for Ports Ada Lorne, described …` opening the text without throwing', () => {
    expect(() =>
      quoteRows(', Minister for Ports Ada Lorne, described the talks as “serious and, in places, useful”.'),
    ).not.toThrow();
  });
});

describe('a source noun after lower-case modifiers and a demonym, and an ordinal title', () => {
  itGives([
    [
      'The crossing cleared 3,400 cars overnight, Ostrenian border officials said.',
      { content: 'The crossing cleared 3,400 cars overnight', speaker: 'Ostrenian border officials', kind: 'indirect' },
    ],
    [
      'The ward has reopened, US health officials said.',
      { content: 'The ward has reopened', speaker: 'US health officials', kind: 'indirect' },
    ],
    [
      'The queue had shortened by noon, said border officials.',
      { content: 'The queue had shortened by noon', speaker: 'border officials', kind: 'indirect' },
    ],
    [
      '“We have all flown tired,” said First Officer Jonah Keswick, the union’s safety representative.',
      { content: 'We have all flown tired,', speaker: 'First Officer Jonah Keswick', kind: 'direct' },
    ],
    [
      '“The embassy will stay open,” said Second Secretary Ada Lorne.',
      { content: 'The embassy will stay open,', speaker: 'Second Secretary Ada Lorne', kind: 'direct' },
    ],
  ]);
  itGivesNone(['First, the crossing cleared 3,400 cars overnight.']);
});

describe('a live page’s timed heading standing as a paragraph of its own', () => {
  it('reads `22:20 First Minister: army on standby` over the entry as a heading, not a turn', () => {
    const text =
      'STORM LIVE\n\n22:48 Readers: alerts came too late\n\nSeveral readers say the alert came after the wind.\n\n22:20 First Minister: army on standby\n\nFirst Minister Ada Lorne has told the county that the army is “on standby”.\n';
    expect(turnRows(text)).toEqual([]);
  });
  it('keeps a timed question as a turn', () => {
    const text =
      '[08:31:59] LORNE: It is capped at thirty per cent. I have to go in.\n\n[08:32:06] Q: Will there be a vote today?\n\n[08:32:07] [LORNE ENTERS THE BUILDING]\n\n[08:32:15] LORNE: Not today.\n';
    expect(turnRows(text).map((r) => r[0])).toEqual(['LORNE', 'Q', 'LORNE']);
  });
});

/** The canonical speaker of each quote of `text`, attributed as given. */
function canonicals(text: string): (string | null)[] {
  return attribute(parseDocument(text)).quotes.map((q) => q.canonical);
}

describe('a subordinate title, a councillor’s abbreviation, a street and a café', () => {
  it('does not give a bare `the mayor` to the deputy mayor, nor `the president` to a vice president', () => {
    const rows = canonicals(
      'Deputy Mayor Rolf Amsel said the road would be built. The mayor said the road was needed.\n\nVice President Ada Holm said the fund was late. The vice president said it was needed.',
    );
    expect(rows).toEqual(['Rolf Amsel', 'Mayor', 'Ada Holm', 'Ada Holm']);
  });
  it('reads `Cllr` as a title: the canonical name is the councillor’s own', () => {
    expect(canonicals('Cllr Hedda Brant said the plan was reckless.')).toEqual(['Hedda Brant']);
  });
  it('gives `she` to the woman the paragraph opens with, not the lane she walks up', () => {
    const rows = canonicals(
      'Vilja Marten has tended the grave for forty years. Every Sunday she walks up Selsgrave Lane with a trowel.\n\n“My mother started it,” she says.',
    );
    expect(rows).toEqual(['Vilja Marten']);
  });
  it('gives `he` to the man the paragraph opens with, not to the café named after him', () => {
    const rows = canonicals(
      'Ada Lorne spoke first. “Nobody asked us,” she said.\n\nBruno Kessel has run the Kessel Cafe for nineteen years.\n\n“People talk about the dead,” he said.',
    );
    expect(rows).toEqual(['Ada Lorne', 'Bruno Kessel']);
  });
});

describe('a reaction round-up’s organisation labels, and a report ended by what its subject did not say', () => {
  it('reads `Retail Consortium: The consortium said …` as the outlet’s account, not the consortium’s turn', () => {
    const text =
      'WHAT THEY SAID\n\nOstrel Retail Consortium: The consortium said its members would "work closely with suppliers" through the change.\n\nFair Harvest Trust: The charity said it would publish the workers’ accounts next week.\n';
    expect(quoteRows(text)).toEqual([
      ['mixed', 'The consortium', 'its members would "work closely with suppliers" through the change'],
      ['indirect', 'The charity', 'it would publish the workers’ accounts next week'],
    ]);
  });
  it('keeps an outlet’s question and a narrator’s line that open with a report as turns', () => {
    const text =
      'LIND: Good morning.\n\nHalvik Tribune: Norvessa says the rule was never applied before. Does the ministry agree?\n\nLIND: It does not.\n\nNARRATOR: The Treaty of Lissem says the border follows the river.\n';
    expect(turnRows(text).map((r) => r[0])).toEqual(['LIND', 'Halvik Tribune', 'LIND', 'NARRATOR']);
  });
  itGives([
    [
      'The consortium said its members would "work closely with suppliers", but did not say whether shops would pay more.',
      { content: 'its members would "work closely with suppliers"', speaker: 'The consortium', kind: 'mixed' },
    ],
    [
      'The ministry said the fund was ready, but would not say when it would open.',
      { content: 'the fund was ready', speaker: 'The ministry', kind: 'indirect' },
    ],
  ]);
});

describe('an inverted source with its postmodifier, a consulate, and a day placed against the story’s own', () => {
  itGives([
    [
      '“Nobody here thinks that is bad luck,” said one senior officer close to the inquiry, who spoke on condition of anonymity.',
      {
        content: 'Nobody here thinks that is bad luck,',
        speaker: 'one senior officer close to the inquiry',
        kind: 'direct',
      },
    ],
    [
      '“The talks are over,” said two diplomats familiar with the talks.',
      { content: 'The talks are over,', speaker: 'two diplomats familiar with the talks', kind: 'direct' },
    ],
    [
      'We sent the list to the consulate, which replied that the amendment had been noted.',
      { content: 'the amendment had been noted', speaker: 'the consulate', kind: 'indirect' },
    ],
    [
      'The consulate said the following morning that the amendment had been noted.',
      { content: 'the amendment had been noted', speaker: 'The consulate', kind: 'indirect' },
    ],
  ]);
});

describe('a party that gave no answer, named with an aside', () => {
  itGives([
    [
      'A receptionist at the plant said the manager was “in meetings all week”, and the Halvik Group, which owns the tannery, did not reply to written questions.',
      {
        content: 'the manager was “in meetings all week”',
        speaker: 'A receptionist at the plant',
        kind: 'mixed',
      },
    ],
  ]);
});

describe('an unnamed source placed by a preposition of place', () => {
  it('keeps `A man outside the embassy in Kesh Varra` an unnamed source, not the town', () => {
    expect(canonicals('A man outside the embassy in Kesh Varra said “We remember”.')).toEqual([
      'Man outside the embassy in Kesh Varra',
    ]);
  });
});

describe('an instrument’s numbered clauses quoted under `provides as follows:`', () => {
  it('gives each clause under its number to the instrument, not a section title in quotation marks', () => {
    const text =
      'Headline\n\nAmong other conditions, Schedule 3 of the contract provides as follows:\n\n3.1 "The Purchaser shall maintain the navigational light in full working order."\n\n3.2 "The Purchaser shall not alter the tower without consent."\n\nThe buyer signed on Friday.\n\n2. \'Every safety observation is logged\'\n\nThe company says so.\n';
    expect(quoteRows(text)).toEqual([
      [
        'direct',
        'Schedule 3 of the contract',
        'The Purchaser shall maintain the navigational light in full working order.',
      ],
      ['direct', 'Schedule 3 of the contract', 'The Purchaser shall not alter the tower without consent.'],
    ]);
  });
});

describe('`here` between a subject and its verb', () => {
  itGives([
    [
      'Your embassy here issued a statement the same night saying the trial had been “fair”.',
      { content: 'the trial had been “fair”', speaker: 'embassy', kind: 'mixed' },
    ],
  ]);
});

describe('a clause quoted after a list’s letter', () => {
  it('gives `(b) “…”` under `provides as follows:` to the instrument, as a subclause’s number', () => {
    const text =
      'Headline\n\nClause 9 of the contract provides as follows:\n\n(a) "The Tenant shall keep the quay open to the public."\n\n(b) "The Tenant shall not build on the slipway."\n\nThe council signed it.\n';
    expect(quoteRows(text).map((r) => [r[1], r[2]])).toEqual([
      ['Clause 9 of the contract', 'The Tenant shall keep the quay open to the public.'],
      ['Clause 9 of the contract', 'The Tenant shall not build on the slipway.'],
    ]);
  });
});

describe('a publisher’s written questions and answers', () => {
  const faq = (heading: string, opening = 'NEWS RELEASE') =>
    `${opening}\n\nGrantham Seeds recalls its spring bean mix\n\nGrantham Seeds said on Monday that it would recall 4,000 packets of its bean mix after a labelling error.\n\n${heading}\n\nQ: Which packets are affected?\n\nA: Packets with batch numbers starting 24B. They were sold in garden centres from 1 March.\n\nQ: What should customers do?\n\nA: Return the packet to the shop for a full refund. No receipt is needed.\n`;

  it('leaves `Q:`/`A:` under a FAQ heading of a release as the publisher’s own voice, not turns', () => {
    expect(turnRows(faq('QUESTIONS AND ANSWERS'))).toEqual([]);
    expect(turnRows(faq('FREQUENTLY ASKED QUESTIONS'))).toEqual([]);
    expect(turnRows(faq('QUESTIONS FROM CUSTOMERS'))).toEqual([]);
  });

  it('keeps them turns when the heading or the opening says they were asked aloud', () => {
    expect(turnRows(faq('QUESTIONS FROM REPORTERS')).map((r) => r[0])).toEqual(['Q', 'A', 'Q', 'A']);
    expect(turnRows(faq('QUESTIONS AND ANSWERS', 'TRANSCRIPT OF PRESS BRIEFING')).map((r) => r[0])).toEqual([
      'Q',
      'A',
      'Q',
      'A',
    ]);
    // An introduction between the heading and the first question says where they were asked.
    expect(turnRows(faq('QUESTIONS AND ANSWERS\n\nEdited from the media call on Tuesday:')).length).toBe(4);
  });

  it('keeps a reader’s signed question an advice column answers as turns', () => {
    const text =
      'ASK MARGOT\n\nBy Margot Lisle\n\nQUICK QUESTIONS\n\nQ: My neighbour plays drums at midnight. What can I do?\nTired, Eastleigh\n\nA: Talk to him first, then keep a diary of the noise for the council.\n\nQ: Can I refuse a wedding invitation without a reason?\nWary Guest, Hollin\n\nA: Yes. A kind note is all you owe.\n';
    expect(turnRows(text).map((r) => r[0])).toEqual(['Q', 'A', 'Q', 'A']);
  });
});

describe('a chair named in a record’s list of members', () => {
  const hearing = (chairLine: string) =>
    `COMMITTEE ON FISHERIES\n\nMembers present: Ruth Dalby (Chair); Amos Kerr; Lena Voss\n\n${chairLine}\n\nMR KERR: Thank you, Chair. Minister, when will the quota be published?\n\nTHE CHAIR: Mr Kerr, thank you. Ms Voss.\n\nMS VOSS: Will the quota change?\n`;

  it('gives `THE CHAIR:` to the member with `(Chair)` after her name', () => {
    const rows = turnRows(hearing('THE CHAIR: Good morning. Mr Kerr.'));
    expect(rows.filter((r) => r[0] === 'THE CHAIR').map((r) => r[1])).toEqual(['Ruth Dalby', 'Ruth Dalby']);
  });

  it('does not take a member the chair addresses (`Mr Kerr, you will have your turn`) for the chair', () => {
    const rows = turnRows(hearing('THE CHAIR: Mr Kerr, you will have your turn. Ms Voss first.'));
    expect(rows.filter((r) => r[0] === 'THE CHAIR').map((r) => r[1])).toEqual(['Ruth Dalby', 'Ruth Dalby']);
    expect(rows.find((r) => r[0] === 'MR KERR')?.[1]).toBe('Amos Kerr');
  });

  it('still reads a header field with a role after the name (`Moderator: Konrad Belling, spokesperson`)', () => {
    const text =
      'JOINT PRESS CONFERENCE\n\nSpeakers: Hedda Vorn, Minister of Transport of Velmora; Teodor Alvarrez, Minister of Infrastructure. Moderator: Konrad Belling, spokesperson of the Velmoran Ministry of Transport.\n\nMODERATOR: Good afternoon. First question, please.\n\nQ: Will the tunnel reopen?\n\nMODERATOR: Thank you. Last question.\n';
    expect(
      turnRows(text)
        .filter((r) => r[0] === 'MODERATOR')
        .map((r) => r[1]),
    ).toEqual(['Konrad Belling', 'Konrad Belling']);
  });
});

describe('initials that label a programme’s speakers', () => {
  const show =
    'MORNING SOUND | Programme transcript\n\nPresenter: Corin Ashby (CA)\n\nGuests: Councillor Tamsin Orrell (TO), author of the plan; Isidore Penhallow (IP), chair of the traders\n\nCA: Good morning to you both.\n\nTO: Good morning.\n\nIP: Morning, Corin.\n\nCA: Why now?\n\nTO: Because the town stopped working.\n';

  it('gives `TO:` to the guest the header names with `(TO)`, not to a memo’s `To:` field', () => {
    expect(
      turnRows(show)
        .filter((r) => r[0] === 'TO')
        .map((r) => r[1]),
    ).toEqual(['Tamsin Orrell', 'Tamsin Orrell']);
  });

  it('reads `Presenter: Corin Ashby (CA)` as the header naming the presenter, not a turn', () => {
    expect(turnRows(show).map((r) => r[0])).toEqual(['CA', 'TO', 'IP', 'CA', 'TO']);
  });
});

describe('a quotation continuing its speaker before another report', () => {
  itGives([
    [
      'Councillor Ruth Amberley said she would back the plan. “I’ve gone back and forth all week,” she said. “In the end I kept thinking about the buses.” The mayor said that bus delays had doubled last summer.',
      {
        content: 'In the end I kept thinking about the buses.',
        speaker: 'she',
        kind: 'direct',
        canonical: 'Ruth Amberley',
      },
    ],
  ]);

  it('still gives a quotation to a cue after it that reports nothing else', () => {
    expect(
      canonicals(
        'Councillor Ruth Amberley said she would back the plan. “I’ve gone back and forth all week,” she said. “In the end I kept thinking about the buses.” The mayor said so too.',
      ).slice(-1),
    ).toEqual(['Mayor']);
  });
});

describe('a shop named after its owner', () => {
  it('does not take `Onslow’s Chandlery` for the person a later `he` stands for', () => {
    expect(
      canonicals(
        'Headline\n\nAcross the square, Rafael Onslow is stacking mugs. His family has run Onslow’s Chandlery on Tollbridge Street since 1962, and he has watched it change.\n\n“On a two-ship day I take more before lunch,” he said.',
      ),
    ).toEqual(['Rafael Onslow']);
  });
});

describe('a newscast’s clip label alone over the clip’s words', () => {
  it('gives the paragraph under `[SOT: NAME, ROLE — 0’14”]` to the person the label names', () => {
    const text =
      'NINE O’CLOCK BULLETIN\n\n[VO]\n\nThe families say the count was wrong from the start.\n\n[SOT: EDDA MARROW, HESK VALLEY FAMILIES ASSOCIATION — 0\'14"]\n\nThey wrote four hundred on a piece of paper and that was us. We want them counted.\n\n[VO]\n\nThe ministry says it will publish every page.\n\n[SOT: AUREL DEMMICK, PRIME MINISTER — 0\'12"]\n\nI did not hide these papers. I published them.\n';
    expect(turnRows(text)).toEqual([
      [
        'EDDA MARROW',
        'Edda Marrow',
        'They wrote four hundred on a piece of paper and that was us. We want them counted.',
      ],
      ['AUREL DEMMICK', 'Aurel Demmick', 'I did not hide these papers. I published them.'],
    ]);
  });
});

describe('an indented block quotation without marks', () => {
  it('gives the block under `X told the review:` to X, and only the indented paragraphs', () => {
    const text =
      'Headline\n\nAnyone who read her evidence already knew the figure was false. Mrs Marrow told the review:\n\n    We stood on the church steps with a list. Nobody ever asked to see it.\n\n    We counted a thousand and eleven.\n\nThe review agreed with her.\n';
    expect(quoteRows(text)).toEqual([
      [
        'direct',
        'Mrs Marrow',
        'We stood on the church steps with a list. Nobody ever asked to see it.\n\n    We counted a thousand and eleven.',
      ],
    ]);
  });

  it('sets off no block in a text that indents every paragraph', () => {
    const text =
      'Headline\n\n  The review heard evidence for three days. Mrs Marrow told it:\n\n  The families were never counted, and the review agreed.\n\n  The report came out in June.\n';
    expect(quoteRows(text)).toEqual([]);
  });

  it('leaves an indented paragraph after a line without a colon to the text', () => {
    const text =
      'Headline\n\nMrs Marrow gave evidence to the review in 1997.\n\n    We stood on the church steps with a list. Nobody ever asked to see it.\n\nThe review agreed with her.\n';
    expect(quoteRows(text)).toEqual([]);
  });
});

describe('a colon’s handover after an adjunct with no comma', () => {
  it('gives the quotation to the subject of `In its conclusions the report says:`', () => {
    const text =
      'Headline\n\nThe Dunmore report is more alarming in full. In its conclusions the report says:\n\n“The fault beneath the dam cannot be excluded. We recommend drilling.”\n\nThe drilling never happened.\n';
    expect(quoteRows(text)).toEqual([
      ['direct', 'the report', 'The fault beneath the dam cannot be excluded. We recommend drilling.'],
    ]);
  });

  it('reads no subject into a bracketed label (`[Subtitle note: “haaf” is the word for the sea.]`)', () => {
    const text =
      'Headline\n\nJOHAN ULLSTAD: If the weather turned on the haaf you stayed over there a week.\n\n[Subtitle note: “haaf” is the Mallish word for the open sea.]\n\nMARA VELDE: And now?\n';
    expect(quoteRows(text).filter((r) => r[0] === 'direct')).toEqual([]);
  });
});

describe('a numbered minute opening the sentence before a pronoun', () => {
  it('reads the subject past `2.1` (`2.1 The Chief Executive outlined the background. He stated that …`)', () => {
    const text =
      'MINUTES\n\nPlatform: Cllr Odile Brannock, Mayor (Chair); Mr Gerrit Sallow, Chief Executive, Kelvarn Health Board\n\nMinutes taken by Mr Tomas Quell, Deputy Town Clerk.\n\n2.1 The Chief Executive outlined the background. He stated that the unit had delivered 412 babies.\n';
    expect(canonicals(text)).toEqual(['Gerrit Sallow']);
  });

  it('reads `Platform:` over the names on a meeting’s platform as a header field, not a turn', () => {
    const text =
      'MINUTES\n\nPlatform: Cllr Odile Brannock, Mayor of Mallowby (Chair); Mr Gerrit Sallow, Chief Executive, Kelvarn Regional Health Board; Dr Anneke Thorsby, Medical Director, Kelvarn Regional Health Board\n\nTHE CHAIR: Welcome, everyone.\n\nMR SALLOW: Thank you.\n';
    expect(turnRows(text).map((r) => r[0])).toEqual(['THE CHAIR', 'MR SALLOW']);
  });
});

describe('an inverted speaker described at length before the name', () => {
  itGives([
    [
      '“We did not lose on price,” said the fourth-generation islander, one-time deckhand and, since 2016, managing director of Sundrel Island Lines, Maren Oddvik.',
      {
        content: 'We did not lose on price,',
        speaker:
          'the fourth-generation islander, one-time deckhand and, since 2016, managing director of Sundrel Island Lines, Maren Oddvik',
        kind: 'direct',
        canonical: 'Maren Oddvik',
      },
    ],
  ]);

  it('reads no name out of a clause after `According to X,` that ends with one', () => {
    expect(
      canonicals(
        'Headline\n\nThe programme examined three contracts. According to the programme, all three went to firms connected to relatives of the Minister of Industry, Mr Pavel Oresko.',
      ),
    ).toEqual(['Programme']);
  });
});

describe('a capitalised title with its body opening the sentence before a pronoun', () => {
  it('reads `The Chief Executive of the Health Board` as the role, whose holder `He` is', () => {
    const text =
      'MINUTES\n\nPlatform: Mr Gerrit Sallow, Chief Executive, Kelvarn Regional Health Board; Dr Anneke Thorsby, Medical Director\n\nMinutes taken by Mr Tomas Quell, Deputy Town Clerk.\n\nThe Chief Executive of the Health Board outlined the background. He stated that the unit had delivered 412 babies.\n';
    expect(canonicals(text)).toEqual(['Gerrit Sallow']);
  });
});

describe('a chair named with her own role before the bracket', () => {
  it('gives `The Chair` to `Cllr Odile Brannock, Mayor of Mallowby (Chair)`', () => {
    const text =
      'MINUTES\n\nPlatform: Cllr Odile Brannock, Mayor of Mallowby (Chair); Mr Gerrit Sallow, Chief Executive\n\nMinutes taken by Ms Harriet Quell, Deputy Town Clerk.\n\n1.1 The Chair welcomed those present. She reminded attendees that the meeting was not a decision-making body.\n';
    expect(canonicals(text)).toEqual(['Odile Brannock', 'Odile Brannock']);
  });
});

describe('a resumptive `a fact` after a comma', () => {
  itGivesNone(['The monastery has stood on this ledge since the twelfth century, a fact nobody disputes.']);
});

describe('an adverb between a cue and its bare clause', () => {
  itGives([
    [
      'The National Reserve said separately it had opened an emergency liquidity line for the bank.',
      {
        content: 'it had opened an emergency liquidity line for the bank',
        speaker: 'The National Reserve',
        kind: 'indirect',
      },
    ],
    [
      'The ministry said later the talks had failed over the price of grain.',
      { content: 'the talks had failed over the price of grain', speaker: 'The ministry', kind: 'indirect' },
    ],
  ]);
  itGivesNone(['I told his wife exactly that this afternoon.']);
});

describe('a negative head qualified by the mention before the cue', () => {
  itGivesNone([
    'Many of our members farm themselves, and nobody on the committee doubts that the alternatives will cost more.',
    'Nobody from the company asked me to carry a message to the Minister, and I would not have done so.',
    'Citizens who break a permit are sent home too, and nobody in Havnborg calls that an expulsion for an opinion.',
  ]);
  itGives([
    [
      'A member of the committee said that the alternatives would cost more.',
      { content: 'the alternatives would cost more', speaker: 'A member of the committee', kind: 'indirect' },
    ],
  ]);
});

describe('a blog’s comments under `Name says:` and their dates', () => {
  it('gives each comment to the name over it, and reads no date as what was said', () => {
    const text =
      'Notes on archives\n\nThe minutes are shorthand, and the memo is not.\n\n2 comments\n\nAnneliese Modd says:\n13 March at 21:40\n\nPiet, agreed on the minutes, though I would go further.\n\nPiet Carrow says:\n13 March at 22:05\n\nFair. I will concede the memo; I will not concede the minutes.\n';
    expect(quoteRows(text)).toEqual([
      ['transcript', 'Anneliese Modd', 'Piet, agreed on the minutes, though I would go further.'],
      ['transcript', 'Piet Carrow', 'Fair. I will concede the memo; I will not concede the minutes.'],
    ]);
  });

  it('leaves a single `X says:` line over a date alone (a comments section has two or more)', () => {
    const text = 'Headline\n\nThe mayor says:\n13 March\n\nThe budget will be cut.\n';
    expect(quoteRows(text).filter((r) => r[0] === 'transcript')).toEqual([]);
  });
});

describe('a survey’s free-text answers, each with its respondent in brackets', () => {
  it('gives each bulleted answer to the respondent described after it', () => {
    const text =
      'Headline\n\nA selection of the free-text answers follows.\n\n- "We sent four engineers to Marsenne on business visas last year. It took 40 working days." (A machinery manufacturer in Helvor, 120 employees)\n- "Please stop negotiating through the press." (A software company in Marsenne)\n\nThe survey closed on Friday.\n';
    expect(canonicals(text)).toEqual(['Machinery manufacturer in Helvor', 'Software company in Marsenne']);
  });

  itGivesNone(['The ministry issued its decision on Friday ("a technical matter") (A note in the file)']);
});

describe('an on-screen caption of two lines over a soundbite', () => {
  it('gives the quotation to the name on the caption’s first line, past the role on its second', () => {
    const text =
      'NEWS SCRIPT\n\n[SOT]\nSUPER: MAREN OAKHOLLOW\nChair, Dunmerrow Residents\' Association\n\n"They keep using the word fair. I don\'t think anybody believes what happened to us is fair."\n\n[SOT]\nSUPER: BERNARD ASHGROVE\nFensby Cross\n\n"I\'ve had people cross the road rather than say good morning to me."\n';
    expect(canonicals(text)).toEqual(['Maren Oakhollow', 'Bernard Ashgrove']);
  });
});

describe('`that` before a period ending a clause after the cue', () => {
  itGives([
    [
      '“Not much, apparently,” she said when I drove up from Askerton that weekend, pushing the letter across the table.',
      { content: 'Not much, apparently,', speaker: 'she', kind: 'direct' },
    ],
    [
      'She said when I drove up that weekend that the letter had come.',
      { content: 'the letter had come', speaker: 'She', kind: 'indirect' },
    ],
  ]);
});

describe('a column’s standfirst closing with its writer’s credit', () => {
  it('reads `…, writes Elin Marrasch` at the top as the byline, not a report', () => {
    const text =
      'Opinion\n\nSennet Water says no one in Dunmerrow will be left worse off. Ask the people who live there, writes Elin Marrasch\n\nMy grandmother has lived in the valley for sixty years.\n';
    expect(quoteRows(text).filter((r) => r[2]?.startsWith('Ask the people'))).toEqual([]);
  });

  itGives([
    [
      'Headline\n\nThe first paragraph of the report.\n\nThe second paragraph.\n\nThe third paragraph.\n\nThe board has failed its members, writes Elin Marrasch.',
      { content: 'The board has failed its members', speaker: 'Elin Marrasch', kind: 'indirect' },
    ],
  ]);
});

describe('a quoted title with a comma in apposition to its document', () => {
  itGives([
    [
      'Its own consultation document, “Safer Births, Stronger Valley”, says a consultant-led unit needs around 500 births a year.',
      {
        content: 'a consultant-led unit needs around 500 births a year',
        speaker: 'Its own consultation document',
        kind: 'indirect',
      },
    ],
  ]);
});

describe('a live page’s entry stamp before the entry’s words', () => {
  itGives([
    [
      'Live: the harbour vote\n\n13:30 Councillor Wenna Rusk has just told reporters: “We will vote against the plan.”',
      { content: 'We will vote against the plan.', speaker: 'Councillor Wenna Rusk', kind: 'direct' },
    ],
    [
      'Live: the harbour vote\n\n14:10 “It is a sad day for the town,” said the harbourmaster, Ives Penrose.',
      { content: 'It is a sad day for the town,', speaker: 'the harbourmaster, Ives Penrose', kind: 'direct' },
    ],
    [
      'Live: the harbour vote\n\n2.45pm GMT – The port authority said the lock gates would stay shut overnight.',
      { content: 'the lock gates would stay shut overnight', speaker: 'The port authority', kind: 'indirect' },
    ],
  ]);
  it('leaves a time that is the sentence’s own words in its content', () => {
    const rows = quoteRows('Live: the harbour vote\n\nThe harbourmaster said 13:30 was the last safe tide.');
    expect(rows.map((r) => r[2])).toEqual(['13:30 was the last safe tide']);
  });
});

describe('a programme’s break in a transcript', () => {
  it('ends the turn before `[AD BREAK]`, so the credits after it are nobody’s words', () => {
    const text =
      'The Long Straight, episode 12\n\nRHONA: Welcome back to the show.\n\nDEV: Thanks, Rhona. Three tips for Saturday, none of them a favourite.\n\n[AD BREAK]\n\nThe Long Straight is produced by Gorse Lane Audio in a shed behind the yard.';
    expect(turnRows(text).map((r) => r[2])).toEqual([
      'Welcome back to the show.',
      'Thanks, Rhona. Three tips for Saturday, none of them a favourite.',
    ]);
  });
  it('keeps a turn going past a stage direction such as `[Laughter]`', () => {
    const text =
      'The Long Straight, episode 12\n\nRHONA: Welcome back to the show.\n\nDEV: I backed the grey.\n\n[Laughter]\n\nAnd it came in last, as it always does.';
    expect(turnRows(text).map((r) => r[2])).toEqual([
      'Welcome back to the show.',
      'I backed the grey.\n\n[Laughter]\n\nAnd it came in last, as it always does.',
    ]);
  });
});

describe('a live page’s list of key events', () => {
  it('reads a cue closing a short line of the list as giving nothing to the lines below', () => {
    const text =
      'Live: harbour wall decision\n\nKey events\n16.40 Council leader responds\n15.55 Fishermen react\n13.30 Developer statement\n\nThe council leader said the ruling was a blow to the town.';
    expect(quoteRows(text).map((r) => r[2])).toEqual(['the ruling was a blow to the town']);
  });
  itGives([
    [
      'Harbour wall\n\nThe council leader, speaking outside the town hall on a cold and windy morning, said\nthe ruling was a blow to the town and its fishing fleet.',
      {
        content: 'the ruling was a blow to the town and its fishing fleet',
        speaker: 'The council leader',
        kind: 'indirect',
      },
    ],
  ]);
});

describe('a heading naming who answers the questions below it', () => {
  it('gives the `A:` turns to the person a `Q&A with …` heading names', () => {
    const text =
      'Harbour wall approved\n\nThe developer welcomed the ruling on Friday. Its spokesperson, Tova Lund, said the inquiry had been fair.\n\nWork on the wall is due to begin in the spring.\n\nThe company will hold drop-in sessions at the library.\n\nQ&A with Dr Ines Karsk, Project Director, Orrin Bay Barrage\n\nQ: Why this bay?\n\nA: Because the tide here rises further than anywhere on the coast.\n\nQ: And the birds?\n\nA: We lose some mudflat, and we will not pretend otherwise.';
    expect(
      turnRows(text)
        .filter((r) => r[0] === 'A')
        .map((r) => r[1]),
    ).toEqual(['Ines Karsk', 'Ines Karsk']);
  });
});

describe('a personal relation in front of the name it is apposed to', () => {
  itGives([
    [
      'His old mentor, the retired rider Gil Stannard, said that he was heartbroken.',
      { content: 'he was heartbroken', speaker: 'the retired rider Gil Stannard', kind: 'indirect' },
    ],
    [
      'Her flatmate said she had left the house at dawn.',
      { content: 'she had left the house at dawn', speaker: 'Her flatmate', kind: 'indirect' },
    ],
  ]);
});

describe('a television script’s clip lines and captions over a soundbite', () => {
  itGives([
    [
      'EVENING NEWS\n\n[TRACK 2]\nHis daughter visited him every week.\n\nSOT - HILDE MARRAS\n"He pressed that buzzer for an hour and nobody came."\n\n[TRACK 3]\nThe figures are stark.',
      { content: 'He pressed that buzzer for an hour and nobody came.', speaker: 'HILDE MARRAS', kind: 'direct' },
    ],
    [
      'EVENING NEWS\n\n[TRACK 2]\nHis daughter visited him every week.\n\n[SOT: HILDE MARRAS]\n"He pressed that buzzer for an hour and nobody came."\n\n[TRACK 3]\nThe figures are stark.',
      { content: 'He pressed that buzzer for an hour and nobody came.', speaker: 'HILDE MARRAS', kind: 'direct' },
    ],
    [
      'EVENING NEWS\n\n[TRACK 2]\nHis daughter visited him every week.\n\nSUPER: Hilde Marras / Father died at Ashgrove House in May\n"He pressed that buzzer for an hour and nobody came."\n\n[TRACK 3]\nThe figures are stark.',
      { content: 'He pressed that buzzer for an hour and nobody came.', speaker: 'Hilde Marras', kind: 'direct' },
    ],
    [
      'EVENING NEWS\n\n[TRACK 2]\nStaff were afraid to speak.\n\nSUPER: Former night carer / Ashgrove House\n"You knew you could not get round everyone."\n\n[TRACK 3]\nThe figures are stark.',
      { content: 'You knew you could not get round everyone.', speaker: 'Former night carer', kind: 'direct' },
    ],
  ]);
  it('reads past a script’s directions on lines of their own to the sentence’s subject', () => {
    const text =
      'EVENING NEWS\n\n[Silhouette of a carer, hands around a mug]\n[TRACK 4]\nShe told us she had reported her worries to the company in December.';
    const [q] = attribute(parseDocument(text)).quotes;
    expect(q?.content.text).toBe('she had reported her worries to the company in December');
    expect(q?.speaker?.text).toBe('She');
    expect(q?.canonical).not.toBe('Silhouette');
  });
});

describe('an adverbial opening after a coordinator, before an attribution set between commas', () => {
  itGives([
    [
      'But inside, the inspectors say, the home was failing the people it was meant to protect.',
      {
        content: 'But inside, the inspectors say, the home was failing the people it was meant to protect',
        speaker: 'the inspectors',
        kind: 'indirect',
      },
    ],
  ]);
});

describe('labels that are no speaker', () => {
  itGivesNone([
    'The Tideline\n\nNewsletter of the Lagoon Swimmers\n\nNEWS: A FINE, AN APOLOGY - AND A LONG WAY TO GO\n\nThe company has apologised for the spills.',
  ]);
});

describe('a release’s label line naming who speaks in the quotation below it', () => {
  itGives([
    [
      'Agency fines water company\n\nThe fine was imposed on Friday.\n\nAdditional comment: Dr Ines Karsk, Director of Public Health, Orrin Council\n\n"We saw a clear rise in illness among swimmers in August."\n\nThe company will not appeal.',
      { content: 'We saw a clear rise in illness among swimmers in August.', speaker: 'Dr Ines Karsk', kind: 'direct' },
    ],
  ]);
});

describe('a passive speech act', () => {
  itGivesNone([
    'Notes to editors\n\n3. Annual figures for every overflow are published in the agency’s report “Clear Coasts”, available on request.',
  ]);
  itGives([
    [
      'The council has issued a statement, saying the coast road will stay shut.',
      { content: 'the coast road will stay shut', speaker: 'The council', kind: 'indirect' },
    ],
  ]);
});

describe('a question label naming its outlet in square brackets', () => {
  it('reads `Q [Radio Ilvar]:` as a journalist’s question turn', () => {
    const text =
      'Regular Press Briefing by Spokesperson Mirela Ostan\n\nMS OSTAN: Good morning. I am happy to take your questions.\n\nQ [Radio Ilvar]: Does the Ministry dispute the figures?\n\nMS OSTAN: We have read the notices and seen the figures.\n\nQ [Kavrin News Agency]: Has the ambassador been summoned?\n\nMS OSTAN: He was invited to the Ministry yesterday.';
    const rows = turnRows(text);
    expect(rows.map((r) => r[2])).toEqual([
      'Good morning. I am happy to take your questions.',
      'Does the Ministry dispute the figures?',
      'We have read the notices and seen the figures.',
      'Has the ambassador been summoned?',
      'He was invited to the Ministry yesterday.',
    ]);
  });
});

describe('one title-case word and a colon over words in lower case', () => {
  it('is a section’s heading or a field, not a speaker’s turn', () => {
    const text =
      'Inspection report: Ashgrove House\n\nSafe: this means we looked for evidence that people were protected from harm.\n\nCaring: this means we looked for evidence that people were treated with dignity.\n\n- Staff member A said they had emailed the provider’s whistleblowing line in December.';
    expect(turnRows(text)).toEqual([]);
    expect(quoteRows(text).map((r) => r[2])).toEqual([
      'they had emailed the provider’s whistleblowing line in December',
    ]);
  });
  it('keeps a turn whose words open with a capital', () => {
    const text = 'Podcast\n\nJess: Welcome back to the show.\n\nMick: Thanks, Jess. Three tips this week.';
    expect(turnRows(text).map((r) => r[2])).toEqual([
      'Welcome back to the show.',
      'Thanks, Jess. Three tips this week.',
    ]);
  });
});

describe('a letter labelling an unnamed witness', () => {
  itGives([
    [
      'Staff member A, who first raised concerns with us in February, said they had emailed the whistleblowing line.',
      { content: 'they had emailed the whistleblowing line', speaker: 'Staff member A', kind: 'indirect' },
    ],
  ]);
});

describe('a noun the lexicon does not know, placed by a preposition and a name', () => {
  it('gives the words to the person the noun phrase describes, not to the place', () => {
    const text =
      'Market closes\n\nA locksmith on Harbour Road, who has had a shop there since 1990, said the closure had been coming for years.';
    const [q] = attribute(parseDocument(text)).quotes;
    expect(q?.speaker?.text).toBe('A locksmith on Harbour Road');
    expect(q?.canonical).toBe('Locksmith on Harbour Road');
  });
  itGives([
    [
      'The talks in Geneva were useful, Lind said.',
      { content: 'The talks in Geneva were useful', speaker: 'Lind', kind: 'indirect' },
    ],
  ]);
});

describe('an unnamed speaker’s aside giving the name they go by', () => {
  itGives([
    [
      'A schoolteacher from Brennick, who gave only her first name, Maud, said she had brought her class to see the bronzes.',
      { content: 'she had brought her class to see the bronzes', speaker: 'Maud', kind: 'indirect' },
    ],
    [
      'A porter, who asked to be identified only as Tomas, said the gates were shut.',
      { content: 'the gates were shut', speaker: 'Tomas', kind: 'indirect' },
    ],
    [
      'A porter, who has carried crates across the bridge since 1990, said the gates were shut.',
      { content: 'the gates were shut', speaker: 'A porter', kind: 'indirect' },
    ],
  ]);
});

describe('a pronoun with no speaker before it', () => {
  it('stands for the subject of the sentence that last names a person, past an opening time adjunct', () => {
    const text =
      'Talks\n\nLast night Foreign Minister Teodor Halvard spoke by telephone with his counterpart, Minister Edda Sarkany. He told her: “A market should not be closed by a notice taped to a gate.”';
    expect(attribute(parseDocument(text)).quotes.map((q) => q.canonical)).toEqual(['Teodor Halvard']);
  });
  it('stands for the last person named when a later sentence names them outside any subject', () => {
    const text =
      'Talks\n\nAna Lind opened the session on Monday. The report was written by Tom Hale. He said the figures were sound.';
    expect(attribute(parseDocument(text)).quotes.map((q) => q.canonical)).toEqual(['Tom Hale']);
  });
});

describe('a broadcast script’s labels opened by a direction word', () => {
  it('reads `LINK TO TWO-WAY:` and `LINK:` as the outlet’s text, ending the turn before them', () => {
    const text =
      'Bulletin\n\nPRESENTER: Good morning.\n\nLINK TO TWO-WAY:\n\nOur reporter has been at the tribunal all week.\n\nREPORTER: It was tense.\n\nLINK: More on that later.';
    expect(turnRows(text).map((r) => r[2])).toEqual(['Good morning.', 'It was tense.']);
  });
});

describe('a `that` clause whose verb is quoted with it', () => {
  itGives([
    [
      'Ms Larch, for the claimants, submitted that the council’s defence “collapses on its own evidence”.',
      {
        content: 'the council’s defence “collapses on its own evidence”',
        speaker: 'Ms Larch',
        kind: 'mixed',
      },
    ],
  ]);
});

describe('a question put without its answer', () => {
  itGivesNone([
    'Several residents asked whether the trial would move to another town.',
    'Reporters asked how the drone had come down in a playground.',
  ]);
  itGives([
    [
      'The mayor asked why the council had not been told about the trial.',
      { content: 'why the council had not been told about the trial', speaker: 'The mayor', kind: 'indirect' },
    ],
  ]);
});

describe('a place’s institution named with a lower-case noun opening the sentence', () => {
  itGives([
    [
      'Live\n\nHallvik airport says departures are running normally again.',
      { content: 'departures are running normally again', speaker: 'Hallvik airport', kind: 'indirect' },
    ],
  ]);
});

describe('a modal’s perfect: speech that did not happen', () => {
  itGivesNone([
    'Any child could have told them what the playground is like on a weekday.',
    'She would have said the bridge was shut if anyone had asked her.',
  ]);
  itGives([
    [
      'He has said the bridge will stay shut until the spring.',
      { content: 'the bridge will stay shut until the spring', speaker: 'He', kind: 'indirect' },
    ],
  ]);
});

describe('verbs joined inside a subordinate clause', () => {
  itGives([
    [
      'The worst moment came afterwards, when a little girl pulled at my sleeve and asked me: “Is the robot going to be all right?”',
      { content: 'Is the robot going to be all right?', speaker: 'a little girl', kind: 'direct' },
    ],
  ]);
});

describe('a gerund after without', () => {
  itGivesNone(['We saw two residents being moved with a hoist without staff explaining what was happening.']);
  itGives([
    [
      'The minister left the room, saying that the deal was off.',
      { content: 'the deal was off', speaker: 'The minister', kind: 'indirect' },
    ],
  ]);
});

describe('an embedded post whose paragraph holds only its header and the reply line', () => {
  it('quotes nobody: `Replying to @…` is no one’s words', () => {
    const text =
      'Rescue thread\n\nKit Ambrose @kitambrose_skis · 8 Feb\nReplying to @BrenmoorMRT\n\nI was on the chair lift when it went.\n\nPete Lorrimer @peteonpowder · 8 Feb\nReplying to @BrenmoorMRT\n\nSomeone should be answering questions tonight.';
    expect(quoteRows(text).filter((r) => r[2]?.startsWith('Replying'))).toEqual([]);
  });
  it('keeps a post whose words follow the reply line in its own paragraph', () => {
    const text =
      'Zoo thread\n\nDunmarrow Dave (@dunmarrowdave) · 5 Sep, 08:52\nReplying to @HalveringHillsZoo\nTook my lads there every summer for ten years. Let the man decide.\n\nEllie Varrick (@ellievarrick) · 5 Sep, 09:03\nReplying to @dunmarrowdave\nThe inspection report says otherwise.';
    expect(turnRows(text).map((r) => r[2])).toEqual([
      'Took my lads there every summer for ten years. Let the man decide.',
      'The inspection report says otherwise.',
    ]);
  });
});

describe('a section’s heading in title case with a colon', () => {
  it('is no turn: `Corvell Aqueduct: Repairs` over a written answer', () => {
    const text =
      'Written Answers\n\nCorvell Aqueduct: Repairs\n\n4127. Ms Rhiannon Treadwell asked the Minister what assessment she has made of the aqueduct.\n\nThe Minister for Water (Ms Orla Fentiman): The inspectorate inspected the span in January.\n\nCorvell Aqueduct: Funding\n\n4128. Mr Tobias Quarle asked the Minister who will pay for the repair.\n\nThe Minister for Water (Ms Orla Fentiman): Both councils will share the cost.';
    expect(turnRows(text).map((r) => r[2])).toEqual([
      'The inspectorate inspected the span in January.',
      'Both councils will share the cost.',
    ]);
  });
  it('keeps a question in bold after an interviewer’s label', () => {
    const text = 'Interview\n\n**THE VITRINE: Are you?**\n\nHALLOWAY: I dug in Velassa for four years.';
    expect(turnRows(text).map((r) => r[0])).toEqual(['THE VITRINE', 'HALLOWAY']);
  });
});

describe('a written list of questions whose answers sit on the line under each question', () => {
  it('quotes nobody: the publisher answers in its own voice', () => {
    const text =
      'LOWMARK WATER\n\nNotice to customers\n\nFrequently asked questions\n\nQ: Why are bills going up?\nA: Our costs for power and chemicals have risen for three years.\n\nQ: Is there help for people on low incomes?\nA: Yes. Our support fund covers half the bill for eligible homes.\n';
    expect(quoteRows(text)).toEqual([]);
  });
  it('keeps a reader’s signed question and its answer as a columnist’s turns', () => {
    const text =
      'Ask the Doctor\n\nYour questions\n\nQ: My knee clicks when I climb stairs. Should I worry?\nWorried Walker, Brenmoor\n\nA: Clicking without pain is rarely a sign of damage.\n\nQ: Can I swim after a cold?\nDamp in Daleside\n\nA: Wait until the fever has gone.\n';
    expect(turnRows(text).map((r) => [r[0], r[2]])).toEqual([
      ['Q', 'My knee clicks when I climb stairs. Should I worry?\nWorried Walker, Brenmoor'],
      ['A', 'Clicking without pain is rarely a sign of damage.'],
      ['Q', 'Can I swim after a cold?\nDamp in Daleside'],
      ['A', 'Wait until the fever has gone.'],
    ]);
  });
});

describe('a banner, a sign or a placard that reads', () => {
  itGivesNone([
    'Our banner in the square at Ushkel read “No tolls without a vote”. That is the rule we live by.',
    'A sign on every gate along the track reads “PRIVATE LAND – NO ENTRY”.',
    'A hand-lettered sign on the door of the village hall read “NO MORE BLANKETS PLEASE”.',
    'One placard reads “Schools Not Stadiums”.',
  ]);
  itGives([
    [
      'The note on the kitchen table read: “Gone to the harbour, back at six.”',
      { content: 'Gone to the harbour, back at six.', speaker: 'The note on the kitchen table', kind: 'direct' },
    ],
  ]);
});

describe('a title whose portfolio is coordinated and runs on', () => {
  it('keeps the whole portfolio in the role and the name after it', () => {
    expect(
      canonicals(
        'Minister of Mines and Energy Transition Teodora Ruskell said the permit was final.\n\nMinister of Health and Social Care Anil Dorrow said the wards were full.\n\nMinister of Foreign Affairs and Energy Leyla Arvas said the talks were over.',
      ),
    ).toEqual(['Teodora Ruskell', 'Anil Dorrow', 'Leyla Arvas']);
  });
  it('reads `Elder` before a full name as a title', () => {
    expect(canonicals('“We did not sign away the water,” said Elder Ketrin Amsa.')).toEqual(['Ketrin Amsa']);
  });
});

describe('a radio script’s numbered clip line and its header', () => {
  const script =
    'RADIO DALESIDE / NEWSROOM SCRIPT\nPROG: Daleside Today | BULLETIN: 08:00 | DATE: Mon 3 Mar\nSLUG: FLOODS (LEAD) | DUR: 2\'10"\nPRES: Ann Tell | REP: Bo Marr\n\nPRESENTER: Good morning. Flood defences in Daleside failed overnight.\n\nBO MARR: The water came over the wall at about two.\n\nCLIP 1: IDA VENN, SHOPKEEPER, DALESIDE (0\'12") OUT: ...nobody came\n"The water was at my knees by three and nobody came."\n\nBO MARR: The council says pumps are on their way.\n\nPIC 1: Sandbags outside a shop in Daleside on Monday. (Bo Marr/RD)\n';
  it('gives the clip’s quotation to the person its line names, and no turn to the clip or the picture', () => {
    const rows = quoteRows(script);
    expect(rows).toContainEqual(['direct', 'IDA VENN', 'The water was at my knees by three and nobody came.']);
    expect(rows.filter((r) => /^(CLIP|PIC|PROG)/u.test(r[1] ?? ''))).toEqual([]);
  });
  it('reads the header’s fields as no headline claim', () => {
    expect(quoteRows(script).filter((r) => r[2]?.includes('BULLETIN'))).toEqual([]);
  });
});

describe('a label naming who asks or answers after `from`', () => {
  it('gives the quotation under `Question from NAME, PLACE:` to that person, and the reply to the one named after `Response from`', () => {
    const text =
      'Committee minutes\n\nPublic question\n\nQuestion from Ines Valcourt, Eastbank:\n"My son uses a wheelchair. How would he have been got out?"\n\nResponse from the Chief Executive:\n"Every station has an evacuation chair."\n';
    expect(quoteRows(text)).toEqual([
      ['direct', 'Ines Valcourt', 'My son uses a wheelchair. How would he have been got out?'],
      ['direct', 'the Chief Executive', 'Every station has an evacuation chair.'],
    ]);
  });
});

describe('a message sent to a listener', () => {
  itGives([
    [
      'One reader, Marek Tull, messaged us that the lights in his carriage had dimmed.',
      { content: 'the lights in his carriage had dimmed', speaker: 'Marek Tull', kind: 'indirect' },
    ],
    [
      'Another reader texted us that the train had stopped under the river.',
      { content: 'the train had stopped under the river', speaker: 'Another reader', kind: 'indirect' },
    ],
    [
      'The driver radioed the control room that the brakes had failed.',
      { content: 'the brakes had failed', speaker: 'The driver', kind: 'indirect' },
    ],
  ]);
});

describe('a reporting clause set between commas after a coordinator', () => {
  itGives([
    [
      'It was 7.42am, somewhere in the tunnel, and, she says, nobody in her carriage paid much attention.',
      { content: 'nobody in her carriage paid much attention', speaker: 'she', kind: 'indirect' },
    ],
  ]);
});

describe('a briefing’s answers and a journalist who names herself', () => {
  const briefing =
    'Ministry of Foreign Affairs\n\nRegular Press Briefing by Spokesperson Jorun Valk\n\n[Unofficial transcript. Answers given in Marrowese have been rendered into English.]\n\nVALK: Good afternoon. I will take your questions.\n\nQ: Hanne Dross, Lindhaven Evening Post. Is the row damaging relations?\n\nA: Relations are long-standing and strong.\n\nQ: Minister Hadek said the ship would stay. Do you agree?\n\nA: We do not agree.\n';
  it('gives `A:` to the spokesperson the title names, not a word in an editor’s bracketed note', () => {
    const rows = turnRows(briefing);
    expect(rows.filter((r) => r[0] === 'A').map((r) => r[1])).toEqual(['Jorun Valk', 'Jorun Valk']);
  });
  it('gives a question to the journalist who opens it with her name and outlet, not to a name it addresses', () => {
    const rows = turnRows(briefing).filter((r) => r[0] === 'Q');
    expect(rows.map((r) => r[1])).toEqual(['Hanne Dross', 'Reporter']);
  });
});

describe('a further comment labelled with its speaker and role', () => {
  it('gives the quotation below `Additional comment from NAME, ROLE, BODY:` to the person named', () => {
    const text =
      'Statement\n\nAdditional comment from Mirela Sandoval, Director, Open Dispatch Committee:\n\n“Eleven reporters are packing their bags tonight.”\n';
    expect(quoteRows(text)).toEqual([
      ['direct', 'Mirela Sandoval', 'Eleven reporters are packing their bags tonight.'],
    ]);
  });
});

describe('an `as` clause telling what else happened', () => {
  itGives([
    [
      'The government defended its decision, saying the reporters had "abused the hospitality" of the Republic, as Aldmark and Ostmere summoned its envoys.',
      {
        content: 'the reporters had "abused the hospitality" of the Republic',
        speaker: 'The government',
        kind: 'mixed',
      },
    ],
    [
      'The ministry said the talks had failed, as the two delegations left the capital.',
      { content: 'the talks had failed', speaker: 'The ministry', kind: 'indirect' },
    ],
    [
      'The ministry said the drill was routine, as the law requires.',
      { content: 'the drill was routine, as the law requires', speaker: 'The ministry', kind: 'indirect' },
    ],
    [
      'The ministry said the levy would stand, as it had since 1974.',
      { content: 'the levy would stand, as it had since 1974', speaker: 'The ministry', kind: 'indirect' },
    ],
  ]);
});

describe('a fact-check’s `Said by:` field over its `Claim:`', () => {
  it('gives the claimed quotation to the person the field names, and no turn to `Sources:`', () => {
    const text =
      'Fact check: the census\n\nCLAIM 1\n\nSaid by: Ilvar Castellane, Premier of Upper Mereth, on a television debate, 14 July\n\nClaim: “Ninety thousand people in my province were left out of this count.”\n\nVerdict: MISLEADING\n\nSources: NSB data release C24; Regional Treasury paper, May 2024; interviews by the desk.\n';
    expect(quoteRows(text)).toEqual([
      ['direct', 'Ilvar Castellane', 'Ninety thousand people in my province were left out of this count.'],
    ]);
  });
});

describe('a statement handed over by `X said:` without quotation marks', () => {
  const release =
    'Foreign Secretary summons diplomat\n\nThe Foreign Secretary has summoned the chargé d’affaires after two more executions.\n\nForeign Secretary Anna Merrow said:\n\nToday I have summoned the chargé d’affaires to condemn in the strongest terms the executions we witnessed this weekend.\n\nThe regime must end its repression. We will keep working with our partners to hold it to account.\n\nThe Director for the region held the meeting with the chargé d’affaires at the Foreign Office.\n';
  it('is the speaker’s turn, running on while the speaker’s own voice does, not into the release’s narration', () => {
    const turns = turnRows(release);
    expect(turns).toHaveLength(1);
    expect(turns[0]![1]).toBe('Anna Merrow');
    expect(turns[0]![2]).toMatch(/^Today I have summoned .* to hold it to account\.$/su);
  });
  it('keeps the reports inside the statement', () => {
    const text =
      'Ambassador summoned\n\nA Foreign Office spokesperson said:\n\nThe Foreign Secretary has made it clear that it is absolutely unacceptable that a banned chemical weapon has been used.\n';
    expect(quoteRows(text)).toContainEqual([
      'indirect',
      'The Foreign Secretary',
      'it is absolutely unacceptable that a banned chemical weapon has been used',
    ]);
  });
  it('hands nothing over to a post’s header and its quotation, nor from an institution', () => {
    const post =
      'Live\n\nOne councillor posted this a few minutes ago:\n\nCllr Gwen Lathey @GwenLathey · 12.31\n“Respect the process, hate the outcome. The ward will be living next to this wall.”\n';
    expect(turnRows(post)).toEqual([]);
    const ministry =
      'Statement\n\nWith regard to the report, the Ministry states the following:\n\nThe investigators never set foot in the district and relied on material supplied by others.\n';
    expect(turnRows(ministry)).toEqual([]);
  });
});

describe('a doorstop record whose labels are set in capitals without a colon', () => {
  it('reads `QUESTION` and `FOREIGN MINISTER` opening paragraphs as turns', () => {
    const text =
      'Doorstop interview - New York\n\nQUESTION How frustrating is it that the other side is still trying to deflect blame?\n\nFOREIGN MINISTER There was a significant repudiation of their version of events today.\n\nQUESTION What can come out of that exchange?\n\nFOREIGN MINISTER It was not quite evident why they called this debate today.\n';
    expect(turnRows(text).map((r) => [r[0], r[1]])).toEqual([
      ['QUESTION', 'Reporter'],
      ['FOREIGN MINISTER', 'Foreign Minister'],
      ['QUESTION', 'Reporter'],
      ['FOREIGN MINISTER', 'Foreign Minister'],
    ]);
  });
  it('reads no label from paragraphs that open with an acronym or a name in capitals', () => {
    const text =
      'Report\n\nUN officials said the convoy had been stopped at the border.\n\nUN Secretary-General Ana Holm said the talks would resume.\n\nNATO Ministers met in Brussels on Tuesday.\n';
    expect(turnRows(text)).toEqual([]);
  });
});

describe('a delivered speech under its speaker’s name', () => {
  it('gives the speech below a full name alone on its line, opening with an address, to that person', () => {
    const text =
      'The record speaks for itself: statement to the Council\n\nAmbassador Nils Varo says that most countries have rejected the claims.\n\nNils Varo\n\nThank you, Mr. Chair. Last Friday almost fifty ministers spoke in this room. We heard them clearly.\n\nWe will keep standing with our partners.\n';
    const turns = turnRows(text);
    expect(turns.map((r) => [r[0], r[1]])).toEqual([['Nils Varo', 'Nils Varo']]);
    expect(turns[0]![2]).toMatch(/^Thank you, Mr\. Chair\..*with our partners\.$/su);
  });
  it('reads no speech under a name line followed by narration', () => {
    const text =
      'Obituary\n\nMarta Ilves\n\nMarta Ilves, who has died aged 81, ran the harbour office for thirty years.\n';
    expect(turnRows(text)).toEqual([]);
  });
});

describe('a weekday without its `on` between a cue and its clause', () => {
  itGives([
    [
      'Foreign Minister Hina Varo said Thursday the talks had failed.',
      { content: 'the talks had failed', speaker: 'Foreign Minister Hina Varo', kind: 'indirect' },
    ],
    [
      'She was responding to comments by Admiral Tom Galt, who said Thursday the agency is closely tied to the network.',
      { content: 'the agency is closely tied to the network', speaker: 'Admiral Tom Galt', kind: 'indirect' },
    ],
    [
      'The ministry said Thursday’s meeting had been cancelled.',
      { content: 'Thursday’s meeting had been cancelled', speaker: 'The ministry', kind: 'indirect' },
    ],
  ]);
});

describe('a statement’s own acts and its designation in the title', () => {
  it('reads no report in the issuer’s present-tense demand or stance in a statement its title designates', () => {
    const text =
      'The launch of military actions in the north (Statement by Foreign Minister Ilse Varo)\n\n1. Norway urges Russia to cease the attack and withdraw its forces immediately.\n\n2. Norway welcomes the adoption of the resolution.\n';
    expect(quoteRows(text)).toEqual([]);
  });
  it('still reads a clause the issuer hands over with `that`, and the same demand told in the past', () => {
    const statement =
      'Ardenia: Statement by the Ministry of Foreign Affairs\n\nThe Ministry stresses that the decision commits all parties to the ceasefire.\n';
    expect(quoteRows(statement)).toEqual([
      ['indirect', 'The Ministry', 'the decision commits all parties to the ceasefire'],
    ]);
    const news =
      'Norway presses Russia\n\nIn Oslo on Monday, Norway urged Russia to cease the attack and withdraw its forces immediately.\n';
    expect(quoteRows(news)).toEqual([
      ['indirect', 'Norway', 'Russia to cease the attack and withdraw its forces immediately'],
    ]);
  });
  it('reads no claim in a headline whose colon opens the text’s designation', () => {
    const text =
      'Foreign Affairs Council: Press remarks by High Representative Ana Holm after the meeting\n\nToday, it has been an intense meeting as always.\n';
    expect(quoteRows(text)).toEqual([]);
  });
});

describe('a plural subject with a participle after its head, before a present cue', () => {
  itGives([
    [
      'Residents living near the plant say that the water is unsafe.',
      { content: 'the water is unsafe', speaker: 'Residents living near the plant', kind: 'indirect' },
    ],
    [
      'Families affected by the flood say they were never warned.',
      { content: 'they were never warned', speaker: 'Families affected by the flood', kind: 'indirect' },
    ],
    [
      'Constituents stranded in the Ildran Islands tell me they have been told nothing at all.',
      {
        content: 'they have been told nothing at all',
        speaker: 'Constituents stranded in the Ildran Islands',
        kind: 'indirect',
      },
    ],
    [
      'The shipping lines say they cannot wait three weeks.',
      { content: 'they cannot wait three weeks', speaker: 'The shipping lines', kind: 'indirect' },
    ],
  ]);
});

describe('an excerpt of a briefing that keeps one label', () => {
  it('reads the one label in capitals under a briefing title as the speaker’s turn', () => {
    const text =
      'Daily Press Briefing\n\nOskar Lindt\n\nMR. LINDT: Good afternoon. I have one item at the top. We condemn the attack on the aid convoy near Parvo.\n\nThe convoy was clearly marked and its route was shared with all parties in advance.\n';
    expect(turnRows(text)).toEqual([
      [
        'MR. LINDT',
        'Oskar Lindt',
        'Good afternoon. I have one item at the top. We condemn the attack on the aid convoy near Parvo.\n\nThe convoy was clearly marked and its route was shared with all parties in advance.',
      ],
    ]);
  });
  it('reads a label closed by a full stop, and a title with the name in the label', () => {
    const stop =
      'Press Briefing by Defence Secretary Hana Varga\n\nMS. VARGA.  Thank you all for coming. Over the past week we have moved two ships into the strait.\n';
    expect(turnRows(stop).map((r) => r[0])).toEqual(['MS. VARGA']);
    const titled =
      'Press Briefing by Defence Secretary Hana Varga\n\nSECRETARY OF DEFENCE HANA VARGA:  Thank you all for coming. Over the past week we have moved two ships into the strait.\n';
    expect(turnRows(titled).map((r) => r[0])).toEqual(['SECRETARY OF DEFENCE HANA VARGA']);
  });
  it('reads a bare question label alone in a briefing, and a question joined with a dash', () => {
    const lone =
      'Press Briefing by Spokesperson Tilde Aas\n\nQ: Thank you. How will the ministry respond to the closure of the border crossing?\n';
    expect(turnRows(lone).map((r) => [r[0], r[2]])).toEqual([
      ['Q', 'Thank you. How will the ministry respond to the closure of the border crossing?'],
    ]);
    const dashed =
      'Press Briefing by Spokesperson Tilde Aas\n\nQ — just on another topic. Do you have a comment on the summit next week?\n\nMS. AAS: We do not comment on meetings that have not taken place.\n';
    expect(turnRows(dashed).map((r) => r[0])).toEqual(['Q', 'MS. AAS']);
  });
  it('reads no turn from one label where nothing says a briefing is recorded, nor from a question lead-in in minutes', () => {
    const release = 'Harbour works to begin\n\nMR. LINDT: The harbour works will begin in May and end by the autumn.\n';
    expect(turnRows(release)).toEqual([]);
    const minutes =
      'Minutes of the transport committee meeting\n\nQuestion from Ina Vale, Eastbank:\n“When will the lift at Eastbank station be repaired?”\n';
    expect(turnRows(minutes)).toEqual([]);
  });
});

describe('a perfect with its auxiliary contracted before the cue', () => {
  itGives([
    [
      'We’ve made clear that the border must stay open to aid.',
      { content: 'the border must stay open to aid', speaker: 'We’ve', kind: 'indirect' },
    ],
    [
      "They've warned that fares will rise in the spring.",
      { content: 'fares will rise in the spring', speaker: "They've", kind: 'indirect' },
    ],
  ]);
});

describe('cues and clauses from real statements and wire reports', () => {
  itGives([
    [
      'The Ministry of Defence has communicated that more than forty strikes have been carried out overnight.',
      {
        content: 'more than forty strikes have been carried out overnight',
        speaker: 'The Ministry of Defence',
        kind: 'indirect',
      },
    ],
    [
      'The embassy said Wednesday it still seeks an independent inquiry into the shooting.',
      { content: 'it still seeks an independent inquiry into the shooting', speaker: 'The embassy', kind: 'indirect' },
    ],
    [
      'The inquiry panel has clearly stated – the investigations must continue.',
      { content: 'the investigations must continue', speaker: 'The inquiry panel', kind: 'indirect' },
    ],
    [
      'The envoy said — and this matters — that the talks had collapsed.',
      { content: 'the talks had collapsed', speaker: 'The envoy', kind: 'indirect' },
    ],
  ]);
  itGivesNone([
    'The ministry communicated the decision to the embassy on Friday.',
    'I’ve told your officials that more than once.',
    'He said that again and again.',
    'She asked for that work to be finished by the end of July.',
    'The minister said – in a rare moment of candour.',
  ]);
});

describe('sources, surnames and contractions from real releases and wire copy', () => {
  itGives([
    [
      'At least 900 political prisoners still remain in custody according to the rights group Kestrel Watch.',
      {
        content: 'At least 900 political prisoners still remain in custody',
        speaker: 'the rights group Kestrel Watch',
        kind: 'indirect',
      },
    ],
    [
      'The defence ministry communicated this morning that more than forty strikes had been carried out.',
      {
        content: 'more than forty strikes had been carried out',
        speaker: 'The defence ministry',
        kind: 'indirect',
      },
    ],
    [
      "The government's made clear that the border will stay open.",
      { content: 'the border will stay open', speaker: "The government's", kind: 'indirect' },
    ],
  ]);
  itGivesNone([
    'The detainees remain in custody according to the law.',
    'The harvest went according to plan.',
    'Velgrad’s threatened “mirror response” never came.',
    "The country's reported cases rose again in March.",
  ]);
  it('reads a surname that is spelt like a title’s abbreviation (`Sen`) as the name a later pronoun takes up', () => {
    const text =
      'Prime minister hits back\n\nHun Sen questioned the role of President Arlo Whitcombe in the coup.\n\n“We will not bow to pressure from abroad,” he said.\n';
    expect(attribute(parseDocument(text)).quotes.map((q) => [q.speaker?.text, q.canonical])).toEqual([
      ['he', 'Hun Sen'],
    ]);
  });
});

describe('a delivered speech or a statement titled `… statement on …` speaks for its country', () => {
  it('reads no report in the country’s own stance in a speech that opens with its address', () => {
    const text =
      'Reform of the Council adopted by the Assembly\n\nMr. President, distinguished delegates,\n\nToday Norway welcomes the call for members who hold a veto to explain its use to the Assembly.\n';
    expect(quoteRows(text)).toEqual([]);
  });
  it('reads no report in a stance under `Prime Minister’s statement on …` or a declaration’s `considers`', () => {
    const statement =
      'Prime Minister’s statement on the invasion of Ardenia\n\nGood afternoon. Norway calls on Russia to withdraw its forces immediately.\n';
    expect(quoteRows(statement)).toEqual([]);
    const declaration =
      'Declaration by the High Representative on behalf of the EU on the “elections” in the east\n\nThe EU considers the holding of these “elections” illegal and will not recognise them.\n';
    expect(quoteRows(declaration)).toEqual([]);
  });
  it('still reads the same stance told in the past in a news report', () => {
    const news =
      'Ardenia presses Russia\n\nIn Oslo on Monday, Norway called on Russia to withdraw its forces immediately.\n';
    expect(quoteRows(news)).toEqual([['indirect', 'Norway', 'Russia to withdraw its forces immediately']]);
  });
});

describe('a sound bite under a person who talked, and a claim made by a light verb’s subject', () => {
  it('gives a paragraph that is only a quotation to the person the paragraph before says discussed or spoke', () => {
    const text =
      'Envoy in Tokyo\n\nMeanwhile, Deputy Minister Aino Rask discussed the dispute on Thursday with senior officials.\n\n“We talked about how the two countries can restore trust, and about the fishing grounds.”\n\nTalks resume next week.\n';
    expect(quoteRows(text)).toEqual([
      [
        'direct',
        'Deputy Minister Aino Rask',
        'We talked about how the two countries can restore trust, and about the fishing grounds.',
      ],
    ]);
  });
  it('does not give it to a one-word name that spoke of something', () => {
    const text =
      'Reactions\n\nArvenne spoke of an “assault” on the palace.\n\n“Everybody condemns on day one.” That was how one senior diplomat put it on Wednesday.\n';
    expect(quoteRows(text).filter((r) => r[1] === 'Arvenne')).toEqual([]);
  });
  itGives([
    [
      'Last week, the delegation made a false and dangerous allegation that the two navies were mining the strait.',
      { content: 'the two navies were mining the strait', speaker: 'the delegation', kind: 'indirect' },
    ],
  ]);
  itGivesNone([
    'The ministry made a statement on the claims that were published by the paper on Monday.',
    'The ministry made light of claims that the dam had cracked overnight.',
  ]);
});

describe('figures and records that show, not say', () => {
  itGivesNone([
    'Ministry figures show that around 3,200 people took part in the march.',
    'Our records show that the group left the border post at 14:35.',
    'Police data suggest that the crowd was smaller than the organisers claimed.',
  ]);
  itGives([
    [
      'The inspectors’ report shows that the barrier had not been tested for two years.',
      { content: 'the barrier had not been tested for two years', speaker: 'The inspectors’ report', kind: 'indirect' },
    ],
  ]);
});

describe('agreeing on a thing, not reporting a clause', () => {
  itGivesNone([
    'Ministers agreed the distribution key set out below.',
    'The two banks agreed terms on 4 November for a transaction valuing the lender at 2.6 billion crowns.',
  ]);
  itGives([
    [
      'The two sides agreed in April that fresh produce would be cleared at the crossing.',
      { content: 'fresh produce would be cleared at the crossing', speaker: 'The two sides', kind: 'indirect' },
    ],
    ['They agreed prices would rise.', { content: 'prices would rise', speaker: 'They', kind: 'indirect' }],
  ]);
});

describe('a claim noun whose giver follows it', () => {
  itGives([
    [
      'The council rejected allegations from the former mayor, Idris Vahl, that the tender had been rigged.',
      { content: 'the tender had been rigged', speaker: 'Idris Vahl', kind: 'indirect' },
    ],
    [
      'Exports resumed despite protests from Olvany that the cargo was contaminated.',
      { content: 'the cargo was contaminated', speaker: 'Olvany', kind: 'indirect' },
    ],
    [
      'The delegation agrees with the 2 May statement by the Director of the Office, Hanne Roos, that the detentions are arbitrary.',
      { content: 'the detentions are arbitrary', speaker: 'Hanne Roos', kind: 'indirect' },
    ],
  ]);
  itGivesNone(['It is a very polite letter from a company that has just been told it will lose the contract.']);
  itGives([
    [
      'The envoy said in a statement from Telmar that she was deeply concerned.',
      { content: 'she was deeply concerned', speaker: 'The envoy', kind: 'indirect' },
    ],
  ]);
});

describe('a name with its office over a lone turn', () => {
  it('reads `Name, Office:` under a press-conference title as the one turn, with its paragraphs', () => {
    const text =
      'Press conference, Lindholm\n\nAsa Merrow, Foreign Minister: Let me start with the situation at the border. We have seen a sharp rise in incidents.\n\nWe will keep working with our partners on this.\n';
    expect(turnRows(text)).toEqual([
      [
        'Asa Merrow',
        'Asa Merrow',
        'Let me start with the situation at the border. We have seen a sharp rise in incidents.\n\nWe will keep working with our partners on this.',
      ],
    ]);
  });
  it('leaves `Name, Office:` alone under a title that records nothing spoken', () => {
    const text =
      'Annual report on consular services\n\nAsa Merrow, Foreign Minister: Let me start with the situation at the border. We have seen a sharp rise in incidents.\n';
    expect(turnRows(text)).toEqual([]);
  });
});

describe('a bare `Q` and a space in a White House record', () => {
  it('reads `Q Text` as a question turn under a briefing title', () => {
    const text =
      'Press Briefing by Press Secretary Lena Orvik\n\nQ The allies issued a statement on the strait this morning. Will there be consequences?\n\nMS. ORVIK: We have been clear about our policy.\n\nQ And on the sanctions?\n\nMS. ORVIK: Nothing to announce today.\n';
    expect(turnRows(text).map((r) => [r[0], r[2]])).toEqual([
      ['Q', 'The allies issued a statement on the strait this morning. Will there be consequences?'],
      ['MS. ORVIK', 'We have been clear about our policy.'],
      ['Q', 'And on the sanctions?'],
      ['MS. ORVIK', 'Nothing to announce today.'],
    ]);
  });
  it('does not read a paragraph opening with the letter Q as a turn in a report', () => {
    const text =
      'Road works this week\n\nQ Street will be closed to traffic from Monday. Residents were told last week.\n\nMR. ADAMS: We regret the disruption.\n\nMS. LEE: The works are needed.\n';
    expect(turnRows(text).map((r) => r[0])).toEqual(['MR. ADAMS', 'MS. LEE']);
  });
});

describe('a reported clause opening with its subordinate clause', () => {
  itGives([
    [
      'Colonel Ruth Amsel, at the Institute for Border Studies, says while the patrols were restrained during the last clash, they could be provoked to fire.',
      {
        content: 'while the patrols were restrained during the last clash, they could be provoked to fire',
        speaker: 'Colonel Ruth Amsel',
        kind: 'indirect',
      },
    ],
  ]);
  itGives([
    [
      'The minister said while visiting Kessport, that the port would reopen.',
      { content: 'the port would reopen', speaker: 'The minister', kind: 'indirect' },
    ],
  ]);
});

describe('a demonstrative object, a demand and a noun in apposition, not a report', () => {
  itGivesNone([
    'We have raised that with a number of our allies and partners across the region.',
    'The Union expects those responsible for all the violations to be held accountable.',
  ]);
  it('leaves a `that` clause after a noun in apposition to the noun, not the cue before it', () => {
    const text =
      'The two sides accused each other on Sunday of new shelling, further signs that the truce has collapsed.';
    const quotes = run(text).a.quotes.map((q) => q.content.text);
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.filter((c) => c.includes('truce'))).toEqual([]);
  });
  itGives([
    [
      'A senior officer told a news agency that more than twice that number came.',
      { content: 'more than twice that number came', speaker: 'A senior officer', kind: 'indirect' },
    ],
    [
      'She says she wrote to the ministry in March, and that the ministry never replied.',
      {
        content: 'she wrote to the ministry in March, and that the ministry never replied',
        speaker: 'She',
        kind: 'indirect',
      },
    ],
  ]);
});

describe('a stance stated as having been clear', () => {
  itGives([
    [
      'The Prime Minister has been clear that we recognise the need for pauses to deliver aid safely.',
      {
        content: 'we recognise the need for pauses to deliver aid safely',
        speaker: 'The Prime Minister',
        kind: 'indirect',
      },
    ],
    [
      'We have been very clear that the talks must resume without conditions.',
      { content: 'the talks must resume without conditions', speaker: 'We', kind: 'indirect' },
    ],
  ]);
  itGivesNone([
    'It has been clear for months that the talks would fail.',
    'The Secretary was clear about the three priorities he raised.',
  ]);
});

describe('a speaker shown or quoted saying, without `as`', () => {
  itGives([
    [
      'Ms Orlov was shown saying the crew had "clearly strayed" into the bay.',
      { content: 'the crew had "clearly strayed" into the bay', speaker: 'Ms Orlov', kind: 'mixed' },
    ],
    [
      'The envoy was quoted saying that the border would stay closed.',
      { content: 'the border would stay closed', speaker: 'The envoy', kind: 'indirect' },
    ],
  ]);
});

describe('a name alone on its line over a lone turn', () => {
  it('reads `Name:` alone on its line under a press-conference title as the turn below it', () => {
    const text =
      'Press conference\n\nSubjects: Sanctions; the border.\n\nAsa Merrow:\n\nThanks everyone for joining us this morning. There is strong agreement among partners.\n\nThis unity matters.\n';
    expect(turnRows(text)).toEqual([
      [
        'Asa Merrow',
        'Asa Merrow',
        'Thanks everyone for joining us this morning. There is strong agreement among partners.\n\nThis unity matters.',
      ],
    ]);
  });
  it('does not read a heading with a colon alone on its line as a speaker', () => {
    const text =
      'Press conference\n\nBackground Briefing:\n\nThanks everyone for joining us this morning. There is strong agreement among partners.\n';
    expect(turnRows(text)).toEqual([]);
  });
});

describe('a reporting clause set after `as` and its comma', () => {
  itGives([
    [
      'The plan failed, just as, he said, the old one continues to fail in every other town.',
      { content: 'the old one continues to fail in every other town', speaker: 'he', kind: 'indirect' },
    ],
  ]);
});

describe('an amount pledged, intelligence that reveals, a participle before a colon, a source heard from', () => {
  itGivesNone(['The kingdom remains a leading donor, pledging up to $240 million this year alone.']);
  itGives([
    [
      'British intelligence reveals that two drones struck the grain terminal on 3 May.',
      { content: 'two drones struck the grain terminal on 3 May', speaker: 'British intelligence', kind: 'indirect' },
    ],
    [
      'As you heard from the Under-Secretary, there was no notification of the launch.',
      { content: 'there was no notification of the launch', speaker: 'the Under-Secretary', kind: 'indirect' },
    ],
  ]);
  it('gives the quotation after `Noting …, X said:` to X, and the participle clause to nobody', () => {
    const text =
      'Update\n\nNoting the decision of the envoy to travel to Geneva at short notice, Minister Arlen said:\n\n“While we note the announcement, we will be clear at the Council today that we need to see real moves.”\n';
    expect(quoteRows(text)).toEqual([
      [
        'direct',
        'Minister Arlen',
        'While we note the announcement, we will be clear at the Council today that we need to see real moves.',
      ],
    ]);
  });
});

describe('a country or an organisation’s present-tense stance in its own release', () => {
  it('reads no report in a ministry release with no designation in its title', () => {
    const text =
      'MOFA condemns the seizure of the fishing boat\n\nMarch 3, 2025\n\nMOFA strongly condemns the seizure and urges the Beijing authorities to release the crew at once.\n\nThe Ministry of Foreign Affairs calls on the international community to uphold freedom of navigation.\n';
    expect(quoteRows(text)).toEqual([]);
  });
  it('still reads a spokesperson who said so, and a clause handed over with `that`', () => {
    const text =
      'Ministry response\n\nThe ministry’s spokesperson said the crew would be released. The Ministry stresses that the boat was in international waters.\n';
    expect(quoteRows(text)).toEqual([
      ['indirect', 'The ministry’s spokesperson', 'the crew would be released'],
      ['indirect', 'The Ministry', 'the boat was in international waters'],
    ]);
  });
});

describe('a present-tense clause after a weekday, and a participle after `was on` or `was in`', () => {
  itGives([
    [
      'A ministry spokeswoman said Thursday the new tariffs represent a fresh attempt to punish Olvany.',
      {
        content: 'the new tariffs represent a fresh attempt to punish Olvany',
        speaker: 'A ministry spokeswoman',
        kind: 'indirect',
      },
    ],
    [
      'Tomas Brandt was on television yesterday saying that the Speaker has the right to travel.',
      { content: 'the Speaker has the right to travel', speaker: 'Tomas Brandt', kind: 'indirect' },
    ],
    [
      'You heard it from our adviser, Tomas Brandt, who was on many of your networks yesterday saying that the visit is lawful.',
      { content: 'the visit is lawful', speaker: 'Tomas Brandt', kind: 'indirect' },
    ],
    [
      'The minister was in Geneva on Monday saying the talks would resume.',
      { content: 'the talks would resume', speaker: 'The minister', kind: 'indirect' },
    ],
  ]);
  itGivesNone(['The ministry said Monday the talks with the rebels.']);
});

describe('a claim to have done something, an assessment expressed, and more of a release’s own acts', () => {
  itGives([
    [
      'The junta claims to have tested a long-range missile over the sea.',
      { content: 'to have tested a long-range missile over the sea', speaker: 'The junta', kind: 'indirect' },
    ],
  ]);
  itGivesNone([
    'The group claimed responsibility for the attack on the depot.',
    'Users who claim to be over 16 must now confirm their age with their bank.',
    'The Ministry asks the countries concerned to settle their differences through dialogue.',
    'The Ministry firmly rejects the accusations made by the neighbouring government.',
  ]);
  itGives([
    [
      'The government had expressed the assessment that the incident was not in line with the facts.',
      { content: 'the incident was not in line with the facts', speaker: 'The government', kind: 'indirect' },
    ],
  ]);
});

describe('a readout attributable to its spokesperson', () => {
  it('gives the paragraphs under `The below is attributable to X:` to X, in any voice', () => {
    const text =
      'Secretary Lind’s Meeting with Foreign Minister Oru\n\nThe below is attributable to Spokesperson Tomas Brandt:\n\nSecretary of State Ada Lind met with Foreign Minister Oru in Vientiane on the margins of the ministerial meetings on July 27.\n\nThe two sides had open and productive discussions on key bilateral and regional issues.\n';
    expect(turnRows(text)).toEqual([
      [
        'Spokesperson Tomas Brandt',
        'Tomas Brandt',
        'Secretary of State Ada Lind met with Foreign Minister Oru in Vientiane on the margins of the ministerial meetings on July 27.\n\nThe two sides had open and productive discussions on key bilateral and regional issues.',
      ],
    ]);
  });
  it('hands over only paragraphs in prose: a list under the line is no statement', () => {
    const text =
      'Secretary Lind’s Meeting with Foreign Minister Oru\n\nThe below is attributable to Spokesperson Tomas Brandt:\n\n- Meeting with Foreign Minister Oru in Vientiane, July 27\n\n- Bilateral, regional and global issues\n';
    expect(turnRows(text)).toEqual([]);
  });
});

describe('an adverb and a preposition after a cue, with no clause', () => {
  itGivesNone([
    'The international community is responding particularly through coordinated sanctions on those who hold power.',
  ]);
  it('still reads the clause a `that` opens further on (`writing shortly after the show that …`)', () => {
    const { a } = run(
      'Rafe Aster was kinder, writing shortly after the show that the collection was “a farewell in the only language he trusts”.',
    );
    const found = a.quotes.filter((q) =>
      q.content.text.endsWith('the collection was “a farewell in the only language he trusts”'),
    );
    expect(found.map((q) => q.speaker?.text)).toEqual(['Rafe Aster']);
  });
});

describe('a document that says, in a restrictive relative clause', () => {
  itGives([
    [
      'The capital dismissed an annual report by the Trade Office that says its subsidies rose sharply last year.',
      { content: 'its subsidies rose sharply last year', speaker: 'the Trade Office', kind: 'indirect' },
    ],
    [
      'The capital dismissed a new report that says its subsidies rose sharply last year.',
      { content: 'its subsidies rose sharply last year', speaker: 'a new report', kind: 'indirect' },
    ],
    [
      // The issuer's own clause before the document is no part of the document's mention.
      'The ministry issued a statement which says the border talks have failed for good.',
      { content: 'the border talks have failed for good', speaker: 'a statement', kind: 'indirect' },
    ],
  ]);
  itGivesNone([
    'Officials should refrain from public statements that describe the reporters as “traitors”.',
    'They ignored the fact that says little about the season ahead.',
  ]);
  it('gives the verb after the comma that closes the relative clause to the main clause’s subject', () => {
    const rows = quoteRows(
      'Inquiry\n\nOn Monday the harbour master, Ilse Varga, withdrew a port notice that had blamed the pilots for the collision, and said the order to sail had come from the owners.\n',
    );
    expect(rows).toContainEqual([
      'indirect',
      'the harbour master, Ilse Varga',
      'the order to sail had come from the owners',
    ]);
  });
});

describe('speech that should be made, not speech made', () => {
  itGivesNone([
    'It is essential that all member states enforce the embargo in full and urge the junta to release the prisoners.',
  ]);
  it('reads the demand itself, not the speech it demands', () => {
    expect(quoteRows('Council\n\nThe envoy insisted that the council condemn the shelling without delay.\n')).toEqual([
      ['indirect', 'The envoy', 'the council condemn the shelling without delay'],
    ]);
  });
  itGives([
    [
      'It is important that officials said the count was fair and open.',
      { content: 'the count was fair and open', speaker: 'officials', kind: 'indirect' },
    ],
  ]);
});

describe('an `as` clause closing the sentence', () => {
  itGives([
    [
      'The ceasefire lines must be respected by every armed group, as the Secretary-General has said.',
      {
        content: 'The ceasefire lines must be respected by every armed group',
        speaker: 'the Secretary-General',
        kind: 'indirect',
      },
    ],
    [
      'We share that view and agree that there is an urgent need to establish the facts, as the President has said.',
      { content: 'there is an urgent need to establish the facts', speaker: 'the President', kind: 'indirect' },
    ],
  ]);
  itGivesNone([
    'We stand with the people of the valley in their struggle, as the minister has said.',
    'The harvest will be late again this year in the north, as we all expect.',
  ]);
  it('leaves a clause that reports on its own to its own speaker', () => {
    const rows = quoteRows(
      'Inquiry\n\nShe said a software fault had probably left the drone flying on its last course, as the manufacturer maintains.\n',
    );
    expect(rows.map(([kind, speaker]) => [kind, speaker])).toEqual([['indirect', 'She']]);
  });
});

describe('the speaker’s own second verb after a comma, an adjective `telling`, a place after `in`', () => {
  itGives([
    [
      'During the forum today, in which the neighbours also took part, I raised the fishing dispute, and clearly stated that we have grave concerns about the patrols.',
      { content: 'we have grave concerns about the patrols', speaker: 'I', kind: 'indirect' },
    ],
  ]);
  itGivesNone(['It was telling that so many delegations travelled to the forum in the middle of the strike.']);
  it('resolves no `he` to the place of a dateline', () => {
    const { a } = run(
      'As delivered to the Permanent Council, Vellory, 30 April 2020\n\nThank you, Chair. My colleague spoke first, and he said that the report was biased.',
    );
    expect(a.quotes.map((q) => [q.speaker?.text, q.canonical])).toEqual([['he', null]]);
  });
  it('resolves no `she` to a one-word place met only after `in`', () => {
    const { a } = run('Delegates met in Vellory on Monday for a second round.\n\nShe said the talks had failed again.');
    expect(a.quotes.map((q) => [q.speaker?.text, q.canonical])).toEqual([['She', null]]);
  });
});

describe('a law as reflected in a convention', () => {
  itGivesNone([
    'They must respect the rights of every citizen, as recognised by the Basic Law, and free all those held for their views.',
    'The law of the sea, as reflected in the Montego Convention, sets out the rules for every vessel at sea.',
  ]);
  itGives([
    [
      'As noted in the harbour report, traffic rose sharply in the north last year.',
      { content: 'traffic rose sharply in the north last year', speaker: 'the harbour report', kind: 'indirect' },
    ],
  ]);
});

describe('what someone said, as the object of a relative clause without its pronoun', () => {
  itGivesNone(['There are several things she said yesterday that I must answer before we vote.']);
  itGives([
    [
      'In those weeks he said nothing would change at the port.',
      { content: 'nothing would change at the port', speaker: 'he', kind: 'indirect' },
    ],
    [
      'Rusk called the inspectors “cowards” in the same messages he sent to the board.',
      { content: 'cowards', speaker: 'Rusk', kind: 'direct' },
    ],
  ]);
});

describe('a modal that opens a spoken sentence without its subject', () => {
  itGivesNone(['Would also note – and I raised this yesterday as well – that the treaty binds every party.']);
});

describe('a turn broken off by a dash', () => {
  it('is the speaker’s turn, not a heading, however few its words', () => {
    const text =
      'Press Briefing\n\nMS. ARDEN: Good afternoon, everyone. I have one item on the weather today.\n\nQ: Can you say more about the talks?\n\nMS. ARDEN: We —\n\nQ: Just on the talks.\n\nMS. ARDEN: We will have more to say tomorrow.\n';
    expect(turnRows(text).map(([label, , content]) => [label, content])).toEqual([
      ['MS. ARDEN', 'Good afternoon, everyone. I have one item on the weather today.'],
      ['Q', 'Can you say more about the talks?'],
      ['MS. ARDEN', 'We —'],
      ['Q', 'Just on the talks.'],
      ['MS. ARDEN', 'We will have more to say tomorrow.'],
    ]);
  });
});

describe('a parliament’s question time under one member’s label', () => {
  it('reads the lone label with an honorific, its seat and its clock time in brackets as the turn', () => {
    const text =
      'Question Time - Harbour Dispute: sanctions imposed\n\nMs ANA VELLIS (Northgate–Minister for Foreign Affairs) (14:45): I thank the member for his question. I can confirm to the House that the patrol boats left the strait overnight.\n\nI condemn in the strongest terms the seizure of the trawler.\n';
    expect(turnRows(text).map(([label, canonical]) => [label, canonical])).toEqual([
      ['Ms ANA VELLIS (Northgate–Minister for Foreign Affairs) (14:45)', 'Ana Vellis'],
    ]);
  });
  it('reads no lone title without a name as a speaker (`3. Spokespeople: …`)', () => {
    const text =
      'Notes to editors\n\n1. The bridge opened in 1976.\n\n3. Spokespeople: Ana Vellis, Director of Communications. Interviews are not offered at this time.\n';
    expect(turnRows(text)).toEqual([]);
  });
});

describe('the following points, numbered below', () => {
  it('gives each numbered item to who stated them, and not the outer list’s next item', () => {
    const text =
      'Protest by the Vice-Minister\n\n1. On 12 May, Vice-Minister Oda lodged a protest with the Ambassador.\n\n2. Vice-Minister Oda stated the following points:\n\n(1) Despite our protest on the previous day, the patrol boats once again entered the waters around the islands.\n\n(2) Japan finds it regrettable that the boats continue to sail in the zone.\n\n3. In response, the Ambassador repeated his government’s position.\n';
    expect(quoteRows(text).map(([kind, speaker, content]) => [kind, speaker, content?.slice(0, 30)])).toEqual([
      ['indirect', 'Vice-Minister Oda', 'Despite our protest on the pre'],
      ['indirect', 'Vice-Minister Oda', 'Japan finds it regrettable tha'],
    ]);
  });
});

describe('a sentence passed, not words', () => {
  itGivesNone(['The junta has condemned dozens of students to long prison terms since the spring.']);
  itGives([
    [
      'Several delegations condemned the junta’s attempts to silence the students.',
      { content: 'the junta’s attempts', speaker: 'Several delegations', kind: 'reported' },
    ],
  ]);
});
