import { defineCommand } from '../src/command.ts';
import { feedsCommand } from '../src/feeds/manage.ts';

export default defineCommand({
  name: 'feeds',
  description: 'The RSS and Atom feeds the index reads: list, errors; add URL and remove (channel managers).',
  options: [{ name: 'action', description: 'list, errors, add URL [schedule], or remove URL|NUMBER', type: 'string' }] as const,
  // adding and removing are checked for channel managers in the handler; list and errors are for everyone
  writes: true,
  examples: ['/feeds errors', '/feeds add https://example.com/rss.xml'],
  run: (ctx, { action }) => feedsCommand(ctx, action ?? 'list'),
});
