import { defineCommand } from '../src/command.ts';
import { brief } from '../src/briefing/brief.ts';

export default defineCommand({
  name: 'brief',
  description: 'A briefing for a meeting: key people, latest events, a quote or two, the sources.',
  options: [{ name: 'subject', description: 'A name, or the words of a topic', type: 'string', required: true, autocomplete: 'actor' }] as const,
  examples: ['/brief Almasri', '/brief Mitiga prison'],
  run: (ctx, { subject }) => brief(ctx.store, subject),
});
