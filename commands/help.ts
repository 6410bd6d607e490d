import { defineCommand } from '../src/command.ts';
import { help } from '../src/briefing/help.ts';

export default defineCommand({
  name: 'help',
  description: 'What the bot can answer, and how to ask.',
  options: [{ name: 'command', description: 'One command to explain', type: 'string' }] as const,
  examples: ['/help', '/help timeline'],
  run: (ctx, { command }) => help(ctx.commands, command),
});
