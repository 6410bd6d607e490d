import { defineCommand } from '../src/command.ts';
import { ingestCommand } from '../src/feeds/manage.ts';

export default defineCommand({
  name: 'ingest',
  description: 'Add a news page to the index by its address, and say what it taught (channel managers only).',
  options: [{ name: 'url', description: 'The page’s http or https address', type: 'string', required: true }] as const,
  access: 'managers',
  writes: true,
  examples: ['/ingest https://example.com/2025/01/almasri-released'],
  run: (ctx, { url }) => ingestCommand(ctx, url),
});
