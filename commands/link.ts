import { defineCommand } from '../src/command.ts';
import { link } from '../src/briefing/link.ts';

export default defineCommand({
  name: 'link',
  description: 'How two people or organisations are connected: roles, shared events, sentences.',
  options: [
    { name: 'first', description: 'One name (or both: "Almasri and Meloni")', type: 'string', required: true, autocomplete: 'actor' },
    { name: 'second', description: 'The other name', type: 'string', autocomplete: 'actor' },
  ] as const,
  examples: ['/link Almasri Meloni', '/link Khalifa Haftar and Dbeibah'],
  run: (ctx, { first, second }) => link(ctx.store, first, second),
});
