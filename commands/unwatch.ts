import { defineCommand } from '../src/command.ts';
import { unwatchCommand } from '../src/schedule/manage.ts';

export default defineCommand({
  name: 'unwatch',
  description: 'Stop the alerts this channel gets for a name or topic.',
  options: [{ name: 'subject', description: 'The name or words being watched', type: 'string', required: true }] as const,
  writes: true,
  examples: ['/unwatch Almasri'],
  run: (ctx, { subject }) => unwatchCommand(ctx, subject),
});
