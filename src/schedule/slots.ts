// A subscription's daily slots: the local day is the slot, so a daylight-saving change can
// neither skip a day (a time that does not exist that night is taken at the first minute after
// the gap) nor double one (a time that occurs twice is one slot). Time zones are luxon's (IANA,
// from the platform's Intl data).
import { DateTime, IANAZone } from 'luxon';

/** "08:00", "8:00", "8", "7:30am", "7pm" -> "HH:MM"; null when it is not a time of day. */
export function parseTime(text: string): string | null {
  const m = /^(\d{1,2})(?:[:.h](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?$/i.exec(text.trim());
  if (!m) return null;
  let hour = Number(m[1]);
  const minute = m[2] === undefined ? 0 : Number(m[2]);
  const half = m[3]?.toLowerCase().replace(/\./g, '');
  if (half) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (half === 'pm' ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return null;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** The zone's canonical IANA name ("europe/rome" -> "Europe/Rome"); null when there is no such zone. */
export function parseZone(text: string): string | null {
  const name = text.trim();
  if (!name || !IANAZone.isValidZone(name)) return null;
  // Intl gives the canonical spelling of a zone typed in another case
  return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
}

/** This machine's zone, the default when neither the platform nor the configuration gives one. */
export function systemZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export interface Slot {
  /** The subscription's local day, YYYY-MM-DD: the key of exactly one digest. */
  key: string;
  /** When it is due. */
  at: Date;
}

/** The slot of one local day: its time that day, or the first minute after a daylight-saving gap. */
export function slotOn(day: DateTime, time: string, zone: string): Slot {
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  // luxon moves a local time that does not exist forward by the gap (02:30 -> 03:30)
  const at = DateTime.fromObject({ year: day.year, month: day.month, day: day.day, hour, minute }, { zone });
  return { key: day.toISODate()!, at: at.toJSDate() };
}

/** The latest slot due at or before `now`. */
export function latestSlot(now: Date, time: string, zone: string): Slot {
  const today = DateTime.fromJSDate(now, { zone }).startOf('day');
  const slot = slotOn(today, time, zone);
  return slot.at.getTime() <= now.getTime() ? slot : slotOn(today.minus({ days: 1 }), time, zone);
}

/** The slot an instant falls in: the local day it is in. A cron fire on either side of a repeated hour is the same day. */
export function slotKeyAt(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toISODate()!;
}

/** "Saturday 5 December 2026": a digest's day as the channel says it. */
export function dayLabel(key: string, zone: string): string {
  return DateTime.fromISO(key, { zone }).setLocale('en-GB').toFormat('cccc d LLLL yyyy');
}

/** The node-cron expression for a daily time: minute hour, every day. */
export function dailyCron(time: string): string {
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return `${minute} ${hour} * * *`;
}
