import { defineCommand } from '../src/command.ts';
import { DIGEST_ACTIONS, digestCommand, digestNow, readDigestArgs } from '../src/schedule/manage.ts';

export default defineCommand({
  name: 'digest',
  description: "This channel's daily digest of what is new: subscribe, unsubscribe, list, preview, now.",
  options: [
    { name: 'action', description: 'subscribe, unsubscribe, list, preview or now', type: 'string', required: true, choices: DIGEST_ACTIONS },
    { name: 'time', description: 'subscribe: the time of day, HH:MM (default 08:00)', type: 'string' },
    { name: 'timezone', description: 'subscribe: a time zone such as Europe/Rome (default: yours or the bot’s)', type: 'string' },
    { name: 'topic', description: 'subscribe, preview: only what is about this name or these words', type: 'string' },
    { name: 'quiet', description: 'subscribe: post nothing when nothing is new (default: say so in one line)', type: 'boolean' },
  ] as const,
  // subscribing and unsubscribing are checked for channel managers in the handler; the rest is for everyone
  writes: true,
  examples: ['/digest subscribe 07:30 Europe/Rome', '/digest preview', '/digest subscribe time:08:00 topic:Libya'],
  run: (ctx, args) => {
    const a = readDigestArgs(args);
    return !('problem' in a) && a.action === 'now' ? digestNow(ctx) : digestCommand(ctx, args);
  },
});
