import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../src/domain.ts';
import {
  IngestError,
  MAX_ARTICLE_BYTES,
  collectArticleFiles,
  loadArticleFile,
  normalizeDate,
  parseArticle,
  splitSentences,
} from '../src/ingest/index.ts';

const SEED_PIANTEDOSI = 'data/articles/piantedosi-meets-haftar-benghazi.txt';
const SEED_ALMASRI = 'data/articles/almasri-affair-italy-file.txt';
const HTML_FIXTURE = 'tests/fixtures/ingest/page.html';

/** Every sentence is the trimmed text at its offsets, in order, numbered from 0. */
function expectValidSentences(a: Article): void {
  expect(a.sentences.length).toBeGreaterThan(0);
  let previousEnd = 0;
  a.sentences.forEach((s, i) => {
    expect(s.index).toBe(i);
    expect(a.text.slice(s.start, s.end)).toBe(s.text);
    expect(s.text).toBe(s.text.trim());
    expect(s.text.length).toBeGreaterThan(0);
    expect(s.start).toBeGreaterThanOrEqual(previousEnd);
    previousEnd = s.end;
  });
}

function sentenceWith(a: Article, needle: string): string {
  const found = a.sentences.filter((s) => s.text.includes(needle));
  expect(found, `one sentence containing ${JSON.stringify(needle)}`).toHaveLength(1);
  return found[0]!.text;
}

function paragraphs(a: Article): string[] {
  return a.text.split(/\n+/);
}

/** Runs `fn`, expecting an IngestError; returns it. */
async function ingestError(fn: () => unknown): Promise<IngestError> {
  try {
    await fn();
  } catch (err) {
    expect(err).toBeInstanceOf(IngestError);
    const e = err as IngestError;
    expect(e.message).not.toContain('\n');
    return e;
  }
  throw new Error('expected an IngestError');
}

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'briefbot-ingest-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('seed article: Piantedosi meets Haftar (scraped page)', () => {
  let a: Article;
  beforeAll(async () => {
    a = await loadArticleFile(SEED_PIANTEDOSI);
  });

  it('detects the repeated headline as the title, without the junk suffix', () => {
    expect(a.title).toBe('Italian Interior Minister Piantedosi Meets Haftar in Benghazi to Strengthen Security Ties');
    expect(a.path).toBe(SEED_PIANTEDOSI);
    expect(a.byline).toBeNull();
    expect(a.published).toBeNull();
    expect(a.url).toBeNull();
  });

  it('reads the trailing domain list as sources, deduplicated in order', () => {
    expect(a.sources).toEqual([
      'libyaupdate.com',
      'alwasat.ly',
      'agenzianova.com',
      'interno.gov.it',
      'aa.com.tr',
      'libyareview.com',
      'decode39.com',
    ]);
  });

  it('keeps no page chrome, headline or source list in the body', () => {
    for (const chrome of [
      'Connect with us',
      'what are you looking for',
      'aBREAKING',
      'You May Also Like',
      'Trending now',
      'Advertisement',
      'libyaupdate.com',
      'Security Ties',
    ]) {
      expect(a.text).not.toContain(chrome);
    }
    expect(paragraphs(a)).not.toContain('News');
    expect(paragraphs(a)).toHaveLength(6);
    expect(a.text.endsWith('a pivotal component of its broader Mediterranean policy.')).toBe(true);
  });

  it('keeps the dateline at the start of the body', () => {
    expect(a.text.startsWith('BENGHAZI, LIBYA – Italian Interior Minister Matteo Piantedosi met')).toBe(true);
    expect(a.sentences[0]!.text.startsWith('BENGHAZI, LIBYA – Italian Interior Minister')).toBe(true);
  });

  it('splits sentences with valid offsets and keeps quotes with their attribution', () => {
    expectValidSentences(a);
    expect(a.sentences).toHaveLength(14);
    expect(sentenceWith(a, 'We shared the need')).toMatch(/^“We shared the need .*collaboration,” Piantedosi stated following the meeting, .*development\.$/);
    expect(sentenceWith(a, 'parallel engagement')).toMatch(/^This dual-track itinerary .*Mediterranean region\.$/);
  });
});

describe('seed article: the Almasri affair (byline, no headline)', () => {
  let a: Article;
  beforeAll(async () => {
    a = await loadArticleFile(SEED_ALMASRI);
  });

  it('takes the byline out of the body and finds no title', () => {
    expect(a.byline).toBe('Giovanni Giacalone');
    expect(a.title).toBeNull();
    expect(a.sources).toEqual([]);
    expect(a.text).not.toContain('Giacalone');
    expect(a.sentences[0]!.text.startsWith('On January 19th, 2025, Libyan police chief')).toBe(true);
    expect(a.text.endsWith('regarding the Abedini/Sala case.')).toBe(true);
  });

  it('does not split inside parentheses or on "Sez."', () => {
    expect(sentenceWith(a, '(IV Sez. Penale)')).toMatch(/^On January 21st, three judges .*\(IV Sez\. Penale\) released Almasri .*government flight\.$/);
    expect(sentenceWith(a, 'Francesco Lo Voi')).toMatch(/^However, in response to it, lawyer Luigi Mele .*institutions\.$/);
  });

  it('keeps the multi-sentence Mieli quote in one sentence with its attribution', () => {
    const s = sentenceWith(a, 'The real mystery');
    expect(s.startsWith('Going back to the Almasri case, former Corriere della Sera chief editor')).toBe(true);
    expect(s).toContain('back to Libya. The issue lies with the secret services… Why in this circumstance');
    expect(s.endsWith('do what they normally do?”')).toBe(true);
  });

  it('still splits ordinary sentence ends', () => {
    expectValidSentences(a);
    expect(a.sentences.some((s) => s.text === 'Did the intelligence fail to see the mess coming and preventively intervene?')).toBe(true);
    expect(a.sentences.some((s) => s.text === 'The governments simply find themselves playing with the available cards.')).toBe(true);
  });

  it('reads a byline glued to a chrome word ("Advertisementby ...") the same way', async () => {
    const raw = await readFile(SEED_ALMASRI, 'utf8');
    const glued = parseArticle(`Advertisement${raw}`, { path: 'glued.txt' });
    expect(glued.byline).toBe('Giovanni Giacalone');
    expect(glued.title).toBeNull();
    expect(glued.text).toBe(a.text);
    expect(glued.hash).toBe(a.hash);
  });
});

describe('page debris removal generalises beyond the seeds', () => {
  const page = [
    'Share this article',
    'Subscribe to our newsletter',
    'We use cookies to give you the best experience on our website. By continuing to browse, you agree to our use of cookies.',
    'Politics',
    'Rebel Commander Freed After Secret Talks in Tripoli',
    'By Jane Doe, Reuters',
    'March 3, 2024',
    'TRIPOLI, Libya –',
    'A rebel commander held for two years was released on Monday after weeks of secret negotiations, officials said.',
    'Photo: Reuters',
    '“We did not pay anything.”',
    'The talks were mediated by Qatar and took place in a hotel near the airport, two people familiar with them said.',
    'Advertisement',
    'A precedent',
    'Read more',
    'Critics say the release sets a dangerous precedent for future kidnappings in the region.',
    'Rebel Commander Freed After Secret Talks in Tripoli',
    'Follow us on Twitter',
    'Sign up',
    'Related stories',
    '* Haftar Visits Rome Again',
    '* Migrant Boat Sinks Off the Coast of Crete',
    'Sources:',
    '* Reuters',
    '* Libya Observer',
    '* https://www.aljazeera.com/news/2024/3/3/rebel-freed',
    'Cookie settings: we and our partners use cookies to personalise ads for you.',
  ].join('\n');
  const a = parseArticle(page, { path: 'generic.txt' });

  it('finds title, byline, date and sources from the debris', () => {
    expect(a.title).toBe('Rebel Commander Freed After Secret Talks in Tripoli');
    expect(a.byline).toBe('Jane Doe, Reuters');
    expect(a.published).toBe('2024-03-03');
    expect(a.sources).toEqual(['Reuters', 'Libya Observer', 'aljazeera.com']);
  });

  it('keeps exactly the article paragraphs, including short real lines mid-article', () => {
    expect(paragraphs(a)).toEqual([
      'TRIPOLI, Libya – A rebel commander held for two years was released on Monday after weeks of secret negotiations, officials said.',
      '“We did not pay anything.”',
      'The talks were mediated by Qatar and took place in a hotel near the airport, two people familiar with them said.',
      'A precedent',
      'Critics say the release sets a dangerous precedent for future kidnappings in the region.',
    ]);
    expectValidSentences(a);
  });

  it('drops interface lines in the middle of an article but keeps one-line quotes and subheads', () => {
    const b = parseArticle(
      [
        'The minister arrived in Benghazi on Wednesday for talks with the army command, officials said.',
        'Share this article',
        '“Never again.”',
        'He refused.',
        'Photo: AFP/Getty Images',
        'What happened next',
        'Subscribe to our newsletter',
        'The delegation flew back to Rome the same evening, according to the ministry.',
      ].join('\n'),
    );
    expect(paragraphs(b)).toEqual([
      'The minister arrived in Benghazi on Wednesday for talks with the army command, officials said.',
      '“Never again.”',
      'He refused.',
      'What happened next',
      'The delegation flew back to Rome the same evening, according to the ministry.',
    ]);
  });

  it('treats a trailing list of tags (no domains) as debris, not sources', () => {
    const b = parseArticle(
      'Officials in Rome confirmed the payment on Tuesday, two days after the release was announced.\n\n* Libya\n* Italy\n* Migration\n',
    );
    expect(b.sources).toEqual([]);
    expect(b.text).toBe('Officials in Rome confirmed the payment on Tuesday, two days after the release was announced.');
  });

  it('takes a headline with a glued junk label and its repeats out of the body', () => {
    const b = parseArticle(
      [
        'Menu',
        'Search',
        'Turkey Brokers Release of Aid Worker in Somalia',
        'Turkey Brokers Release of Aid Worker in Somalia xEXCLUSIVE',
        'by Ahmed Ali',
        'MOGADISHU – An Italian aid worker held for eighteen months was freed after mediation by Turkish intelligence, officials said.',
        'The release was announced by the prime minister in a short statement on Saturday evening.',
        'Turkey Brokers Release of Aid Worker in Somalia',
      ].join('\n'),
    );
    expect(b.title).toBe('Turkey Brokers Release of Aid Worker in Somalia');
    expect(b.byline).toBe('Ahmed Ali');
    expect(paragraphs(b)).toHaveLength(2);
    expect(b.text).not.toContain('Turkey Brokers');
    expect(b.text).not.toContain('Menu');
  });

  it('takes the longest Title Case line before the body as the title when nothing repeats', () => {
    const b = parseArticle(
      'Home\nWorld News\nItaly Expels Libyan Police Chief After Court Ruling\nThe police chief was put on a government flight to Tripoli hours after the court ordered his release.\n',
    );
    expect(b.title).toBe('Italy Expels Libyan Police Chief After Court Ruling');
    expect(b.text).toBe('The police chief was put on a government flight to Tripoli hours after the court ordered his release.');
  });

  it('strips a glued junk label from a headline that is not repeated', () => {
    const b = parseArticle('World\nRebel Commander Freed in Tripoli aBREAKING\nThe commander was released on Monday after weeks of secret negotiations, officials said.');
    expect(b.title).toBe('Rebel Commander Freed in Tripoli');
  });

  it('keeps short sentences that open or close the article', () => {
    const b = parseArticle(
      [
        'Trending now',
        'The deal is done.',
        'Officials in Rome confirmed the payment on Tuesday, two days after the release was announced.',
        'He declined to comment.',
        'You May Also Like',
        'Thank you for reading!',
      ].join('\n'),
    );
    expect(paragraphs(b)).toEqual([
      'The deal is done.',
      'Officials in Rome confirmed the payment on Tuesday, two days after the release was announced.',
      'He declined to comment.',
    ]);
  });

  it('gives no title when the text starts with the body', () => {
    const b = parseArticle('The police chief was put on a government flight to Tripoli hours after the court ordered his release.');
    expect(b.title).toBeNull();
    expect(b.byline).toBeNull();
  });

  it('recognises byline shapes', () => {
    const body = '\nThe police chief was put on a government flight to Tripoli hours after the court ordered his release.';
    expect(parseArticle(`By Jane Doe${body}`).byline).toBe('Jane Doe');
    expect(parseArticle(`by Jane Doe, Reuters${body}`).byline).toBe('Jane Doe, Reuters');
    expect(parseArticle(`BY JOHN O'NEILL AND Mary van der Berg${body}`).byline).toBeNull();
    expect(parseArticle(`By John O'Neill and Mary van der Berg${body}`).byline).toBe("John O'Neill and Mary van der Berg");
    expect(parseArticle(`Sponsoredby Luca Bianchi${body}`).byline).toBe('Luca Bianchi');
    const withDate = parseArticle(`By Luca Bianchi | 5 February 2025${body}`);
    expect(withDate.byline).toBe('Luca Bianchi');
    expect(withDate.published).toBe('2025-02-05');
  });

  it('rejects text that is only page debris', async () => {
    const e = await ingestError(() =>
      parseArticle('Connect with us\nSubscribe to our newsletter\nTrending now\n* example.com\n', { path: 'debris.txt' }),
    );
    expect(e.message).toMatch(/^debris\.txt: empty article/);
  });
});

describe('front matter', () => {
  const body = 'Italian prosecutors opened an investigation into the release of a Libyan police chief on Tuesday.';

  it('gives title, url, published and byline, ignoring unknown keys', () => {
    const a = parseArticle(
      `---\ntitle: "Rome Opens Almasri Inquiry"\nurl: https://example.com/almasri\npublished: 2025-01-28\nauthor: Jane Doe\ntags: [libya, italy]\nweird:\n  nested: true\n---\n${body}\n`,
      { path: 'fm.md' },
    );
    expect(a).toMatchObject({
      title: 'Rome Opens Almasri Inquiry',
      url: 'https://example.com/almasri',
      published: '2025-01-28',
      byline: 'Jane Doe',
      text: body,
    });
  });

  it('normalises ISO datetimes to the calendar day as written, and author lists', () => {
    const a = parseArticle(`---\npublished: 2025-01-19T23:30:00+02:00\nauthor: [Jane Doe, John Roe]\n---\n${body}`);
    expect(a.published).toBe('2025-01-19');
    expect(a.byline).toBe('Jane Doe, John Roe');
    expect(parseArticle(`---\npublished: "January 21, 2025"\n---\n${body}`).published).toBe('2025-01-21');
  });

  it('accepts Date objects (YAML timestamps) and rejects non-dates', () => {
    expect(normalizeDate(new Date(Date.UTC(2025, 0, 19)))).toBe('2025-01-19');
    expect(normalizeDate('2025-02-30')).toBeNull();
    expect(normalizeDate('Wednesday')).toBeNull();
    expect(normalizeDate('2025-13')).toBeNull();
  });

  it('keeps a publication date of month or year precision at that precision', () => {
    expect(parseArticle(`---\npublished: 2023-06\n---\n${body}`).published).toBe('2023-06');
    expect(parseArticle(`---\npublished: 2023\n---\n${body}`).published).toBe('2023');
    expect(parseArticle(`---\npublished: "June 2023"\n---\n${body}`).published).toBe('2023-06');
    expect(normalizeDate('January 2025')).toBe('2025-01');
  });

  it('removes the front-matter title when the body repeats it', () => {
    const a = parseArticle(`---\ntitle: Rome Opens Almasri Inquiry\n---\nRome Opens Almasri Inquiry\n${body}`);
    expect(a.title).toBe('Rome Opens Almasri Inquiry');
    expect(a.text).toBe(body);
  });

  it('is optional and only recognised at the very start', () => {
    const a = parseArticle(`${body}\n---\ntitle: Not Front Matter\n---\n`);
    expect(a.title).toBeNull();
  });

  it('malformed YAML is an IngestError naming the file', async () => {
    const e = await ingestError(() => parseArticle(`---\ntitle: [unclosed\nurl: x\n---\n${body}`, { path: 'bad.md' }));
    expect(e.file).toBe('bad.md');
    expect(e.message).toMatch(/^bad\.md: malformed front matter/);
    const notMap = await ingestError(() => parseArticle(`---\n- a\n- b\n---\n${body}`, { path: 'list.md' }));
    expect(notMap.message).toMatch(/^list\.md: malformed front matter/);
    const badDate = await ingestError(() => parseArticle(`---\npublished: soon\n---\n${body}`, { path: 'd.md' }));
    expect(badDate.message).toMatch(/^d\.md: front matter: published is not a date/);
  });
});

describe('HTML', () => {
  let a: Article;
  beforeAll(async () => {
    a = await loadArticleFile(HTML_FIXTURE);
  });

  it('reads metadata from meta tags', () => {
    expect(a.title).toBe('Haftar Receives Italian Delegation in Benghazi');
    expect(a.byline).toBe('Maria Rossi');
    expect(a.published).toBe('2025-07-09');
    expect(a.url).toBe('https://gazette.example.com/2025/07/haftar-italian-delegation');
  });

  it('converts blocks to paragraphs and drops scripts, navigation, asides, forms, URLs and image alts', () => {
    expect(paragraphs(a)).toEqual([
      'BENGHAZI, Libya – Field Marshal Khalifa Haftar received an Italian delegation led by the interior minister on Wednesday, according to a statement published by the army’s General Command.',
      'The talks covered migration, border security & intelligence sharing, the statement said.',
      '“We shared the need to continue strengthening our collaboration,” the minister said after the meeting.',
      'Officials in Tripoli did not comment on the visit, which came a week after talks with the rival government.',
    ]);
    for (const junk of ['SCRIPT', 'STYLE', 'ASIDE', 'FORM', 'FOOTER', 'ALT', 'http', 'Politics', 'Log in', 'Photo: Reuters']) {
      expect(a.text).not.toContain(junk);
    }
    expectValidSentences(a);
  });

  it('falls back to <h1>, <time datetime>, canonical link and <title> without its site name', () => {
    const page = `<html><head><title>Talks Collapse in Geneva - Daily Planet</title>
      <link rel="canonical" href="https://planet.example/talks">
      <meta property="article:author" content="https://facebook.com/someone"></head>
      <body><h1>Talks Collapse in Geneva</h1><p>Posted <time datetime="2024-11-05T10:00:00Z">yesterday</time></p>
      <p>The United Nations-backed talks in Geneva collapsed on Tuesday after the delegations walked out.</p></body></html>`;
    const b = parseArticle(page, { format: 'html' });
    expect(b).toMatchObject({ title: 'Talks Collapse in Geneva', published: '2024-11-05', url: 'https://planet.example/talks', byline: null });
    expect(b.text).toBe('The United Nations-backed talks in Geneva collapsed on Tuesday after the delegations walked out.');
    const noH1 = parseArticle(page.replace(/<h1>.*<\/h1>/, ''), { format: 'html' });
    expect(noH1.title).toBe('Talks Collapse in Geneva');
  });

  it('is detected from the content when no format or path is given', () => {
    const b = parseArticle('<!doctype html><html><body><p>The United Nations-backed talks in Geneva collapsed on Tuesday after the delegations walked out.</p></body></html>');
    expect(b.text).toBe('The United Nations-backed talks in Geneva collapsed on Tuesday after the delegations walked out.');
  });
});

describe('Markdown', () => {
  const md = [
    '# Rome Pays for Release of Aid Worker',
    '',
    '![Silvia Romano at Ciampino](https://example.com/romano.jpg)',
    '',
    'Italy **reportedly** paid a _large_ sum for the release of an aid worker, [according to Dagospia](https://dagospia.example/x)',
    'and other Italian news sites.',
    '',
    '## The Turkish role',
    '',
    '- Turkish intelligence mediated the release in Somalia.',
    '* The worker landed at Ciampino on a government jet.',
    '1. A photo showed her in a vest with a Turkish logo.',
    '',
    '> “We are grateful to our Turkish friends,” the minister said.',
  ].join('\n');
  const a = parseArticle(md, { path: 'romano.md' });

  it('takes a leading # heading as the title and strips markup', () => {
    expect(a.title).toBe('Rome Pays for Release of Aid Worker');
    expect(paragraphs(a)).toEqual([
      'Italy reportedly paid a large sum for the release of an aid worker, according to Dagospia and other Italian news sites.',
      'The Turkish role',
      'Turkish intelligence mediated the release in Somalia.',
      'The worker landed at Ciampino on a government jet.',
      'A photo showed her in a vest with a Turkish logo.',
      '“We are grateful to our Turkish friends,” the minister said.',
    ]);
    expect(a.text).not.toMatch(/[#*_[\]()!>]|https?:/);
    expectValidSentences(a);
  });

  it('a pasted article with one paragraph a line and no blank lines keeps its headline, byline and lead apart', () => {
    const pasted = parseArticle(
      [
        'Harbour board approves second ferry terminal',
        'By Ines Varga',
        'PORTVALE (Coast Wire) – The harbour board approved a second ferry terminal on Monday after a two-hour debate.',
        'Construction is to begin in the spring.',
      ].join('\n'),
      { path: 'pasted.md' },
    );
    const paras = paragraphs(pasted);
    expect(paras.some((p) => /terminal By Ines/.test(p)), JSON.stringify(paras)).toBe(false);
    expect(paras).toContain('Construction is to begin in the spring.');
  });

  it('a paragraph hard-wrapped at a width is still one paragraph', () => {
    const wrapped = parseArticle(
      [
        'The harbour board approved a second ferry terminal on Monday after a long debate in',
        'which members of the public asked whether the town could afford the cost of the',
        'Terminal Two project and the road works that the engineers said it would need.',
        'Construction is to begin in the spring, the board chairman said at a briefing after',
        'the vote, and the first ferries could dock there within three years of the start.',
      ].join('\n'),
      { path: 'wrapped.md' },
    );
    expect(paragraphs(wrapped).length, JSON.stringify(paragraphs(wrapped))).toBeLessThanOrEqual(2);
    expect(paragraphs(wrapped).join(' ')).toMatch(/cost of the Terminal Two project/);
  });

  it('picks the format from .markdown too', async () => {
    const path = join(tmp, 'romano.markdown');
    await writeFile(path, md);
    expect((await loadArticleFile(path)).text).toBe(a.text);
  });
});

describe('file errors', () => {
  it('empty and whitespace-only files', async () => {
    const empty = join(tmp, 'empty.txt');
    await writeFile(empty, '');
    expect((await ingestError(() => loadArticleFile(empty))).message).toBe(`${empty}: empty article`);
    const blank = join(tmp, 'blank.md');
    await writeFile(blank, ' \r\n\t\u00A0\n\n  ');
    expect((await ingestError(() => loadArticleFile(blank))).message).toBe(`${blank}: empty article`);
  });

  it('binary content: NUL bytes, or mostly invalid UTF-8 / control characters', async () => {
    const nul = join(tmp, 'nul.txt');
    await writeFile(nul, Buffer.from('Some text\u0000\u0000 more text that looks fine otherwise.', 'utf8'));
    expect((await ingestError(() => loadArticleFile(nul))).message).toBe(`${nul}: not a text file (binary content)`);
    const noise = join(tmp, 'noise.txt');
    const bytes = Buffer.alloc(4096);
    let x = 12345;
    for (let i = 0; i < bytes.length; i++) {
      x = (x * 1103515245 + 12345) % 2147483648;
      bytes[i] = 1 + (x % 255); // no NUL at all
    }
    await writeFile(noise, bytes);
    expect((await ingestError(() => loadArticleFile(noise))).message).toBe(`${noise}: not a text file (binary content)`);
    expect((await ingestError(() => parseArticle('abc\u0001\u0002\u0003\u0004 def', { path: 'ctl.txt' }))).message).toBe(
      'ctl.txt: not a text file (binary content)',
    );
  });

  it('too large, checked from the size before reading the content', async () => {
    const big = join(tmp, 'big.txt');
    await writeFile(big, '');
    // A sparse file of NUL bytes: reading it would report binary content instead.
    await truncate(big, 12_900_000);
    expect((await ingestError(() => loadArticleFile(big))).message).toBe(`${big}: too large (12.3 MB, limit 2 MB)`);
    expect(MAX_ARTICLE_BYTES).toBe(2 * 1024 * 1024);
    const e = await ingestError(() => parseArticle('a'.repeat(MAX_ARTICLE_BYTES + 1), { path: 'huge.txt' }));
    expect(e.message).toBe(`huge.txt: too large (${MAX_ARTICLE_BYTES + 1} bytes, limit 2 MB)`);
  });

  it('missing files and unsupported types', async () => {
    const missing = join(tmp, 'missing.txt');
    const e = await ingestError(() => loadArticleFile(missing));
    expect(e.message).toBe(`${missing}: cannot read (ENOENT)`);
    expect(e.file).toBe(missing);
    const pdf = join(tmp, 'report.pdf');
    await writeFile(pdf, '%PDF-1.4');
    expect((await ingestError(() => loadArticleFile(pdf))).message).toBe(`${pdf}: unsupported file type .pdf`);
  });

  it('decodes a UTF-8 BOM, Windows newlines and legacy Windows-1252 text', async () => {
    const base = 'Officials in Rome confirmed the payment on Tuesday, two days after the release.';
    const bom = join(tmp, 'bom.txt');
    await writeFile(bom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${base}\r\nSecond paragraph of the article follows here, as usual.\r\n`)]));
    const withBom = await loadArticleFile(bom);
    expect(withBom.text).toBe(`${base}\n\nSecond paragraph of the article follows here, as usual.`);
    const legacy = join(tmp, 'legacy.txt');
    // “Perché” in Windows-1252: 0x93 ... 0xE9 ... 0x94
    await writeFile(legacy, Buffer.concat([Buffer.from([0x93]), Buffer.from('Perch'), Buffer.from([0xe9]), Buffer.from(' no?'), Buffer.from([0x94]), Buffer.from(', the minister asked the judges of the appeal court on Monday.')]));
    expect((await loadArticleFile(legacy)).text).toBe('“Perché no?”, the minister asked the judges of the appeal court on Monday.');
  });
});

describe('collectArticleFiles', () => {
  it('expands folders recursively, sorted, skipping hidden and unsupported files', async () => {
    const root = join(tmp, 'corpus');
    await mkdir(join(root, 'b-sub', 'deeper'), { recursive: true });
    await mkdir(join(root, '.git'), { recursive: true });
    await mkdir(join(root, '.hidden-dir'), { recursive: true });
    for (const f of ['z.txt', 'a.md', 'b-sub/c.html', 'b-sub/deeper/d.htm', 'b-sub/notes.pdf', '.hidden.txt', '.git/x.txt', '.hidden-dir/y.md', 'README', 'M.MARKDOWN']) {
      await writeFile(join(root, f), 'x');
    }
    const named = join(tmp, 'named.txt');
    await writeFile(named, 'x');
    const { files, errors } = await collectArticleFiles([root, named, join(tmp, 'nope.txt'), join(tmp, 'report.pdf'), join(root, 'a.md')]);
    expect(files).toEqual([
      join(root, 'M.MARKDOWN'),
      join(root, 'a.md'),
      join(root, 'b-sub', 'c.html'),
      join(root, 'b-sub', 'deeper', 'd.htm'),
      join(root, 'z.txt'),
      named,
    ]);
    expect(errors.map((e) => e.message)).toEqual([
      `${join(tmp, 'nope.txt')}: cannot read (ENOENT)`,
      `${join(tmp, 'report.pdf')}: unsupported file type .pdf`,
    ]);
    expect(errors.every((e) => e instanceof IngestError)).toBe(true);
  });

  it('finds the bundled seed articles', async () => {
    const { files, errors } = await collectArticleFiles(['data/articles']);
    expect(errors).toEqual([]);
    expect(files).toEqual([join('data/articles', 'almasri-affair-italy-file.txt'), join('data/articles', 'piantedosi-meets-haftar-benghazi.txt')]);
  });
});

describe('hash and whitespace', () => {
  const text = 'Officials in Rome confirmed the payment on Tuesday, two days after the release was announced.\n\nThe opposition demanded an inquiry into the deal.';

  it('is sha256 of title + text with whitespace collapsed, stable across whitespace changes', () => {
    const a = parseArticle(text);
    expect(a.hash).toBe(createHash('sha256').update(`\n${a.text}`.replace(/\s+/g, ' ').trim()).digest('hex'));
    const messy = parseArticle(`\r\n  ${text.replace(/ /g, '  ').replace('Rome', 'Rome\u00A0').replace(/\n/g, '\r\n')}   \r\n\r\n\t`);
    expect(messy.text).toBe(a.text);
    expect(messy.hash).toBe(a.hash);
    const titled = parseArticle(`---\ntitle: Rome Pays\n---\n${text}`);
    expect(titled.hash).not.toBe(a.hash);
    expect(titled.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('normalises spaces and newlines but keeps curly quotes and dashes', () => {
    const a = parseArticle('The minister\u00A0said “no deal” – twice\u200B — and left\u2019s the room, according to officials.\r\n');
    expect(a.text).toBe('The minister said “no deal” – twice — and left’s the room, according to officials.');
  });
});

describe('sentence splitting', () => {
  const texts = (t: string): string[] => splitSentences(t).map((s) => s.text);

  it('does not split on abbreviations, initials or decimals', () => {
    expect(
      texts('Mr. Rossi met Dr. Bianchi and Gen. Haftar in St. Petersburg. The U.S. and the U.N. agreed on Jan. 21 and Sept. 3. Prof. J. R. Smith put it at 2.5 million. Art. 3 and No. 5 apply.'),
    ).toEqual([
      'Mr. Rossi met Dr. Bianchi and Gen. Haftar in St. Petersburg.',
      'The U.S. and the U.N. agreed on Jan. 21 and Sept. 3.',
      'Prof. J. R. Smith put it at 2.5 million.',
      'Art. 3 and No. 5 apply.',
    ]);
  });

  it('does not split after an abbreviation that ends a hyphenated name ("Minneapolis-St. Paul")', () => {
    expect(texts('The nurses struck at five hospitals in the Minneapolis-St. Paul area. Talks resume Monday.')).toEqual([
      'The nurses struck at five hospitals in the Minneapolis-St. Paul area.',
      'Talks resume Monday.',
    ]);
  });

  it('still ends a sentence after an acronym when a new sentence plainly starts', () => {
    expect(texts('He moved to the U.S. He never came back.')).toEqual(['He moved to the U.S.', 'He never came back.']);
  });

  it('does not split inside parentheses', () => {
    expect(texts('The court (IV Sez. Penale. See the ruling.) released him. He flew home.')).toEqual([
      'The court (IV Sez. Penale. See the ruling.) released him.',
      'He flew home.',
    ]);
  });

  it('keeps a multi-sentence quote whole, with its attribution before or after', () => {
    expect(texts('She said: “We will win. We will prevail.” Then she left.')).toEqual([
      'She said: “We will win. We will prevail.”',
      'Then she left.',
    ]);
    expect(texts('“It is over. Go home.” Haftar said on Monday. The crowd left.')).toEqual([
      '“It is over. Go home.” Haftar said on Monday.',
      'The crowd left.',
    ]);
    expect(texts('He said "It is done. We are leaving." The next day they left.')).toEqual([
      'He said "It is done. We are leaving."',
      'The next day they left.',
    ]);
    expect(texts('“Never again,” he said. The end.')).toEqual(['“Never again,” he said.', 'The end.']);
  });

  it('does not protect a quote that does not close within ~600 characters', () => {
    const long = `He said: “${'This is a long sentence of the quoted speech. '.repeat(15)}`;
    expect(splitSentences(long).length).toBeGreaterThan(10);
  });

  it('ends a sentence at every paragraph break and returns offsets into the text', () => {
    const t = 'A heading without a full stop\n\nFirst sentence here. Second one!\nThird line? Yes.';
    const s = splitSentences(t);
    expect(s.map((x) => x.text)).toEqual(['A heading without a full stop', 'First sentence here.', 'Second one!', 'Third line?', 'Yes.']);
    for (const x of s) expect(t.slice(x.start, x.end)).toBe(x.text);
    expect(s.map((x) => x.index)).toEqual([0, 1, 2, 3, 4]);
    expect(s[1]!.start).toBe(t.indexOf('First'));
  });

  it('splits after ?, ! and ellipses followed by a capital', () => {
    expect(texts('Was it paid? Nobody knows! Wait… Then silence.')).toEqual(['Was it paid?', 'Nobody knows!', 'Wait…', 'Then silence.']);
  });
});

describe('credit lines and bylines', () => {
  it('reads every name and role of a wire credit line, with the line itself', async () => {
    const { creditsOfLine } = await import('../src/ingest/credits.ts');
    const line = 'Additional reporting by Ana Ruiz in Madrid and Ole Berg; Writing by Tom Hale; Editing by Kim Lee. Copyright 2024 Example News.';
    expect(creditsOfLine(line)?.map((c) => [c.name, c.role])).toEqual([
      ['Ana Ruiz', 'reporter'],
      ['Ole Berg', 'reporter'],
      ['Tom Hale', 'writer'],
      ['Kim Lee', 'editor'],
    ]);
    expect(creditsOfLine('(Reporting by Ana Ruiz; Editing by Kim Lee)')?.map((c) => c.name)).toEqual(['Ana Ruiz', 'Kim Lee']);
    expect(creditsOfLine(line)![0]!.line).toBe(line);
  });

  it('is not fooled by prose that mentions reporting', async () => {
    const { creditsOfLine } = await import('../src/ingest/credits.ts');
    expect(creditsOfLine('Reporting by local media suggested the port had closed.')).toBeNull();
    expect(creditsOfLine('The minister said reporting by journalists was welcome.')).toBeNull();
  });

  it('takes credit lines out of the story text and keeps them with the article', () => {
    const a = parseArticle('The port reopened on Monday after a week-long strike by dock workers.\n\n(Reporting by Ana Ruiz; Editing by Kim Lee)\n', { path: 'p.txt' });
    expect(a.text).not.toMatch(/Reporting by/);
    expect(a.credits?.map((c) => [c.name, c.role])).toEqual([
      ['Ana Ruiz', 'reporter'],
      ['Kim Lee', 'editor'],
    ]);
  });

  it('a bracketed credit run on to the last paragraph is taken out too ("... 8 percent. (Reporting By X; Editing by Y)")', () => {
    const a = parseArticle('The port reopened on Monday after a week-long strike by dock workers.\nDock workers will get a raise of around 8 percent. (Reporting By Ana Ruiz; Editing by Kim Lee)\n', { path: 'p.txt' });
    expect(a.text).not.toMatch(/Reporting/);
    expect(a.text).toMatch(/around 8 percent\.$/);
    expect(a.credits?.map((c) => [c.name, c.role])).toEqual([
      ['Ana Ruiz', 'reporter'],
      ['Kim Lee', 'editor'],
    ]);
    // (a bracket that only mentions reporting stays in the story)
    const b = parseArticle('The port reopened on Monday after a week-long strike by dock workers. (Reporting of the strike was banned.)\n', { path: 'q.txt' });
    expect(b.text).toMatch(/Reporting of the strike was banned/);
  });

  it('a byline of two names is two authors', () => {
    const a = parseArticle(`---\nauthor: Ana Ruiz and Ole Berg\n---\n${'The port reopened on Monday after a week-long strike by dock workers.'}`, { path: 'p.md', format: 'md' });
    expect(a.credits?.map((c) => [c.name, c.role])).toEqual([
      ['Ana Ruiz', 'author'],
      ['Ole Berg', 'author'],
    ]);
  });
});

describe('captions and cut-off excerpts', () => {
  it('a caption keeps its sentence when its photo credit is dropped', () => {
    const a = parseArticle(
      [
        'Two divers reached the wreck on Tuesday after a week of storms, the harbour office said.',
        'Divers Mara Quint and Tobias Wren prepare their gear on the pier at Skerrick harbour. © Harbour Photos',
        'The ferry sank in shallow water and nobody was hurt, according to the coastguard.',
      ].join('\n\n'),
      { path: 'caption.txt' },
    );
    expect(paragraphs(a)).toContain('Divers Mara Quint and Tobias Wren prepare their gear on the pier at Skerrick harbour.');
    expect(a.text).not.toContain('©');
  });

  it('a caption’s “Photo by X/Agency” is a photographer’s credit, not a name in the story', () => {
    const a = parseArticle(
      [
        'Rescue boats reached the flooded town on Monday after two days of rain, officials said.',
        'A man pulls a boat of neighbours to dry land as they leave their homes. Photo by Lina Morrow/AP',
        'About 300 people spent the night in shelters, the county said in a statement.',
      ].join('\n\n'),
      { path: 'caption-credit.txt' },
    );
    expect(a.credits).toEqual([expect.objectContaining({ name: 'Lina Morrow', role: 'photographer' })]);
    expect(a.text).not.toContain('Lina Morrow');
    expect(paragraphs(a)).toContain('A man pulls a boat of neighbours to dry land as they leave their homes.');
  });

  it('an excerpt cut mid-sentence keeps its last lines, with the short lines before them', () => {
    const a = parseArticle(
      [
        'Voters in three towns chose their councils on Tuesday, and two of them will hold a second round next month.',
        'Greywater goes to a runoff',
        'Hana Ost: 44 percent',
        'Piet Lammers: 39 percent',
        'The seat was open because the councillor moved aw',
      ].join('\n\n'),
      { path: 'cut.txt' },
    );
    expect(paragraphs(a)).toEqual(expect.arrayContaining(['Hana Ost: 44 percent', 'Piet Lammers: 39 percent']));
    expect(a.text).toContain('because the councillor moved aw');
  });

  it('a cut last sentence full of names and titles still counts, by its verb and small words', () => {
    const a = parseArticle(
      [
        'The prime minister announced a cabinet reshuffle on Tuesday, moving six ministers to new posts in the second year of his government.',
        'Defence Minister Ravi Nair will take over the Foreign Minister’s post from Datuk Seri Amin Osm',
      ].join('\n\n'),
      { path: 'cut-names.txt' },
    );
    expect(a.text).toContain('will take over the Foreign Minister’s post');
  });

  it('a sidebar of headlines after the story stays out', () => {
    const lines = ['Voters in three towns chose their councils on Tuesday, and two of them will hold a second round next month.'];
    for (let i = 0; i < 8; i++) lines.push('01:0' + i, `Flood warning issued for the river valley as rain continues in the north ${i}`);
    const a = parseArticle(lines.join('\n\n'), { path: 'sidebar.txt' });
    expect(a.text).not.toContain('Flood warning');
  });
});
