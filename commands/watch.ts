import { defineCommand } from '../src/command.ts';
import { watchCommand } from '../src/schedule/manage.ts';

export default defineCommand({
  name: 'watch',
  description: 'Alert this channel when new articles add a role, a dated event or a quote about a name or topic.',
  options: [{ name: 'subject', description: 'A name or the words of a topic; "list" shows what is watched here', type: 'string', required: true, autocomplete: 'actor' }] as const,
  writes: true,
  examples: ['/watch Almasri', '/watch list'],
  run: (ctx, { subject }) => watchCommand(ctx, subject),
});
