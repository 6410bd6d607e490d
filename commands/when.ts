import { defineCommand } from '../src/command.ts';
import { when } from '../src/briefing/when.ts';

export default defineCommand({
  name: 'when',
  description: 'When did it happen? The date of matching events, with the sentence that says so.',
  options: [{ name: 'query', description: 'Who and what, e.g. "Almasri released"', type: 'string', required: true }] as const,
  examples: ['/when Almasri released', '/when Almasri arrested'],
  run: (ctx, { query }) => when(ctx.store, query),
});
