// Pattern tests for the event rules: one or two sentences of our own per rule, each naming what a
// reader would take from it. The real-news development set (npm run eval:real) measures how the
// rules do together on articles nobody here wrote; these keep each rule doing its one job.
import { describe, expect, it } from 'vitest';
import type { ExtractedEvent, Extraction } from '../src/domain.ts';
import { extract } from '../src/extract/index.ts';
import { parseArticle } from '../src/ingest/index.ts';

/** 2024-06-05 is a Wednesday. */
function article(paragraphs: string[], published: string | null = '2024-06-05'): Extraction {
  const text = `---\ntitle: A headline\n${published ? `published: ${published}\n` : ''}---\n${paragraphs.join('\n\n')}\n`;
  return extract(parseArticle(text, { path: 'pattern.txt', format: 'txt' }));
}

const show = (x: Extraction) => JSON.stringify(x.events.map((e) => [e.type, e.summary, e.date.start, e.participants.map((p) => `${p.name}:${p.part}`)]));
const parts = (e: ExtractedEvent | undefined) => (e?.participants ?? []).map((p) => [p.name, p.part]);
const ofType = (x: Extraction, type: string) => x.events.filter((e) => e.type === type);

describe('the verbs news is made of, in any inflection', () => {
  it('"agreed to buy": the buyer acts, the company bought is what it is done to, and the day is kept', () => {
    const x = article(['Northwind Foods agreed to buy Calder Dairies for $2.1 billion on Monday.']);
    const e = ofType(x, 'acquire')[0];
    expect(parts(e), show(x)).toEqual([
      ['Northwind Foods', 'agent'],
      ['Calder Dairies', 'subject'],
    ]);
    expect(e!.date.start).toBe('2024-06-03');
  });

  it('"acquired" and "bought" are the same kind of event as "buy"', () => {
    for (const verb of ['acquired', 'bought']) {
      const x = article([`Helios Energy ${verb} Marston Wind on Tuesday.`]);
      expect(ofType(x, 'acquire').length, show(x)).toBe(1);
    }
  });

  it('"beat" in a result: the winner acts, the loser is beaten, even where the tagger reads "beat" as a noun', () => {
    const x = article(['Ada Okafor beat Lena Lindqvist 6-4, 3-6, 7-5 in the final on Sunday.']);
    const e = ofType(x, 'win')[0];
    expect(parts(e), show(x)).toEqual([
      ['Ada Okafor', 'agent'],
      ['Lena Lindqvist', 'subject'],
    ]);
    expect(e!.date.start).toBe('2024-06-02');
  });

  it('a contest is what is won, not whom: "won the Harbour Open title"', () => {
    const x = article(['Mara Quell won the Harbour Open title on Sunday.']);
    const e = ofType(x, 'win')[0];
    expect(parts(e), show(x)).toEqual([['Mara Quell', 'agent']]);
    expect(e!.summary).toBe('Mara Quell won the Harbour Open title');
  });

  it('"won the election" is an election; "won praise" is no event', () => {
    expect(ofType(article(['Dana Roe won the mayoral election on Tuesday.']), 'elect').length).toBe(1);
    const praise = article(['Dana Roe won praise for her speech.']);
    expect(praise.events, show(praise)).toEqual([]);
  });

  it('"found guilty", "found dead", "took office": two words tell the event', () => {
    expect(ofType(article(['Arlo Venn was found guilty of fraud on Tuesday.']), 'convict').map((e) => e.summary)).toEqual(['Arlo Venn found guilty']);
    expect(ofType(article(['The body of Ines Hart was found at her home on Monday.']), 'die').map((e) => e.summary)).toEqual(['Ines Hart was found dead']);
    expect(ofType(article(['Tomas Reyes took office on Monday.']), 'appoint').map((e) => e.summary)).toEqual(['Tomas Reyes took office']);
  });

  it('"named chief executive" appoints; "a man named Piet" does not', () => {
    expect(ofType(article(['Kestrel Air named Ruth Adeyemi as chief executive on Tuesday.']), 'appoint').length).toBe(1);
    expect(ofType(article(['A man named Piet Vos was seen near the harbour.']), 'appoint')).toEqual([]);
  });

  it('"passed a bill" approves; "passed away" does not', () => {
    expect(ofType(article(['The Senate passed the bill on Tuesday.']), 'approve').length).toBe(1);
    expect(ofType(article(['Her father passed away on Tuesday.']), 'approve')).toEqual([]);
  });

  it('a verb that carries an event noun lets the noun tell it: "launched an investigation" is one investigation', () => {
    const x = article(['Prosecutors launched an investigation into Orrin Bank on Monday.']);
    expect(x.events.map((e) => e.type), show(x)).toEqual(['investigate']);
  });
});

describe('court news', () => {
  it('"appeared in court charged with attempted murder": the accused appears and is charged', () => {
    const x = article(['Callum Price appeared at Eastfield Magistrates’ Court on Friday charged with attempted murder.']);
    expect(parts(ofType(x, 'appear')[0]), show(x)).toEqual([['Callum Price', 'subject']]);
    const charge = ofType(x, 'charge')[0];
    expect(parts(charge)).toEqual([['Callum Price', 'subject']]);
    expect(charge!.summary).toBe('Callum Price charged with attempted murder');
    expect(charge!.date.start).toBe('2024-05-31');
  });

  it('the murder the accused is charged with is not dated by the court appearance', () => {
    const x = article(['Callum Price appeared in court on Friday charged with the murder of Leo Grant.']);
    const kill = ofType(x, 'kill')[0];
    expect(kill?.date.start ?? null, show(x)).toBeNull();
  });

  it('"sentenced to 14 years for trying to sell a seat in 2008": the year dates what he did, not the sentence', () => {
    const x = article(['Former governor Rod Bellamy has been sentenced to 14 years in prison for trying to sell a Senate seat in 2008.']);
    const e = ofType(x, 'sentence')[0];
    expect(e?.summary, show(x)).toBe('Rod Bellamy sentenced to 14 years');
    expect(e!.date.start).not.toBe('2008-01-01');
  });

  it('"for fraud charges in 2006" dates the sentence itself', () => {
    const x = article(['Gil Ryman was sentenced to six years in jail for fraud charges in 2006.']);
    expect(ofType(x, 'sentence')[0]?.date.start, show(x)).toBe('2006-01-01');
  });

  it('a sentence is passed on a person: no one sentenced, no event; a party is not sentenced', () => {
    expect(ofType(article(['The Reform Party was sentenced on Monday.']), 'sentence')).toEqual([]);
  });
});

describe('who did it: the subject of the clause', () => {
  it('a place after a preposition never acts: "a crash in Sochi killed 92 people"', () => {
    const x = article(['A crash in Sochi killed 92 people on Sunday.']);
    const e = ofType(x, 'kill')[0];
    expect(e?.participants, show(x)).toEqual([]);
    expect(e!.summary).toBe('A crash killed 92 people in Sochi');
  });

  it('names in a list after a preposition are not the subject: "tensions between A and B exploded"', () => {
    const x = article(['On Sunday, tensions between Omar Salim and Yusuf Karim exploded into fighting.']);
    for (const e of x.events) expect(e.participants.filter((p) => p.part === 'agent'), show(x)).toEqual([]);
  });

  it('"Harbor Corp shares fell": the shares fell, the company did nothing', () => {
    const x = article(['Harbor Corp shares fell sharply on Monday.']);
    for (const e of x.events) expect(e.participants.map((p) => p.part), show(x)).not.toContain('agent');
  });

  it('members act for their group: "Kestrel Front fighters attacked a convoy"', () => {
    const x = article(['Kestrel Front fighters attacked a convoy on Monday.']);
    expect(parts(ofType(x, 'attack')[0]), show(x)).toEqual([['Kestrel Front', 'agent']]);
  });

  it('"is to meet" is ahead, not a passive: the one who meets is the agent', () => {
    const x = article(['President Ana Lutz is to meet Prime Minister Idris Bako on Thursday.']);
    const e = ofType(x, 'meet')[0];
    expect(parts(e), show(x)).toEqual([
      ['Ana Lutz', 'agent'],
      ['Idris Bako', 'other'],
    ]);
    expect(e!.summary).toMatch(/^Ana Lutz will meet Idris Bako/);
    expect(e!.date.start).toBe('2024-06-06');
  });

  it('talks between two named sides take both part', () => {
    const x = article(['Talks between President Ana Lutz and Prime Minister Idris Bako were held on Tuesday.']);
    expect(parts(ofType(x, 'talks')[0]), show(x)).toEqual([
      ['Ana Lutz', 'agent'],
      ['Idris Bako', 'other'],
    ]);
  });

  it('a meeting needs someone to meet: "meeting the cross from a corner" is none', () => {
    const x = article(['The striker scored with a header on Saturday, meeting the cross from a corner.']);
    expect(ofType(x, 'meet'), show(x)).toEqual([]);
  });
});

describe('verbs outside the lists', () => {
  it('are kept when dated and done by a named actor, in the text’s own words', () => {
    const x = article(['Orbital Dynamics scrubbed the launch on Saturday because of high winds.']);
    const e = x.events[0];
    expect(e?.type, show(x)).toBe('other');
    expect(e!.summary).toBe('Orbital Dynamics scrubbed the launch');
    expect(e!.date.start).toBe('2024-06-01');
  });

  it('are dropped when nothing dates them, or when no one named did them', () => {
    expect(article(['Orbital Dynamics scrubbed the launch because of high winds.'], null).events).toEqual([]);
    expect(article(['The engineers scrubbed the launch on Saturday.']).events).toEqual([]);
  });

  it('a participle before its noun describes it: "over leaked messages" tells nothing', () => {
    const x = article(['Premier Ada Kell sacked a junior minister over leaked messages on Thursday.']);
    expect(x.events.map((e) => e.type), show(x)).toEqual(['dismiss']);
  });

  it('verbs of saying, being and naming tell no event: "known as", "said"', () => {
    const x = article(['Judge Lena Ortiz, known for her patience, said on Monday that the trial would go on.']);
    expect(x.events, show(x)).toEqual([]);
  });

  it('undated near the top of a dated story, they are the day’s news: the story’s day dates them, marked as inferred', () => {
    const x = article(['Orbital Dynamics scrubbed the launch on Saturday.', 'Vela Space postponed its own flight.']);
    expect(x.events.map((e) => [e.summary, e.date.start, e.date.inferred ?? false]), show(x)).toEqual([
      ['Orbital Dynamics scrubbed the launch', '2024-06-01', false],
      ['Vela Space postponed its own flight', '2024-06-01', true],
    ]);
  });

  it('"will" makes it ahead, said as such', () => {
    const x = article(['Vela Airlines will cancel 3,000 flights on Monday.']);
    expect(x.events[0]?.summary, show(x)).toBe('Vela Airlines will cancel 3,000 flights');
    expect(x.events[0]!.date.start).toBe('2024-06-10');
  });
});

describe('what someone says is a quote, not an event', () => {
  it('a sentence of speech alone gives no event; its quote carries the day it was said', () => {
    const x = article(['“We will appeal,” lawyer Nia Hobbs said on Tuesday.']);
    expect(x.events, show(x)).toEqual([]);
    expect(x.quotes.map((q) => [q.speaker, q.date?.start])).toEqual([['Nia Hobbs', '2024-06-04']]);
  });

  it('a sentence that also reports an act has the act as its event', () => {
    const x = article(['Police said on Tuesday they had arrested Dev Malik in Leeds.']);
    expect(x.events.map((e) => e.type), show(x)).toEqual(['arrest']);
  });
});

describe('the day of the story dates the day’s news the text leaves undated', () => {
  it('events after the lead take the lead’s day, marked as inferred', () => {
    const x = article([
      'Prime Minister Rosa Ilves reshuffled her cabinet on Tuesday.',
      'Finance Minister Jon Tamm was dismissed.',
      'Mari Saar was appointed finance minister.',
    ]);
    const appoint = ofType(x, 'appoint')[0];
    expect(appoint?.date, show(x)).toMatchObject({ start: '2024-06-04', precision: 'day', inferred: true });
    expect(ofType(x, 'dismiss')[0]?.date.start).toBe('2024-06-04');
  });

  it('not what the text tells as earlier ("had") or ahead ("will")', () => {
    const x = article(['Rosa Ilves reshuffled her cabinet on Tuesday.', 'She had appointed Jon Tamm in 2021.', 'Mari Saar will be appointed foreign minister.']);
    for (const e of x.events.filter((e) => e.sentenceIndex > 0)) expect(e.date.inferred, show(x)).toBeFalsy();
  });

  it('not once the story has moved to another time', () => {
    const x = article(['Rosa Ilves reshuffled her cabinet on Tuesday.', 'In 2019 she led the party to victory.', 'Jon Tamm was dismissed.']);
    expect(ofType(x, 'dismiss')[0]?.date.start ?? null, show(x)).toBeNull();
  });

  it('an undated article infers nothing', () => {
    const x = article(['Prime Minister Rosa Ilves dismissed Jon Tamm.'], null);
    expect(x.events[0]?.date.start ?? null, show(x)).toBeNull();
  });

  it('a lead without a day of its own takes the dateline’s, and so does the news after it', () => {
    const x = article(['TALLINN, June 3 (Reuters) - Prime Minister Rosa Ilves dismissed Finance Minister Jon Tamm.', 'Mari Saar was appointed finance minister.']);
    expect(ofType(x, 'appoint')[0]?.date, show(x)).toMatchObject({ start: '2024-06-03', inferred: true });
    expect(ofType(x, 'dismiss')[0]?.date.start, show(x)).toBe('2024-06-03');
  });
});

describe('happenings with no one behind them', () => {
  it('"an earthquake struck on Tuesday" is news: dated, in the text’s words', () => {
    const x = article(['A powerful earthquake struck off the coast of Tarapaca on Tuesday night.']);
    expect(x.events.map((e) => [e.summary, e.date.start]), show(x)).toEqual([['A powerful earthquake struck off the coast of Tarapaca', '2024-06-04']]);
  });

  it('keeps the particle of the verb: "a fire broke out"', () => {
    const x = article(['A fire broke out at the Harbour Tower on Monday.']);
    expect(x.events[0]?.summary, show(x)).toBe('A fire broke out at Harbour Tower');
  });

  it('a noun that is no happening does not make one: "the plan involved cuts on Monday"', () => {
    expect(article(['The plan involved cuts on Monday.']).events).toEqual([]);
  });
});

describe('what did not happen, or is not told as happening', () => {
  it.each([
    ['“We will appeal and we will win,” Nia Hobbs said on Tuesday.', 'a quote'],
    ['No details about the killing were released on Monday.', 'a subject that denies'],
    ['The police didn’t charge him on Monday.', 'a curly-apostrophe negation'],
    ['Dev Malik will remain free on bail until the trial.', 'a state after a linking verb'],
    ['On the path to winning the title, Ada Okafor lost only one set.', 'a gerund after a preposition'],
    ['The newly elected mayor spoke on Monday.', 'a participle describing its noun'],
    ['A full bench headed by Judge Lena Ortiz heard the case on Monday.', 'a participle after its noun, with "by"'],
  ])('%s (%s)', (sentence) => {
    const x = article([sentence]);
    const kinds = x.events.map((e) => e.type);
    expect(kinds.filter((k) => ['win', 'charge', 'release', 'elect', 'kill', 'other'].includes(k)), show(x)).toEqual([]);
  });

  it('"saw his penalty saved by the goalkeeper" reports what happened', () => {
    const x = article(['Omar Salim saw his penalty saved by goalkeeper Tom Hale on Saturday.']);
    const e = x.events.find((ev) => ev.trigger === 'saved');
    expect(parts(e), show(x)).toEqual([['Tom Hale', 'agent']]);
    expect(e!.date.start).toBe('2024-06-01');
  });

  it('an event told by an -ing form is told in the past: "is suspending flights"', () => {
    const x = article(['Vela Airlines is suspending flights to Rome on Monday.']);
    expect(x.events[0]?.summary, show(x)).toMatch(/^Vela Airlines suspended flights/);
  });
});

describe('who did it, in the shapes results and reports take', () => {
  it('"by only five points" is a margin, not who won', () => {
    const x = article(['Mayor Ana Lutz squeaked out a victory over Idris Bako by only five percentage points on Tuesday.']);
    const e = ofType(x, 'win')[0];
    expect(parts(e), show(x)).toEqual([
      ['Ana Lutz', 'agent'],
      ['Idris Bako', 'subject'],
    ]);
    expect(e!.date.start).toBe('2024-06-04');
  });

  it('"the seat he won": the pronoun before the verb is its subject, not a name further back', () => {
    const x = article(['Mr. Dan Bing, a former NBA star, held onto the seat he won in May.']);
    for (const e of x.events) expect(e.participants.map((p) => p.name), show(x)).not.toContain('NBA');
  });

  it('a country may act; a city does not ("Detroit reelected its mayor" is its voters)', () => {
    const city = article(['Boston, New York and Detroit reelected their mayors on Tuesday.']);
    for (const e of city.events) expect(e.participants.map((p) => p.name), show(city)).not.toContain('Detroit');
    const country = article(['Italy paid a ransom of four million euros on Monday.']);
    expect(ofType(country, 'payment')[0]?.participants.map((p) => p.name), show(country)).toContain('Italy');
  });

  it('"by Elon Ray’s Orbital": the company did it, not its owner', () => {
    const x = article(['The capsule has been launched four times by Elon Ray’s Orbital Dynamics.']);
    expect(ofType(x, 'launch')[0]?.participants.filter((p) => p.part === 'agent').map((p) => p.name), show(x)).toEqual(['Orbital Dynamics']);
  });

  it('an appointment told without a name needs people: "a reshuffle appointed" is none', () => {
    const x = article(['Malta announced a major Cabinet reshuffle on Tuesday, with new ministers being appointed to key portfolios.']);
    expect(ofType(x, 'appoint').map((e) => e.summary), show(x)).not.toContain('A major Cabinet reshuffle appointed to key portfolios');
  });
});

describe('a list of names is a list of doers', () => {
  it('"A, B and C resigned": all three resigned', () => {
    const x = article(['Ana Lutz, Idris Bako and Omar Salim resigned on Monday.']);
    expect(parts(ofType(x, 'resign')[0]), show(x)).toEqual([
      ['Ana Lutz', 'agent'],
      ['Idris Bako', 'agent'],
      ['Omar Salim', 'agent'],
    ]);
  });
});

describe('a lead that describes, a next sentence that names', () => {
  it('"A man has appeared in court charged with murder. Callum Price ...": Price appeared and was charged', () => {
    const x = article(['A man has appeared in court charged with murder.', 'Callum Price, 30, spoke only to confirm his name.']);
    expect(parts(ofType(x, 'appear')[0]), show(x)).toEqual([['Callum Price', 'subject']]);
    expect(parts(ofType(x, 'charge')[0]), show(x)).toEqual([['Callum Price', 'subject']]);
  });

  it('a description of many, or a named subject, is left alone', () => {
    const x = article(['Police officers arrested two men on Monday.', 'Callum Price, a spokesman, gave no names.']);
    for (const e of x.events) expect(e.participants.map((p) => p.name), show(x)).not.toContain('Callum Price');
  });
});

describe('background is not the day’s news', () => {
  it('an act in a relative clause is not dated by the story’s day', () => {
    const x = article(['President Ana Lutz on Thursday accepted the resignation of five ministers of the Reform Party, which withdrew its support.']);
    const withdrew = x.events.find((e) => e.trigger === 'withdrew');
    expect(withdrew?.date.start ?? null, show(x)).toBeNull();
  });

  it('what a report says was won is not dated by the report', () => {
    const x = article(['The election commission on Wednesday released final figures, confirming that the Unity Party won by over 61%.']);
    const won = x.events.find((e) => e.type === 'win' || e.type === 'elect');
    expect(won?.date.start ?? null, show(x)).toBeNull();
  });

  it('a day told in an "after" clause is not the story’s day', () => {
    const x = article(['Police say they have arrested a suspect, almost 24 hours after a gunman opened fire in a mall on Friday evening.', 'Dev Malik, 20, was named by police.']);
    expect(ofType(x, 'arrest')[0]?.date.start ?? null, show(x)).not.toBe('2024-05-31');
  });

  it('where someone is from is not where it happened', () => {
    const x = article(['The 30-year-old from Romney Avenue in Harbourtown has been charged with the murder of Leo Grant.']);
    for (const e of x.events) expect(e.place, show(x)).not.toBe('Harbourtown');
  });

  it('"X, whose body was found on Tuesday": X was found dead', () => {
    const x = article(['Leo Grant, whose body was found on Tuesday, was 54.']);
    expect(parts(ofType(x, 'die')[0]), show(x)).toEqual([['Leo Grant', 'subject']]);
  });

  it('"sworn in by the chief justice": she swore him in', () => {
    const x = article(['Dan Ruto was sworn in on Tuesday by Martha Koome, the chief justice.']);
    expect(ofType(x, 'appoint')[0]?.summary, show(x)).toBe('Martha Koome swore in Dan Ruto');
  });
});

describe('what the day’s news is not', () => {
  it('a perfect of experience ("has already been launched four times") is not dated by the story', () => {
    const x = article(['Orbital Dynamics scrubbed the launch on Saturday.', 'The capsule has already been launched four times by Orbital Dynamics.']);
    const again = x.events.filter((e) => e.sentenceIndex === 1);
    for (const e of again) expect(e.date.start ?? null, show(x)).toBeNull();
  });

  it('"the investigation cleared him": an event noun that is the subject of another act is old news', () => {
    const x = article(['Rector Ada Kell said on Wednesday she will resign.', 'The investigation cleared her of fraud.']);
    const inquiry = ofType(x, 'investigate')[0];
    expect(inquiry?.date.start ?? null, show(x)).toBeNull();
  });

  it('"suspending flights through to the end of April": when it stops is not when it happened', () => {
    const x = article(['Vela Airlines is suspending flights to Rome through to the end of April.']);
    expect(ofType(x, 'ban')[0]?.date.start ?? null, show(x)).not.toBe('2024-04-01');
  });

  it('"will take over the post": said ahead in full', () => {
    const x = article(['Defence Minister Omar Salim will take over the foreign minister’s post on Monday.']);
    expect(ofType(x, 'appoint')[0]?.summary, show(x)).toBe('Omar Salim will take over');
  });
});

describe('leaving a post, and what is told as happening now', () => {
  it('"retires" is a departure told in its own word, dated by the story’s day', () => {
    const x = article(['Halvard Freight said on Tuesday that finance chief Oskar Lunde retires at the end of the month.', 'Lunde joined the firm in 2009.']);
    const e = ofType(x, 'resign')[0];
    expect(e?.summary, show(x)).toMatch(/^Oskar Lunde retired/);
  });

  it('"is retiring": the -ing form after "is" is the verb, even where the tagger reads an adjective', () => {
    const x = article(['Halvard Freight said on Tuesday that its long-serving finance chief Oskar Lunde is retiring.']);
    const e = ofType(x, 'resign')[0];
    expect(e?.summary, show(x)).toMatch(/^Oskar Lunde retired/);
    expect(e?.date.start).toBe('2024-06-04');
  });

  it('what a firm "said that X is resigning" is the day’s news, not background', () => {
    const x = article(['Halvard Freight said on Tuesday that its chairman Oskar Lunde is resigning.']);
    expect(ofType(x, 'resign')[0]?.date.start, show(x)).toBe('2024-06-04');
  });

  it('what a report says was done earlier stays undated', () => {
    const x = article(['Halvard Freight said on Tuesday that Oskar Lunde resigned from the board.']);
    const e = ofType(x, 'resign')[0];
    expect(e, show(x)).toBeDefined();
    expect(e!.date.start, show(x)).toBeNull();
  });
});

describe('where and when, told once or twice', () => {
  it('one day told twice ("last night (June 4)") dates the event across a long clause', () => {
    const x = article(['Bilateral discussions between President Rosa Ilves, who is on an official visit to Latvia, and Prime Minister Jon Tamm was held last night (June 4).', 'Ilves is to meet President Ivo Karis this morning.']);
    expect(ofType(x, 'talks')[0]?.date, show(x)).toMatchObject({ start: '2024-06-04' });
    expect(ofType(x, 'talks')[0]?.date.inferred, show(x)).toBeFalsy();
  });

  it('the dateline city is the place of the lead’s event only when the sentence names no other place', () => {
    const home = article(['TALLINN, June 3 (Reuters) - Prime Minister Rosa Ilves dismissed Finance Minister Jon Tamm.']);
    expect(ofType(home, 'dismiss')[0]?.place, show(home)).toBe('Tallinn');
    const away = article(['TALLINN, June 3 (Reuters) - Estonia and Latvia signed a border treaty, state media said.']);
    const e = ofType(away, 'sign')[0];
    expect(e, show(away)).toBeDefined();
    expect(e!.place, show(away)).not.toBe('Tallinn');
  });
});

describe('more of what news reports as done', () => {
  it('"accepted the election results": a noun that only modifies the object does not hide the act', () => {
    const x = article(['Rosa Ilves on Tuesday accepted the election results.']);
    expect(x.events.map((e) => e.summary), show(x)).toContain('Rosa Ilves accepted the election results');
  });

  it('"a man appeared in court" is what the man did, never "was appeared"', () => {
    const x = article(['A man appeared in court on Tuesday charged with theft.', 'Jon Tamm, 31, spoke only to confirm his name.']);
    const e = ofType(x, 'appear')[0];
    expect(e?.summary, show(x)).toMatch(/^Jon Tamm appeared in court/);
  });

  it('a named person "was in" a place on given days: a visit', () => {
    const x = article(['Latvian President Ivo Karis was in Tallinn from June 1-3 at the invitation of Rosa Ilves.']);
    const e = ofType(x, 'visit')[0];
    expect(e?.summary, show(x)).toMatch(/^Ivo Karis was in Tallinn/);
    expect(e?.date).toMatchObject({ start: '2024-06-01', end: '2024-06-03' });
  });

  it('"won a third term" is a win', () => {
    const x = article(['Mayor Rosa Ilves won a third term on Tuesday.']);
    expect(ofType(x, 'win').length + ofType(x, 'elect').length, show(x)).toBe(1);
  });
});

describe('launches and datelines in ordinary case', () => {
  it('"lifted off" is a launch, told in its own words, and never passive', () => {
    const x = article(['The Nordspace rocket lifted off on Tuesday from the Andøya Space Centre.']);
    const e = ofType(x, 'launch')[0];
    expect(e?.summary, show(x)).toMatch(/lifted off/);
    expect(e?.summary).not.toMatch(/was lifted/);
    expect(e?.date.start).toBe('2024-06-04');
  });

  it('"Cape Canaveral, Florida - ..." is a dateline: its city acts in nothing', () => {
    const x = article(['Cape Canaveral, Florida - Three astronauts blasted off on Tuesday for a six-month mission.']);
    expect(x.events.some((e) => e.participants.some((p) => p.name === 'Cape Canaveral')), show(x)).toBe(false);
    expect(x.actors.find((a) => a.name === 'Cape Canaveral')?.type).toBe('place');
  });
});

describe('what a charge says, and where a hearing is put off to', () => {
  it('"appeared on the charge that he murdered X": the appearance is news, the murder is only alleged', () => {
    const x = article(['Jon Tamm appeared before Chief Magistrate Mari Saar on the charge that on May 8 he murdered Ivo Kask.']);
    expect(ofType(x, 'appear').length, show(x)).toBe(1);
    expect(ofType(x, 'kill').map((e) => e.summary), show(x)).toEqual(['Jon Tamm allegedly murdered Ivo Kask']);
    expect(ofType(x, 'kill')[0]?.date.start).toBe('2024-05-08');
  });

  it('"adjourned the matter to October 31" is not dated October 31', () => {
    const x = article(['Magistrate Mari Saar adjourned the matter to October 31.']);
    expect(x.events.some((e) => e.date.start === '2024-10-31'), show(x)).toBe(false);
  });
});

describe('a passive ahead stays passive', () => {
  it('"is to be sentenced on July 13" is what will be done to him, not what he will do', () => {
    const x = article(['Jon Tamm is to be sentenced on July 13.', 'Mari Saar will be sworn in on Monday.']);
    expect(ofType(x, 'sentence')[0]?.summary, show(x)).toBe('Jon Tamm will be sentenced');
    expect(ofType(x, 'sentence')[0]?.date.start).toBe('2024-07-13');
    expect(ofType(x, 'appoint')[0]?.summary, show(x)).toBe('Mari Saar will be sworn in');
  });
});

describe('a verb that takes no object in the clause is active', () => {
  it('"Harbor Corp shares tumbled on Wednesday" is what the shares did, not "was tumbled"', () => {
    const x = article(['Harbor Corp shares tumbled on Tuesday.']);
    expect(x.events.map((e) => e.summary), show(x)).toContain('Harbor Corp shares tumbled');
  });
});

describe('who said it, in the shapes long quotations take', () => {
  const said = (x: Extraction) => x.quotes.map((q) => [q.speaker, q.words.split(/\s+/).slice(0, 3).join(' ')]);

  it('an office with its organisation before the name: the person speaks, not the organisation', () => {
    const x = article(['“The harbour will reopen by spring,” Port Authority Chairman Olu Brandt said in a statement.']);
    expect(said(x)).toEqual([['Olu Brandt', 'The harbour will']]);
  });

  it('a quotation over two paragraphs, closed only at the end, is all the closing speaker’s', () => {
    const x = article([
      'Mayor Ines Carvalho spoke to reporters after the vote on Tuesday.',
      '“My own view is that the council needed a stronger team for the next two years.',
      '“And she has shown real ability in the job,” she said.',
    ]);
    expect(said(x)).toEqual([
      ['Ines Carvalho', 'My own view'],
      ['Ines Carvalho', 'And she has'],
    ]);
  });

  it('a quotation of several sentences in one paragraph is one quote, with its speaker', () => {
    const x = article(['“We lost everything in the water. There is nothing left to save,” farmer Jonas Weller said on Sunday.']);
    expect(said(x)).toEqual([['Jonas Weller', 'We lost everything']]);
    expect(x.quotes[0]!.words).toContain('nothing left to save');
  });

  it('a quote on its own after “..., he said” is still his, though he was named a sentence before', () => {
    const x = article([
      'Fire chief Amos Tull said crews worked through the night on Saturday.',
      '“The river came up fast and we had little warning,” he said. “It looked exactly like the flood of 1998.”',
    ]);
    expect(said(x)).toEqual([
      ['Amos Tull', 'The river came'],
      ['Amos Tull', 'It looked exactly'],
    ]);
  });
});

describe('speech given in public, and speech that only reports', () => {
  it('a press conference or a statement on a day the text gives is an announcement by its speaker', () => {
    const x = article(['At a press conference on Monday, Mayor Ruth Okoye said about 400 homes had lost power.']);
    const e = ofType(x, 'announce')[0];
    expect(parts(e), show(x)).toEqual([['Ruth Okoye', 'agent']]);
    expect(e!.date.start).toBe('2024-06-03');
  });

  it('plain “X said” stays a quote, not an event', () => {
    const x = article(['Mayor Ruth Okoye said on Monday that about 400 homes had lost power.']);
    expect(ofType(x, 'announce'), show(x)).toEqual([]);
  });

  it('a date inside the quotation does not date the speech', () => {
    const x = article(['“I will step down as chair effective August 31,” Lorna Pike said in a statement on Monday.']);
    expect(ofType(x, 'announce')[0]?.date.start, show(x)).toBe('2024-06-03');
    expect(x.quotes[0]?.date?.start).toBe('2024-06-03');
  });

  it('the reporter in “As X reported, ...” did not do what the sentence says “he” did', () => {
    const x = article(['As radio reporter Ana Ruiz reported on Tuesday, police believe he acted alone.']);
    expect(x.events.filter((e) => e.participants.some((p) => p.name === 'Ana Ruiz')), show(x)).toEqual([]);
  });

  it('“reported a loss” is news; “reported on Tuesday” is speech', () => {
    expect(article(['Kellmore Foods reported a quarterly loss on Tuesday.']).events.length).toBe(1);
    expect(article(['As Dana Moor reported on Tuesday, the plant will close.']).events.filter((e) => e.summary.includes('reported'))).toEqual([]);
  });
});

describe('court news told in one breath', () => {
  it('a second verb after “, and” is the same subject’s act', () => {
    const x = article(['Magistrate Rhea Moss remanded Tom Pell on Monday, and released Ivo Dane.']);
    expect(ofType(x, 'release').map(parts), show(x)).toEqual([
      [
        ['Rhea Moss', 'agent'],
        ['Ivo Dane', 'subject'],
      ],
    ]);
  });

  it('“was charged with theft”: a passive verb, though the tagger reads the participle as an adjective', () => {
    const x = article(['Tom Pell was charged with theft on Monday.']);
    expect(parts(ofType(x, 'charge')[0]), show(x)).toEqual([['Tom Pell', 'subject']]);
    expect(ofType(x, 'charge')[0]!.date.start).toBe('2024-06-03');
  });

  it('what someone is charged with is no second event, but the victim it names is', () => {
    const x = article(['Police arrested Lee Varga, and charged him with murder.']);
    expect(ofType(x, 'kill'), show(x)).toEqual([]);
    const y = article(['Lee Varga has been charged with the murder of Ada Quist.']);
    expect(parts(ofType(y, 'kill')[0]), show(y)).toEqual([['Ada Quist', 'subject']]);
  });
});

describe('posts taken up and left, in the phrases news uses', () => {
  it('“will serve as X, effective <day>” is an appointment on that day', () => {
    const x = article(['Board members said Ilse Brandt will serve as chief executive, effective July 1.']);
    const e = ofType(x, 'appoint')[0];
    expect(e?.summary, show(x)).toBe('Ilse Brandt will serve as chief executive');
    expect(e!.date.start).toBe('2024-07-01');
  });

  it('“step down” in any tense is leaving a post, told in its own words', () => {
    const x = article(['Ilse Brandt will step down as chair, effective July 1.']);
    expect(ofType(x, 'resign').map((e) => [e.summary, e.date.start]), show(x)).toEqual([['Ilse Brandt will step down', '2024-07-01']]);
  });

  it('“will take office” does not repeat its own second word', () => {
    const x = article(['Ilse Brandt will take office on Monday.']);
    expect(ofType(x, 'appoint')[0]?.summary, show(x)).toBe('Ilse Brandt will take office');
  });
});

describe('who did it, past a participle phrase', () => {
  it('a name after “led by a ...” is not the subject of the verb that follows', () => {
    const x = article(['The team of astronomers led by a Kestrel University astronomer observed the stars on Monday.']);
    expect(x.events.filter((e) => e.participants.some((p) => p.name === 'Kestrel University' && p.part === 'agent')), show(x)).toEqual([]);
  });
});

describe('a count of people can do something', () => {
  it('“Three astronauts and a cosmonaut blasted off on Sunday” is a dated launch, told in those words', () => {
    const x = article(['Three astronauts and a cosmonaut blasted off on Sunday from the coast.']);
    expect(ofType(x, 'launch').map((e) => [e.summary, e.date.start]), show(x)).toEqual([['Three astronauts and a cosmonaut blasted off', '2024-06-02']]);
  });

  it('a margin is still no one: “won by five percentage points”', () => {
    const x = article(['Lena Ortiz won the seat by five percentage points on Tuesday.']);
    expect(x.events.flatMap((e) => e.participants.map((p) => p.name)), show(x)).not.toContain('five percentage points');
  });
});

describe('the perfect tells the day’s news further down the story', () => {
  it('“X has been replaced by Y” eight sentences in is dated by the story’s day', () => {
    const filler = Array.from({ length: 7 }, (_, k) => `The council discussed item ${k + 1} of its budget at length.`);
    const x = article(['The cabinet was reshuffled on Monday.', ...filler, 'Transport Minister Ola Brenn has been replaced by Mr Kofi Asante, a former banker.']);
    const e = x.events.find((ev) => ev.summary.includes('replaced'));
    expect(e && [e.summary, e.date.start], show(x)).toEqual(['Kofi Asante replaced Ola Brenn', '2024-06-03']);
  });
});

describe('what the layout of a page says about its names', () => {
  it('rows of an election result list people alike: a row whose name nothing types is a person too', () => {
    const x = article(['Voters in Greywater chose between three candidates on Tuesday, the election office said.', 'Mary Lund: 46 percent', 'Tavish Okonkwo: 36 percent', 'Lisa Brandt: 15 percent', 'The two leaders go to a runoff next month, the election office said.']);
    expect(x.actors.find((a) => a.name === 'Tavish Okonkwo')?.type, JSON.stringify(x.actors)).toBe('person');
  });

  it('an embedded post is its signer’s words, on the day its signature gives', () => {
    const x = article([
      'The commission released the final figures on Wednesday, officials said.',
      'The commission has confirmed the victory of the ruling party with 61% of the votes. pic.twitter.com/abc123',
      '— Zenobia Mwale (@zmwale) June 5, 2024',
      'The opposition called for a recount on Thursday.',
    ]);
    expect(x.quotes.map((q) => [q.speaker, q.date?.start, q.words]), show(x)).toEqual([
      ['Zenobia Mwale', '2024-06-05', 'The commission has confirmed the victory of the ruling party with 61% of the votes.'],
    ]);
    // (said in public on that day: an announcement, as "X said in a tweet" is)
    expect(ofType(x, 'announce').map((e) => [e.summary, e.date.start]), show(x)).toEqual([['Zenobia Mwale posted on social media', '2024-06-05']]);
  });
});

describe('what is not an act, though a trigger word is in it', () => {
  it('an -ing word inside a compound (“vote buying allegations”) is no purchase', () => {
    expect(ofType(article(['Vote buying allegations surfaced in the district on Monday, the police said.']), 'acquire')).toEqual([]);
    expect(ofType(article(['Halvard Foods said on Monday it was buying shares in Pell Dairy.']), 'acquire').length).toBe(1);
  });

  it('a participle describing a person’s noun (“the top elected official”) is no election', () => {
    expect(ofType(article(['Lena Hart, the top elected official in the county, spoke on Monday.']), 'elect')).toEqual([]);
    expect(ofType(article(['Lena Hart was elected mayor on Monday.']), 'elect').length).toBe(1);
  });

  it('an adjective opening a sentence is no actor: “Medical supplies were bought by the Red Cross”', () => {
    const x = article(['Medical supplies were bought by the Red Cross on Monday.']);
    expect(x.actors.map((a) => a.name), show(x)).toEqual(['Red Cross']);
  });

  it('what someone accepts is someone else’s act: “accepted his resignation”', () => {
    const x = article(['The trade minister resigned on Monday.', 'Prime Minister Taro Kono accepted his resignation.']);
    expect(x.events.filter((e) => e.type === 'resign' && e.participants.some((p) => p.name === 'Taro Kono')), show(x)).toEqual([]);
    const y = article(['Prime Minister Taro Kono announced his resignation on Monday.']);
    expect(parts(ofType(y, 'resign')[0])).toEqual([['Taro Kono', 'subject']]);
  });

  it('the officer who tells what befell someone unnamed is not “he” in the next sentence, nor “the man”', () => {
    const x = article(['Detective Sergeant Jim Wade said the man was stabbed on Monday.', 'He was charged with murder and refused bail.']);
    expect(x.actors.find((a) => a.name === 'Jim Wade')?.roles.map((r) => r.title)).toEqual(['Detective Sergeant']);
    expect(x.events.filter((e) => e.participants.some((p) => p.name === 'Jim Wade')), show(x)).toEqual([]);
  });
});

describe('the detective quoted is the source, not the subject', () => {
  it('a detective who only tells reporters is not the man charged, nor the “he” refused bail next', () => {
    const x = article([
      'A man has been charged with murder after a body was found in a house in Westmead.',
      '“We believe the man went there willingly,” Detective Superintendent Rob Hale told reporters on Saturday.',
      'He was refused bail and will appear in court on Monday.',
    ]);
    const hale = x.events.filter((e) => e.participants.some((p) => p.name === 'Rob Hale'));
    expect(hale.map((e) => e.type), show(x)).toEqual(['announce']);
    // and a bare "He" names nobody: no event is made of "He refused"
    expect(x.events.filter((e) => /^He\b/.test(e.summary)), show(x)).toEqual([]);
  });

  it('a chief financial officer who speaks is still the one “he” stands for next', () => {
    const x = article(['Chief Financial Officer Dev Rana said on Monday he would retire.', 'He will step down in June.']);
    expect(ofType(x, 'resign').some((e) => e.participants.some((p) => p.name === 'Dev Rana')), show(x)).toBe(true);
  });
});

describe('promised, ordered or planned is not done', () => {
  it('“ordered the police to investigate” is no investigation by the one who ordered it', () => {
    const x = article(['Health minister Rena Osei ordered provincial authorities to investigate the deaths on Friday.']);
    expect(ofType(x, 'investigate'), show(x)).toEqual([]);
  });

  it('“agreed to vote its shares” is a promise; “agreed to buy” is the deal', () => {
    expect(ofType(article(['Harrow Capital agreed to vote its shares in favour of the deal on Monday.']), 'vote')).toEqual([]);
    expect(ofType(article(['Harrow Capital agreed to buy Pell Dairy on Monday.']), 'acquire').length).toBe(1);
  });

  it('“a Texas Republican” after a name describes that person: no second person sentenced', () => {
    const x = article(['Former House leader Tom Dray, a Texas Republican, was sentenced on Monday to three years in prison.']);
    expect(ofType(x, 'sentence').map(parts), show(x)).toEqual([[['Tom Dray', 'subject']]]);
  });
});

describe('renting is not hiring', () => {
  it('“hired out a hall” appoints no one', () => {
    expect(ofType(article(['Kestrel Phones hired out the Harbour Music Hall for the launch on Thursday.']), 'appoint')).toEqual([]);
    expect(ofType(article(['Kestrel Phones hired Ana Lund as chief designer on Thursday.']), 'appoint').length).toBe(1);
  });
});

describe('quotation marks as pages mix them', () => {
  it('a straight opening mark closed by a curly one is still a quotation, with its speaker', () => {
    const x = article(['"Safety will drive every decision we make," Port Administrator Ivo Renn said in a statement.'.replace(/,"/, ',”')]);
    expect(x.quotes.map((q) => [q.speaker, q.words]), show(x)).toEqual([['Ivo Renn', 'Safety will drive every decision we make']]);
  });
});

describe('a result told in prose', () => {
  it('the sides of a score named by their towns are teams, and the winner beat the loser', () => {
    const x = article(['Kestrel Town beat Harrowby 4-1 at Mill Park on Saturday.']);
    expect(ofType(x, 'win').map(parts), show(x)).toEqual([
      [
        ['Kestrel Town', 'agent'],
        ['Harrowby', 'subject'],
      ],
    ]);
  });

  it('the team, not the scorer named first, is who beat them', () => {
    const x = article(['Ade Bello scored twice as Kestrel beat Harrowby 4-1 on Saturday.']);
    expect(ofType(x, 'win')[0]?.participants.find((p) => p.part === 'agent')?.name, show(x)).toBe('Kestrel');
  });

  it('“thrashed” and “crushed” tell a result only beside a score', () => {
    expect(ofType(article(['Kestrel thrashed Harrowby 5-0 on Saturday.']), 'win').length).toBe(1);
    expect(ofType(article(['Police crushed the protest in Harrowby on Saturday.']), 'win')).toEqual([]);
  });
});

describe('what is still ahead, and who a lead describes', () => {
  it('“faces prison when he is sentenced in August” is a sentence ahead, in the coming August', () => {
    const x = article(['A jury on Monday convicted the former treasurer Owen Pryce of embezzlement. Pryce, 58, faces up to ten years in prison when he is sentenced in August.']);
    const e = ofType(x, 'sentence')[0];
    expect(e?.tense, show(x)).toBe('ahead');
    expect(e!.date.start).toBe('2024-08-01');
    expect(e!.summary).toContain('will be sentenced');
  });

  it('a sentence told as past in the same words keeps the August before', () => {
    const x = article(['The former treasurer Owen Pryce was sentenced in August to ten years in prison.']);
    expect(ofType(x, 'sentence')[0]?.date.start, show(x)).toBe('2023-08-01');
  });

  it('“his father, X” named after a lead about a boy is not the boy', () => {
    const x = article(['A six-year-old boy was found dead in a flooded quarry on Sunday, police said.', 'His father, Dale Ferris, 41, was arrested the next day.']);
    expect(ofType(x, 'die')[0]?.participants ?? [], show(x)).toEqual([]);
    expect(parts(ofType(x, 'arrest')[0])).toEqual([['Dale Ferris', 'subject']]);
    expect(ofType(x, 'arrest')[0]!.date.start).toBe('2024-06-03');
  });

  it('a lead about a father is still about the father named next', () => {
    const x = article(['A father of two has appeared in court charged with arson.', 'The father, Dale Ferris, 41, was remanded in custody.']);
    expect(parts(ofType(x, 'appear')[0]), show(x)).toEqual([['Dale Ferris', 'subject']]);
  });

  it('“bought” is told as bought, not as a deal agreed', () => {
    const x = article(['Helios Energy bought Marston Wind on Tuesday.']);
    expect(ofType(x, 'acquire')[0]?.summary, show(x)).toBe('Helios Energy bought Marston Wind');
  });
});

describe('where a clause ends, and what is only supposed', () => {
  it('“appeared before magistrates on Monday”: the court is where, the day is the appearance’s', () => {
    const x = article(['Dale Ferris appeared before magistrates on Monday.', 'Nina Holt will appear before Leeds Crown Court on Friday.']);
    const [past, ahead] = ofType(x, 'appear');
    expect(past?.date.start, show(x)).toBe('2024-06-03');
    expect(past?.date.inferred ?? false).toBe(false);
    expect(ahead?.date.start).toBe('2024-06-07');
  });

  it('“resigned before the vote on Tuesday”: a day after “before” and an event is the vote’s, not the resignation’s', () => {
    const x = article(['The talks collapsed on Monday.', 'Nina Holt resigned before the vote on Tuesday.']);
    const e = ofType(x, 'resign')[0];
    expect(e?.date.start === '2024-06-04' && !e.date.inferred, show(x)).toBe(false);
  });

  it('“would be published”, “could have been signed”: a guess or a plan in the passive is no event', () => {
    const x = article(['The minister said the report would be published next week.', 'Officials said the treaty could have been signed in May.']);
    expect(ofType(x, 'publish'), show(x)).toEqual([]);
    expect(ofType(x, 'sign'), show(x)).toEqual([]);
  });
});

describe('results declared, machines and their makers, and moments after', () => {
  it('“declared X the winner” and “X was declared winner of the runoff” are X’s election, dated', () => {
    const x = article(['The electoral board on Saturday declared Amara Diallo winner of the presidential runoff.', 'Kofi Mensah was declared the winner of the mayoral race on Monday.']);
    const [a, b] = ofType(x, 'elect');
    expect(parts(a), show(x)).toEqual([['Amara Diallo', 'subject']]);
    expect(a!.date.start).toBe('2024-06-01');
    expect(a!.summary).toBe('Amara Diallo was declared the winner by the electoral board');
    expect(parts(b)).toEqual([['Kofi Mensah', 'subject']]);
    expect(b!.date.start).toBe('2024-06-03');
  });

  it('a plane’s maker before its model number did not crash; the airline that operated it is whose plane crashed', () => {
    const x = article(['An Airbus A321 operated by Corvo Airlines crashed shortly after takeoff from Lisbon on Monday, killing 40 people.']);
    const e = ofType(x, 'crash')[0];
    expect(parts(e), show(x)).toEqual([['Corvo Airlines', 'subject']]);
    expect(e!.summary).toMatch(/^Corvo Airlines plane crashed/);
    // "shortly after takeoff ... on Monday": the same moment, so the day is the crash's own
    expect(e!.date.start).toBe('2024-06-03');
    expect(e!.date.inferred ?? false).toBe(false);
    expect(x.events.some((ev) => ev.participants.some((p) => p.name === 'Airbus')), show(x)).toBe(false);
  });

  it('a flight named by its number is still the one that crashed', () => {
    const x = article(['Corvo Air Flight 62 crashed into the sea on Monday.']);
    expect(ofType(x, 'crash')[0]?.participants.length, show(x)).toBe(1);
  });

  it('“hours after” a clause with its own verb still ends the clause: the day is the shooting’s, not the arrest’s', () => {
    const x = article(['Police arrested Ivan Kovac hours after gunmen opened fire at a market on Friday.']);
    const e = ofType(x, 'arrest')[0];
    expect(parts(e), show(x)).toEqual([['Ivan Kovac', 'subject']]);
    expect(e!.date.start === '2024-05-31' && !e!.date.inferred).toBe(false);
  });

  it('a participle describing the subject (“a Boeing 737 operated by X”) tells no act of the subject', () => {
    const x = article(['A Boeing 737 operated by Corvo Airlines landed safely in Faro on Monday.']);
    expect(x.events.some((e) => e.trigger === 'operated'), show(x)).toBe(false);
  });
});

describe('sides, arrivals and titles with “of”', () => {
  it('beside a score, countries are the sides: the loser is named, and “beat” stays “beat”', () => {
    const x = article(['Portugal beat Norway 3-1 in the final in Oslo on Sunday.', 'Ghana beat Peru in a friendly on Saturday.']);
    const [a, b] = ofType(x, 'win');
    expect(parts(a), show(x)).toEqual([['Portugal', 'agent'], ['Norway', 'subject']]);
    expect(b?.summary, show(x)).toBe('Ghana beat Peru');
  });

  it('“was beaten by” is the same win, told with the winner acting', () => {
    const x = article(['Ada Okafor was beaten by Lena Lindqvist in the semi-final on Friday.']);
    const e = ofType(x, 'win')[0];
    expect(e?.summary, show(x)).toBe('Lena Lindqvist beat Ada Okafor');
    expect(e!.date.start).toBe('2024-05-31');
  });

  it('“arrived in Beijing” is a visit, told as an arrival, dated', () => {
    const x = article(['Foreign Minister Ilse Varga arrived in Nairobi on Sunday for two days of talks.']);
    const e = ofType(x, 'visit')[0];
    expect(parts(e), show(x)).toEqual([['Ilse Varga', 'agent']]);
    expect(e!.summary).toBe('Ilse Varga arrived in Nairobi');
    expect(e!.date.start).toBe('2024-06-02');
  });

  it('“Secretary of State X” is X acting, with or without a country before the title; the title is no organisation', () => {
    const x = article(['Secretary of State Maren Holt resigned on Monday.', 'US Secretary of State Tomas Berg arrived in Lima on Tuesday.']);
    expect(parts(ofType(x, 'resign')[0]), show(x)).toEqual([['Maren Holt', 'agent']]);
    expect(parts(ofType(x, 'visit')[0]), show(x)).toEqual([['Tomas Berg', 'agent']]);
    expect(x.actors.some((a) => /Secretary/.test(a.name)), JSON.stringify(x.actors.map((a) => a.name))).toBe(false);
  });
});

describe('appointments confirmed', () => {
  it('“voted to confirm X as attorney general” appoints X, dated; “confirmed X as the victim” appoints no one', () => {
    const x = article(['The Senate voted 51-49 on Thursday to confirm Rosa Imbert as the next attorney general.', 'Police confirmed Dan Oyelaran as the victim on Friday.']);
    const e = ofType(x, 'appoint');
    expect(e.map((ev) => parts(ev)), show(x)).toEqual([[['Senate', 'agent'], ['Rosa Imbert', 'subject']]]);
    expect(e[0]!.date.start).toBe('2024-05-30');
  });
});

describe('countries listed with those who act, and deaths pronounced', () => {
  it('“Israel and Hamas agreed to a ceasefire”: the country listed with the group agreed too', () => {
    const x = article(['Sudan and the RSF agreed to a ceasefire on Wednesday, mediators said.', 'Peru and Borvik Corp signed a mining deal on Thursday.']);
    expect(parts(ofType(x, 'sign')[0]), show(x)).toEqual([['Sudan', 'agent'], ['RSF', 'agent']]);
    expect(parts(ofType(x, 'sign')[1]), show(x)).toEqual([['Peru', 'agent'], ['Borvik Corp', 'agent']]);
  });

  it('“was pronounced dead” is a death, and the person named next is the one a lead only describes', () => {
    const x = article(['A 52-year-old man was pronounced dead at the scene on Saturday.', 'Police named him as Colm Brady, a taxi driver from Athlone.']);
    expect(parts(ofType(x, 'die')[0]), show(x)).toEqual([['Colm Brady', 'subject']]);
    expect(ofType(x, 'die')[0]!.date.start).toBe('2024-06-01');
  });
});

describe('a lead with two people in it, and a court date ahead', () => {
  it('the person named next is the one the lead’s main clause describes, not the victim in its “after” clause', () => {
    const x = article(['A 19-year-old man has been charged with murder after a teenager was stabbed to death in Hove on Saturday night.', 'Kieran Lowe, of no fixed address, is due to appear at Brighton Magistrates’ Court on Monday.']);
    expect(parts(ofType(x, 'charge')[0]), show(x)).toEqual([['Kieran Lowe', 'subject']]);
    expect(ofType(x, 'kill').flatMap((e) => e.participants.map((p) => p.name)), show(x)).not.toContain('Kieran Lowe');
  });

  it('“is due to appear at … Court on Monday” is an appearance ahead, on the coming Monday', () => {
    const x = article(['Kieran Lowe is due to appear at Brighton Magistrates’ Court on Monday.']);
    const e = ofType(x, 'appear')[0];
    expect(e?.tense, show(x)).toBe('ahead');
    expect(e!.date.start).toBe('2024-06-10');
  });

  it('“X, of Thornton Heath,” after a name is a person from a place', () => {
    const x = article(['Kieran Lowe, of Thornton Heath, appeared in court on Monday.']);
    const kinds = Object.fromEntries(x.actors.map((a) => [a.name, a.type]));
    expect(kinds, JSON.stringify(kinds)).toMatchObject({ 'Kieran Lowe': 'person', 'Thornton Heath': 'place' });
  });
});

describe('what happened a day before the day given', () => {
  it('“arrested X on Friday, a day after gunmen killed Y”: the killing is dated the Thursday, the arrest the Friday', () => {
    const x = article(['Police arrested Ivan Kovac on Friday, a day after gunmen killed Rosa Imbert in Faro.']);
    expect(ofType(x, 'arrest')[0]?.date.start, show(x)).toBe('2024-05-31');
    const kill = ofType(x, 'kill')[0];
    expect(parts(kill), show(x)).toEqual([['Rosa Imbert', 'subject']]);
    expect(kill!.date.start).toBe('2024-05-30');
  });
});

describe('declarations that are the news', () => {
  it('“declared a state of emergency”, “declared martial law”: who declared it, dated', () => {
    const x = article(['Governor Lena Strand declared a state of emergency on Sunday as rivers burst their banks.', 'President Arno Kell declared martial law late on Tuesday.']);
    const [a, b] = ofType(x, 'announce');
    expect(a?.summary, show(x)).toBe('Lena Strand declared a state of emergency');
    expect(a!.date.start).toBe('2024-06-02');
    expect(parts(b)).toEqual([['Arno Kell', 'agent']]);
    expect(b!.date.start).toBe('2024-06-04');
  });
});

describe('declared president-elect', () => {
  it('“X was declared the president-elect” is X’s election, told in the text’s word', () => {
    const x = article(['The electoral board on Wednesday declared Amara Diallo the president-elect.']);
    const e = ofType(x, 'elect')[0];
    expect(parts(e), show(x)).toEqual([['Amara Diallo', 'subject']]);
    expect(e!.summary).toBe('Amara Diallo was declared the president-elect by the electoral board');
    expect(e!.date.start).toBe('2024-06-05');
  });
});

describe('a pronoun past an inserted relative clause', () => {
  it('“X, who would not serve under Y, announced his resignation” is X’s resignation, and X is a person', () => {
    const x = article(['Varga, who had said she would quit rather than serve under Berg, announced her resignation on Monday.']);
    expect(parts(ofType(x, 'resign')[0]), show(x)).toEqual([['Varga', 'subject']]);
    expect(x.actors.find((a) => a.name === 'Varga')?.type).toBe('person');
  });
});

describe('a day counted back does not move the story off its day', () => {
  it('“…, a day after reports came out” in a later sentence leaves the story’s day to date what it tells', () => {
    const x = article([
      'The transport minister resigned on Monday over a gifts scandal.',
      'Prime Minister Ilse Varga accepted the offer.',
      'Tomas Berg, 57, handed in his resignation letter before he was to face questions later on Monday, a day after new reports came out.',
    ]);
    const e = x.events.find((ev) => ev.trigger === 'handed');
    expect(e?.date.start, show(x)).toBe('2024-06-03');
  });
});

describe('a participle after “moments after takeoff”', () => {
  it('“…went down moments after takeoff, killing all 92 aboard” names no killer and takes no day from the recovery told before it', () => {
    const x = article(['Investigators recovered the flight recorder of a crashed airliner on Tuesday and began reviewing it to learn why the jet went down moments after takeoff, killing all 92 people aboard.']);
    const kill = ofType(x, 'kill')[0];
    expect(kill?.summary, show(x)).toMatch(/^All 92 people aboard killed/);
    expect(kill!.date.start).not.toBe('2024-06-04');
  });
});

describe('“he” in a clause of a sentence about a described person', () => {
  it('“That victim was taken to hospital, where he died” is not the attacker named before', () => {
    const x = article(['Police said Dale Ferris stabbed a man on a bridge on Saturday night.', 'That victim was taken to hospital, where he died.']);
    expect(ofType(x, 'die').flatMap((e) => e.participants.map((p) => p.name)), show(x)).not.toContain('Dale Ferris');
  });
});

describe('a win in an article about one vote is dated by the vote', () => {
  it('"the May 26 polls" dates a later undated win, and "won" inside the report of the result', () => {
    const x = article([
      'The electoral board on Wednesday published final figures from the May 26 polls, confirming that the Green Union won by over 55%.',
      'Marta Ivanic beat Pavel Horak by nine percentage points.',
    ]);
    const wins = x.events.filter((e) => e.type === 'win' || e.type === 'elect');
    expect(wins.length, show(x)).toBe(2);
    for (const e of wins) expect(e.date.start, show(x)).toBe('2024-05-26');
    expect(wins.map((e) => e.date.inferred ?? false)).toEqual([false, false]);
  });

  it('"went to the polls on Sunday" dates "won a majority" told later', () => {
    const x = article(['Voters in Norland on Sunday went to the polls for a new parliament.', 'On Monday the count showed that Prime Minister Ilse Varga won a clear majority with 52 percent of the vote.']);
    const win = x.events.find((e) => (e.type === 'elect' || e.type === 'win') && e.participants.some((p) => p.name === 'Ilse Varga'));
    expect(win?.date.start, show(x)).toBe('2024-06-02');
  });

  it('"his election win in Dayton Tuesday" dates a "victory over" with no date of its own', () => {
    const x = article(['Mayor Carl Benning on Wednesday thanked supporters after his election win in Dayton Tuesday.', 'Benning squeaked out a victory over Ruth Adeyemi by three points.']);
    const win = ofType(x, 'win')[0];
    expect(win?.date.start, show(x)).toBe('2024-06-04');
  });

  it('a result declared is dated by the declaration, not by the vote', () => {
    const x = article(['The commission on Wednesday released final figures from the May 26 polls.', 'Its candidate, Marta Ivanic, was thus declared the president-elect.']);
    const e = x.events.find((ev) => ev.participants.some((p) => p.name === 'Marta Ivanic'));
    expect(e?.date.start ?? null, show(x)).not.toBe('2024-05-26');
  });

  it('"announced winner of the election on June 3" is the day of the announcement: it does not date the win', () => {
    const x = article(['Marta Ivanic was announced winner of the presidential election on June 3.', 'Ivanic defeated Pavel Horak by nine percentage points.'], '2024-06-20');
    const e = x.events.find((ev) => ev.type === 'win' && ev.participants.some((p) => p.name === 'Pavel Horak'));
    expect(e?.date.start ?? null, show(x)).not.toBe('2024-06-03');
  });

  it('two votes on two days (a first round and a runoff) date no undated win', () => {
    const x = article(['After the April 14 election and the April 28 runoff, the count is done.', 'Marta Ivanic beat Pavel Horak by nine percentage points.']);
    const win = ofType(x, 'win')[0];
    expect(win, show(x)).toBeDefined();
    expect(win!.date.start, show(x)).toBeNull();
  });
});

describe('the story’s day, when the text or its metadata gives less than a day', () => {
  it('a publication date known to the month dates the lead’s news to that month, marked as inferred', () => {
    const x = article(['Harbour Air announced deep cuts to its summer schedule.'], '2024-03');
    const e = ofType(x, 'announce')[0];
    expect(e?.date, show(x)).toMatchObject({ start: '2024-03-01', end: '2024-03-31', precision: 'month', inferred: true });
  });

  it('a later date ("through the end of August") does not move the story off its day', () => {
    const x = article(['Harbour Air on Tuesday announced deep cuts to its summer schedule.', 'Tom Reyes said the company was suspending flights to Rome, effective immediately through the end of August.', 'Harbour Air also cancelled its Lisbon route.']);
    const cancel = x.events.find((e) => /cancel/i.test(e.summary));
    expect(cancel?.date.start, show(x)).toBe('2024-06-04');
  });

  it('an earlier date still does: what follows "In 2019, ..." is background', () => {
    const x = article(['Harbour Air on Tuesday announced deep cuts to its summer schedule.', 'In 2019, the airline suspended flights to Rome after a strike.', 'Harbour Air cancelled its Lisbon route.']);
    const cancel = x.events.find((e) => /cancel/i.test(e.summary));
    expect(cancel?.date.start ?? null, show(x)).toBeNull();
  });

  it('a figure compared with a year ago, or what a charge says happened, does not move the story off its day', () => {
    const x = article([
      'Harbour Air reported weaker profits on Tuesday.',
      'Harbour Air’s stock fell 9% after the company said its profit was $12 million, down from $19 million a year ago.',
      'Karim Osei appeared before Magistrate Ama Mensah on the charge that on May 2 he robbed a bank.',
    ]);
    expect(x.events.find((e) => /fell/.test(e.summary))?.date.start, show(x)).toBe('2024-06-04');
    expect(ofType(x, 'appear')[0]?.date.start, show(x)).toBe('2024-06-04');
  });

  it('"arrested X almost 24 hours after Y was stabbed on Friday": the day after that Friday; "two days before" counts back', () => {
    const x = article(['Police arrested Karim Osei almost 24 hours after Ama Mensah was stabbed at a crowded market on Friday evening.'], '2024-06-09');
    expect(ofType(x, 'arrest')[0]?.date.start, show(x)).toBe('2024-06-08');
    const y = article(['Ama Mensah resigned two days before the board of Harbour Air met Karim Osei on Wednesday.'], '2024-06-09');
    expect(ofType(y, 'resign')[0]?.date.start, show(y)).toBe('2024-06-03');
  });

  it('two acts of a company that no list has a kind for are two events ("reported profits", "its stock fell")', () => {
    const x = article(['Harbour Air reported weaker profits on Tuesday.', 'Harbour Air’s stock fell 9% on Tuesday.']);
    expect(x.events.map((e) => e.trigger), show(x)).toEqual(['reported', 'fell']);
  });
});

describe('words that are nouns for all their verb tags', () => {
  it('"in 66 Liverpool games": a name after a number qualifies the noun after it, which tells no act', () => {
    const x = article(['Mo Idris took his tally to 51 in 66 Bristol games on Saturday.']);
    expect(x.events.some((e) => /games/.test(e.summary)), show(x)).toBe(false);
  });

  it('"pulled one back": the particle and its pronoun are what was done', () => {
    const x = article(['Callum Brody pulled one back in the 77th minute on Saturday.']);
    expect(x.events.map((e) => e.summary), show(x)).toContain('Callum Brody pulled one back');
  });
});

describe('the same act, done "also" by others', () => {
  it('"X also presented her credentials" shares the date of the presenting told before', () => {
    const x = article(['Ambassador Lena Ortiz presented her credentials to President Omar Haddad on Thursday.', 'A paragraph about what credentials are follows here.', 'More background on the ceremony is given.', 'The palace said the ceremony was brief.', 'Guests were few.', 'The weather was fine.', 'Chilean envoy Marco Pinto also presented his credentials to President Haddad.']);
    const e = x.events.find((ev) => ev.participants.some((p) => p.name === 'Marco Pinto'));
    expect(e?.date.start, show(x)).toBe('2024-05-30');
  });

  it('a different act done "also" takes no date from it', () => {
    const x = article(['Ambassador Lena Ortiz presented her credentials to President Omar Haddad on Thursday.', 'A paragraph about what credentials are follows here.', 'More background on the ceremony is given.', 'The palace said the ceremony was brief.', 'Guests were few.', 'The weather was fine.', 'Chilean envoy Marco Pinto also visited the port of Valparaiso.']);
    const e = x.events.find((ev) => ev.participants.some((p) => p.name === 'Marco Pinto'));
    expect(e?.date.start ?? null, show(x)).not.toBe('2024-05-30');
  });
});

describe('when, and who, in the clauses of background', () => {
  it('"In September, X was convicted": a month opening the sentence is no title of the name after it', () => {
    const x = article(['In September, Ralph Eames was convicted of fraud.'], '2015-01-07');
    expect(parts(ofType(x, 'convict')[0]), show(x)).toEqual([['Ralph Eames', 'subject']]);
  });

  it('"X and his wife were convicted": the name is the subject beside his kin', () => {
    const x = article(['Ralph Eames and his wife were convicted of fraud on Monday.'], '2015-01-07');
    expect(parts(ofType(x, 'convict')[0]), show(x)).toEqual([['Ralph Eames', 'subject']]);
  });

  it('"reached a climax in September when X was convicted": the time before "when" dates its clause', () => {
    const x = article(['The saga reached a climax in September when Ralph Eames was convicted of fraud.'], '2015-01-07');
    expect(ofType(x, 'convict')[0]?.date, show(x)).toMatchObject({ start: '2014-09-01', precision: 'month' });
  });

  it('a verb telling the act outranks a noun naming it earlier in the sentence', () => {
    const x = article(['Though Ralph Eames will appeal his conviction, the case peaked in September when Eames was convicted of fraud.'], '2015-01-07');
    const convictions = ofType(x, 'convict');
    expect(convictions.length, show(x)).toBe(1);
    expect(convictions[0]!.date.start, show(x)).toBe('2014-09-01');
    expect(convictions[0]!.tense, show(x)).toBe('past');
  });

  it('"the board" is a board named before, not the last company named', () => {
    const x = article(['The Board of Directors of Halvard Motors met in May.', 'Calder Trucks Inc. later built a plant in Ohio.', 'The board voted on Monday to split the roles of chairman and chief executive.']);
    const vote = ofType(x, 'vote')[0];
    expect(vote?.participants.map((p) => p.name) ?? [], show(x)).toEqual(['Board of Directors of Halvard Motors']);
  });

  it('"the company" is still the organisation named last', () => {
    const x = article(['The Board of Directors of Halvard Motors met in May.', 'Calder Trucks Inc. reported a loss.', 'The company closed two plants on Monday.']);
    expect(x.events.some((e) => e.participants.some((p) => p.name === 'Calder Trucks Inc') && e.date.start === '2024-06-03'), show(x)).toBe(true);
  });
});

describe('a participle phrase opening the sentence', () => {
  it('"Originally elected in 1985, X resigned in 2006": each act its own date, and the election is X’s', () => {
    const x = article(['Originally elected in 1985, Tom Dalton resigned from the Senate in 2006.'], '2015-01-07');
    expect(ofType(x, 'resign')[0]?.date.start, show(x)).toBe('2006-01-01');
    const elected = ofType(x, 'elect')[0];
    expect(elected?.date.start, show(x)).toBe('1985-01-01');
    expect(parts(elected), show(x)).toEqual([['Tom Dalton', 'subject']]);
  });

  it('a sentence opening on a name is no participle phrase', () => {
    const x = article(['Ted Lasso resigned in 2006, the club said.'], '2015-01-07');
    expect(ofType(x, 'resign')[0]?.date.start, show(x)).toBe('2006-01-01');
  });
});

describe('"and a minister resigned": an indefinite subject opens a clause of its own', () => {
  it('the pronoun of the clause before is not who resigned', () => {
    const x = article(['Prime Minister Ama Mensah’s reshuffle on Monday was branded shambolic after she promoted few fresh faces and a minister resigned rather than accept a new post.']);
    const e = ofType(x, 'resign')[0];
    expect(e?.participants.map((p) => p.name) ?? [], show(x)).not.toContain('Ama Mensah');
  });
});

describe('what an opening phrase, an aim or an offer does not tell', () => {
  it('"Announcing the decision, Thursday evening, X said": X announced', () => {
    const x = article(['Announcing the decision, Thursday evening, Health Minister Ama Mensah said all contacts had been traced.']);
    expect(parts(ofType(x, 'announce')[0]), show(x)).toContainEqual(['Ama Mensah', 'agent']);
  });

  it('"Speaking after the announcement, X said": the announcement is not X’s act by the opener', () => {
    const x = article(['Speaking to reporters after the announcement, Ama Mensah said a second minister was needed.']);
    expect(ofType(x, 'announce').some((e) => e.participants.some((p) => p.name === 'Ama Mensah' && p.part === 'agent')), show(x)).toBe(false);
  });

  it('"attempted to run", "is scheduled to be sentenced": no act of attempting or scheduling', () => {
    const x = article(['Police said Karim Osei attempted to run from officers on Friday.', 'Ama Mensah was scheduled to speak on Friday.']);
    expect(x.events.some((e) => /attempted|scheduled/.test(e.summary)), show(x)).toBe(false);
  });

  it('"accepted the offer to resign" is no resignation by the one who accepts', () => {
    const x = article(['Prime Minister Ama Mensah on Friday accepted the offer to resign.']);
    expect(ofType(x, 'resign').some((e) => e.participants.some((p) => p.name === 'Ama Mensah')), show(x)).toBe(false);
  });

  it('"X tendered his resignation": his own, not the person named before', () => {
    const x = article(['Prime Minister Ama Mensah moved to remove Karim Osei.', 'Osei tendered his resignation on Friday.']);
    const e = ofType(x, 'resign')[0];
    expect(e?.participants.map((p) => p.name), show(x)).toEqual(['Karim Osei']);
  });

  it('"Using a telescope west of Austin, the team of astronomers observed": neither Austin nor the observatory is the team', () => {
    const x = article(['Using a telescope at the Halden Observatory 450 miles west of Austin, the team of astronomers led by a Penn State astronomer observed the stars on Monday.']);
    const e = x.events.find((ev) => /observed/.test(ev.summary));
    expect(e?.participants.map((p) => p.name) ?? [], show(x)).not.toContain('Austin');
    expect(e?.participants.map((p) => p.name) ?? [], show(x)).not.toContain('Halden Observatory');
  });
});

describe('the day a prison term begins', () => {
  it('"was ordered to report to prison on Feb. 9": the coming Feb. 9, for the one sentenced', () => {
    const x = article(['Karim Osei was sentenced on Tuesday to two years in prison.', 'The former governor was ordered to report to prison on Feb. 9.'], '2015-01-07');
    const e = ofType(x, 'sentence').find((ev) => /report to prison/.test(ev.summary));
    expect(e?.date.start, show(x)).toBe('2015-02-09');
    expect(parts(e), show(x)).toEqual([['Karim Osei', 'subject']]);
  });

  it('"ordered to surrender to the Federal Bureau of Prisons on February 16, 2012"', () => {
    const x = article(['Ama Mensah, who will turn 55 on December 10, was ordered to surrender to the Federal Bureau of Prisons on February 16, 2012, to begin serving her sentence.'], '2011-12-08');
    const e = ofType(x, 'sentence').find((ev) => /surrender to prison/.test(ev.summary));
    expect(e?.date.start, show(x)).toBe('2012-02-16');
  });
});

describe('a career told in a profile', () => {
  it('"He then joined Lakeside Bank in 2006": an adverb of sequence does not make the verb a participle', () => {
    const x = article(['Harbour Air named Karim Osei chief executive on Monday.', 'He then joined Lakeside Bank in 2006.'], '2019-12-23');
    const e = x.events.find((ev) => /joined/.test(ev.summary));
    expect(e?.date.start, show(x)).toBe('2006-01-01');
    expect(parts(e)[0], show(x)).toEqual(['Karim Osei', 'agent']);
  });

  it('"He became chairman in October": a post taken up; "became the first captain to win" is a record, "became clear" nothing', () => {
    const x = article(['Harbour Air named Karim Osei chief executive on Monday.', 'He became chairman in October.'], '2019-12-23');
    const e = ofType(x, 'appoint').find((ev) => /chairman/.test(ev.summary));
    expect(e?.date.start, show(x)).toBe('2019-10-01');
    const y = article(['Karim Osei on Monday became the first Ghanaian captain to win a series in Australia.', 'It became clear that the side would travel.']);
    expect(ofType(y, 'appoint'), show(y)).toEqual([]);
  });
});

describe('what a win was in', () => {
  it('"defeated X 6-4, 6-3 in the final of the Harbour Open": the summary names the score, the round and the contest', () => {
    const x = article(['Ama Mensah defeated Karim Osei 6-4, 6-3 in the final of the Harbour Open on Sunday.'], '2024-06-10');
    expect(ofType(x, 'win')[0]?.summary, show(x)).toBe('Ama Mensah defeated Karim Osei 6-4, 6-3 in the final of the Harbour Open');
  });
});

describe('the progressive tells the news of now', () => {
  it('"... said at the end of its call that Chief Financial Officer X is retiring", far down: the story’s day', () => {
    const lines = [
      'Halvard Motors posted a quarterly profit on Wednesday.',
      'Shares fell 4% in late trading.',
      'Revenue rose to $7.2 billion.',
      'Chief Executive Ama Mensah spoke on a call with analysts.',
      'She said demand was strong.',
      'Costs rose in the quarter.',
      'The company also said its plant in Tema would expand.',
      'Halvard Motors also said at the end of its call that Chief Financial Officer Karim Osei is retiring.',
    ];
    const x = article(lines, '2019-01-30');
    const e = ofType(x, 'resign')[0];
    expect(e?.summary, show(x)).toBe('Karim Osei retired');
    expect(e?.date.start, show(x)).toBe('2019-01-30');
  });
});

describe('a happening struck off a coast', () => {
  it('"struck off northern Chile": "off" before a compass word and a name is a preposition, said once', () => {
    const x = article(['A powerful earthquake struck off northern Chile on Tuesday night.'], '2014-04-02');
    expect(x.events.find((ev) => /struck/.test(ev.summary))?.summary, show(x)).toBe('A powerful earthquake struck off northern Chile');
  });
});

describe('an attempt, and the one accused of it', () => {
  it('"accused of the attempted murder of Sergeant X": nobody was killed, and "attempted wounding" wounded no one', () => {
    const x = article(['Kofi Adjei, 33, is accused of the attempted murder of Sergeant Dan Marr and attempted wounding of Sergeant Ola Berg on Thursday.'], '2020-04-25');
    expect(x.events.map((e) => e.type).filter((t) => t === 'kill' || t === 'injure'), show(x)).toEqual([]);
    expect(ofType(x, 'accuse')[0]?.summary, show(x)).toMatch(/^Kofi Adjei accused/);
  });

  it('"The defendant ... is also charged": the one accused before, not the officer named after him', () => {
    const x = article(
      ['Kofi Adjei, 33, is accused of the attempted murder of Sergeant Dan Marr and attempted wounding of Sergeant Ola Berg on Thursday.', 'The defendant, of Mill Lane, is also charged with arson at his own home.'],
      '2020-04-25',
    );
    expect(parts(ofType(x, 'charge')[0]).map(([n]) => n), show(x)).toEqual(['Kofi Adjei']);
  });
});

describe('a "which" clause dated by what it is about', () => {
  it('"the first round of voting on November 24, which Lind won": Lind won on November 24', () => {
    const x = article(['Ana Poe won Sunday\'s runoff.', 'Turnout matched the first round of voting on November 24, which Mira Lind won with 40 percent.'], '2020-01-01');
    const e = x.events.find((ev) => ev.sentenceIndex === 1 && ev.type === 'win');
    expect(e?.date.start, show(x)).toBe('2019-11-24');
  });
});

describe('an office standing for a person', () => {
  it('"The former premier was being treated": not the prime minister named last, when the text cannot say who', () => {
    const x = article(['Ama Owusu had battled poor health for years.', 'Her health drew visits from Prime Minister Kofi Adjei on Thursday.', 'The former premier was being treated in Accra, where she was admitted nine weeks ago.'], '2018-08-17');
    expect(x.events.filter((e) => e.participants.some((p) => p.name === 'Kofi Adjei') && /treated|admitted/.test(e.summary)), show(x)).toEqual([]);
  });

  it('"The governor signed the bill": the one whose title is governor, not the one named after her', () => {
    const x = article(['Governor Ama Owusu met Kofi Adjei on Monday.', 'The governor signed the bill on Tuesday.'], '2024-06-06');
    expect(parts(ofType(x, 'sign')[0]).map(([n]) => n), show(x)).toEqual(['Ama Owusu']);
  });
});

describe('a happening told by a verb of happening, and a structure that failed', () => {
  it('"The derailment occurred near Ostrava in Moravia on Monday, according to the railway": dated, of the place', () => {
    const x = article(['The derailment occurred near a crossing in Moravia at about noon on Monday, according to Ceska Rail.'], '2022-06-28');
    const e = x.events.find((ev) => /derailment occurred/.test(ev.summary));
    expect(e?.date.start, show(x)).toBe('2022-06-27');
    expect(parts(e).map(([n]) => n), show(x)).toContain('Moravia');
  });

  it('"A hillside collapsed yesterday onto a village in Tamberi province": the place it struck, dated', () => {
    const x = article(['A hillside collapsed yesterday onto a village in Tamberi province after days of rain.'], '2015-08-03');
    const e = x.events.find((ev) => /collapsed/.test(ev.summary));
    expect(e?.date.start, show(x)).toBe('2015-08-02');
    expect(parts(e).map(([n]) => n), show(x)).toContain('Tamberi');
  });

  it('"It happened on Monday", "What happened on Monday was a shame": no happening named, no event', () => {
    expect(article(['It happened on Monday, the officer said.']).events, 'it').toEqual([]);
    expect(article(['What happened on Monday was a shame, Ama Mensah said.']).events, 'what').toEqual([]);
  });
});

describe('a list with a relative clause inside it', () => {
  it('"X, who is on an official visit to Ghana, and Prime Minister Y held talks": both held them, Ghana did not', () => {
    const x = article(['President Karim Osei, who is on an official visit to Ghana, and Prime Minister Ama Mensah held talks on Monday.']);
    const e = ofType(x, 'talks')[0];
    expect(parts(e).map(([n]) => n).sort(), show(x)).toEqual(['Ama Mensah', 'Karim Osei']);
  });
});

describe('whose shares moved', () => {
  it('"Shares tumbled in late trading" after the company’s news: the company’s shares, on its day', () => {
    const x = article(['Halvard Motors Inc posted its second quarterly profit on Wednesday.', 'Shares tumbled in late trading, down 4.8 percent.'], '2019-01-30');
    const e = x.events.find((ev) => ev.sentenceIndex === 1);
    expect(e?.summary, show(x)).toBe('Halvard Motors Inc shares tumbled');
    expect(parts(e), show(x)).toEqual([['Halvard Motors Inc', 'subject']]);
    expect(e?.date.start, show(x)).toBe('2019-01-30');
  });

  it('"Its shares rose 3%": "rose" after shares is the verb, not the flower', () => {
    const x = article(['Halvard Motors Inc posted a profit on Wednesday.', 'Its shares rose 3 percent.'], '2019-01-30');
    expect(x.events.find((ev) => ev.sentenceIndex === 1)?.summary, show(x)).toBe('Halvard Motors Inc shares rose 3 percent');
  });

  it('"Shares of X fell": the company after "of"', () => {
    const x = article(['Shares of Halvard Motors Inc fell 5 percent on Monday.'], '2024-03-06');
    expect(parts(x.events[0]), show(x)).toEqual([['Halvard Motors Inc', 'subject']]);
  });

  it('"Oil stocks rose": shares of no one named are no one’s news', () => {
    const x = article(['Halvard Motors Inc posted a profit on Wednesday.', 'Oil stocks rose 3 percent.'], '2019-01-30');
    expect(x.events.filter((ev) => ev.sentenceIndex === 1), show(x)).toEqual([]);
  });
});

describe('no made-up events from real copy', () => {
  it('"X discusses the new phone" on stage is no talks; "discussed the war with Y" is', () => {
    const alone = article(['Ama Mensah, Halvard’s senior vice president, discusses the new phone on Tuesday in Tema.'], '2024-06-05');
    expect(ofType(alone, 'talks'), show(alone)).toEqual([]);
    const two = article(['Karim Osei discussed the war with Ama Mensah on Monday.'], '2024-06-05');
    expect(ofType(two, 'talks')[0]?.summary, show(two)).toBe('Karim Osei held talks with Ama Mensah');
  });

  it('"In Tema, a city in the east, a car was crushed by debris, killing the driver": the city killed no one', () => {
    const x = article(['In Tema, a city in the east, a car was crushed by falling debris, killing the driver.'], '2024-06-05');
    expect(x.events.filter((e) => /city/i.test(e.summary)), show(x)).toEqual([]);
  });

  it('"will continue to be headquartered in Tema" is where a company is, not an act', () => {
    const x = article(['Halvard Corp will continue to be headquartered in Tema after the merger.'], '2024-06-05');
    expect(x.events, show(x)).toEqual([]);
  });

  it('"Emergency services were called ...": an -s word before "were" is a noun, not a verb of "Emergency"', () => {
    const x = article(['Emergency services were called to a home in Tema about 8.25pm on Friday.'], '2024-06-05');
    expect(x.events.filter((e) => e.trigger === 'services'), show(x)).toEqual([]);
  });

  it('"The identification of the victim will be released by the coroner" releases no one', () => {
    const x = article(['The identification of the victim will be released by the Tema County Coroner’s Office.'], '2024-06-05');
    expect(ofType(x, 'release'), show(x)).toEqual([]);
  });

  it('"searched the home where the man was stabbed" over the weekend: the stabbing is not dated by the search', () => {
    const x = article(['Detectives spent the weekend searching the home where Karim Osei was allegedly stabbed.'], '2024-04-29');
    const e = ofType(x, 'kill')[0];
    expect(e?.date.text ?? '', show(x)).not.toMatch(/weekend/);
    expect(e?.date.start ?? null, show(x)).not.toBe('2024-04-27');
  });
});

describe('a date run into the lead', () => {
  it('"Oct 5 Medical equipment supplier X has agreed to buy Y": the buyer is X, not "Medical", on Oct 5', () => {
    const x = article(['Oct 5 Medical equipment supplier Halvard Dickinson & Co has agreed to buy Tema Corp for $12.2 billion.'], '2014-10-06');
    const e = ofType(x, 'acquire')[0];
    expect(parts(e), show(x)).toEqual([['Halvard Dickinson & Co', 'agent'], ['Tema Corp', 'subject']]);
    expect(e?.date.start, show(x)).toBe('2014-10-05');
  });
});

describe('a sentencing ahead', () => {
  it('"He faces 130 years in prison when sentenced on July 13": he will be sentenced on July 13, ahead', () => {
    const x = article(['Karim Osei was found guilty on Friday of selling his office.', 'He faces as much as 130 years in prison when sentenced on July 13.'], '2018-05-12');
    const e = ofType(x, 'sentence')[0];
    expect(e?.summary, show(x)).toBe('Karim Osei will be sentenced');
    expect([e?.tense, e?.date.start], show(x)).toEqual(['ahead', '2018-07-13']);
  });

  it('"could face life in prison if convicted" is a condition, not a conviction', () => {
    const x = article(['Karim Osei could face life in prison if convicted.'], '2018-05-12');
    expect(ofType(x, 'convict'), show(x)).toEqual([]);
  });

  it('"Sentencing is scheduled for July 13" and "His sentencing was set for Sept. 5": the person last named, ahead', () => {
    for (const [line, day] of [
      ['Sentencing is scheduled for July 13.', '2018-07-13'],
      ['His sentencing was set for Sept. 5.', '2018-09-05'],
    ] as const) {
      const x = article(['Karim Osei was found guilty on Friday.', line], '2018-05-12');
      const e = ofType(x, 'sentence')[0];
      expect(e?.summary, show(x)).toBe('Karim Osei will be sentenced');
      expect([e?.tense, e?.date.start], show(x)).toEqual(['ahead', day]);
    }
  });
});

describe('what fresh copy made up before (the second development set)', () => {
  it('"after failing to reach an agreement with X": no agreement', () => {
    const x = article(['The Tema Teachers Union went on strike after failing to reach an agreement with the Tema Public Schools board.']);
    expect(ofType(x, 'sign'), show(x)).toEqual([]);
  });

  it('"ought not to have been handed the maximum punishment": nothing happened', () => {
    const x = article(['Karim Osei said on Monday that Ama Mensah, a first time offender, ought not to have been handed the maximum punishment.']);
    expect(x.events.filter((e) => /hand/.test(e.trigger)), show(x)).toEqual([]);
  });

  it('"compared to", "branded as", "affiliated with" describe; they are not acts', () => {
    const x = article([
      'Ama Mensah won the first round on March 6 with 27.1 percent of the vote, compared to 23.5 percent for Karim Osei.',
      'The drug, branded as Temavir, will be available in Ghana within 10 days, Karim Osei told Reuters.',
      'Officials affiliated with the Tema Agriculture Ministry attended the meeting on Monday.',
    ], '2016-03-07');
    expect(x.events.filter((e) => /^(?:compared|branded|affiliated)$/.test(e.trigger)), show(x)).toEqual([]);
  });

  it('"so he could buy Christmas gifts": a name after a verb is what was bought, and "gifts" no verb of it', () => {
    const x = article(['A father who left his children at home so he could buy Christmas gifts returned to find the house burned down.']);
    expect(x.events.filter((e) => e.trigger === 'gifts'), show(x)).toEqual([]);
  });

  it('"according to Jones’ release": a press release, not a person released', () => {
    const x = article(['Police chief Victor Jones said an arrest was made on Monday.', 'Officers found $181 in cash in the car, according to Jones’ release.']);
    expect(ofType(x, 'release'), show(x)).toEqual([]);
  });

  it('", reported state TV": the source is no actor, and "It also appointed" next is not the TV', () => {
    const x = article(['President Karim Osei ordered the replacement of three ministers on Wednesday, reported state TV.', 'The presidential decree named Ama Mensah as the new justice minister.', 'It also appointed Kofi Boateng as the minister of commerce.'], '2017-03-30');
    expect(x.events.filter((e) => e.trigger === 'reported'), show(x)).toEqual([]);
    expect(x.events.flatMap((e) => e.participants).filter((p) => /TV/.test(p.name)), show(x)).toEqual([]);
  });

  it('"a letter detailing X’s resignation was seen by Reuters": Reuters saw the letter; X resigned', () => {
    const x = article(['Ama Mensah, the energy minister, quit on Monday.', 'A letter detailing Mensah’s resignation was seen by Reuters later on Monday.'], '2022-07-05');
    expect(ofType(x, 'resign').flatMap((e) => e.participants).map((p) => p.name), show(x)).not.toContain('Reuters');
  });

  it('"(AP) — A father ...": a credit left without its place is no actor', () => {
    for (const lines of [
      ['(AP) — A father in Tema who left four children at home returned to find the house burned down, authorities said.'],
      // (the dateline's place split off as a sentence of its own)
      ['TEMA, Ghana.', '(AP) — A father in Tema who left four children at home returned to find the house burned down, authorities said.'],
    ]) {
      const x = article(lines);
      // (the service credited is an organisation the story names, never one who did anything)
      expect(x.actors.find((a) => a.name === 'AP')?.type ?? 'organization', show(x)).toBe('organization');
      expect(x.events.flatMap((e) => e.participants).map((p) => p.name), show(x)).not.toContain('AP');
    }
  });

  it('"The U.S. health regulator on Monday approved ...": a body, not the role of the person named next', () => {
    const x = article(['The U.S. health regulator on Monday approved Halvard Therapeutics’ drug for treating tumors.', 'Chief executive Ama Mensah said the drug would be available within 10 days.'], '2023-11-28');
    const mensah = x.actors.find((a) => a.name === 'Ama Mensah');
    expect(mensah?.roles.map((r) => r.title) ?? [], show(x)).not.toContain('U.S. health regulator');
  });
});

describe('who did what, on fresh copy', () => {
  it('"X, a former CEO of Royal Dutch Shell, is taking over": X takes over, not the company in the apposition', () => {
    for (const line of ['Karim Osei, a former CEO of Halvard Petroleum, is taking over as interim chief executive.', 'Karim Osei, a former Halvard Petroleum executive, resigned on Monday.']) {
      const x = article([line], '2019-04-17');
      expect(x.events.flatMap((e) => e.participants.filter((p) => p.part !== 'other')).map((p) => p.name), show(x)).toEqual(['Karim Osei']);
    }
  });

  it('"bounced back from a 109-93 defeat against the Grizzlies": the one named won', () => {
    const x = article(['Ama Mensah scored 22 points to lead the Tema Spurs, who bounced back from a 109-93 defeat against the Accra Grizzlies.']);
    const e = ofType(x, 'win')[0];
    expect(parts(e), show(x)).toEqual([['Accra Grizzlies', 'agent']]);
  });

  it('"X was arrested 36 hours after the victim was stabbed": the victim is not X', () => {
    const x = article(['Karim Osei, 32, was arrested Tuesday morning, 36 hours after the victim was stabbed inside an apartment, police said.'], '2019-02-27');
    expect(x.events.filter((e) => e.type !== 'arrest' && e.participants.some((p) => p.name === 'Karim Osei')), show(x)).toEqual([]);
  });

  it('"the Court of Appeal yesterday upheld the conviction of X": the conviction is older than the ruling, not of its day', () => {
    const x = article(['The Court of Appeal yesterday upheld the conviction of Karim Osei, son of a former official.'], '2022-11-25');
    const e = ofType(x, 'convict')[0];
    expect([e?.tense, e?.date.start ?? null], show(x)).toEqual(['earlier', null]);
    const ruling = ofType(x, 'rule')[0];
    expect([ruling?.summary, ruling?.date.start], show(x)).toEqual(['Court of Appeal upheld the conviction of Karim Osei', '2022-11-24']);
  });

  it('"charged with attempted murder in the stabbing of another man Sunday evening": Sunday is the stabbing’s', () => {
    const x = article(['Karim Osei has been charged with attempted murder in the stabbing of another man Sunday evening, police said.', 'He was arrested on Tuesday morning.'], '2019-02-27');
    expect(ofType(x, 'charge')[0]?.date.start, show(x)).not.toBe('2019-02-24');
  });
});

describe('acts fresh copy told that were missed', () => {
  it('"X stock rose 18% Thursday after the company posted strong earnings": what befell it and what it did are two', () => {
    const x = article(['Halvard Inc stock rose more than 18 percent Thursday after the company posted strong earnings.'], '2017-10-27');
    expect(x.events.map((e) => e.summary).sort(), show(x)).toEqual(['Halvard Inc posted strong earnings', 'Halvard Inc stock rose more than 18 percent']);
  });

  it('"X, who was also Y’s rival, acknowledged defeat on Monday": a concession', () => {
    const x = article(['Prime Minister Karim Osei, who was also Mensah’s rival, acknowledged defeat on Monday.'], '2016-03-21');
    const e = ofType(x, 'lose')[0];
    expect([e?.summary, e?.date.start], show(x)).toEqual(['Karim Osei acknowledged defeat', '2016-03-21']);
  });

  it('"declared a public health emergency": two words before "emergency" still make a declaration', () => {
    const x = article(['Council Chair Ama Mensah declared a public health emergency on Friday over a measles outbreak.'], '2019-01-19');
    expect(ofType(x, 'announce')[0]?.summary, show(x)).toBe('Ama Mensah declared a public health emergency');
  });
});

describe('names and objects on fresh copy', () => {
  it('"Minister of Economy and Finances Simon Cueva": the portfolio is the title, the name is Simon Cueva', () => {
    const x = article(['Minister of Economy and Finances Karim Osei resigned on Monday.'], '2022-07-05');
    expect(x.actors.filter((a) => a.type === 'person').map((a) => a.name), show(x)).toEqual(['Karim Osei']);
  });

  it('"disclosed Cueva’s impending departure": what was disclosed is the departure, not the man', () => {
    const x = article(['Ama Mensah, a government spokeswoman, disclosed Osei’s impending departure during an interview on Monday.', 'Karim Osei had served since 2021.'], '2022-07-05');
    expect(x.events.find((e) => e.trigger === 'disclosed')?.summary, show(x)).toBe('Ama Mensah disclosed Osei’s impending departure');
  });
});

describe('a pronoun past a relative clause', () => {
  it('"X, who used to be an ally of President Y, fled after he was accused of a plot": he is X', () => {
    const x = article(['Karim Osei, who used to be a close ally of outgoing President Kofi Boateng, fled to exile in France after he was accused of masterminding a plot in 2012.'], '2016-03-21');
    expect(parts(ofType(x, 'accuse')[0]), show(x)).toEqual([['Karim Osei', 'subject']]);
  });
});

describe('what did not happen, on fresh copy (the third development set)', () => {
  it('"should’ve used his power to ban books", "a match City should have wrapped up": what ought to have happened did not', () => {
    const x = article(['Residents say Karim Osei should’ve used his power to ban books.', 'It was a match Tema City should have wrapped up on Saturday.'], '2018-09-30');
    expect(x.events, show(x)).toEqual([]);
  });

  it('"expects to visit China", "welcomes him to visit China": no visit', () => {
    const x = article(['Karim Osei expects to visit China later this year.', 'Ama Mensah welcomes him to visit China.'], '2016-09-14');
    expect(ofType(x, 'visit'), show(x)).toEqual([]);
  });

  it('"had demonstrated their industriousness": showing a quality is no protest; "thousands demonstrated" is one', () => {
    const x = article(['Ama Mensah said the officers had demonstrated their industriousness on Monday.'], '2016-09-14');
    expect(ofType(x, 'protest'), show(x)).toEqual([]);
    const y = article(['Thousands demonstrated in Tema on Monday against Karim Osei.'], '2016-09-14');
    expect(ofType(y, 'protest').length, show(y)).toBe(1);
  });
});

describe('the third development set: names, dates and wins', () => {
  it('"Assistant Collector of Customs X": the title is Collector of Customs, the name X', () => {
    const x = article(['Assistant Collector of Customs Ama Mensah said the man was charged on Monday.'], '2017-11-13');
    expect(x.actors.filter((a) => a.type === 'person').map((a) => a.name), show(x)).toEqual(['Ama Mensah']);
  });

  it('"arrested two people at Owen Roberts International Airport": an airport is a place, and arrives nowhere', () => {
    const x = article(['Customs officers arrested two people at Tema Roberts International Airport on Saturday.', 'The man had arrived on a flight from Kingston.'], '2017-11-13');
    expect(x.actors.find((a) => a.name === 'Tema Roberts International Airport')?.type, show(x)).toBe('place');
    expect(ofType(x, 'visit'), show(x)).toEqual([]);
  });

  it('"(CNS): In what appears ...": a credit with a colon is no actor', () => {
    const x = article(['(CNS): Customs officers arrested two people at the airport on Saturday.'], '2017-11-13');
    expect(x.events.flatMap((e) => e.participants).map((p) => p.name), show(x)).not.toContain('CNS');
    expect(ofType(x, 'arrest').length, show(x)).toBe(1);
  });

  it('"NBC News reported Chrysler was expected to file papers on Tuesday": what was reported, not a report of Chrysler', () => {
    const x = article(['NBC News reported Halvard Motors was expected to file papers on Tuesday.'], '2013-06-19');
    expect(x.events.filter((e) => e.trigger === 'reported'), show(x)).toEqual([]);
  });

  it('"crosses the finish line to win the Berlin Marathon": he won the race; the race lost to no one', () => {
    const x = article(['Karim Osei crosses the finish line to win the Tema Marathon on Sunday.'], '2018-09-17');
    const e = ofType(x, 'win')[0];
    expect([e?.summary, parts(e)], show(x)).toEqual(['Karim Osei won the Tema Marathon', [['Karim Osei', 'agent']]]);
  });

  it('"broke the previous world record set in Berlin by X in 2014": not dated 2014', () => {
    const x = article(['Karim Osei broke the previous world record set in Berlin by fellow Kenyan Kofi Boateng in 2014 on Sunday.'], '2018-09-17');
    expect(x.events.find((e) => e.trigger === 'broke')?.date.start, show(x)).not.toBe('2014-01-01');
  });

  it('"a sting that began in August 2010 led to his arrest in March": March of the story’s year', () => {
    const x = article(['Karim Osei pleaded guilty on Tuesday.', 'A sting that began in August 2010 led to Osei’s arrest in March on charges that he accepted cash.'], '2014-06-04');
    expect(ofType(x, 'arrest')[0]?.date.start, show(x)).toBe('2014-03-01');
  });
});

describe('the third development set: leads and pleas', () => {
  it('"CHARLOTTE, N.C., June 3 The former Charlotte mayor pleaded guilty on Tuesday": a run-in dateline, and the plea of the man named next', () => {
    const x = article(['TEMA, N.C., June 3 The former Tema mayor pleaded guilty on Tuesday to a federal corruption charge.', 'Karim Osei, who served on the Tema City Council, admitted accepting bribes.'], '2014-06-04');
    const e = ofType(x, 'plead')[0];
    expect(e?.summary, show(x)).toMatch(/^Karim Osei pleaded guilty\b/);
    expect(e?.date.start, show(x)).toBe('2014-06-03');
    expect(x.actors.find((a) => a.name === 'N.C.')?.type ?? 'place', show(x)).toBe('place');
  });

  it('"pleaded not guilty": the plea is in the summary', () => {
    const x = article(['Karim Osei pleaded not guilty on Tuesday.'], '2014-06-04');
    expect(ofType(x, 'plead')[0]?.summary, show(x)).toBe('Karim Osei pleaded not guilty');
  });

  it('"Democrats Emilie Hunt and Diana Reed won": the party is no part of the names', () => {
    const x = article(['Democrats Ama Mensah and Efua Boateng won their reelection bids on Tuesday.'], '2023-11-08');
    expect(x.actors.map((a) => a.name).sort(), show(x)).toEqual(['Ama Mensah', 'Efua Boateng']);
    expect(ofType(x, 'win')[0]?.date.start, show(x)).toBe('2023-11-07');
  });

  it('"won the House": a chamber is what is won, not who was beaten', () => {
    const x = article(['The Halvard Party won the House on Tuesday.'], '2019-11-06');
    expect(ofType(x, 'win').flatMap((e) => e.participants).filter((p) => p.part === 'subject'), show(x)).toEqual([]);
  });
});

describe('the third development set: clauses', () => {
  it('"After X laid the foundation stone in 2014, the bridge was constructed by Y": the bridge, not X’s clause', () => {
    const x = article(['After Karim Osei laid the foundation stone in February 2014, the bridge was constructed by Tema Construction at a cost of Rs 509 crore.'], '2019-06-10');
    const built = x.events.find((e) => e.trigger === 'constructed');
    // (it may go undated, and then unreported; told, it is the bridge, and not of February 2014)
    if (built) expect(built.summary, show(x)).toBe('Tema Construction constructed the bridge');
    expect(built?.date.start ?? null, show(x)).not.toBe('2014-02-01');
    expect(x.events.find((e) => e.trigger === 'laid')?.date.start, show(x)).toBe('2014-02-01');
  });

  it('"they discovered one was not ...": a pronoun before the verb makes it active, not a passive of "they"', () => {
    const x = article(['When the frogs arrived at Tema University in July, they discovered one was not the species they were told, said Karim Osei.'], '2017-10-10');
    expect(x.events.filter((e) => /was discovered/.test(e.summary)), show(x)).toEqual([]);
  });

  it('"has fallen short on the execution of recalls": a state, not an act', () => {
    const x = article(['Halvard Motors NV has fallen short on the execution of safety recalls, a senior executive said on Thursday.'], '2015-07-03');
    expect(x.events.filter((e) => e.trigger === 'fallen'), show(x)).toEqual([]);
  });
});

describe('the third development set: awards and announcements', () => {
  it('"X received the best director award", "shared the best actress prize with Y": an award taken is a win', () => {
    const x = article(['Female filmmakers swept the top awards at the Tema film festival on Saturday.', 'Ama Mensah received the best director award for the film.', 'Efua Boateng shared the best leading performance award with Adjoa Owusu.'], '2021-09-26');
    expect(ofType(x, 'win').map((e) => [e.summary, e.date.start]), show(x)).toEqual([
      ['Ama Mensah received the best director award', '2021-09-25'],
      ['Efua Boateng shared the best leading performance award', '2021-09-25'],
    ]);
    const y = article(['Karim Osei received a letter from the court on Monday.'], '2021-09-26');
    expect(ofType(y, 'win'), show(y)).toEqual([]);
  });

  it('"Gov. X announced the agreement Tuesday ... at the governor”s residence": an announcement, and a quote mark inside a word is no quote', () => {
    const x = article(['Thousands of nurses have reached a tentative agreement to end their strike.', 'Gov. Karim Osei announced the agreement Tuesday morning after a 17-hour mediation session at the governor”s residence.'], '2016-10-11');
    const e = ofType(x, 'announce')[0];
    expect([e?.summary, e?.date.start], show(x)).toEqual(['Karim Osei announced the agreement', '2016-10-11']);
  });
});

describe('a country’s government', () => {
  it('"The government of Mongolia has decided to ban plastic bags": Mongolia bans them', () => {
    const x = article(['The government of Ghana has decided to ban single-use plastic bags across the country starting from March 1, 2019, the environment minister announced Wednesday.'], '2018-06-21');
    expect(parts(ofType(x, 'ban')[0]), show(x)).toEqual([['Ghana', 'agent']]);
  });
});

describe('the service a dateline credits', () => {
  it('"TEMA, Ghana, June 2 (Reuters) - ...", "(AP) — ...": the credited service is an organisation of the story, never a doer', () => {
    for (const [line, service] of [
      ['TEMA, Ghana, June 2 (Reuters) - Halvard Motors NV recalled 1.4 million cars on Thursday, a senior executive said.', 'Reuters'],
      ['TEMA, Ghana (AP) — A father who left four children at home returned to find the house burned down, authorities said.', 'AP'],
    ] as const) {
      const x = article([line], '2015-07-03');
      expect(x.actors.find((a) => a.name === service)?.type, show(x)).toBe('organization');
      expect(x.events.flatMap((e) => e.participants).map((p) => p.name), show(x)).not.toContain(service);
    }
  });
});

describe('a clause after a verb, and a title of one’s own', () => {
  it('"heroics from X ensured UEFA winner Y won his first trophy Saturday": Y won; X did nothing to Y, and no one was beaten', () => {
    const x = article(['Penalty heroics from goalkeeper Karim Osei ensured former champion Kofi Boateng won his first Ghanaian trophy as a coach Saturday.'], '2018-09-30');
    expect(x.events.map((e) => [e.type, e.summary, parts(e)]), show(x)).toEqual([['win', 'Kofi Boateng won his first Ghanaian trophy', [['Kofi Boateng', 'agent']]]]);
  });
});

describe('a statement through a public medium, undated, in the lead', () => {
  const lines = (said: string) => ['President Ama Mensah imposed sanctions on four officials on Monday.', 'The four are accused of fraud.', said];
  it('"X said in a statement" after the day’s news: an announcement of that day', () => {
    const x = article(lines('“There are consequences,” Karim Osei said in a statement.'), '2024-06-04');
    const e = ofType(x, 'announce')[0];
    expect([e?.summary, e?.date.start], show(x)).toEqual(['Karim Osei spoke in a statement', '2024-06-03']);
  });

  it('"..., the White House said in a statement": a place speaking for its government is the speaker and the announcer', () => {
    const x = article(lines('“There are consequences,” the White House said in a statement.'), '2024-06-04');
    expect(x.quotes.map((q) => q.speaker), show(x)).toEqual(['White House']);
    expect(ofType(x, 'announce').map((e) => [e.summary, e.date.start]), show(x)).toEqual([['White House spoke in a statement', '2024-06-03']]);
  });

  it('further down the story an undated statement may be any day’s: no announcement', () => {
    const filler = ['Markets fell.', 'Prices rose.', 'Trade slowed.', 'Talks stalled.'];
    const x = article([...lines('Banks closed early.'), ...filler, '“There are consequences,” Karim Osei said in a statement.'], '2024-06-04');
    expect(ofType(x, 'announce'), show(x)).toEqual([]);
  });

  it('"X said" alone is a quote, not an announcement', () => {
    const x = article(lines('“There are consequences,” Karim Osei said.'), '2024-06-04');
    expect(ofType(x, 'announce'), show(x)).toEqual([]);
  });
});

describe('people a sentence describes and another names', () => {
  it('"Three astronauts and a cosmonaut blasted off": the three the text calls astronaut and the one it calls cosmonaut', () => {
    const x = article([
      'Two American astronauts and a Russian cosmonaut blasted off on Sunday for the space station.',
      'The rocket carried NASA astronauts Ama Mensah and Kofi Boateng along with Roscosmos cosmonaut Ivan Petrov.',
    ], '2024-03-04');
    expect(ofType(x, 'launch').map((e) => [e.date.start, parts(e)]), show(x)).toEqual([
      ['2024-03-03', [['Ama Mensah', 'agent'], ['Kofi Boateng', 'agent'], ['Ivan Petrov', 'agent']]],
    ]);
  });

  it('a count the named people do not meet names no one ("three astronauts" when the text names two)', () => {
    const x = article(['Three astronauts blasted off on Sunday for the space station.', 'The rocket carried NASA astronauts Ama Mensah and Kofi Boateng.'], '2024-03-04');
    expect(ofType(x, 'launch').flatMap((e) => e.participants), show(x)).toEqual([]);
  });

  it('"In the meeting with his counterpart, X, ...": the one last named met X; "The two sides also signed" is those two, that day', () => {
    const x = article([
      'Foreign Minister Park Min held talks with Latin American officials in Seoul on Wednesday.',
      'In the meeting with his Ecuadorian counterpart, Gustavo Alvarado, the two ministers welcomed a new trade agreement.',
      'The two sides also signed an agreement on cooperation in criminal justice.',
    ], '2023-10-12');
    expect(ofType(x, 'meet').map((e) => [e.date.start, parts(e)]), show(x)).toEqual([['2023-10-11', [['Park Min', 'agent'], ['Gustavo Alvarado', 'other']]]]);
    expect(ofType(x, 'sign').map((e) => [e.date.start, parts(e)]), show(x)).toEqual([['2023-10-11', [['Park Min', 'agent'], ['Gustavo Alvarado', 'other']]]]);
  });
});

describe('happenings of nature', () => {
  it('"A strong earthquake struck southern Peru", "a tornado touched down in Kiowa County": told of the place struck, worded as the text words it', () => {
    const x = article(['A strong earthquake struck southern Peru on Saturday, killing at least 14 people.', 'A tornado touched down in Kiowa County on Sunday night.'], '2024-03-04');
    expect(ofType(x, 'other').map((e) => [e.summary, e.date.start, parts(e)]), show(x)).toEqual([
      ['A strong earthquake struck southern Peru', '2024-03-02', [['Peru', 'subject']]],
      ['A tornado touched down in Kiowa County', '2024-03-03', [['Kiowa County', 'subject']]],
    ]);
  });

  it('"The U.S. Geological Survey said the quake struck ... of the city of Iquique": the survey that reported it takes part', () => {
    const x = article(['A powerful earthquake hit the coast of Tema on Tuesday night.', 'Thousands lost power.', 'The U.S. Geological Survey said the quake struck 61 miles northwest of the city of Iquique at 8:46 p.m.'], '2014-04-02');
    expect(ofType(x, 'other').filter((e) => e.sentenceIndex === 2).map((e) => [e.date.start, parts(e)]), show(x)).toEqual([['2014-04-01', [['Iquique', 'subject'], ['U.S. Geological Survey', 'other']]]]);
  });

  it('"Megi, the 13th typhoon to hit China this year, made landfall in Zhangzhou City at 12:55 p.m. Saturday": the day is Saturday, not the year of the apposition', () => {
    const x = article(['Thousands were evacuated as Megi, the 13th typhoon to hit China this year, made landfall in Zhangzhou City at 12:55 p.m. Saturday, authorities said.'], '2010-10-23');
    expect(x.events.map((e) => [e.summary, e.date.start, e.date.precision, parts(e)]), show(x)).toEqual([['Megi made landfall in Zhangzhou City', '2010-10-23', 'day', [['Megi', 'agent'], ['Zhangzhou City', 'subject']]]]);
  });
});

describe('the present of news, past the lead', () => {
  it('"Dr Kofi Boateng returns to the Health Ministry": the day’s news as far down as the perfect, not only in the lead', () => {
    const filler = ['The move comes a year into his term.', 'Critics want faster reform.', 'Growth has slowed.', 'Prices are rising.', 'Unions are restless.', 'Markets were calm.'];
    const x = article(['Ghana announced a major Cabinet reshuffle on Dec 12.', ...filler, 'Dr Kofi Boateng returns to the Health Ministry, taking over from Dr Ama Mensah.'], '2023-12-13');
    expect(x.events.filter((e) => e.sentenceIndex === 7).map((e) => [e.summary, e.date.start]), show(x)).toEqual([['Kofi Boateng returns', '2023-12-12']]);
  });
});

describe('plans and the occasion told again', () => {
  it('"President Mensah is to return home this evening": what "is to" plans is ahead, like "will"', () => {
    const x = article(['President Ama Mensah held talks in Accra on Friday.', 'President Mensah is to return to the country this evening, ending her official visit.'], '2018-03-24');
    expect(x.events.filter((e) => e.sentenceIndex === 1).map((e) => [e.summary, e.tense, e.date.start]), show(x)).toEqual([['Ama Mensah will return', 'ahead', '2018-03-24']]);
  });

  it('"Vice-President, Kofi Boateng, represented President Ama Mensah at the event": the story’s day, past the lead; the title alone is no one', () => {
    const filler = ['The ceremony was held in a stadium.', 'Thousands attended.', 'He took two oaths.', 'He is the fifth president.', 'He won in August.'];
    const x = article(['Karim Osei was sworn in as president on Tuesday.', ...filler, 'Vice-President, Kofi Boateng, represented President Ama Mensah at the event.'], '2022-09-14');
    expect(x.events.filter((e) => e.sentenceIndex === 6).map((e) => [e.summary, e.date.start, parts(e)]), show(x)).toEqual([
      ['Kofi Boateng represented Ama Mensah', '2022-09-13', [['Kofi Boateng', 'agent'], ['Ama Mensah', 'subject']]],
    ]);
  });
});

describe('those among the guests', () => {
  it('"X, chairman of Y, was also among the guests who attended the ceremony": X attended the occasion the story tells, on its day', () => {
    const filler = ['The ceremony was held in a stadium.', 'Thousands attended.', 'He took two oaths.', 'He is the fifth president.', 'He won in August.', 'Rain fell later.'];
    const x = article(['Karim Osei was sworn in as president on Tuesday.', ...filler, 'Kofi Boateng, chairman of Boateng Group, was also among the dignitaries who attended the ceremony.'], '2022-09-14');
    expect(x.events.filter((e) => e.sentenceIndex === 7).map((e) => [e.summary, e.date.start, parts(e)]), show(x)).toEqual([['Kofi Boateng attended the ceremony', '2022-09-13', [['Kofi Boateng', 'agent']]]]);
  });
});

describe('those aboard a crash', () => {
  it('"The plane was carrying members of the Tema Ensemble": those it carried are part of the crash just told', () => {
    const x = article(['A military jet crashed into the sea on Sunday.', 'The plane was carrying members of the Tema Ensemble, known as the Army Choir, to a concert.'], '2016-12-26');
    expect(ofType(x, 'crash').map((e) => [e.date.start, parts(e)]), show(x)).toEqual([['2016-12-25', [['Tema Ensemble', 'other']]]]);
  });
});

describe('officials who speak for a named body', () => {
  it('"Tema Port officials told reporters on a conference call Tuesday": the body announced it', () => {
    const x = article(['Halvard Motors recalled 2,000 cars on Tuesday.', 'Tema Port officials told reporters on a conference call Tuesday that the cars were held at the docks.'], '2024-06-05');
    expect(ofType(x, 'announce').map((e) => [e.summary, e.date.start, parts(e)]), show(x)).toEqual([['Tema Port spoke to reporters', '2024-06-04', [['Tema Port', 'agent']]]]);
  });

  it('not a body named inside a phrase: "investigators in northern Ghana said in a statement"', () => {
    const x = article(['A fire destroyed a house on Tuesday.', 'Investigators in northern Ghana said in a statement on Tuesday that the cause was unknown.'], '2024-06-05');
    expect(ofType(x, 'announce').map((e) => e.summary), show(x)).toEqual([]);
  });
});

describe('the fourth development set’s events', () => {
  it('"he won Best Actor at the festival", "won the Golden Lion": an award is won, no one is beaten', () => {
    const x = article(['Critics loved the film, and Karim Osei won Best Actor at the Tema Film Festival on Saturday.', 'Ama Mensah won the Golden Lion on Sunday.'], '2024-06-10');
    expect(ofType(x, 'win').map((e) => [e.summary, parts(e)]), show(x)).toEqual([
      ['Karim Osei won Best Actor', [['Karim Osei', 'agent']]],
      ['Ama Mensah won the Golden Lion', [['Ama Mensah', 'agent']]],
    ]);
  });

  it('"held on Friday at the temple, in which various leaders will participate": the temple takes part in nothing', () => {
    const x = article(['The ceremony will be held on Friday at the historic Halvard Temple in Tema, in which various political and religious leaders will participate.']);
    expect(x.events.flatMap((e) => e.participants.map((p) => p.name)), show(x)).not.toContain('Halvard Temple');
  });

  it('"the final act of this Test as he injured his ankle": "he" is the player, not the match', () => {
    const x = article(['Five minutes later, Karim Osei made a line break.', 'That was the centre’s final act of this Test as he injured his ankle.'], '2017-03-18');
    expect(ofType(x, 'injure').map((e) => [e.summary, parts(e)]), show(x)).toEqual([['Karim Osei injured his ankle', [['Karim Osei', 'agent']]]]);
  });

  it('"the spokesman added that one Mr X, 32, was arrested at the scene": what he reported is not dated by the day he spoke', () => {
    const x = article(['Police spokesman Ama Mensah said on Tuesday that four suspects had been held.', 'Mensah added that one Mr Karim Osei, 32, was arrested at the scene.'], '2019-09-18');
    const e = ofType(x, 'arrest').find((ev) => parts(ev).some(([n]) => n === 'Karim Osei'));
    expect(e?.date.start ?? null, show(x)).toBeNull();
  });

  it('"X, the renewable energy arm of Y, commissioned a wind farm. The company ... it announced": the arm is an organisation and the one that acts', () => {
    const x = article(['Halvard Renewable Energy, the renewable energy arm of Halvard Power, commissioned a 100 MW wind farm on Wednesday.', 'The company had already commissioned 36 MW of capacity in December 2016, and now it announced the rest.'], '2017-04-06');
    expect(x.actors.find((a) => a.name === 'Halvard Renewable Energy')?.type, show(x)).toBe('organization');
    expect(x.actors.map((a) => a.name), show(x)).not.toContain('MW');
    expect(x.events.filter((e) => e.sentenceIndex === 1).flatMap((e) => e.participants.map((p) => p.name)), show(x)).not.toContain('Halvard Power');
  });
});

describe('states told with a verb', () => {
  it('"has been long-mentioned as a target", "has struggled with", "was being billed as", "gained prominence": no act', () => {
    const x = article([
      'Halvard Systems Inc., which has been long-mentioned as a possible takeover target, rose on Monday.',
      'Halvard has struggled with performance.',
      'Tema Pictures’ new film, starring Karim Osei in what was being billed as his big return, opened in second place.',
      'Halvard gained prominence in the late 1990s as a maker of software.',
    ], '2005-09-12');
    for (const verb of ['long-mentioned', 'struggled', 'billed', 'gained']) expect(x.events.map((e) => e.trigger.toLowerCase()), show(x)).not.toContain(verb);
  });

  it('"Tema Pictures’ Harbourland, starring Karim Osei, opened on Friday": the film opened, not the actor', () => {
    const x = article(['Tema Pictures’ Harbourland, starring Karim Osei in his big return, opened on Friday.'], '2006-09-11');
    expect(x.events.flatMap((e) => e.participants.map((p) => p.name)), show(x)).not.toContain('Karim Osei');
  });
});

describe('the kind of firm before its name', () => {
  it('"will buy rival software company X", "acquired chipmaker Y": the firm named is the one bought', () => {
    const x = article(['Halvard Corp. on Monday said it will buy rival software company Tema Systems Inc. for $5.85 billion.', 'Osei Group acquired chipmaker Mensah Devices on Tuesday.'], '2005-09-12');
    expect(ofType(x, 'acquire').map((e) => parts(e).find(([, p]) => p === 'subject')?.[0]), show(x)).toEqual(['Tema Systems Inc', 'Mensah Devices']);
  });
});

describe('a win told as a noun', () => {
  it('"X finished its campaign on a high when they claimed a deserved 29-0 win over Y on Saturday": X beat Y', () => {
    const x = article(['Scotland finished their Six Nations campaign on a high when they claimed a deserved 29-0 bonus-point win over Italy at Murrayfield on Saturday.'], '2017-03-20');
    expect(ofType(x, 'win').map((e) => [parts(e), e.date.start]), show(x)).toEqual([[[['Scotland', 'agent'], ['Italy', 'subject']], '2017-03-18']]);
    // ("their Six Nations campaign": a name before a noun is not what was finished)
    expect(x.events.flatMap((e) => e.participants.map((p) => p.name)), show(x)).not.toContain('Six Nations');
  });

  it('"Ghana claimed a 2-1 victory over Togo": a country is a side', () => {
    const x = article(['Ghana claimed a 2-1 victory over Togo on Saturday.'], '2024-06-10');
    expect(ofType(x, 'win').map((e) => parts(e)), show(x)).toEqual([[['Ghana', 'agent'], ['Togo', 'subject']]]);
  });

  it('"after his election win in Tema Tuesday": the win is his, he beat no one', () => {
    const x = article(['Mayor Karim Osei speaks to supporters after his election win in Tema Tuesday.'], '2009-11-04');
    const e = x.events.find((ev) => ev.type === 'win' || ev.type === 'elect');
    expect(parts(e), show(x)).toEqual([['Karim Osei', 'agent']]);
  });

  it('"surpassed X as the most successful captain with 12 wins": a tally is no win', () => {
    const x = article(['With the series, Karim Osei surpassed Kofi Boateng as the most successful captain overseas with 12 wins to his name.'], '2019-01-07');
    expect(ofType(x, 'win'), show(x)).toEqual([]);
  });
});

describe('a summary does not end inside a name', () => {
  it('"suspended the implementation of Chief Justice David Maraga’s advisory": the name said whole, with what it owns', () => {
    const x = article(['The High Court has today suspended the implementation of Chief Justice Karim Osei’s advisory on dissolution of Parliament.'], '2020-09-24');
    expect(ofType(x, 'ban')[0]?.summary, show(x)).toBe('High Court suspended the implementation of Chief Justice Karim Osei’s advisory');
  });
});

describe('who "he" is after an opening phrase', () => {
  it('"Playing with X in their pairing, the top-ranked Y closed with a 65. He finished at 16 under": he is Y', () => {
    const x = article(['Karim Osei won the Tema Open on Sunday.', 'Playing with Tom Walker in their first final-group pairing, the top-ranked Osei closed with a bogey-free 65.', 'He finished at 16-under 264.'], '2019-07-29');
    const e = x.events.find((ev) => ev.sentenceIndex === 2);
    expect(parts(e), show(x)).toEqual([['Karim Osei', 'agent']]);
  });
});

describe('a broadcaster’s number, a date in an -ing phrase', () => {
  it('"News 9 posted a video of an apparent tornado touching down in Kiowa County on Sunday": News 9 is one name, and Sunday is the tornado’s', () => {
    const x = article(['Storms swept Oklahoma, and crews from News 9 followed them.', 'News 9 posted a video of an apparent tornado touching down in Kiowa County on Sunday.'], '2021-10-12');
    expect(x.actors.map((a) => a.name), show(x)).toContain('News 9');
    // (the story's day may still date it, as it does the lead's undated acts, marked as inferred)
    expect(x.events.filter((e) => /posted/.test(e.summary) && !e.date.inferred).map((e) => e.date.start), show(x)).not.toContain('2021-10-10');
  });
});

describe('a win carried by "with"', () => {
  it('"Cape Town - Tema City picked up three points with a hard-fought 2-1 victory over Accra": Tema City beat Accra', () => {
    const x = article(['Cape Town - Tema City picked up a valuable three points with a hard-fought 2-1 victory over Accra Hearts on Saturday.'], '2017-10-01');
    expect(ofType(x, 'win').map((e) => parts(e)), show(x)).toEqual([[['Tema City', 'agent'], ['Accra Hearts', 'subject']]]);
  });

  it('"After the Spurs became the first team to reach 50 wins with a victory over X, Popovich ...": no side but the one the sentence names first', () => {
    const x = article(['After the Spurs became the first NBA team to reach 50 wins with a 109-99 victory over the Cleveland Cavaliers on Wednesday night, Popovich was happier.'], '2011-03-03');
    expect(ofType(x, 'win').flatMap((e) => e.participants.filter((p) => p.part === 'agent').map((p) => p.name)), show(x)).not.toContain('NBA');
  });
});

describe('what "it" stands for', () => {
  it('"1st LD: ..." is a wire lead’s number; "The presidential decree named X. It also appointed Y": no organisation appointed Y', () => {
    const x = article(['1st LD: Tema’s president orders the replacement of three ministers, state TV said on Wednesday.', 'The Tema Broadcasting Corporation said the decree was signed on Wednesday.', 'The presidential decree named Karim Osei as the new justice minister.', 'It also appointed Ama Mensah as the minister of commerce.'], '2017-03-30');
    expect(x.actors.map((a) => a.name), show(x)).not.toContain('LD');
    const e = ofType(x, 'appoint').find((ev) => parts(ev).some(([n]) => n === 'Ama Mensah'));
    expect(parts(e).filter(([, p]) => p === 'agent'), show(x)).toEqual([]);
  });

  it('"the current government" five sentences after the last organisation named is not that organisation', () => {
    const x = article(['Ticker: Indian PM asks ruling BJP lawmakers to use social media.', 'Tema’s president replaced three ministers on Wednesday.', 'Karim Osei is the new justice minister.', 'Ama Mensah is the new trade minister.', 'Kofi Boateng takes the education ministry.', 'It was unclear what caused the shake-up, as the current government assumed its duty as of July last year.'], '2017-03-30');
    expect(x.events.flatMap((e) => e.participants.map((p) => p.name)), show(x)).not.toContain('BJP');
  });
});

describe('who speaks in a post, and an obligation ahead', () => {
  it('"In a post on X, the minister for Tema thanked Karim Osei and said ...": Osei was thanked, he did not speak', () => {
    const x = article(['Tema imposed sanctions on Monday.', 'In a post on X, the minister for Tema thanked Karim Osei and said the talks had gone well.'], '2024-06-04');
    expect(ofType(x, 'announce'), show(x)).toEqual([]);
  });

  it('"before she has to be sentenced on July 1", "two weeks before he has to report to prison": a time it must not come before is no act', () => {
    const x = article(['A judge convicted Mary Lund on Monday.', 'The judge gave her time to appeal before she has to be sentenced on July 1.'], '2024-06-04');
    expect(ofType(x, 'sentence'), show(x)).toEqual([]);
    const y = article(['A judge convicted Karim Osei on Monday.', 'The judge granted Osei two weeks before he has to report to prison on July 1.'], '2024-06-04');
    expect(ofType(y, 'sentence'), show(y)).toEqual([]);
    // (an order is: "was ordered to report to prison on July 1")
    const z = article(['A judge convicted Karim Osei on Monday.', 'Osei was ordered to report to prison on July 1.'], '2024-06-04');
    expect(ofType(z, 'sentence').map((e) => [e.tense, e.date.start]), show(z)).toEqual([['ahead', '2024-07-01']]);
  });

  it('"he has to be sentenced on July 1" alone is an obligation ahead, not the perfect: July 1 is to come', () => {
    const x = article(['A judge convicted Karim Osei on Monday.', 'He has to be sentenced on July 1.'], '2024-06-04');
    expect(ofType(x, 'sentence').map((e) => [e.tense, e.date.start]), show(x)).toEqual([['ahead', '2024-07-01']]);
  });
});

describe('an earlier one, told from the story’s time', () => {
  it('"continued from their previous season’s win over Tema": an earlier win, not the story’s day', () => {
    const x = article(['Hearts beat Accra 2-0 on Saturday.', 'Hearts continued from their previous season’s win over Tema.'], '2024-06-10');
    const e = ofType(x, 'win').find((ev) => parts(ev).some(([n]) => n === 'Tema'));
    expect([e?.tense, e?.date.start ?? null], show(x)).toEqual(['earlier', null]);
  });
});

describe('a win one goes to', () => {
  it('"X had three birdies ... and cruised to a three-stroke victory in the Tema Invitational on Sunday": X won', () => {
    const x = article(['Karim Osei had three birdies in a four-hole stretch and cruised to a three-stroke victory in the Tema Invitational on Sunday.'], '2019-07-29');
    expect(ofType(x, 'win').map((e) => [parts(e), e.date.start]), show(x)).toEqual([[[['Karim Osei', 'agent']], '2019-07-28']]);
  });

  it('"having recorded only one league win this season": a tally is no win', () => {
    const x = article(['Tema City welcomed Accra to their home on Saturday, having recorded only one league win this season.'], '2017-10-01');
    expect(ofType(x, 'win'), show(x)).toEqual([]);
  });
});

describe('what is told to a hearing', () => {
  it('"..., Karim Osei, the firm’s safety chief, told a regulatory hearing held by the regulator": an announcement of the day', () => {
    const x = article(['Halvard Motors has fallen short on recalls, a senior executive said on Thursday.', '“Recall execution is where we have fallen short,” Karim Osei, Halvard’s senior vice president for safety, told a regulatory hearing on Halvard recalls held by the Tema Safety Board.'], '2015-07-03');
    expect(ofType(x, 'announce').map((e) => [e.summary, e.date.start]), show(x)).toEqual([['Karim Osei spoke to a regulatory hearing', '2015-07-02']]);
  });
});

describe('a successor named ahead of the handover', () => {
  it('"She will be replaced by X": X is named to replace the one the text told leaving, not whoever spoke last, on the story’s day', () => {
    const x = article(['Halvard Motors said on Wednesday that its finance chief Ama Mensah is retiring.', 'Chief Executive Kofi Boateng said Mensah will stay on as an adviser.', 'She will be replaced by Karim Osei, the vice president of finance.'], '2019-01-31');
    expect(ofType(x, 'appoint').map((e) => [e.summary, parts(e), e.date.start]), show(x)).toEqual([['Karim Osei named to replace Ama Mensah', [['Karim Osei', 'subject'], ['Ama Mensah', 'other']], '2019-01-30']]);
  });

  it('"X will succeed him on March 1": the handover is dated, ahead', () => {
    const x = article(['Kofi Boateng resigned as chief executive of Halvard Motors on Monday.', 'Karim Osei will succeed him on March 1.'], '2024-02-14');
    expect(ofType(x, 'appoint').map((e) => [e.summary, e.tense, e.date.start]), show(x)).toEqual([['Karim Osei will succeed Kofi Boateng', 'ahead', '2024-03-01']]);
  });

  it('a handover on a condition, or "would" outside reported speech, names no one', () => {
    const x = article(['Kofi Boateng resigned as chief executive of Halvard Motors on Monday.', 'If the board agrees, he will be replaced by Karim Osei.', 'Ama Mensah would replace him in a merger.'], '2024-02-14');
    expect(ofType(x, 'appoint'), show(x)).toEqual([]);
  });

  it('"X will take over the post" told without a day was given out now; "is expected to take over" stays ahead', () => {
    const named = article(['Tema announced a cabinet reshuffle on Tuesday.', 'Defence Minister Karim Osei will take over the foreign minister’s post from Kofi Boateng.'], '2023-12-13');
    expect(ofType(named, 'appoint').map((e) => [e.summary, e.date.start]), show(named)).toEqual([['Karim Osei named to take over', '2023-12-12']]);
    const expected = article(['Tema announced a cabinet reshuffle on Tuesday.', 'Defence Minister Karim Osei is expected to take over the foreign minister’s post.'], '2023-12-13');
    expect(ofType(expected, 'appoint').map((e) => [e.tense, e.date.start]), show(expected)).toEqual([['ahead', null]]);
  });
});

describe('a state held since a day began that day', () => {
  it('"has been serving as chief operating officer of X since January": he became chief operating officer then', () => {
    const x = article(['Karim Osei has been serving as chief operating officer of Halvard Motors since January.'], '2024-03-26');
    expect(ofType(x, 'appoint')[0]?.summary, show(x)).toBe('Karim Osei became chief operating officer of Halvard Motors');
  });

  it('"He has been managing director at X since January 2014": he became it then', () => {
    const x = article(['Halvard Motors named Karim Osei chief executive on Monday.', 'He has been managing director at the investment firm Tema Capital since January 2014, overseeing its factories.'], '2019-12-24');
    const e = x.events.find((ev) => ev.sentenceIndex === 1);
    expect([e?.summary, e?.date.start, e?.date.precision, parts(e)], show(x)).toEqual(['Karim Osei became managing director at the investment firm Tema Capital', '2014-01-01', 'month', [['Karim Osei', 'subject'], ['Tema Capital', 'other']]]);
  });

  it('"Osei was on Halvard’s board since 2009": he joined the board then', () => {
    const x = article(['Halvard Motors named Karim Osei chief executive on Monday.', 'Osei was on Halvard Motors’ board since 2009, including during the recall.'], '2019-12-24');
    const e = x.events.find((ev) => ev.sentenceIndex === 1);
    expect([e?.summary, e?.date.start], show(x)).toEqual(['Karim Osei joined Halvard Motors’ board', '2009-01-01']);
  });

  it('"Tema Air has been flying crews for the agency since 2020": it began then', () => {
    const x = article(['Tema Air has been flying crews for the Space Agency since 2020 under a contract worth $2 billion.'], '2024-03-04');
    expect(x.events.map((e) => [e.summary, e.date.start]), show(x)).toEqual([['Tema Air began flying crews for the Space Agency', '2020-01-01']]);
  });

  it('a comparison or a count over the time since is no beginning', () => {
    for (const text of ['Tema Air shares posted their strongest monthly gain since May.', 'Ama Mensah became the fourth minister to leave the cabinet since November 2017.', 'Tema United have not won the league since 1990.', 'The post of ambassador had remained vacant since January 2021.', 'Karim Osei has been in power since 2006.']) {
      const x = article([text], '2024-03-04');
      expect(x.events.filter((e) => /^since/.test(e.date.text ?? '')), `${text} ${show(x)}`).toEqual([]);
    }
  });
});

describe('a post held over a span', () => {
  it('"served as finance minister from May 2018 to Feb 2020": taken up at the start, left at the end, each at the span’s precision', () => {
    const x = article(['Karim Osei returns to the finance ministry.', 'Osei, as he is known, served as finance minister from May 2018 to Feb 2020, during the pandemic.'], '2023-12-13');
    const got = x.events.filter((e) => e.sentenceIndex === 1).map((e) => [e.summary, e.date.start, e.date.end, e.date.precision]);
    expect(got, show(x)).toEqual([
      ['Karim Osei became finance minister', '2018-05-01', '2018-05-31', 'month'],
      ['Karim Osei left office as finance minister', '2020-02-01', '2020-02-29', 'month'],
    ]);
  });

  it('"served Tema as a member of parliament from 1971 to 1977 and as a senator from 1977 to 2007": both posts', () => {
    const x = article(['Karim Osei served Tema as a member of parliament from 1971 to 1977 and as a senator from 1977 to 2007.'], '2020-12-07');
    expect(x.events.map((e) => [e.summary, e.date.start]), show(x)).toEqual([
      ['Karim Osei became a member of parliament', '1971-01-01'],
      ['Karim Osei left office as member of parliament', '1977-01-01'],
      ['Karim Osei became a senator', '1977-01-01'],
      ['Karim Osei left office as senator', '2007-01-01'],
    ]);
  });

  it('a span served that is no post ("served in the army", "served a prison term") tells neither', () => {
    const x = article(['Karim Osei served in the army from 1990 to 1995 and served a prison term from 2001 to 2005.'], '2020-12-07');
    expect(x.events.filter((e) => e.trigger === 'served' || e.trigger === 'left'), show(x)).toEqual([]);
  });
});

describe('a match report’s goals and draws', () => {
  it('"took the lead through X with a header", "found an equaliser through defender Y in the 76th minute": goals scored on the match’s day', () => {
    const x = article([
      'Tema United beat Accra Hearts 2-1 on Saturday.',
      'Tema United took the lead five minutes before the break through Karim Osei with a powerful header.',
      'The hosts had the chance to double the lead two minutes later.',
      'But the penalty was saved.',
      'The rain kept falling.',
      'The crowd was small.',
      'It was the visitors who found an equaliser through defender Kofi Boateng in the 76th minute.',
      'It was Tema who had the last laugh, with second-half substitute Ama Mensah bundling home the winner five minutes from time.',
    ], '2017-10-01');
    const goals = x.events.filter((e) => e.trigger === 'scored').map((e) => [e.summary, e.date.start]);
    expect(goals, show(x)).toEqual([
      ['Karim Osei scored to put Tema United ahead', '2017-09-30'],
      ['Kofi Boateng scored the equaliser', '2017-09-30'],
      ['Ama Mensah scored the winner', '2017-09-30'],
    ]);
  });

  it('play told by the clock in words ("in the fifth minute") or in the shootout, past the lead, is the match day’s', () => {
    const x = article([
      'Tema United beat Accra Hearts 4-1 on penalties on Saturday.',
      'The match ended goalless after extra time.',
      'The rain kept falling.',
      'The crowd was small.',
      'The pitch was heavy.',
      'The stands were cold.',
      'Karim Osei opened the scoring when he slotted a penalty in the fifth minute.',
      'Goalkeeper Kofi Boateng then saved two shootout kicks.',
      'Coach Ama Mensah admitted he feared the worst as the shootout began.',
    ], '2018-09-30');
    expect(x.events.filter((e) => e.type === 'other').map((e) => [e.summary, e.date.start]), show(x)).toEqual([
      ['Karim Osei opened the scoring', '2018-09-29'],
      ['Kofi Boateng saved two shootout kicks', '2018-09-29'],
    ]);
  });

  it('"set a world record" is a feat of that day; "set" alone is none', () => {
    const x = article(['His feat came as Karim Osei set a decathlon world record in Accra on Sunday.', 'The hearing was set for Monday.'], '2018-09-17');
    expect(x.events.map((e) => [e.summary, e.date.start, e.tense]), show(x)).toEqual([['Karim Osei set a decathlon world record in Accra', '2018-09-16', 'past']]);
  });

  it('a lead taken outside a match is no goal', () => {
    const x = article(['The Tema Party took the lead in the count on Monday through its candidate Karim Osei.'], '2024-03-05');
    expect(x.events.filter((e) => e.trigger === 'scored'), show(x)).toEqual([]);
  });

  it('"India and Australia played out a draw on Monday": both sides drew; "had only drawn a series twice" is no match of the day', () => {
    const x = article(['India and Australia played out a draw in the fourth Test on Monday after continuous rain.', 'In 11 previous attempts, India had only drawn a series in Australia twice.'], '2019-01-08');
    expect(x.events.filter((e) => / drew$/.test(e.summary)).map((e) => [e.summary, e.date.start, parts(e)]), show(x)).toEqual([['India and Australia drew', '2019-01-07', [['India', 'agent'], ['Australia', 'other']]]]);
  });
});

describe('the story’s day, from what the top of the story says', () => {
  it('a day inside a quotation ("tweeted “captured tonight”") counts from when it was said, not from the page’s date; a day of what came before the news does not move the story', () => {
    const x = article([
      'State authorities say they have arrested a suspect, almost 24 hours after a gunman opened fire in a mall in Tema on Friday evening.',
      'The Tema Police confirmed the capture in a tweet that said “The gunman was captured tonight.”',
      'As the Tema Times reported on Saturday morning, police believe he acted alone.',
    ], '2016-09-25');
    expect(ofType(x, 'announce').map((e) => [e.summary, e.date.start]), show(x)).toEqual([['Tema Police spoke in a tweet', '2016-09-24']]);
  });

  it('a participle set off by commas ("The report, monitored in Seoul, said") or joined by "and" ("and surrounded by his family") is no act', () => {
    const x = article(['The Tema News Agency report, monitored in Accra, said the two sides signed five agreements on Friday.', 'Karim Osei died at home on Friday under the care of hospice and surrounded by his family.'], '2024-03-04');
    expect(x.events.filter((e) => /monitored|surrounded/.test(e.summary)), show(x)).toEqual([]);
  });

  it('"was taken into custody" is an arrest', () => {
    const x = article(['Police said Karim Osei was taken into custody on Friday in Tema.'], '2024-03-04');
    expect(ofType(x, 'arrest').map((e) => [e.summary, e.date.start]), show(x)).toEqual([['Karim Osei taken into custody in Tema', '2024-03-01']]);
  });
});

describe('what is signed during talks', () => {
  it('"talks between X, who is on a visit to Y, and Z": both in the talks; "Hence, three agreements were signed during discussions": signed by them, on the talks’ day', () => {
    const x = article(['Bilateral discussions between President Karim Osei, who is on an official visit to Ghana, and Prime Minister Kofi Boateng were held last night (March 23).', 'Discussions were held at the Prime Minister’s residence in Accra.', 'Hence, three agreements were signed during discussions.'], '2018-03-24');
    expect(ofType(x, 'talks').map((e) => parts(e)), show(x)).toEqual([[['Karim Osei', 'agent'], ['Kofi Boateng', 'other']]]);
    expect(ofType(x, 'sign').map((e) => [e.summary, e.date.start]), show(x)).toEqual([['Karim Osei signed three agreements with Kofi Boateng', '2018-03-23']]);
  });

  it('an agreement signed with no word of the talks ("was signed in 2015") is not theirs', () => {
    const x = article(['Karim Osei held talks with Kofi Boateng in Accra on Friday.', 'The border treaty was signed in 2015.'], '2018-03-24');
    expect(ofType(x, 'sign').filter((e) => e.participants.length), show(x)).toEqual([]);
  });
});

describe('a results report’s other results', () => {
  it('"Kofi Boateng was second", "Ama Mensah (67) was third", "won the women’s race": on the day the results are dated to', () => {
    const x = article([
      'Karim Osei won the Tema Marathon on Sunday in a course record.',
      'The crowd lined the streets.',
      'The weather was cool.',
      'Osei ran alone for the last ten kilometres.',
      'The pacemakers dropped out early.',
      'The course was flat.',
      'The debutant Kofi Boateng was second at 2 hours, 6 minutes, followed by Yaw Darko.',
      'Efua Owusu won the women’s race.',
      'In the golf, Ama Mensah (67) was third.',
    ], '2018-09-17');
    const got = x.events.filter((e) => e.sentenceIndex >= 6).map((e) => [e.summary, e.date.start]);
    expect(got, show(x)).toEqual([
      ['Kofi Boateng finished second', '2018-09-16'],
      ['Efua Owusu won the women’s race', '2018-09-16'],
      ['Ama Mensah finished third', '2018-09-16'],
    ]);
  });

  it('a placing ahead or a ranking ("will be second", "was the third time") is none; nor one with no results day', () => {
    const x = article(['Karim Osei will be second on the start list.', 'It was the third time Kofi Boateng ran the race.', 'Ama Mensah was second in the poll.'], '2018-09-17');
    expect(x.events.filter((e) => e.trigger === 'finished'), show(x)).toEqual([]);
  });
});

describe('what was done, in a summary', () => {
  it('"unveiled Thursday night its new smartphone, the Galaxy S4,": the day between verb and object is skipped and the name beside the object says which', () => {
    const x = article(['Halvard unveiled Thursday night its new smartphone, the Galaxy S4, which is slimmer than its predecessor.'], '2013-03-15');
    expect(x.events.map((e) => [e.summary, e.date.start]), show(x)).toEqual([['Halvard unveiled its new smartphone, the Galaxy S4', '2013-03-14']]);
  });
});

describe('a strike', () => {
  it('"Detroit teachers went on strike this morning": a strike, the union named after them its agent', () => {
    const x = article(['Detroit teachers went on strike this morning for the first time in 25 years over pay.', 'The Detroit Teachers Union followed through on its promise after talks failed.'], '2012-09-10');
    expect(ofType(x, 'protest').map((e) => [e.summary, e.date.start, parts(e)]), show(x)).toEqual([['Detroit teachers went on strike', '2012-09-10', [['Detroit Teachers Union', 'agent']]]]);
  });

  it('"walked off the job on Monday": a strike; "went on a tour" is none', () => {
    const x = article(['Workers at the Halvard plant walked off the job on Monday, the Tema Steelworkers Union said.', 'Karim Osei went on a tour of the plant on Monday.'], '2024-03-05');
    expect(ofType(x, 'protest').map((e) => [e.summary, e.date.start, parts(e)]), show(x)).toEqual([['Workers walked out', '2024-03-04', [['Tema Steelworkers Union', 'agent']]]]);
  });
});

describe('a visit begun', () => {
  it('"X has begun his official visit to Mongolia today, September 15": X visited Mongolia that day', () => {
    const x = article(['Foreign Minister Karim Osei has begun his official visit to Mongolia today, September 15.'], '2020-09-15');
    expect(ofType(x, 'visit').map((e) => [e.summary, e.date.start]), show(x)).toEqual([['Karim Osei visited Mongolia', '2020-09-15']]);
  });
});

describe('both sides of a meeting', () => {
  it('"Both sides discussed matters of mutual interest": the two the meeting just told, on its day', () => {
    const x = article(['Prime Minister Karim Osei on Wednesday met President Kofi Boateng at the Presidential Secretariat.', 'Both sides discussed matters of mutual interest during the one-on-one meeting.'], '2021-02-25');
    expect(ofType(x, 'talks').map((e) => [e.summary, e.date.start]), show(x)).toEqual([['Karim Osei held talks with Kofi Boateng', '2021-02-24']]);
  });

  it('"Both sides" with no meeting told before stands for no one', () => {
    const x = article(['Both sides discussed matters of mutual interest on Wednesday.'], '2021-02-25');
    expect(ofType(x, 'talks').flatMap((e) => e.participants), show(x)).toEqual([]);
  });
});

describe('a count with the simple past', () => {
  it('"X scored twice as Y beat Z 4-1 on Saturday": both the day’s, the object phrase ending before "as Y"', () => {
    const x = article(['Karim Osei scored twice as Tema United beat Accra Hearts 4-1 at home on Saturday.'], '2018-10-27');
    expect(x.events.map((e) => [e.summary, e.tense, e.date.start]), show(x)).toEqual([
      ['Karim Osei scored', 'past', '2018-10-27'],
      ['Tema United beat Accra Hearts 4-1', 'past', '2018-10-27'],
    ]);
  });

  it('"has been launched four times": a count with the perfect is experience, not the day’s news', () => {
    const x = article(['The capsule has been launched four times by Tema Space.'], '2024-03-04');
    expect(x.events.map((e) => [e.tense, e.date.start]), show(x)).toEqual([['earlier', null]]);
  });
});

describe('a result told after "after"', () => {
  it('"X marched clear after crushing promoted Y 4-1 on Saturday": X beat Y 4-1 that day', () => {
    const x = article(['Karim Osei scored twice as Tema United marched three points clear at the top of the league after crushing promoted Accra Hearts 4-1 at home on Saturday.'], '2018-10-27');
    expect(ofType(x, 'win').map((e) => [e.summary, e.tense, e.date.start, parts(e)]), show(x)).toEqual([['Tema United crushed Accra Hearts 4-1', 'past', '2018-10-27', [['Tema United', 'agent'], ['Accra Hearts', 'subject']]]]);
  });

  it('"after killing two" with no score stays no act of its own', () => {
    const x = article(['Police said the man was arrested on Friday after killing two people in Tema.'], '2018-10-27');
    expect(ofType(x, 'kill').filter((e) => e.trigger === 'killing'), show(x)).toEqual([]);
  });
});

describe('what the trial of a new reader found (crime and business copy)', () => {
  it('"..., Sheriff X said": the one who tells it after the comma is no one the event happened to', () => {
    const x = article(['Tomas Reyes is charged in the killing of Deputy Ivan Pell, Sheriff Dana Holt said during a briefing.'], '2022-08-19');
    const kill = ofType(x, 'kill')[0];
    expect(parts(kill), show(x)).toEqual([['Ivan Pell', 'subject']]);
  });

  it('"charged in the Aug. 11 killing": the date before another act\'s noun is that act\'s day, not the charge\'s', () => {
    const x = article(['Tomas Reyes is charged in the Aug. 11 killing of Deputy Ivan Pell.'], '2022-08-19');
    // (in the lead, "is charged" is the day's news)
    expect(ofType(x, 'charge').map((e) => e.date.start), show(x)).toEqual(['2022-08-19']);
    expect(ofType(x, 'kill').map((e) => e.date.start), show(x)).toEqual(['2022-08-11']);
    // a charge's own day still dates it
    const y = article(['Tomas Reyes was charged on Friday in the March 3 shooting of Ann Lowe.'], '2025-03-12');
    expect(ofType(y, 'charge').map((e) => e.date.start), show(y)).toEqual(['2025-03-07']);
  });

  it('"measures to be taken", "in talks to be bought by X": what a noun is for has not happened', () => {
    const x = article(['Health Minister Aisha Noor issued directives on Monday.', 'She instructed for urgent measures to be taken on emergency grounds.'], '2024-03-31');
    expect(x.events.filter((e) => e.trigger === 'taken'), show(x)).toEqual([]);
    const y = article(['Kestrel Memory may be in talks to be bought by Orbital Chips, media reported.'], '2012-02-04');
    expect(ofType(y, 'acquire'), show(y)).toEqual([]);
    // the first to be arrested was arrested
    const z = article(['Omar Salah was the first to be arrested on Monday.'], '2024-03-05');
    expect(ofType(z, 'arrest').map((e) => e.date.start), show(z)).toEqual(['2024-03-04']);
  });
});

describe('the words obituaries use', () => {
  it('"passed away" and "breathed his last" are deaths; "passed the budget" is still an approval', () => {
    const x = article(['Veteran actor Ravi Sen passed away at the age of 85 on Sunday.'], '2020-11-16');
    expect(ofType(x, 'die').map((e) => [e.summary, e.date.start]), show(x)).toEqual([['Ravi Sen died', '2020-11-15']]);
    const y = article(['Ravi Sen breathed his last at a hospital in Kolkata on Sunday.'], '2020-11-16');
    expect(ofType(y, 'die').map((e) => e.date.start), show(y)).toEqual(['2020-11-15']);
    const z = article(['The Kestrel Assembly passed the budget on Sunday.'], '2020-11-16');
    expect(ofType(z, 'die'), show(z)).toEqual([]);
  });
});

describe('pleading with someone', () => {
  it('"Emergency services are pleading with residents", "pleaded for calm": begging is no plea in court', () => {
    const x = article(['Emergency services are pleading with residents to heed all warnings.', 'The mayor, Ama Boateng, pleaded for calm on Monday.'], '2018-11-28');
    expect(ofType(x, 'plead'), show(x)).toEqual([]);
    const y = article(['Ama Boateng pleaded guilty to fraud on Monday.'], '2018-11-28');
    expect(ofType(y, 'plead').map((e) => e.date.start), show(y)).toEqual(['2018-11-26']);
  });
});

describe('protests against someone', () => {
  it('"protests against X": X faced them and did not protest; "Y protested against X" says so', () => {
    const x = article(['Police tried to thwart protests against Governor Ama Boateng on Friday.'], '2006-01-21');
    expect(ofType(x, 'protest').map((e) => e.summary), show(x)).toEqual(['Ama Boateng faced protests']);
    const y = article(['Teachers protested against Governor Ama Boateng on Friday.'], '2006-01-21');
    expect(ofType(y, 'protest').map((e) => e.summary), show(y)).toEqual(['Teachers protested against Ama Boateng']);
  });
});

describe('"a day after" ties two acts', () => {
  it('the act in the clause it opens is not "a day after", nor the story\'s day', () => {
    const x = article(['Halden Chips appointed Rita Moss as chief executive a day after its chairman Ivo Lund was killed in a plane crash.'], '2012-02-04');
    const kill = ofType(x, 'kill')[0];
    expect(kill?.date.text, show(x)).not.toMatch(/after/);
    expect(kill?.date.start, show(x)).toBeNull();
    const y = article(['Spokeswoman Lia Ross told the Herald that strikes would be off, a day after talks were held between Education Minister Ken Hall and the unions.'], '2019-06-20');
    expect(ofType(y, 'talks').map((e) => e.date.start), show(y)).toEqual([null]);
  });
});
