import { describe, expect, it } from 'vitest';
import { quoteRows, run, turnRows } from './quote-expectations';

/** Families of transcript-turn errors, each with a script written for the tests. */
describe('a broadcast script’s production note over a label', () => {
  const script = [
    'SIX O’CLOCK NEWS — RUNNING ORDER',
    'ANNA: Good evening. The river rose again this afternoon.',
    'SOT — ASTON: TOMAS VIK / Harbour resident\nTOMAS VIK: We lifted the sofa onto bricks. It did not help.',
    'ANNA: The ferry will not run tomorrow.',
    'SOT — ASTON: LENA MORK / Ferry operator\nLENA MORK: We are sorry. Nobody sails in water like this.',
  ].join('\n\n');
  it('the label on the note’s next line opens the turn', () => {
    expect(turnRows(script)).toEqual([
      ['ANNA', 'ANNA', 'Good evening. The river rose again this afternoon.'],
      ['TOMAS VIK', 'Tomas Vik', 'We lifted the sofa onto bricks. It did not help.'],
      ['ANNA', 'ANNA', 'The ferry will not run tomorrow.'],
      ['LENA MORK', 'Lena Mork', 'We are sorry. Nobody sails in water like this.'],
    ]);
  });
  it('a heading under a time is no turn, nor is a bracketed direction', () => {
    const page = [
      'Live: the hearing',
      'ANNA: Good evening. The hearing opened at ten.',
      '16:15\nVik: harbour fees ‘a scandal’\nThe MP Tomas Vik said the fees had doubled.',
      'CAPTION — ARCHIVE\n[ARCHIVE: film of the quay. A brass band.]',
      'LENA MORK: We are sorry. Nobody sails in water like this.',
    ].join('\n\n');
    expect(turnRows(page).map((row) => row[0])).toEqual(['ANNA', 'LENA MORK']);
  });
});

describe('a `Q.` label before a bracketed note', () => {
  it('`Q. (Translated.) Your grandmother …` opens a question turn', () => {
    const text = [
      'Press conference',
      'THE MODERATOR: We will take a couple in Estvarian now.',
      'Q. (Translated.) Your grandmother was in the front row today. Did you speak to her?',
      'MIRELA DANSK: (Translated.) Yes, she was crying, of course.',
    ].join('\n\n');
    expect(turnRows(text).map((row) => row[0])).toEqual(['THE MODERATOR', 'Q', 'MIRELA DANSK']);
  });
});

describe('a comments section: `account, time` over each comment', () => {
  const page = [
    'Market move: your views',
    'COMMENTS (3)',
    'QuayLaneQueen, 08:14\nFunny how the consultation closed the week before Christmas.',
    'harbourdan, 08:31\nEveryone who wants it kept in the square drives in anyway.',
    'Ostervale Oldie, 09:02\nReply to harbourdan: I took the bus. Twice. Both times it was late.',
  ].join('\n\n');
  it('each comment is its account’s, without the reply’s lead-in', () => {
    expect(quoteRows(page)).toEqual([
      ['transcript', 'QuayLaneQueen', 'Funny how the consultation closed the week before Christmas.'],
      ['transcript', 'harbourdan', 'Everyone who wants it kept in the square drives in anyway.'],
      ['transcript', 'Ostervale Oldie', 'I took the bus. Twice. Both times it was late.'],
    ]);
  });
  it('one such line alone is a byline, not a comment', () => {
    const article = [
      'Harbour fees rise',
      'Piet Haraldsen, 08:14\nThe council raised harbour fees by a third on Monday.',
    ];
    expect(quoteRows(article.join('\n\n'))).toEqual([]);
  });
});

describe('a document’s header of fields is no one’s turn', () => {
  it('`Claimant: …` / `Respondent: …` lines, twice, are fields; a chat of the same shape is still a chat', () => {
    const judgment = [
      'EMPLOYMENT TRIBUNALS',
      'Claimant: Ms R Halloway\nRespondent: Quayside Bakeries Limited\nHeard at: Harwick Hearing Centre',
      'Representation\nClaimant: In person\nRespondent: Mr T Okafor, counsel',
      'The claimant worked as a shift supervisor from 2019.',
    ].join('\n\n');
    expect(quoteRows(judgment)).toEqual([]);
    const chat = [
      'Leaked group chat',
      'Bev Marsh: they have gone to the district council now\nClive T: let them look, nothing to find',
      'Bev Marsh: he has gone quiet at least\nClive T: for now anyway',
    ].join('\n\n');
    expect(quoteRows(chat).map((row) => row[1])).toEqual(['Bev Marsh', 'Clive T', 'Bev Marsh', 'Clive T']);
  });
});

describe('a running order’s production fields and a note after a field’s name', () => {
  it('`DUR:`, `PKG:` and `Correction (added 2 May):` are fields, the presenters’ lines turns', () => {
    const text = [
      'Morning programme — running order',
      'ANNA: Good morning. The ferry to the island has stopped for the winter.',
      'PKG: FERRY / JONAH PRICE',
      'DUR: 3’12”',
      'JONAH: Islanders say they were given no warning at all.',
      'Correction (added 2 May): An earlier version gave the wrong date for the first crossing.',
    ].join('\n\n');
    expect(turnRows(text).map((row) => row[0])).toEqual(['ANNA', 'JONAH']);
  });
});

describe('a documentary transcript’s time and caption over a label', () => {
  it('`00:14:31` / `CAPTION: …` / `NAME: …`: the turn is the name’s, the caption no one’s', () => {
    const text = [
      'The Last Crossing — episode three',
      '00:14:31\nCAPTION: ELSA VIK — Master, MV Skerry, since 1991\nELSA VIK: My first winter on this boat, the captain took me up on the bridge.',
      '00:16:02\nCAPTION: DAG HOLM — Chief engineer\nDAG HOLM: She’s old, she’s not tired. There’s a difference.',
    ].join('\n\n');
    expect(turnRows(text).map((row) => row[0])).toEqual(['ELSA VIK', 'DAG HOLM']);
  });
});

describe('a reference work’s section heading ends a turn', () => {
  it('`See also[edit]` after the last labelled paragraph is not the speaker’s', () => {
    const text = [
      'Oren Castellamy',
      'REPORTER: Did you ask her to go?',
      'CASTELLAMY: The minister offered me her resignation this morning, and I have accepted it.',
      'See also[edit]',
      'List of ministers of the interior of Lessary',
    ].join('\n\n');
    expect(turnRows(text).map((row) => row[2])).toEqual([
      'Did you ask her to go?',
      'The minister offered me her resignation this morning, and I have accepted it.',
    ]);
  });
});

describe('an on-screen caption line over a labelled turn', () => {
  it('`[LIVE | …]` / `[LOWER THIRD: Name | Role]` / `NAME: …`: the label below opens the turn', () => {
    const text = [
      'EVENING NEWS',
      'ANCHOR: Our reporter is at the harbour.',
      '[LIVE | PORT VELL]\n[LOWER THIRD: Tove Ask | Reporter, Port Vell]\nTOVE ASK, REPORTER: The gates closed an hour ago.',
      '[LOWER THIRD: Dock worker | Port Vell]\nUNIDENTIFIED WOMAN (through interpreter): We were not told anything.',
      'ANCHOR: Thank you.',
    ].join('\n\n');
    expect(turnRows(text).map((row) => [row[0], row[2]])).toEqual([
      ['ANCHOR', 'Our reporter is at the harbour.'],
      ['TOVE ASK', 'The gates closed an hour ago.'],
      ['UNIDENTIFIED WOMAN (through interpreter)', 'We were not told anything.'],
      ['ANCHOR', 'Thank you.'],
    ]);
  });
});

describe('a header field that names a role’s holder', () => {
  it('`Moderator: Name` or `Moderated by Name` makes the `MODERATOR:` turns that person’s', () => {
    for (const header of [
      'Recorded at the town hall on Monday. Moderator: Ines Kallas. Panel: Rolf Dane, Mia Sund.',
      'Moderated by Ines Kallas, press officer',
    ]) {
      const { a } = run(`Panel\n\n${header}\n\nMODERATOR: Welcome, everyone.\n\nDANE: Thank you.`);
      expect(a.quotes[0]!.canonical).toBe('Ines Kallas');
    }
  });
});

describe('a news script’s clip label with its mark and a role in lower case', () => {
  it('`[SOT] NAME, role, place:` alone on its line opens the turn below it', () => {
    const text = [
      'EVENING NEWS',
      'ANCHOR: Good evening.',
      '[SOT] RONA DELL, skipper, Morning Star:\nThirty years I have fished that bank.',
      'ANCHOR: Thank you.',
    ].join('\n\n');
    expect(turnRows(text).map((row) => [row[0], row[2]])).toEqual([
      ['ANCHOR', 'Good evening.'],
      ['RONA DELL', 'Thirty years I have fished that bank.'],
      ['ANCHOR', 'Thank you.'],
    ]);
  });
});

describe('a rebuttal’s headings and a header’s list of those present are no turns', () => {
  it('`THEY SAID:` / `WE SAY:` and `Present for the Board:` open no turn', () => {
    const text = [
      'Union bulletin',
      'Present for the Board: Ada Lind, chair; Tom Vey, secretary.',
      'THEY SAID: The platform was inspected in June.',
      'WE SAY: The inspection skipped the cellar deck.',
      'ANA: We asked for the report twice.',
      'BEN: And we got nothing back.',
    ].join('\n\n');
    expect(turnRows(text).map((row) => row[0])).toEqual(['ANA', 'BEN']);
  });
});

describe('a diary’s date and time over its entries', () => {
  it('`WEDNESDAY 8 OCTOBER, 21:40` is a heading, not an account posting the entry below it', () => {
    const { a } = run(
      'Ship’s log\n\nWEDNESDAY 8 OCTOBER, 21:40\n\nWe were sixty miles north when the call came.\n\nTHURSDAY 9 OCTOBER, 02:14\n\nOur radio officer logged the exchange.',
    );
    expect(a.quotes).toEqual([]);
  });
});
