import { defineCommand } from '../src/command.ts';
import { search } from '../src/briefing/search.ts';

export default defineCommand({
  name: 'search',
  description: 'Sentences, events and quotes containing the words, best first, with sources.',
  options: [{ name: 'words', description: 'Words to find; "quoted words" for an exact phrase; Almas* for a prefix', type: 'string', required: true }] as const,
  examples: ['/search Mitiga detention', '/search "secret services"'],
  run: (ctx, { words }) => search(ctx.store, words),
});
