import { defineCommand } from '../src/command.ts';
import { who } from '../src/briefing/profile.ts';

export default defineCommand({
  name: 'who',
  description: 'Who is this? Roles, events in date order, quotes, with sources.',
  options: [{ name: 'name', description: 'A person, organisation or place, spelled as you heard it', type: 'string', required: true, autocomplete: 'actor' }] as const,
  examples: ['/who Almasri', '/who al masri', '/who ICC', '/who interior minister'],
  run: (ctx, { name }) => who(ctx.store, name),
});
