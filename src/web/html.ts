// hono/html's tagged template, kept synchronous: every interpolation is escaped unless it is
// itself a fragment made here. Article text only ever reaches a page through these.
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';

export type Html = HtmlEscapedString;

/** An HTML fragment; strings, numbers and arrays interpolated into it are escaped. */
export function h(strings: TemplateStringsArray, ...values: unknown[]): Html {
  const out = html(strings, ...values);
  if (out instanceof Promise) throw new Error('an HTML fragment must not be asynchronous');
  return out;
}

/** Nothing, as a fragment. */
export const none: Html = h``;
