import { defineCommand } from '../src/command.ts';
import { FIX_ACTIONS, fixCommand } from '../src/curate/chat.ts';

export default defineCommand({
  name: 'fix',
  description: 'Correct the index: merge, split, rename, alias, role, hide, date, place, undo, list.',
  options: [
    { name: 'action', description: 'merge, split, rename, alias, unalias, role, unrole, hide, date, place, undo or list', type: 'string', required: true, choices: FIX_ACTIONS },
    { name: 'name', description: 'The actor (or e12 for an event, q7 for a quote, a number to undo)', type: 'string', autocomplete: 'actor' },
    { name: 'value', description: 'The other name, the alias, the role (, since, until), the date or the place', type: 'string' },
    { name: 'reason', description: 'Why: kept in the correction log with your name', type: 'string' },
  ] as const,
  // making corrections is checked for channel managers in the handler; /fix list is for everyone
  writes: true,
  examples: ['/fix merge Najeem Almasri, Osama Almasri reason:"same man"', '/fix hide e12 reason:"no such arrest"', '/fix list'],
  run: (ctx, args) => fixCommand(ctx, args),
});
