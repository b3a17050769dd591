import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paragraphSpans, parseDocument, pastBullet, sentenceSpans } from '../../src/text';

/** Sentences of `text` taken as one paragraph. */
function split(text: string): string[] {
  return sentenceSpans(text, 0, text.length).map((s) => text.slice(s.start, s.end));
}

const seedText = readFileSync(join(__dirname, '..', '..', 'seeds', '000_4c4a38b6e695fe75.txt'), 'utf8');

describe('sentenceSpans: plain sentence ends', () => {
  it('splits at full stops, question marks and exclamation marks', () => {
    expect(split('The talks ended. Did they agree? Nobody knows! Officials declined to comment.')).toEqual([
      'The talks ended.',
      'Did they agree?',
      'Nobody knows!',
      'Officials declined to comment.',
    ]);
  });

  it('keeps doubled marks with their sentence', () => {
    expect(split('Really?! The ministry said so. Unbelievable!! It happened.')).toEqual([
      'Really?!',
      'The ministry said so.',
      'Unbelievable!!',
      'It happened.',
    ]);
  });

  it('does not split before a lower-case word, but does before a camel-case brand', () => {
    expect(split('The quiz show Jeopardy! drew record ratings.')).toEqual([
      'The quiz show Jeopardy! drew record ratings.',
    ]);
    expect(split('Sales of iPads fell. eBay reported gains.')).toEqual([
      'Sales of iPads fell.',
      'eBay reported gains.',
    ]);
  });
});

describe('sentenceSpans: abbreviations and initials', () => {
  it('never ends a sentence at a title before a name, in any case', () => {
    expect(split('Mr. Hunt met Dr. Bessel and Gen. Milley. Sen. Warren was absent.')).toEqual([
      'Mr. Hunt met Dr. Bessel and Gen. Milley.',
      'Sen. Warren was absent.',
    ]);
    expect(split('MS. JEAN-PIERRE:  It’s good to see everybody.  Okay.')).toEqual([
      'MS. JEAN-PIERRE:  It’s good to see everybody.',
      'Okay.',
    ]);
  });

  it('keeps U.S. and U.N. inside a sentence before a name and ends there before a sentence opener', () => {
    expect(split('The U.S. State Department and the U.N. Security Council disagreed.')).toEqual([
      'The U.S. State Department and the U.N. Security Council disagreed.',
    ]);
    expect(split('Trade fell sharply with the U.S. It recovered later.')).toEqual([
      'Trade fell sharply with the U.S.',
      'It recovered later.',
    ]);
    expect(split('He flew to Washington, D.C. And the talks began.')).toEqual([
      'He flew to Washington, D.C.',
      'And the talks began.',
    ]);
  });

  it('ends a sentence at a company or date abbreviation only before a sentence opener', () => {
    expect(split('The deal went to Acme Holdings Co. The board approved it.')).toEqual([
      'The deal went to Acme Holdings Co.',
      'The board approved it.',
    ]);
    expect(split('Acme Holdings Co. Chairman Lee resigned on Jan. 4 in protest.')).toEqual([
      'Acme Holdings Co. Chairman Lee resigned on Jan. 4 in protest.',
    ]);
  });

  it('keeps a number after an abbreviation or a letter in the sentence', () => {
    expect(split('He cited resolution No. 5 on p. 12 of the report. It passed.')).toEqual([
      'He cited resolution No. 5 on p. 12 of the report.',
      'It passed.',
    ]);
    expect(split('The US is the No.1 superpower. China disagrees.')).toEqual([
      'The US is the No.1 superpower.',
      'China disagrees.',
    ]);
    expect(split('The ceasefire began on Jan. 15 and held for a week.')).toEqual([
      'The ceasefire began on Jan. 15 and held for a week.',
    ]);
  });

  it('ends a sentence at a plain word before a sentence that opens with a figure', () => {
    expect(split('The vote was a rebuke to the envoys. 112 delegations backed the text, and 9 opposed it.')).toEqual([
      'The vote was a rebuke to the envoys.',
      '112 delegations backed the text, and 9 opposed it.',
    ]);
    expect(split('Shelling resumed near the port. 3,000 residents fled overnight.')).toEqual([
      'Shelling resumed near the port.',
      '3,000 residents fled overnight.',
    ]);
  });

  it('keeps a short aside in parentheses after an abbreviation inside the sentence', () => {
    expect(split('Leaders of the R.O.K. (South Korea) government met on Monday.')).toEqual([
      'Leaders of the R.O.K. (South Korea) government met on Monday.',
    ]);
    expect(split('Exports to the U.S. (and Canada) doubled. Imports fell.')).toEqual([
      'Exports to the U.S. (and Canada) doubled.',
      'Imports fell.',
    ]);
    expect(split('Trade fell sharply with the U.S. (See the table below.) It recovered later.')).toEqual([
      'Trade fell sharply with the U.S.',
      '(See the table below.)',
      'It recovered later.',
    ]);
  });

  it('reads e.g. and i.e. as inside the sentence', () => {
    expect(split('Some members, e.g. Canada, abstained.')).toEqual(['Some members, e.g. Canada, abstained.']);
  });

  it('keeps initials with their name', () => {
    expect(split('The novelist J. K. Rowling donated funds. She said so on Friday.')).toEqual([
      'The novelist J. K. Rowling donated funds.',
      'She said so on Friday.',
    ]);
    expect(split('Spokesperson Hong L. Wang spoke first.')).toEqual(['Spokesperson Hong L. Wang spoke first.']);
  });

  it('ends a sentence at the pronoun I', () => {
    expect(split('Nobody knew except him and I. We kept quiet.')).toEqual([
      'Nobody knew except him and I.',
      'We kept quiet.',
    ]);
  });

  it('reads a.m. and P.M. by what follows', () => {
    expect(split('The vote closed at 9 p.m. Officials counted overnight.')).toEqual([
      'The vote closed at 9 p.m.',
      'Officials counted overnight.',
    ]);
    expect(split('The call began at 10:31 A.M. EST and ended at 11 a.m. Tuesday.')).toEqual([
      'The call began at 10:31 A.M. EST and ended at 11 a.m. Tuesday.',
    ]);
    expect(split('By 6 a.m. Dr. Bessel had arrived. She left at 8 P.M. Mr. Kim stayed.')).toEqual([
      'By 6 a.m. Dr. Bessel had arrived.',
      'She left at 8 P.M.',
      'Mr. Kim stayed.',
    ]);
  });
});

describe('sentenceSpans: numbers, addresses and parentheses', () => {
  it('splits sentences that scraping left without a space, but not addresses', () => {
    expect(split('The vote passed.Critics objected to the 1,000.Mr. Li abstained.')).toEqual([
      'The vote passed.',
      'Critics objected to the 1,000.',
      'Mr. Li abstained.',
    ]);
    expect(split('Write to Press.Office@example.gov today.')).toEqual(['Write to Press.Office@example.gov today.']);
  });

  it('keeps decimals, amounts and ordinals', () => {
    expect(split('Imports rose 2.5 percent to HK$100,000 and US$1.2 billion. Exports fell.')).toEqual([
      'Imports rose 2.5 percent to HK$100,000 and US$1.2 billion.',
      'Exports fell.',
    ]);
  });

  it('keeps e-mail and web addresses whole', () => {
    expect(split('Write to press.office@example.gov. See www.example.gov/briefing.html. Thanks.')).toEqual([
      'Write to press.office@example.gov.',
      'See www.example.gov/briefing.html.',
      'Thanks.',
    ]);
  });

  it('keeps a parenthetical with a full stop inside its sentence', () => {
    expect(split('The speaker (he had arrived late.) took questions. (Inaudible.) The call resumed.')).toEqual([
      'The speaker (he had arrived late.) took questions.',
      '(Inaudible.)',
      'The call resumed.',
    ]);
    expect(split('Senator Smith (D-Mass.) objected. The motion failed.')).toEqual([
      'Senator Smith (D-Mass.) objected.',
      'The motion failed.',
    ]);
  });

  it('opens a sentence at a stage direction in square brackets before a capital, not after an abbreviation', () => {
    expect(split('We have enough tea. [laughs] More seriously, the pumps are working.')).toEqual([
      'We have enough tea.',
      '[laughs] More seriously, the pumps are working.',
    ]);
    expect(split('It was late. [inaudible] and then the lights went out.')).toEqual([
      'It was late. [inaudible] and then the lights went out.',
    ]);
    expect(split('The U.S. [sic] Navy replied on Friday.')).toEqual(['The U.S. [sic] Navy replied on Friday.']);
  });
});

describe('sentenceSpans: quotation marks', () => {
  it('ends a sentence after the closing quote', () => {
    expect(split('She called them “dissidents.” Moreover, she refused to elaborate.')).toEqual([
      'She called them “dissidents.”',
      'Moreover, she refused to elaborate.',
    ]);
    expect(split('He said, "We are ready." The talks resumed.')).toEqual([
      'He said, "We are ready."',
      'The talks resumed.',
    ]);
  });

  it('does not split a quote from its attribution', () => {
    expect(split('“We oppose this interference,” said Hong. “It must stop.”')).toEqual([
      '“We oppose this interference,” said Hong.',
      '“It must stop.”',
    ]);
    expect(split('“Is that fair?” he asked.')).toEqual(['“Is that fair?” he asked.']);
    expect(split('“Is that fair?” Foreign Minister Wang asked reporters.')).toEqual([
      '“Is that fair?” Foreign Minister Wang asked reporters.',
    ]);
    expect(split('“We will not back down.” Wang said.')).toEqual(['“We will not back down.” Wang said.']);
    // A capitalised pronoun after the question opens the next sentence: its attribution would be lower case.
    expect(split('I asked her, “Has anything changed?” She said, “Nothing at all.”')).toEqual([
      'I asked her, “Has anything changed?”',
      'She said, “Nothing at all.”',
    ]);
  });

  it('reads any attribution verb of the one reporting-verb table after a quote, and only verbs', () => {
    // `reiterated` and `stressed` come from the shared table, not from a list of the splitter's own
    expect(split('“We will not back down.” Foreign Minister Wang reiterated. Talks resume today.')).toEqual([
      '“We will not back down.” Foreign Minister Wang reiterated.',
      'Talks resume today.',
    ]);
    expect(split('“The door remains open.” the spokesperson stressed.')).toEqual([
      '“The door remains open.” the spokesperson stressed.',
    ]);
    // `continued` attributes only right after a quote; a capitalised sentence after it is a new one
    expect(split('“Enough.” The talks continued.')).toEqual(['“Enough.”', 'The talks continued.']);
  });

  it('splits when the words after the quote open a new sentence', () => {
    expect(split('“The economy has made notable progress.” Hong introduced the new measures.')).toEqual([
      '“The economy has made notable progress.”',
      'Hong introduced the new measures.',
    ]);
    expect(split('“We will not back down.” Wang said the talks would go on.')).toEqual([
      '“We will not back down.”',
      'Wang said the talks would go on.',
    ]);
  });

  it('splits inside a quote of several sentences', () => {
    expect(split('“The talks were frank. Both sides listened,” the official said.')).toEqual([
      '“The talks were frank.',
      'Both sides listened,” the official said.',
    ]);
  });

  it('opens a sentence with a mis-set closing quote mark', () => {
    expect(split('the statement read. ”Its role as a hub depends on it.')).toEqual([
      'the statement read.',
      '”Its role as a hub depends on it.',
    ]);
  });
});

describe('sentenceSpans: ellipses', () => {
  it('keeps an ellipsis inside a sentence', () => {
    expect(split('The plan was . . . well, not ready. The vote waited.')).toEqual([
      'The plan was . . . well, not ready.',
      'The vote waited.',
    ]);
    expect(split('It is slowing up the distribution ... and shipping.')).toEqual([
      'It is slowing up the distribution ... and shipping.',
    ]);
  });

  it('ends a sentence at an ellipsis before a capital', () => {
    expect(split('He paused… Then he answered. We waited.... Nothing came.')).toEqual([
      'He paused…',
      'Then he answered.',
      'We waited....',
      'Nothing came.',
    ]);
  });

  it('reads a bracketed or opening ellipsis as an omission', () => {
    expect(split('It protects patients. […] The proclamation is significant.')).toEqual([
      'It protects patients.',
      '[…] The proclamation is significant.',
    ]);
    expect(split('"... about three days of delayed shipping ...."')).toEqual([
      '"... about three days of delayed shipping ...."',
    ]);
  });

  it('gives an ellipsis after a full stop to the next sentence', () => {
    expect(split('The reform stalled. . . . Then it passed. . . .')).toEqual([
      'The reform stalled.',
      '. . . Then it passed. . . .',
    ]);
  });
});

describe('sentenceSpans: lists', () => {
  it('splits numbered and lettered items', () => {
    expect(split('1. Cut tariffs 2. Raise quotas 3. Review in May')).toEqual([
      '1. Cut tariffs',
      '2. Raise quotas',
      '3. Review in May',
    ]);
    expect(split('1) Cut tariffs. 2) Raise quotas.')).toEqual(['1) Cut tariffs.', '2) Raise quotas.']);
    expect(split('a. steel b. aluminum c. solar cells')).toEqual(['a. steel', 'b. aluminum', 'c. solar cells']);
  });

  it('does not split at a number that does not continue the list', () => {
    expect(split('1. Cut tariffs by 5. Then review them.')).toEqual(['1. Cut tariffs by 5.', 'Then review them.']);
  });

  it('splits at bullets and at dashes opening a line', () => {
    expect(split('• Steel tariffs rise • Solar tariffs double')).toEqual([
      '• Steel tariffs rise',
      '• Solar tariffs double',
    ]);
    expect(split('Key measures:\n- steel tariffs\n- solar tariffs\nThey take effect in August.')).toEqual([
      'Key measures:',
      '- steel tariffs',
      '- solar tariffs',
      'They take effect in August.',
    ]);
  });
});

describe('sentenceSpans: line breaks and offsets', () => {
  it('reads a single line break inside a paragraph as a space', () => {
    expect(split('The ministry said the criticism was\nunfounded. It asked for\nrestraint.')).toEqual([
      'The ministry said the criticism was\nunfounded.',
      'It asked for\nrestraint.',
    ]);
  });

  it('splits turn-labelled transcript lines', () => {
    expect(split('Q: Did you raise the issue? A: No. We did not.')).toEqual([
      'Q: Did you raise the issue?',
      'A: No.',
      'We did not.',
    ]);
    expect(split('Q. Did the ministers meet? A. Yes. They met twice.')).toEqual([
      'Q. Did the ministers meet?',
      'A. Yes.',
      'They met twice.',
    ]);
  });

  it('returns trimmed spans of the given range only, covering every non-space character', () => {
    const text = 'HEADLINE\n\n  First sentence here.   Second one!  \n\nNext paragraph.';
    const [, second] = paragraphSpans(text);
    const from = text.indexOf('  First');
    const to = text.indexOf('\n\nNext');
    const spans = sentenceSpans(text, from, to);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['First sentence here.', 'Second one!']);
    expect(second).toEqual({ start: spans[0]!.start, end: spans[1]!.end });
    const covered = spans
      .map((s) => text.slice(s.start, s.end))
      .join('')
      .replace(/\s/g, '');
    expect(covered).toBe(text.slice(from, to).replace(/\s/g, ''));
  });

  it('returns nothing for a blank range', () => {
    expect(sentenceSpans('   \n  ', 0, 6)).toEqual([]);
  });
});

describe('sentenceSpans: a short heading line inside a paragraph', () => {
  it('ends a live blog entry’s time and title lines at their line breaks', () => {
    expect(
      split('09:40\nFerry service resumes\nThe harbour authority says the first ferry left at nine with forty cars.'),
    ).toEqual([
      '09:40',
      'Ferry service resumes',
      'The harbour authority says the first ferry left at nine with forty cars.',
    ]);
  });

  it('reads a heading line the same whatever the line breaks (LF, CRLF, CR)', () => {
    const lf = '09:40\nFerry service resumes\nThe harbour authority says the first ferry left at nine with forty cars.';
    for (const text of [lf, lf.replace(/\n/g, '\r\n'), lf.replace(/\n/g, '\r')])
      expect(split(text)).toEqual([
        '09:40',
        'Ferry service resumes',
        'The harbour authority says the first ferry left at nine with forty cars.',
      ]);
  });

  it('keeps a hard-wrapped sentence whole, and a sentence that starts mid-line before a wrapped name', () => {
    expect(
      split(
        'The harbour authority said on Monday that the ferry would run twice a day\nuntil the end of the month. Its director said\nAnna Berg would lead the review.',
      ),
    ).toEqual([
      'The harbour authority said on Monday that the ferry would run twice a day\nuntil the end of the month.',
      'Its director said\nAnna Berg would lead the review.',
    ]);
  });
});

describe('sentenceSpans: dated entries of a timeline or log', () => {
  it('ends each line that opens with a dated label and a spaced dash', () => {
    expect(
      split(
        'CHRONOLOGY\n4 May – Inspectors close the mill\n7 May – Owners appeal the order\n12 May - Court hears the case',
      ),
    ).toEqual([
      'CHRONOLOGY',
      '4 May – Inspectors close the mill',
      '7 May – Owners appeal the order',
      '12 May - Court hears the case',
    ]);
    expect(split('08:15 — Road shut at the bridge\n09:30 — Buses diverted via Kell Street')).toEqual([
      '08:15 — Road shut at the bridge',
      '09:30 — Buses diverted via Kell Street',
    ]);
  });

  it('keeps a wrapped sentence whole when only its next line opens with a number and a dash', () => {
    const wrapped =
      'The council, which had argued over the mill for months, finally met on\n4 May – the day it closed.';
    expect(split(wrapped)).toEqual([wrapped]);
  });
});

describe('sentenceSpans: footnote markers', () => {
  it('keeps a footnote marker with the sentence it ends, and a citation inside a sentence in it', () => {
    expect(
      split(
        'The union said it had warned the board ‘months before the flood’.[13] ‘Nobody wrote back.’[14] See [3] for the minutes.',
      ),
    ).toEqual([
      'The union said it had warned the board ‘months before the flood’.[13]',
      '‘Nobody wrote back.’[14]',
      'See [3] for the minutes.',
    ]);
  });
});

describe('the seed document', () => {
  const doc = parseDocument(seedText, 'seed');

  it('has the headline and 18 body sentences', () => {
    expect(doc.sentences).toHaveLength(19);
    expect(doc.sentences[0]!.headline).toBe(true);
    expect(doc.sentences[0]!.text).toBe('China blasts Western countries’ human rights accusations');
  });

  it('ends the scare-quoted sentence at “dissidents.”', () => {
    const index = doc.sentences.findIndex((s) => s.text.endsWith('a few “dissidents.”'));
    expect(index).toBeGreaterThan(0);
    expect(doc.sentences[index + 1]!.text).toBe('Moreover, they tend to ignore their own human rights problems.');
  });

  it('splits a quoted sentence from the narration after it, but not from its attribution', () => {
    const texts = doc.sentences.map((s) => s.text);
    expect(texts).toContain('Hong introduced the efforts that China has made.');
    expect(
      texts.some((t) => t.startsWith('“The Chinese government attaches') && t.endsWith('notable progress.”')),
    ).toBe(true);
    expect(texts[texts.length - 1]!.endsWith('all parties’ interests,” said Hong.')).toBe(true);
    expect(texts.some((t) => t.endsWith('realities and people’s requirements,” the Spokesperson said.'))).toBe(true);
  });

  it('keeps offsets into the text and covers every non-space character once', () => {
    for (const s of doc.sentences) {
      expect(seedText.slice(s.start, s.end)).toBe(s.text);
      expect(s.text).toBe(s.text.trim());
    }
    for (let k = 1; k < doc.sentences.length; k++)
      expect(doc.sentences[k]!.start).toBeGreaterThan(doc.sentences[k - 1]!.end);
    expect(
      doc.sentences
        .map((s) => s.text)
        .join('')
        .replace(/\s/g, ''),
    ).toBe(seedText.replace(/\s/g, ''));
  });
});

describe('pastBullet', () => {
  it('skips a list item’s bullets and spaces, and nothing else', () => {
    const text = '• Mara Holm: “…”';
    expect(text.slice(pastBullet(text, 0, text.length))).toBe('Mara Holm: “…”');
    expect(pastBullet('- Otto Saar', 0, 11)).toBe(2);
    expect(pastBullet('Mara Holm', 0, 9)).toBe(0);
    expect(pastBullet('-5 degrees', 0, 10)).toBe(0);
  });
});

describe('a middle dot as a bullet', () => {
  it('opens an item at a line start, and separates fields inside a line', () => {
    const text = 'Poll\n\n· 64% said yes\n· 20% said no\n\nReuters · 3 min read. The vote is on Friday.';
    const doc = parseDocument(text);
    expect(doc.sentences.map((s) => s.text)).toEqual([
      'Poll',
      '· 64% said yes',
      '· 20% said no',
      'Reuters · 3 min read.',
      'The vote is on Friday.',
    ]);
  });
});
