import { defineCommand } from '../src/command.ts';
import { retract } from '../src/briefing/retract.ts';

export default defineCommand({
  name: 'retract',
  description: 'Remove an article and its facts from the index (channel managers only).',
  options: [{ name: 'article', description: 'Its URL, file name or exact title', type: 'string', required: true }] as const,
  access: 'managers',
  writes: true,
  examples: ['/retract https://example.com/2025/01/almasri-released'],
  run: (ctx, { article }) => retract(ctx.store, article),
});
