// The actor page's timeline: dated events as marks on a time axis, drawn on the server as SVG.
// Pure: items in, markup out. Ticks are years, months or days as the span needs; labels take
// the first of a few lanes above the axis where they overlap neither another label nor another
// mark's leader line, and a label that fits nowhere is left to the mark's <title> and the list
// the page prints beside the drawing. Undated items are handed back to be listed apart.
import { h, type Html } from './html.ts';

export interface TimelineItem {
  id: number;
  /** First day, YYYY-MM-DD; null: undated. */
  start: string | null;
  /** Last day (inclusive), YYYY-MM-DD, or null for a single day. */
  end: string | null;
  /** What happened, as one line. */
  label: string;
  /** The date in words ("19 January 2025", "undated"). */
  when: string;
  /** Where the fact comes from (the sentence in its article). */
  href: string;
}

export interface Tick {
  x: number;
  label: string;
}

export interface Mark {
  item: TimelineItem;
  x: number;
  /** Range drawn as a bar from x0 to x1 (equal for a day). */
  x0: number;
  x1: number;
  /** Label lane above the axis, or null when the label did not fit and only the <title> names it. */
  lane: number | null;
  /** The label drawn: the date and what happened, or the date alone where room is short. */
  label: string;
  /** Where the label starts (anchor start, right of the mark) or ends (anchor end, left of it). */
  labelX: number;
  anchor: 'start' | 'end';
}

export interface Timeline {
  /** Null when no item has a date. */
  svg: Html | null;
  /** Dated items in date order: the marks' order. */
  dated: TimelineItem[];
  undated: TimelineItem[];
  marks: Mark[];
  ticks: Tick[];
}

export interface TimelineOptions {
  /** Names the drawing (SVG <title>): "Timeline of Najeem Almasri". */
  title: string;
  width?: number;
  /** Prefix for element ids, when a page holds several drawings. */
  idPrefix?: string;
}

const DAY = 86_400_000;
const MARGIN = 24;
const LANES = 6;
const LANE_HEIGHT = 18;
const CHAR_WIDTH = 6.6;
const LABEL_CHARS = 44;
const MAX_TICKS = 8;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const YMD = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 (UTC), or null for text that is not a date. */
export function dayNumber(ymd: string): number | null {
  const m = YMD.exec(ymd);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(t) ? null : Math.round(t / DAY);
}

const dateOf = (day: number) => new Date(day * DAY);

/** A short date for a label: "19 Jan 2025" for a day, "Mar 2024" for a whole month, "2023" for a whole year. */
export function compactDate(start: string, end: string | null): string {
  const s = dayNumber(start)!;
  const e = end ? (dayNumber(end) ?? s) : s;
  const a = dateOf(s);
  const b = dateOf(e);
  const [y, mo, d] = [a.getUTCFullYear(), a.getUTCMonth(), a.getUTCDate()];
  if (s === e) return `${d} ${MONTHS[mo]} ${y}`;
  const lastOfMonth = dateOf(e + 1).getUTCDate() === 1;
  if (d === 1 && lastOfMonth && b.getUTCFullYear() === y) {
    if (b.getUTCMonth() === mo) return `${MONTHS[mo]} ${y}`;
    if (mo === 0 && b.getUTCMonth() === 11) return `${y}`;
  }
  const bd = `${b.getUTCDate()} ${MONTHS[b.getUTCMonth()]} ${b.getUTCFullYear()}`;
  return `${d} ${MONTHS[mo]}${b.getUTCFullYear() === y ? '' : ` ${y}`} – ${bd}`;
}

type Step = { unit: 'day' | 'month' | 'year'; n: number };
const STEPS: Step[] = [
  ...[1, 2, 7, 14].map((n) => ({ unit: 'day' as const, n })),
  ...[1, 2, 3, 6].map((n) => ({ unit: 'month' as const, n })),
  ...[1, 2, 5, 10, 25, 50, 100, 250, 500, 1000].map((n) => ({ unit: 'year' as const, n })),
];

/** The days from `lo` up to `hi` (exclusive) that a step puts a tick on. */
function tickDays(lo: number, hi: number, step: Step, limit: number): number[] | null {
  const out: number[] = [];
  const first = dateOf(lo);
  if (step.unit === 'year') {
    for (let y = Math.floor(first.getUTCFullYear() / step.n) * step.n; ; y += step.n) {
      const d = Math.round(Date.UTC(y, 0, 1) / DAY);
      if (d >= hi) break;
      if (d >= lo) out.push(d);
      if (out.length > limit) return null;
    }
  } else if (step.unit === 'month') {
    let y = first.getUTCFullYear();
    let m = first.getUTCMonth();
    for (; ; m++) {
      if (m === 12) [y, m] = [y + 1, 0];
      const d = Math.round(Date.UTC(y, m, 1) / DAY);
      if (d >= hi) break;
      if (d >= lo && m % step.n === 0) out.push(d);
      if (out.length > limit) return null;
    }
  } else {
    // weeks and fortnights on fixed days of the month, so the ticks read as dates
    const days = step.n === 7 ? [1, 8, 15, 22] : step.n === 14 ? [1, 15] : null;
    for (let d = lo; d < hi; d++) {
      const date = dateOf(d).getUTCDate();
      if (days ? days.includes(date) : (d - lo) % step.n === 0) out.push(d);
      if (out.length > limit) return null;
    }
  }
  return out;
}

/** Ticks for a span of days: the finest step that gives at most `limit` of them. */
export function chooseTicks(lo: number, hi: number, limit = MAX_TICKS): { step: Step; days: number[] } {
  for (const step of STEPS) {
    const days = tickDays(lo, hi, step, limit);
    if (days && days.length >= 1) return { step, days };
  }
  return { step: STEPS[STEPS.length - 1]!, days: [] };
}

function tickLabel(day: number, step: Step, first: boolean): string {
  const d = dateOf(day);
  const [y, m] = [d.getUTCFullYear(), d.getUTCMonth()];
  if (step.unit === 'year') return String(y);
  if (step.unit === 'month') return m === 0 || first ? `${MONTHS[m]} ${y}` : MONTHS[m]!;
  return `${d.getUTCDate()} ${MONTHS[m]}${first || (m === 0 && d.getUTCDate() === 1) ? ` ${y}` : ''}`;
}

function clip(s: string, n: number): string {
  const chars = [...s];
  return chars.length > n ? `${chars.slice(0, n - 1).join('')}…` : s;
}

function order(a: TimelineItem, b: TimelineItem): number {
  return a.start! < b.start! ? -1 : a.start! > b.start! ? 1 : (a.end ?? a.start!) < (b.end ?? b.start!) ? -1 : (a.end ?? a.start!) > (b.end ?? b.start!) ? 1 : a.id - b.id;
}

/** The label a mark carries on the drawing. */
export function markLabel(item: TimelineItem): string {
  return clip(`${compactDate(item.start!, item.end)} · ${item.label}`, LABEL_CHARS);
}

export function timeline(items: TimelineItem[], opts: TimelineOptions): Timeline {
  const width = opts.width ?? 860;
  const id = opts.idPrefix ?? 'timeline';
  const isDated = (i: TimelineItem) => i.start !== null && dayNumber(i.start) !== null;
  const dated = items.filter(isDated).sort(order);
  const undated = items.filter((i) => !isDated(i));
  if (!dated.length) return { svg: null, dated, undated, marks: [], ticks: [] };

  const ranges = dated.map((i) => {
    const s = dayNumber(i.start!)!;
    const e = Math.max(s, i.end ? (dayNumber(i.end) ?? s) : s);
    return [s, e + 1] as const;
  });
  const first = Math.min(...ranges.map((r) => r[0]));
  const last = Math.max(...ranges.map((r) => r[1]));
  const pad = Math.max(10, Math.round((last - first) * 0.04));
  const lo = first - pad;
  const hi = last + pad;
  const inner = width - 2 * MARGIN;
  const xOf = (day: number) => MARGIN + ((day - lo) / (hi - lo)) * inner;

  const chosen = chooseTicks(lo, hi);
  const ticks: Tick[] = chosen.days.map((d, i) => ({ x: xOf(d), label: tickLabel(d, chosen.step, i === 0) }));

  // Labels: each in the lowest lane where it overlaps no other label, its leader line crosses no
  // label below, and it covers no leader line going higher. Which marks get room depends on the
  // order they are placed in: a few orders are tried (from the right, which stacks labels that
  // reach over later marks above theirs; from the left; from the middle out) and the one that
  // labels most wins. A mark left without room gets its date alone, if that fits; otherwise its
  // <title> and the list beside the drawing name it.
  const base: Mark[] = dated.map((item, n) => {
    const [s, e] = ranges[n]!;
    const x0 = xOf(s);
    const x1 = xOf(e);
    return { item, x: (x0 + x1) / 2, x0, x1, lane: null, labelX: 0, anchor: 'start', label: markLabel(item) };
  });
  const layout = (order: number[]): { marks: Mark[]; score: number; lanes: number } => {
    const marks = base.map((m) => ({ ...m }));
    const lanes: [number, number][][] = Array.from({ length: LANES }, () => []);
    const leaders: { x: number; lane: number }[] = [];
    const overlaps = (a: [number, number], b: [number, number]) => a[0] < b[1] + 4 && b[0] < a[1] + 4;
    const place = (m: Mark, label: string): boolean => {
      const x = m.x;
      const w = label.length * CHAR_WIDTH;
      // right of the mark when the label fits there, else left; the other side when that is free
      const right: [number, number] = [x + 4, x + 4 + w];
      const left: [number, number] = [x - 4 - w, x - 4];
      const sides = (right[1] <= width - 4 ? [['start', right], ['end', left]] : [['end', left], ['start', right]]) as ['start' | 'end', [number, number]][];
      const fits = ([, sp]: ['start' | 'end', [number, number]]) => sp[0] >= 4 && sp[1] <= width - 4;
      for (let k = 0; k < LANES; k++) {
        // a leader line up to lane k would cross the labels below it
        if (lanes.slice(0, k).some((l) => l.some((o) => x >= o[0] - 1 && x <= o[1] + 1))) return false;
        for (const [anchor, span] of sides.filter(fits)) {
          if (lanes[k]!.some((o) => overlaps(o, span))) continue;
          if (leaders.some((l) => l.lane > k && l.x >= span[0] - 1 && l.x <= span[1] + 1)) continue;
          lanes[k]!.push(span);
          leaders.push({ x, lane: k });
          Object.assign(m, { lane: k, anchor, label, labelX: anchor === 'start' ? x + 4 : x - 4 });
          return true;
        }
      }
      return false;
    };
    let score = 0;
    for (const i of order) if (place(marks[i]!, marks[i]!.label)) score += 2;
    for (const i of order) if (marks[i]!.lane === null && place(marks[i]!, compactDate(marks[i]!.item.start!, marks[i]!.item.end))) score += 1;
    return { marks, score, lanes: lanes.filter((l) => l.length).length };
  };
  const indexes = base.map((_, i) => i);
  const middle = width / 2;
  const orders = [
    [...indexes].reverse(),
    indexes,
    [...indexes].sort((a, b) => Math.abs(base[a]!.x - middle) - Math.abs(base[b]!.x - middle) || a - b),
  ];
  const best = orders.map(layout).reduce((a, b) => (b.score > a.score || (b.score === a.score && b.lanes < a.lanes) ? b : a));
  const marks = best.marks;

  const used = Math.max(0, ...marks.map((m) => (m.lane ?? -1) + 1));
  const axisY = 14 + used * LANE_HEIGHT + 12;
  const height = axisY + 34;
  const laneY = (k: number) => axisY - 16 - k * LANE_HEIGHT;
  const f = (n: number) => Math.round(n * 10) / 10;
  const range = `${compactDate(dated[0]!.start!, null)} to ${compactDate(dated[dated.length - 1]!.start!, null)}`;
  const desc =
    dated.length === 1
      ? `One dated event, ${dated[0]!.when}: ${dated[0]!.label}.`
      : `${dated.length} dated events from ${range}. The list below the drawing gives each with its source.`;

  const svg = h`<svg class="timeline" role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${width} ${f(height)}" width="${width}" height="${f(height)}" xmlns="http://www.w3.org/2000/svg">
<title id="${id}-title">${opts.title}</title>
<desc id="${id}-desc">${desc}</desc>
<g class="axis">
<line x1="${MARGIN}" y1="${f(axisY)}" x2="${width - MARGIN}" y2="${f(axisY)}" />
${ticks.map((t) => h`<line class="tick" x1="${f(t.x)}" y1="${f(axisY)}" x2="${f(t.x)}" y2="${f(axisY + 6)}" /><text class="tick-label" x="${f(t.x)}" y="${f(axisY + 20)}" text-anchor="middle">${t.label}</text>
`)}</g>
${marks.map(
  (m) => h`<a class="mark" href="${m.item.href}" tabindex="-1" data-id="${m.item.id}"><title>${m.item.when} — ${m.item.label}</title>
${m.x1 - m.x0 > 6 ? h`<rect class="range" x="${f(m.x0)}" y="${f(axisY - 4)}" width="${f(m.x1 - m.x0)}" height="8" rx="3" />` : ''}<circle cx="${f(m.x)}" cy="${f(axisY)}" r="5" />
${m.lane !== null ? h`<line class="leader" x1="${f(m.x)}" y1="${f(axisY - 6)}" x2="${f(m.x)}" y2="${f(laneY(m.lane) + 3)}" /><text class="label" x="${f(m.labelX)}" y="${f(laneY(m.lane))}" text-anchor="${m.anchor}">${m.label}</text>` : ''}
</a>
`,
)}</svg>`;
  return { svg, dated, undated, marks, ticks };
}
