import { defineCommand } from '../src/command.ts';
import { quotes } from '../src/briefing/quotes.ts';

export default defineCommand({
  name: 'quotes',
  description: 'What someone said on record, latest first, with date and source.',
  options: [{ name: 'name', description: 'Who said it, spelled as you heard it', type: 'string', required: true, autocomplete: 'actor' }] as const,
  examples: ['/quotes Meloni'],
  run: (ctx, { name }) => quotes(ctx.store, name),
});
