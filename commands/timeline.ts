import { defineCommand } from '../src/command.ts';
import { timeline } from '../src/briefing/when.ts';

export default defineCommand({
  name: 'timeline',
  description: "An actor's or topic's events in date order; undated events last.",
  options: [
    { name: 'subject', description: 'A name or a topic', type: 'string', required: true, autocomplete: 'actor' },
    { name: 'from', description: 'Earliest date, e.g. 2025 or 2025-01', type: 'string' },
    { name: 'to', description: 'Latest date, e.g. 2025-12-31', type: 'string' },
  ] as const,
  examples: ['/timeline Almasri', '/timeline Almasri from:2025-01 to:2025-01'],
  run: (ctx, { subject, from, to }) => timeline(ctx.store, subject, from, to),
});
