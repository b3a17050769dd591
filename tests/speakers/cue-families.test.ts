import { describe, expect, it } from 'vitest';
import { itGives, itGivesNone, quoteRows, run, turnRows } from './quote-expectations';

/** Families of cue errors (which words report, and what they report), each with sentences written for the tests. */
describe('entertainment pages’ reporting verbs', () => {
  itGives([
    [
      'Before the credits, the host teased that next week would bring "a guest you will not expect".',
      { content: 'next week would bring "a guest you will not expect"', speaker: 'the host', kind: 'mixed' },
    ],
    [
      '“I’ve been let down before,” he began, reading from his phone.',
      { content: 'I’ve been let down before,', speaker: 'he', kind: 'direct' },
    ],
  ]);
  // `begin` reports only the quotation right before it or the one its colon hands over.
  itGivesNone(['The judge began the tasting at noon and finished at two.']);
});

describe('a determiner opening the reported clause before a trailing attribution', () => {
  itGives([
    [
      'Each cook would have ninety minutes to produce a dish "that tells us where you come from", he announced.',
      {
        content: 'Each cook would have ninety minutes to produce a dish "that tells us where you come from',
        speaker: 'he',
        kind: 'mixed',
      },
    ],
  ]);
  it('a period after the determiner is still an adverbial (`Each morning, she says, …`)', () => {
    const { a } = run('Each morning, she says, she checks the tide tables before she opens the shop.');
    expect(a.quotes.map((q) => q.speaker?.text)).toEqual(['she']);
    expect(a.quotes[0]?.content.text).toContain('she checks the tide tables before she opens the shop');
  });
});

describe('a review page’s fields are not speakers', () => {
  it('`Warning:` and `GRADE:` lines in a recap with labelled turns', () => {
    const text = [
      'Recap: The Weighing',
      'Warning: this recap contains full spoilers for the fourth episode.',
      'ODA: I want the ledger back by sundown.',
      'MARRIK: You will have it when the tide turns.',
      'GRADE: B+',
    ].join('\n\n');
    expect(turnRows(text).map((row) => row[0])).toEqual(['ODA', 'MARRIK']);
  });
});

describe('a credit line is no report', () => {
  itGivesNone(['Additional reporting: Harwick Press Agency']);
});

describe('a noun taking up the words just reported (`a phrase …`, `a line …`)', () => {
  it('ends the report before it, and opens no report of its own', () => {
    const { a } = run(
      'Amaral said the council’s budget had “a hole the size of the harbour” in it, a line Vasquel now repeats at her rallies.',
    );
    expect(a.quotes.map((q) => [q.content.text, q.speaker?.text])).toEqual([
      ['the council’s budget had “a hole the size of the harbour” in it', 'Amaral'],
    ]);
  });
  it('`…, a phrase I have since heard many times`: the report ends at its comma', () => {
    const { a } = run(
      'The minister said the decision had been taken “at official level”, a phrase I have since heard often.',
    );
    expect(a.quotes.map((q) => q.content.text)).toEqual(['the decision had been taken “at official level”']);
  });
});

describe('a bare clause opened by a capitalised possessive', () => {
  itGives([
    [
      "Rail workers say Thursday's national strike will go ahead.",
      { content: "Thursday's national strike will go ahead", speaker: 'Rail workers', kind: 'indirect' },
    ],
  ]);
});

describe('`up to` and a figure after a cue opens the reported amount', () => {
  itGives([
    [
      'Forecasters say up to forty millimetres could fall tonight.',
      { content: 'up to forty millimetres could fall tonight', speaker: 'Forecasters', kind: 'indirect' },
    ],
    [
      'The water authority says up to 300 more homes could be affected.',
      { content: 'up to 300 more homes could be affected', speaker: 'The water authority', kind: 'indirect' },
    ],
  ]);
});

describe('a reference work’s note markers after a report', () => {
  itGives([
    [
      'Solenne said it was never meant to last more than five years.[14]',
      { content: 'it was never meant to last more than five years', speaker: 'Solenne', kind: 'indirect' },
    ],
    [
      'The minister said the kingdom would “not negotiate its rainfall”.[6][7]',
      { content: 'the kingdom would “not negotiate its rainfall”', speaker: 'The minister', kind: 'mixed' },
    ],
    [
      'Critics said the levy had doubled the cost of a ferry ticket.[citation needed]',
      { content: 'the levy had doubled the cost of a ferry ticket', speaker: 'Critics', kind: 'indirect' },
    ],
  ]);
});

describe('a note’s named speaker and where they spoke, then a colon', () => {
  itGives([
    [
      'Stopped at a bridge. Carrick on the radio to base, then to me: “Write down that we waited.”',
      { content: 'Write down that we waited.', speaker: 'Carrick', kind: 'direct' },
    ],
  ]);
  it('`“…” Writing it down.`: a gerund before a pronoun is no speaker', () => {
    const { a } = run('The convoy waited. “Write down that we waited.” Writing it down.');
    expect(a.quotes.map((q) => q.speaker?.text)).not.toContain('Writing');
  });
});

describe('a cue ending its sentence with `that:` over a list', () => {
  it('each list item is a report of the cue’s subject', () => {
    const text = [
      'Minutes of the meeting',
      '2.2 In their written representations, objectors contended that:\n• the lane is a single track and could not carry the traffic;\n• the paddock floods every winter.',
      'The Chief Executive said:',
      '- waiting lists had fallen for a third month;\n- the new ward would open in May.',
    ].join('\n\n');
    expect(quoteRows(text)).toEqual([
      ['indirect', 'objectors', 'the lane is a single track and could not carry the traffic'],
      ['indirect', 'objectors', 'the paddock floods every winter'],
      ['indirect', 'The Chief Executive', 'waiting lists had fallen for a third month'],
      ['indirect', 'The Chief Executive', 'the new ward would open in May'],
    ]);
  });
  it('a list under a heading with a colon but no cue reports nothing', () => {
    expect(quoteRows('Minutes\n\nThe agenda:\n- apologies;\n- minutes of the last meeting.')).toEqual([]);
  });
});

describe('`swear` and `confess` take a bare clause, and an object reports nothing', () => {
  itGives([
    [
      'Conrad Yell, who swore the phrase was not his, paid for lunch.',
      { content: 'the phrase was not his', speaker: 'Conrad Yell', kind: 'indirect' },
    ],
    [
      'The treasurer confessed he had taken the money.',
      { content: 'he had taken the money', speaker: 'The treasurer', kind: 'indirect' },
    ],
  ]);
  itGivesNone(['She swore an oath of loyalty to the crown.', 'He confessed his part in the scheme.']);
});

describe('`went on` after a quotation attributes it, and nothing elsewhere', () => {
  itGives([
    [
      'Jana Orr spoke first. “Nobody has asked the fishermen,” she went on.',
      { content: 'Nobody has asked the fishermen,', speaker: 'she', kind: 'direct', canonical: 'Jana Orr' },
    ],
    [
      '“The bridge will close in May,” the notice goes on, “and reopen in the autumn.”',
      { content: 'The bridge will close in May,', speaker: 'the notice', kind: 'direct' },
    ],
  ]);
  itGivesNone(['The talks went on into the night.', 'The strike goes on, and the depots stay shut.']);
});

describe('a title in quotation marks in the opening phrase is not what the cue after it reports', () => {
  itGives([
    [
      'Ana Lutz grew up there. In her first book, “Salt Winters”, she describes the town as “a place that forgot its own harbour”.',
      { content: 'a place that forgot its own harbour', speaker: 'she', kind: 'direct', canonical: 'Ana Lutz' },
    ],
    [
      'Piet Arno runs the airline. On the radio show “Early Hours”, he said fares would “never again be that cheap”.',
      { content: 'fares would “never again be that cheap”', speaker: 'he', kind: 'mixed', canonical: 'Piet Arno' },
    ],
  ]);
});

describe('a note or a sign that reads: “…” speaks itself', () => {
  itGives([
    [
      'On the fridge her father had pinned a note that reads: “Back by six. Feed the dog.”',
      { content: 'Back by six. Feed the dog.', speaker: 'a note', kind: 'direct' },
    ],
    [
      'The baker shut early on Friday. A sign on the shop door read: “Closed for the funeral.”',
      { content: 'Closed for the funeral.', speaker: 'A sign on the shop door', kind: 'direct' },
    ],
  ]);
  // Guard: a person who reads aloud still speaks.
  itGives([
    [
      'The clerk read: “The motion is carried.”',
      { content: 'The motion is carried.', speaker: 'The clerk', kind: 'direct' },
    ],
  ]);
});

describe('a subordinate clause’s own speaker, and an exclamation closed inside its marks', () => {
  itGives([
    [
      'The vote was delayed after a woman in the front row shouted that the count was wrong.',
      { content: 'the count was wrong', speaker: 'a woman in the front row', kind: 'indirect' },
    ],
    [
      'The hearing paused when a farmer at the back said the figures were invented.',
      { content: 'the figures were invented', speaker: 'a farmer at the back', kind: 'indirect' },
    ],
    [
      'Tenants in the gallery shouted “Liars!” as the motion passed.',
      { content: 'Liars!', speaker: 'Tenants in the gallery', kind: 'direct' },
    ],
  ]);
  // Guards: an event after `after` is no speaker, and a finding after a subordinator quotes no one.
  itGives([
    [
      'Voters polled after the debate said the levy was unfair.',
      { content: 'the levy was unfair', speaker: 'Voters polled after the debate', kind: 'indirect' },
    ],
  ]);
  itGivesNone(['The charity closed after the regulator found serious failings in its accounts.']);
});

describe('court reporting: an affiliation aside, evidence read to the court, a listener before a named subject', () => {
  itGives([
    [
      'Constable Ines Varro, of the county’s dog unit, said the dog had found nothing.',
      { content: 'the dog had found nothing', speaker: 'Constable Ines Varro', kind: 'indirect' },
    ],
    [
      'An analysis of the van’s brakes, read to the court, states that both pads were worn through.',
      { content: 'both pads were worn through', speaker: 'An analysis of the van’s brakes', kind: 'indirect' },
    ],
    [
      'The pathologist told the court Mr Orme had died within minutes.',
      { content: 'Mr Orme had died within minutes', speaker: 'The pathologist', kind: 'indirect' },
    ],
    [
      'A woman at the back cried out: “He is innocent!”',
      { content: 'He is innocent!', speaker: 'A woman at the back', kind: 'direct' },
    ],
  ]);
  // Guard: a title before the name makes one titled subject, not a listener.
  itGives([
    [
      'He warned the finance minister Lisa Holm would resign.',
      { content: 'the finance minister Lisa Holm would resign', speaker: 'He', kind: 'indirect' },
    ],
  ]);
});

describe('a naming verb’s participle after a comma is passive: its agent speaks', () => {
  itGives([
    [
      'The bypass, described by residents as “a motorway through a meadow”, was approved.',
      { content: 'a motorway through a meadow', speaker: 'residents', kind: 'direct' },
    ],
  ]);
});

describe('a coordinated cue finds the clause subject past a longer aside', () => {
  itGives([
    [
      'Mayor Ilsa Brand, in a statement issued late on Friday night, thanked the crews and said the roads would reopen.',
      { content: 'the roads would reopen', speaker: 'Mayor Ilsa Brand', kind: 'indirect' },
    ],
  ]);
});

describe('fragments coordinated after a naming verb’s quotation are named by the same verb', () => {
  it('gives each fragment of `called it “A” and “B”` (or a list) to the naming subject', () => {
    for (const text of [
      'Councillor Ruth Obi called the levy “a stealth tax” and “an insult to every tenant”.',
      'Councillor Ruth Obi called the levy “a stealth tax”, “an insult to every tenant”.',
    ]) {
      const { a } = run(text);
      expect(a.quotes.map((q) => [q.content.text, q.speaker?.text, q.cue?.text])).toEqual([
        ['a stealth tax', 'Councillor Ruth Obi', 'called'],
        ['an insult to every tenant', 'Councillor Ruth Obi', 'called'],
      ]);
    }
  });

  // Guard: a full sentence in quotation marks after the naming quotation is speech of its own, not a fragment.
  it('leaves a quoted sentence after the naming quotation to its own attribution', () => {
    const { a } = run('The mayor called the plan “reckless”. “We will fight it,” said Ann Lee.');
    expect(a.quotes.map((q) => q.speaker?.text)).toEqual(['The mayor', 'Ann Lee']);
  });
});

describe('`according to` a document names its issuer as the source', () => {
  itGives([
    [
      'Ostrava has missed every housing target since 1998, according to figures from the Lenholt Institute.',
      {
        content: 'Ostrava has missed every housing target since 1998',
        speaker: 'the Lenholt Institute',
        kind: 'indirect',
      },
    ],
    [
      'According to data published by the statistics office, prices rose four percent in May.',
      { content: 'prices rose four percent in May', speaker: 'the statistics office', kind: 'indirect' },
    ],
  ]);
});

describe('a headline’s colon before a verbless, unquoted noun phrase gives a subtitle, not words', () => {
  itGivesNone(['HIDDEN BORDERS: The Helmet in the Furrow\n\nThe dig began in May.']);
  itGivesNone(['Estrela Decides: The Final Leaders’ Debate\n\nThe debate began at eight.']);
  // Guard: a clause after the colon is the named speaker's claim, as before.
  itGives([
    [
      'Mayor Ilse Varga: Tax Cuts Are Coming\n\nThe mayor spoke on Monday.',
      { content: 'Tax Cuts Are Coming', speaker: 'Mayor Ilse Varga', kind: 'indirect' },
    ],
  ]);
});

describe('a speech tag after the speech comma needs no listed verb', () => {
  itGives([
    ['“Hear, hear,” they rumbled.', { content: 'Hear, hear,', speaker: 'they', kind: 'direct' }],
    [
      '“We will be back next season,” the skipper beamed, holding up the cup.',
      { content: 'We will be back next season,', speaker: 'the skipper', kind: 'direct' },
    ],
    [
      '“Not on my watch”, Councillor Imre Vasko bristled.',
      { content: 'Not on my watch', speaker: 'Councillor Imre Vasko', kind: 'direct' },
    ],
    ['“Why now?” she groaned.', { content: 'Why now?', speaker: 'she', kind: 'direct' }],
  ]);
  // The tag must be a subject and a verb that closes the clause: a quoted title's apposition or a
  // participle is no speaker, and a quotation that ends its sentence hands nothing on.
  itGivesNone([
    'Her single “Harbour Lights,” released in May, climbed the charts.',
    'The chain’s “Buy one, get one free,” offer ended in March.',
    'The sign read “Closed.” Staff wandered off.',
  ]);
});

describe('a one-word subject and its past verb make a short reported clause', () => {
  itGives([
    ['The retailer said profits rose.', { content: 'profits rose', speaker: 'The retailer', kind: 'indirect' }],
    [
      'Analysts said costs climbed sharply.',
      { content: 'costs climbed sharply', speaker: 'Analysts', kind: 'indirect' },
    ],
    [
      'The central bank said inflation eased.',
      { content: 'inflation eased', speaker: 'The central bank', kind: 'indirect' },
    ],
  ]);
  // A farewell or an amount is the cue's object, and a name is no past verb.
  itGivesNone(['The coach said goodbye and left.', 'She said thanks.', 'The mayor said Drew Fell.']);
});

describe('a time that ends a trailing attribution is no reported clause', () => {
  itGives([
    [
      'Lenders usually pass on a cut within two billing cycles, the association told us this afternoon, though nothing obliges them to.',
      {
        content: 'Lenders usually pass on a cut within two billing cycles',
        speaker: 'the association',
        kind: 'indirect',
      },
    ],
    // A clause after the time's comma is still what was said (a guard: a first draft lost it).
    [
      'The councillor told us in March, the bypass "is a slogan, not a plan".',
      { content: 'in March, the bypass "is a slogan, not a plan"', speaker: 'The councillor', kind: 'mixed' },
    ],
  ]);
});

describe('`otherwise` after a cue stands for the words, and opens no reported clause', () => {
  // A guard: the sentence's own trailing report stays.
  it('reports nothing for `suggesting otherwise`, and leaves the sentence’s own report alone', () => {
    const { a } = run('A leaflet claiming otherwise was printed in error, the council said.');
    expect(a.quotes.map((q) => [q.speaker?.text, q.cue?.text])).toEqual([['the council', 'said']]);
  });
  itGivesNone(['Any message suggesting otherwise was sent in error, and officials will write to every family.']);
});

describe('a colon’s label over a report of its own is no report', () => {
  it('gives the report after the colon its own speaker and content, and the label none', () => {
    const { a } = run(
      'What the council says: The council insists that the crane was inspected in May and found sound.',
    );
    expect(a.quotes.map((q) => [q.kind, q.content.text, q.speaker?.text])).toEqual([
      ['indirect', 'the crane was inspected in May and found sound', 'The council'],
    ]);
  });
  it('lets an adjunct open the report after the colon', () => {
    const { a } = run(
      'What the union says: In a letter to members, the branch secretary claimed that shifts had been cut without notice.',
    );
    expect(a.quotes.map((q) => [q.content.text, q.speaker?.text])).toEqual([
      ['shifts had been cut without notice', 'the branch secretary'],
    ]);
  });
  // A guard: a colon before plain words still hands them to the cue’s subject.
  itGives([
    [
      'The coach said: The referee missed two clear fouls in the second half.',
      { content: 'The referee missed two clear fouls in the second half', speaker: 'The coach', kind: 'indirect' },
    ],
  ]);
});

describe('a naming verb’s quotation closed by a comma is named, whatever `as “…”` follows', () => {
  it('names the first quotation, and the later `described as “…”` is its own speaker’s', () => {
    const { a } = run(
      'The league dismissed the complaint and called the fine "excessive," prompting what captain Oren Villas described as "a very long week."',
    );
    const rows = a.quotes.map((q) => [q.kind, q.content.text, q.speaker?.text, q.cue?.text]);
    expect(rows).toContainEqual(['direct', 'excessive,', 'The league', 'called']);
    expect(rows).toContainEqual(['direct', 'a very long week.', 'captain Oren Villas', 'described']);
  });
  // A guard: a quotation in the object before `as “…”` stays a term (this passed before).
  itGives([
    [
      'The minister dismissed the "green paper" as "wishful thinking".',
      { content: 'wishful thinking', speaker: 'The minister', kind: 'direct' },
    ],
  ]);
});

describe('an unnamed source briefing reporters on condition of anonymity', () => {
  itGives([
    [
      'A senior police officer briefing journalists on condition of anonymity said the van had been stolen two days earlier.',
      {
        content: 'the van had been stolen two days earlier',
        speaker: 'A senior police officer',
        kind: 'indirect',
      },
    ],
  ]);
});

describe('a reported clause before a colon and a quotation: the clause, then the words', () => {
  it('gives the clause as indirect and the quotation as direct, both under the cue', () => {
    const { a } = run(
      'The harbourmaster said the new pontoon would open in June: “We have waited eleven years for this.”',
    );
    expect(a.quotes.map((q) => [q.kind, q.content.text, q.speaker?.text, q.cue?.text])).toEqual([
      ['indirect', 'the new pontoon would open in June', 'The harbourmaster', 'said'],
      ['direct', 'We have waited eleven years for this.', 'The harbourmaster', 'said'],
    ]);
  });
  // Guards: no clause of the cue’s own before the colon (an adjunct, a subordinate or comparative clause).
  itGives([
    [
      'As the surgeon put it when the ward reopened: “Nobody here wants to do that again.”',
      { content: 'Nobody here wants to do that again.', speaker: 'the surgeon', kind: 'direct' },
    ],
    [
      'The skipper put it more plainly than any official has managed: “No fish, no town.”',
      { content: 'No fish, no town.', speaker: 'The skipper', kind: 'direct' },
    ],
    [
      'The mayor said on Tuesday: “Nobody will pay for this twice.”',
      { content: 'Nobody will pay for this twice.', speaker: 'The mayor', kind: 'direct' },
    ],
  ]);
});

describe('an unlisted plural subject before an auxiliary and its cue', () => {
  itGives([
    [
      'Local politicians have called the bypass “a road to nowhere”.',
      { content: 'a road to nowhere', speaker: 'Local politicians', kind: 'direct' },
    ],
    [
      'Hill shepherds have long said the subsidy is too low.',
      { content: 'the subsidy is too low', speaker: 'Hill shepherds', kind: 'indirect' },
    ],
  ]);
  // A guard: a time after the subject is no auxiliary, and stays in it (this passed before).
  itGives([
    [
      'Ferry crews on the quay this morning said the sailing would be cancelled.',
      {
        content: 'the sailing would be cancelled',
        speaker: 'Ferry crews on the quay this morning',
        kind: 'indirect',
      },
    ],
  ]);
});

describe('a name opening the sentence speaks past its description and a name apposed to that', () => {
  itGives([
    [
      'Ilse Brandt, a chemist who consulted for the refinery’s owner, Norrmark Oil, said the leak was small.',
      { content: 'the leak was small', speaker: 'Ilse Brandt', kind: 'indirect' },
    ],
    [
      'Ilse Brandt, a chemist at the refinery’s owner, Norrmark Oil, said the leak was small.',
      { content: 'the leak was small', speaker: 'Ilse Brandt', kind: 'indirect' },
    ],
  ]);
  // Guards: a noun phrase and its name in apposition, the name speaks (these passed before).
  itGives([
    [
      'The watchdog, the Office of Rail Standards, said the fine stands.',
      { content: 'the fine stands', speaker: 'the Office of Rail Standards', kind: 'indirect' },
    ],
  ]);
});

describe('a broadcast script’s fields are not speakers', () => {
  it('`INTRO:` and `OUTCUE:` lines between labelled turns', () => {
    const text = [
      'Morning bulletin, 07:00',
      'INTRO: Fishermen in the bay are counting the cost of the storm. Our reporter Ada Kell has been to the harbour.',
      'ADA KELL: The boats are back, but the nets are gone.',
      'SKIPPER JON VOSS: We lost everything we had out there.',
      'OUTCUE: ...Ada Kell, for the morning bulletin.',
    ].join('\n\n');
    expect(turnRows(text).map((row) => row[0])).toEqual(['ADA KELL', 'SKIPPER JON VOSS']);
  });
});

describe('a news outlet asking for comment says nothing', () => {
  itGivesNone([
    'The Gazette asked the ministry whether the ferry contract had been signed.',
    'Radio Kessel asked the mayor’s office whether the bridge would reopen.',
  ]);
  // Guards: an outlet’s published question, and a person’s question (these passed before).
  itGives([
    [
      'The weekly Harbour Post asked on its front page: “Who pays for the dredging?”',
      { content: 'Who pays for the dredging?', speaker: 'The weekly Harbour Post', kind: 'direct' },
    ],
    [
      'The senator asked the minister whether the contract had been signed. The minister said it had not.',
      { content: 'whether the contract had been signed', speaker: 'The senator', kind: 'indirect' },
    ],
  ]);
});

describe('the subject after an opening adjunct, a possessive role and a name in apposition', () => {
  itGives([
    [
      'On Monday, Kessport’s chief negotiator, Aino Kask, told reporters that the crane had been inspected in May.',
      {
        content: 'the crane had been inspected in May',
        speaker: 'Aino Kask',
        canonical: 'Aino Kask',
        kind: 'indirect',
      },
    ],
  ]);
});

describe('a question put to a party that went unanswered is no quote', () => {
  // The first passed before; the second did not.
  itGivesNone([
    'The agency asked the operator whether the valves had been replaced, and has not received a reply.',
    'The inspectors asked the ministry in writing why the gates had been closed. The ministry had not replied by Friday.',
  ]);
  // A guard: a question that was answered stays a quote (this passed on the session's starting build).
  it('keeps a question the party answered', () => {
    const { a } = run(
      'The agency asked the operator whether the valves had been replaced. The operator said they had been replaced in March.',
    );
    expect(a.quotes.map((q) => [q.speaker?.text, q.cue?.text])).toEqual([
      ['The agency', 'asked'],
      ['The operator', 'said'],
    ]);
  });
});

describe('a question opening the sentence is no part of the speaker’s clause', () => {
  itGives([
    [
      'Pressed on the delays, she declined to discuss the contract, saying the audit should be allowed to finish.',
      { content: 'the audit should be allowed to finish', speaker: 'she', kind: 'indirect' },
    ],
  ]);
});

describe('a heading in capitals inside the body names a topic, not a speaker', () => {
  it('gives no quote for `PLACE: TOPIC` over a section, and keeps the document headline’s label', () => {
    const heading = quoteRows(
      'Daily briefing\n\nKESSLAND: TWO WORKERS INJURED\n\nGood afternoon. I will start with Kessland.',
    );
    expect(heading).toEqual([]);
    expect(quoteRows('CHINA: US MUST STOP MEDDLING\n\nThe budget is due on Friday.')).toEqual([
      ['indirect', 'CHINA', 'US MUST STOP MEDDLING'],
    ]);
  });
});

describe('a cue that often takes an object needs a verb in its bare clause', () => {
  itGivesNone([
    'The council reaffirmed its support for the new harbour plan.',
    'The mission maintains close contacts with all the armed groups.',
  ]);
  // A guard: a bare clause with its verb is still reported (this passed before).
  itGives([
    [
      'The operator maintains the reactor is safe.',
      { content: 'the reactor is safe', speaker: 'The operator', kind: 'indirect' },
    ],
  ]);
});

describe('hyphenated titles, and the place of speaking before `that`', () => {
  itGives([
    [
      'The Courier’s editor-in-chief, Mara Lind, told the council that the paper would appeal.',
      { content: 'the paper would appeal', speaker: 'Mara Lind', kind: 'indirect' },
    ],
    [
      'Her father, Jon Berg, 71, said from his home in the hill town of Kessvik that he had written to the king.',
      { content: 'he had written to the king', speaker: 'Jon Berg', kind: 'indirect' },
    ],
  ]);
  // A guard: a relative clause after the place (this passed before).
  itGivesNone(['Most staff first heard from a screen that would not let them log in.']);
});

describe('a demonstrative `that` or a free relative `what` is the cue’s object', () => {
  itGivesNone([
    'The harbour master has told the ferry company that in writing.',
    'I understand why the mayor said what he said last week.',
  ]);
  // Guards: `that` opening a clause after a fronted time (these passed before).
  itGives([
    [
      'The minister said that on Monday the ferry talks had failed.',
      { content: 'on Monday the ferry talks had failed', speaker: 'The minister', kind: 'indirect' },
    ],
  ]);
});

describe('`according to` after adjuncts opening the sentence, and the giver of a testimony', () => {
  itGives([
    [
      'At 06:10, according to the harbour master, the ferry left the quay without lights.',
      { content: 'the ferry left the quay without lights', speaker: 'the harbour master', kind: 'indirect' },
    ],
    [
      'According to the testimony of the rescued deckhands, the ferry never sounded its horn.',
      { content: 'the ferry never sounded its horn', speaker: 'the rescued deckhands', kind: 'indirect' },
    ],
  ]);
  // A guard: a clause before a trailing `according to` is what the source says (this passed before).
  itGives([
    [
      'At least nine passengers were hurt, according to the harbour master.',
      { content: 'At least nine passengers were hurt', speaker: 'the harbour master', kind: 'indirect' },
    ],
  ]);
});

describe('a log speaks, and a subject holds no other report’s cue', () => {
  it('gives the log’s report, and no report whose subject runs over `records`', () => {
    const { a } = run('The Kittiwake’s log records that the cutter hailed the tug twice before the collision.');
    expect(a.quotes.map((q) => [q.kind, q.content.text, q.speaker?.text, q.cue?.text])).toEqual([
      ['indirect', 'the cutter hailed the tug twice before the collision', 'The Kittiwake’s log', 'records'],
    ]);
  });
  itGivesNone([
    'Inspectors asked the ministry whether the logs would be released. The question had not been answered by Friday.',
  ]);
});

describe('a claim noun’s giver after `of`, or after a giving participle and its recipient', () => {
  itGives([
    [
      'The ministers noted the announcement by the port authority that the quay would reopen in May.',
      { content: 'the quay would reopen in May', speaker: 'the port authority', kind: 'indirect' },
    ],
    [
      'The ministers noted the assessment of the inspection team that the quay was safe to reopen.',
      { content: 'the quay was safe to reopen', speaker: 'the inspection team', kind: 'indirect' },
    ],
    [
      'The ministers welcomed the assurance given to the chair by Minister Tove Lind that the quay would reopen.',
      { content: 'the quay would reopen', speaker: 'Minister Tove Lind', kind: 'indirect' },
    ],
  ]);
  // A guard: a relative `that` after a noun that names no giver (this passed before).
  itGivesNone(['The threat of sanctions that the council discussed was never carried out.']);
});

describe('a participle cue after a quotation’s comma ends the report before it', () => {
  itGives([
    [
      'The spokesman told reporters the closure had “nothing to do with the vote”, rejecting suggestions that it was revenge.',
      { content: 'the closure had “nothing to do with the vote”', speaker: 'The spokesman', kind: 'mixed' },
    ],
  ]);
  // A guard: without the quotation the participle's clause is left as it was (this passed before).
  itGives([
    [
      'The spokesman said the border would reopen on Friday, adding that trucks would be checked.',
      { content: 'the border would reopen on Friday', speaker: 'The spokesman', kind: 'indirect' },
    ],
  ]);
});

describe('an embedded social-media post is its account’s words', () => {
  it('reads the lines under `Name @handle` up to the time line as one quote of the name', () => {
    const text = [
      'Parents react to the recall',
      'Many parents said they had heard nothing from the clinic.',
      'Ola Brenner MP @OlaBrennerMP\nMet parents at the clinic this morning. They deserve answers today.\n12:31 PM · Mar 12, 2025',
      '@kessvik_dad\nOne letter would have done it. Sort it out.',
    ].join('\n\n');
    expect(turnRows(text)).toEqual([
      ['Ola Brenner MP', 'Ola Brenner MP', 'Met parents at the clinic this morning. They deserve answers today.'],
      ['@kessvik_dad', '@kessvik_dad', 'One letter would have done it. Sort it out.'],
    ]);
  });
  // A guard: a byline with a handle over the article quotes nobody (this passed before).
  itGivesNone(['By Ana Lind @analind\nThe clinic reopened on Monday after a week of repairs.']);
});

describe('a cue after `and` shares its clause’s subject with the name in apposition', () => {
  itGives([
    [
      'The harbour board’s chair, Councillor Ines Varga, opened the meeting and said the delay was caused by ground conditions.',
      {
        content: 'the delay was caused by ground conditions',
        speaker: 'The harbour board’s chair, Councillor Ines Varga',
        canonical: 'Ines Varga',
        kind: 'indirect',
      },
    ],
  ]);
});
