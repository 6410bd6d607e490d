import { defineCommand } from '../src/command.ts';
import { sources } from '../src/briefing/sources.ts';

export default defineCommand({
  name: 'sources',
  description: 'The articles behind what the bot knows about a name or topic, newest first.',
  options: [{ name: 'subject', description: 'A name, or the words of a topic', type: 'string', required: true, autocomplete: 'actor' }] as const,
  examples: ['/sources Almasri', '/sources ICC warrant'],
  run: (ctx, { subject }) => sources(ctx.store, subject),
});
