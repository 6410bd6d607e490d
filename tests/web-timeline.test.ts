// The actor page's SVG timeline (src/web/timeline-svg.ts): pure, so tested on made-up items.
import { describe, expect, it } from 'vitest';
import { chooseTicks, compactDate, dayNumber, timeline, type TimelineItem } from '../src/web/timeline-svg.ts';

let ids = 0;
function item(start: string | null, end: string | null = start, label = `event ${ids + 1}`): TimelineItem {
  const id = ++ids;
  return { id, start, end, label, when: start ?? 'undated', href: `/articles/1?s=${id}#s${id}` };
}

const marks = (svg: string) => [...svg.matchAll(/<a class="mark" href="[^"]*" tabindex="-1" data-id="(\d+)">/g)].map((m) => Number(m[1]));
const circleXs = (svg: string) => [...svg.matchAll(/<circle cx="([\d.]+)"/g)].map((m) => Number(m[1]));
const tickLabels = (svg: string) => [...svg.matchAll(/<text class="tick-label"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

describe('timeline', () => {
  it('draws one mark per dated event, in date order whatever the input order, each linking to its source', () => {
    const items = [item('2025-01-21'), item('2024-03-01', '2024-03-31'), item('2025-01-19'), item('2023-01-01', '2023-12-31')];
    const t = timeline(items, { title: 'Timeline of Najeem Almasri' });
    const svg = t.svg!.toString();
    expect(marks(svg)).toEqual([items[3]!.id, items[1]!.id, items[2]!.id, items[0]!.id]);
    expect(t.dated.map((i) => i.start)).toEqual(['2023-01-01', '2024-03-01', '2025-01-19', '2025-01-21']);
    // left to right by date
    const xs = circleXs(svg);
    expect(xs).toHaveLength(4);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    for (const i of items) expect(svg).toContain(`href="${i.href}"`);
    // a range (a month, a year) is drawn as a bar as well as a mark
    expect(svg.match(/<rect class="range"/g)).toHaveLength(2);
  });

  it('lists undated events apart and leaves them off the drawing', () => {
    const items = [item('2025-01-19'), item(null, null, 'dismissed from the port police'), item('2024-06-02'), item(null, null, 'later released')];
    const t = timeline(items, { title: 'T' });
    expect(t.undated.map((i) => i.label)).toEqual(['dismissed from the port police', 'later released']);
    expect(t.dated).toHaveLength(2);
    const svg = t.svg!.toString();
    expect(marks(svg)).toHaveLength(2);
    expect(svg).not.toContain('dismissed');
    expect(svg).not.toContain('later released');
  });

  it('has no drawing when nothing is dated', () => {
    const t = timeline([item(null), item(null)], { title: 'T' });
    expect(t.svg).toBeNull();
    expect(t.undated).toHaveLength(2);
  });

  it('is an accessible image: role img, labelled by its title and description', () => {
    const svg = timeline([item('2025-01-19'), item('2025-03-02')], { title: 'Timeline of Carla Ventresca' }).svg!.toString();
    expect(svg).toMatch(/^<svg class="timeline" role="img" aria-labelledby="timeline-title timeline-desc"/);
    expect(svg).toContain('<title id="timeline-title">Timeline of Carla Ventresca</title>');
    expect(svg).toMatch(/<desc id="timeline-desc">2 dated events from 19 Jan 2025 to 2 Mar 2025\./);
    // the marks' links are for the mouse; keyboards use the list the page prints with the drawing
    expect(svg.match(/tabindex="-1"/g)).toHaveLength(2);
  });

  it('escapes labels and titles', () => {
    const hostile = item('2025-01-19', '2025-01-19', '<script>alert("x")</script> & \'quotes\'');
    const svg = timeline([hostile], { title: 'Timeline of <b>Mallory</b>' }).svg!.toString();
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;');
    expect(svg).toContain('Timeline of &lt;b&gt;Mallory&lt;/b&gt;');
  });

  it('centres a single date in a span of a few weeks, with day ticks', () => {
    const t = timeline([item('2025-01-19')], { title: 'T', width: 800 });
    expect(t.marks).toHaveLength(1);
    expect(t.marks[0]!.x).toBeCloseTo(400, -1);
    expect(t.ticks.length).toBeGreaterThanOrEqual(2);
    expect(t.ticks.length).toBeLessThanOrEqual(8);
    expect(t.ticks.every((x) => /^\d{1,2} Jan( 2025)?$/.test(x.label))).toBe(true);
    expect(t.svg!.toString()).toContain('<desc id="timeline-desc">One dated event, 2025-01-19: event');
  });

  it('chooses month ticks for a span of months and year ticks for a span of years', () => {
    const months = timeline([item('2024-03-01'), item('2024-11-20')], { title: 'T' });
    expect(tickLabels(months.svg!.toString())[0]).toMatch(/^[A-Z][a-z]{2} 2024$/);
    expect(months.ticks.every((t) => /^[A-Z][a-z]{2}( \d{4})?$/.test(t.label))).toBe(true);

    const years = timeline([item('1999-05-01'), item('2011-02-17'), item('2025-01-19')], { title: 'T' });
    const labels = years.ticks.map((t) => t.label);
    expect(labels.every((l) => /^\d{4}$/.test(l))).toBe(true);
    expect(labels.length).toBeGreaterThanOrEqual(3);
    expect(labels.length).toBeLessThanOrEqual(8);
    // evenly stepped: 2000, 2005, 2010 ...
    const steps = new Set(labels.slice(1).map((l, i) => Number(l) - Number(labels[i])));
    expect(steps.size).toBe(1);
    // ticks lie inside the drawing, in order
    const xs = years.ticks.map((t) => t.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(24);
    expect(Math.max(...xs)).toBeLessThanOrEqual(860 - 24);
  });

  it('keeps many events on one drawing, labels never overlapping in a lane', () => {
    const many = Array.from({ length: 40 }, (_, i) => item(`20${10 + Math.floor(i / 4)}-0${1 + (i % 4) * 2}-15`, null, `A fairly long event summary number ${i}`));
    const t = timeline(many, { title: 'T' });
    expect(t.marks).toHaveLength(40);
    const placed = t.marks.filter((m) => m.lane !== null);
    expect(placed.length).toBeGreaterThan(3);
    const byLane = new Map<number, [number, number][]>();
    for (const m of placed) {
      const w = 44 * 6.6;
      const span: [number, number] = m.anchor === 'start' ? [m.labelX, m.labelX + w] : [m.labelX - w, m.labelX];
      const lane = byLane.get(m.lane!) ?? [];
      for (const o of lane) expect(span[0] >= o[1] || span[1] <= o[0]).toBe(true);
      lane.push(span);
      byLane.set(m.lane!, lane);
    }
    // every mark keeps its full text in a <title>, labelled or not
    expect(t.svg!.toString().match(/<title>/g)).toHaveLength(40);
  });
});

describe('dates', () => {
  it('reads YYYY-MM-DD as a day number and refuses anything else', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2025-01')).toBeNull();
    expect(dayNumber('soon')).toBeNull();
  });

  it('writes a day, a whole month, a whole year and a range briefly', () => {
    expect(compactDate('2025-01-19', '2025-01-19')).toBe('19 Jan 2025');
    expect(compactDate('2024-03-01', '2024-03-31')).toBe('Mar 2024');
    expect(compactDate('2023-01-01', '2023-12-31')).toBe('2023');
    expect(compactDate('2024-11-20', '2025-01-10')).toBe('20 Nov 2024 – 10 Jan 2025');
  });

  it('never gives more ticks than asked for', () => {
    for (const [a, b] of [
      ['2025-01-01', '2025-01-03'],
      ['2020-01-01', '2025-01-01'],
      ['1900-01-01', '2025-01-01'],
      ['2025-01-01', '2025-04-01'],
    ] as const) {
      const t = chooseTicks(dayNumber(a)!, dayNumber(b)!, 8);
      expect(t.days.length).toBeGreaterThanOrEqual(1);
      expect(t.days.length).toBeLessThanOrEqual(8);
    }
  });
});
