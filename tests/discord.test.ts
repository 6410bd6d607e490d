// The Discord bot end to end: the real discord.js client (createDiscordBot) against the local
// Discord stand-in, with the real commands over the seed articles. No internet.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as delay } from 'node:timers/promises';
import { ApplicationCommandOptionType, MessageFlags, PermissionFlagsBits } from 'discord.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../commands/index.ts';
import { defineCommand, type AnyCommand } from '../src/command.ts';
import { ingestPaths } from '../src/pipeline.ts';
import { createDiscordBot, deployCommands, type DiscordBot } from '../src/platforms/discord.ts';
import { discordCommands } from '../src/platforms/discord-commands.ts';
import { validateDiscordMessage, type DiscordMessage } from '../src/render/discord.ts';
import { openStore, type Store } from '../src/store/index.ts';
import { startDiscordStandin, type DiscordStandin, type RecordedRequest } from './support/discord-standin.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const STRING = ApplicationCommandOptionType.String;

let store: Store;
let standin: DiscordStandin | undefined;
let bot: DiscordBot | undefined;

beforeAll(async () => {
  store = openStore(':memory:');
  await ingestPaths(store, [join(ROOT, 'data/articles')]);
});
afterAll(() => store.close());
afterEach(async () => {
  // the client first: a live client would keep reconnecting to the closed port
  await bot?.stop();
  await standin?.close();
  bot = undefined;
  standin = undefined;
});

/** A slow command for the deferral test: answers after `ms`. */
function slow(ms: number): AnyCommand {
  return defineCommand({
    name: 'slow',
    description: 'Answers late',
    options: [] as const,
    run: async () => {
      await delay(ms);
      return { kind: 'notice', title: 'Done at last', lines: ['It took a while.'] };
    },
  });
}

async function start(o: { commands?: readonly AnyCommand[]; deferAfterMs?: number } = {}): Promise<DiscordStandin> {
  standin = await startDiscordStandin({ heartbeatIntervalMs: 1000 });
  bot = createDiscordBot({
    token: standin.token,
    appId: standin.appId,
    apiUrl: standin.restBase,
    store,
    commands: o.commands ?? commands,
    ...(o.deferAfterMs !== undefined ? { deferAfterMs: o.deferAfterMs } : {}),
  });
  await bot.start();
  return standin;
}

const callbackOf = (id: string) => (r: RecordedRequest) => r.method === 'POST' && r.path.startsWith(`/interactions/${id}/`) && r.status === 204;
const editOf = (token: string) => (r: RecordedRequest) => r.method === 'PATCH' && r.path.includes(`/${token}/messages/@original`) && r.status === 200;

interface Callback {
  type: number;
  data: DiscordMessage & { allowed_mentions?: { parse: string[] }; flags?: number; choices?: { name: string; value: string }[]; content?: string };
}

/** The callback body, in the API's snake_case as it went over the wire. */
function body(r: RecordedRequest): Callback {
  return r.body as Callback;
}

/** What Discord would check, on the wire shape (allowed_mentions instead of allowedMentions). */
function expectValidEmbeds(data: Callback['data']): void {
  expect(data.allowed_mentions).toEqual({ parse: [] });
  expect(validateDiscordMessage({ ...data, allowedMentions: { parse: [] } })).toEqual([]);
}

describe('Discord, end to end', () => {
  it('/who Almasri arrives as an interaction and the reply carries his profile embed', async () => {
    const s = await start();
    const { id } = s.chatInput('who', [{ name: 'name', type: STRING, value: 'Almasri' }]);
    const cb = body(await s.waitForRequest(callbackOf(id)));
    expect(cb.type).toBe(4); // CHANNEL_MESSAGE_WITH_SOURCE
    const [embed] = cb.data.embeds;
    expect(embed?.title).toBe('Najeem Almasri \\(person\\)');
    expect(embed?.description).toMatch(/Mitiga detention center/);
    expect(embed?.description).toMatch(/19 January 2025/);
    expect(embed?.fields?.[0]?.name).toBe('Sources');
    expectValidEmbeds(cb.data);
    expect(cb.data.flags ?? 0).toBe(0); // an answer is for the channel
  });

  it('spellings people type resolve the same way', async () => {
    const s = await start();
    for (const name of ['al masri', 'Elmasry']) {
      const { id } = s.chatInput('who', [{ name: 'name', type: STRING, value: name }]);
      expect(body(await s.waitForRequest(callbackOf(id))).data.embeds[0]?.title).toBe('Najeem Almasri \\(person\\)');
    }
  });

  it('autocomplete for /who alm offers Najeem Almasri among at most 25 choices', async () => {
    const s = await start();
    const { id } = s.autocomplete('who', [{ name: 'name', type: STRING, value: 'alm', focused: true }]);
    const cb = body(await s.waitForRequest(callbackOf(id)));
    expect(cb.type).toBe(8); // APPLICATION_COMMAND_AUTOCOMPLETE_RESULT
    const choices = cb.data.choices ?? [];
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices.map((c) => c.value)).toContain('Najeem Almasri');
    for (const c of choices) expect(c.name.length).toBeLessThanOrEqual(100);
    // a misspelt fragment still completes
    const typo = s.autocomplete('who', [{ name: 'name', type: STRING, value: 'Elmasry', focused: true }]);
    expect((body(await s.waitForRequest(callbackOf(typo.id))).data.choices ?? []).map((c) => c.value)).toContain('Najeem Almasri');
  });

  it('a slow command defers first, then edits the reply in', async () => {
    const s = await start({ commands: [...commands, slow(400)], deferAfterMs: 50 });
    const { id, token } = s.chatInput('slow', []);
    const deferred = await s.waitForRequest(callbackOf(id));
    expect(body(deferred).type).toBe(5); // DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE
    const edit = await s.waitForRequest(editOf(token));
    expect(edit.at).toBeGreaterThan(deferred.at);
    const data = edit.body as Callback['data'];
    expect(data.embeds[0]?.title).toBe('Done at last');
    expect(data.allowed_mentions).toEqual({ parse: [] });
  });

  it('a fast command is not deferred', async () => {
    const s = await start({ deferAfterMs: 1000 });
    const { id } = s.chatInput('help', []);
    expect(body(await s.waitForRequest(callbackOf(id))).type).toBe(4);
  });

  it('a 429 with retry_after on the callback is honoured and the reply still arrives', async () => {
    const s = await start();
    s.rateLimitNext((r) => r.method === 'POST' && r.path.startsWith('/interactions/'), 0.3);
    const { id } = s.chatInput('who', [{ name: 'name', type: STRING, value: 'Almasri' }]);
    const ok = await s.waitForRequest(callbackOf(id));
    const tries = s.requests.filter((r) => r.path.startsWith(`/interactions/${id}/`));
    expect(tries.map((r) => r.status)).toEqual([429, 204]);
    expect(ok.at - tries[0]!.at).toBeGreaterThanOrEqual(300);
    expect(body(ok).data.embeds[0]?.title).toBe('Najeem Almasri \\(person\\)');
  });

  it('the gateway drops the connection mid-session; the client resumes and answers the next command', async () => {
    const s = await start();
    const first = s.chatInput('help', []);
    await s.waitForRequest(callbackOf(first.id));
    await s.dropConnection(4000);
    await expect.poll(() => s.resumes, { timeout: 5000 }).toBe(1);
    expect(s.identifies).toBe(1);
    const next = s.chatInput('who', [{ name: 'name', type: STRING, value: 'Haftar' }]);
    const cb = body(await s.waitForRequest(callbackOf(next.id)));
    expect(cb.type).toBe(4);
  });

  it('a problem replies privately with a plain message, never a stack trace', async () => {
    const s = await start();
    const { id } = s.chatInput('timeline', [
      { name: 'subject', type: STRING, value: 'Almasri' },
      { name: 'from', type: STRING, value: 'not a date' },
    ]);
    const cb = body(await s.waitForRequest(callbackOf(id)));
    expect(cb.type).toBe(4);
    expect(cb.data.flags).toBe(MessageFlags.Ephemeral);
    expect(cb.data.content).toMatch(/could not read the date/);
    expect(cb.data.content).not.toMatch(/at .*\.ts:\d+/);
    expect(cb.data.allowed_mentions).toEqual({ parse: [] });
  });

  it('a command that throws gets the polite error, privately', async () => {
    const broken = defineCommand({
      name: 'broken',
      description: 'Always fails',
      options: [] as const,
      run: () => {
        throw new Error('database exploded at /secret/path.ts:12');
      },
    });
    const s = await start({ commands: [...commands, broken] });
    const { id } = s.chatInput('broken', []);
    const cb = body(await s.waitForRequest(callbackOf(id)));
    expect(cb.data.flags).toBe(MessageFlags.Ephemeral);
    expect(cb.data.content).toMatch(/something went wrong/);
    expect(cb.data.content).not.toMatch(/exploded|secret/);
  });

  it('echoed mentions stay inert: /search @everyone <@123> renders no ping', async () => {
    const s = await start();
    const { id } = s.chatInput('search', [{ name: 'words', type: STRING, value: '@everyone <@123456789012345678> Almasri' }]);
    const cb = body(await s.waitForRequest(callbackOf(id)));
    const text = JSON.stringify(cb.data);
    expect(text).not.toMatch(/(?<!\\u200b)@everyone/);
    expect(text).not.toMatch(/<@\d/);
    expect(cb.data.allowed_mentions).toEqual({ parse: [] });
  });

  it('a manager-only command from a member without permission is refused politely and changes nothing', async () => {
    const s = await start();
    const before = store.counts();
    const { id } = s.chatInput('retract', [{ name: 'article', type: STRING, value: 'almasri-affair-italy-file.txt' }], { permissions: '0' });
    const cb = body(await s.waitForRequest(callbackOf(id)));
    expect(cb.data.flags).toBe(MessageFlags.Ephemeral);
    expect(cb.data.content).toMatch(/Only people who manage this channel can use \/retract/);
    expect(store.counts()).toEqual(before);
  });

  /** The bot restarted on an index of its own, for a test that changes it. */
  async function onScratchIndex(s: Awaited<ReturnType<typeof start>>): Promise<Store> {
    const scratch = openStore(':memory:');
    await ingestPaths(scratch, [join(ROOT, 'data/articles')]);
    await bot!.stop();
    bot = createDiscordBot({ token: s.token, appId: s.appId, apiUrl: s.restBase, store: scratch, commands });
    await bot.start();
    return scratch;
  }

  it('a member with Manage Channels may run it', async () => {
    const s = await start();
    const scratch = await onScratchIndex(s);
    const { id } = s.chatInput('retract', [{ name: 'article', type: STRING, value: 'almasri-affair-italy-file.txt' }], {
      permissions: PermissionFlagsBits.ManageChannels.toString(),
    });
    const cb = body(await s.waitForRequest(callbackOf(id)));
    expect(cb.data.embeds[0]?.title).toBe('Article removed from the index');
    expect(scratch.counts().articles).toBe(1);
    scratch.close();
  });

  it('/fix with its options: a member with Manage Channels corrects the index and is told what changed', async () => {
    const s = await start();
    const scratch = await onScratchIndex(s);
    const options = [
      { name: 'action', type: STRING, value: 'alias' },
      { name: 'name', type: STRING, value: 'Najeem Almasri' },
      { name: 'value', type: STRING, value: 'Osama Njeem' },
      { name: 'reason', type: STRING, value: 'the ICC spelling' },
    ];
    const { id } = s.chatInput('fix', options, { permissions: PermissionFlagsBits.ManageChannels.toString() });
    const cb = body(await s.waitForRequest(callbackOf(id)));
    expect(cb.data.embeds[0]?.title).toBe('Correction 1 made');
    expect(JSON.stringify(cb.data.embeds)).toContain('Najeem Almasri also goes by “Osama Njeem”.');
    expect(scratch.listActors().find((a) => a.name === 'Najeem Almasri')!.aliases).toContain('Osama Njeem');
    scratch.close();
  });

  it('with DISCORD_MANAGER_GUILDS, a channel manager in another server is refused', async () => {
    const s = await start();
    await bot!.stop();
    bot = createDiscordBot({ token: s.token, appId: s.appId, apiUrl: s.restBase, store, commands, managerGuilds: ['999999999999999999'] });
    await bot.start();
    const before = store.counts();
    const { id } = s.chatInput('retract', [{ name: 'article', type: STRING, value: 'almasri-affair-italy-file.txt' }], {
      permissions: PermissionFlagsBits.ManageChannels.toString(),
    });
    const cb = body(await s.waitForRequest(callbackOf(id)));
    expect(cb.data.flags).toBe(MessageFlags.Ephemeral);
    expect(cb.data.content).toMatch(/Only people who manage this channel/);
    expect(store.counts()).toEqual(before);
  });

  it('post() sends an answer to a channel: the seam digests use', async () => {
    const s = await start();
    await bot!.post(s.channelId, { kind: 'notice', title: 'Morning digest', lines: ['2 new articles @everyone'] });
    const r = await s.waitForRequest((x) => x.method === 'POST' && x.path === `/channels/${s.channelId}/messages`);
    const data = r.body as Callback['data'];
    expect(data.embeds[0]?.title).toBe('Morning digest');
    expect(JSON.stringify(data)).not.toMatch(/(?<!\\u200b)@everyone/);
    expect(data.allowed_mentions).toEqual({ parse: [] });
  });
});

describe('discord deploy', () => {
  it('sends exactly the command JSON derived from commands/, globally or to one server', async () => {
    standin = await startDiscordStandin();
    const s = standin;
    expect(await deployCommands({ token: s.token, appId: s.appId, apiUrl: s.restBase, commands })).toBe(commands.length);
    const global = await s.waitForRequest((r) => r.method === 'PUT' && r.path === `/applications/${s.appId}/commands`);
    expect(global.body).toEqual(JSON.parse(JSON.stringify(discordCommands(commands))));
    await deployCommands({ token: s.token, appId: s.appId, apiUrl: s.restBase, commands, guildId: s.guildId });
    const guild = await s.waitForRequest((r) => r.method === 'PUT' && r.path === `/applications/${s.appId}/guilds/${s.guildId}/commands`);
    expect(guild.body).toEqual(global.body);
  });

  it('the registration matches the definitions: names, options, autocomplete, manager permissions', () => {
    const json = discordCommands(commands);
    expect(json.map((c) => c.name)).toEqual(commands.map((c) => c.name));
    for (const [i, c] of commands.entries()) {
      const j = json[i]!;
      expect(j.description).toBe(c.description);
      expect('options' in j ? j.options?.map((o) => o.name) : []).toEqual(c.options.map((o) => o.name));
      for (const o of c.options) {
        const jo = ('options' in j ? j.options : [])?.find((x) => x.name === o.name) as { autocomplete?: boolean; required?: boolean } | undefined;
        expect(Boolean(jo?.autocomplete)).toBe(o.autocomplete === 'actor');
        expect(Boolean(jo?.required)).toBe(Boolean(o.required));
      }
      expect(j.default_member_permissions).toBe(c.access === 'managers' ? PermissionFlagsBits.ManageChannels.toString() : null);
    }
    expect(json.find((c) => c.name === 'retract')?.default_member_permissions).toBe('16');
  });
});

/** `briefbot ARGS` as a child process configured for the stand-in, with a fresh database. */
async function runBriefbot(s: DiscordStandin, args: string[]) {
  const { spawn } = await import('node:child_process');
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'briefbot-run-'));
  const child = spawn(process.execPath, [join(ROOT, 'bin/briefbot.js'), ...args, '--db', join(dir, 'index.db')], {
    env: { ...process.env, DISCORD_TOKEN: s.token, DISCORD_APP_ID: s.appId, DISCORD_API_URL: s.restBase, LOG_LEVEL: 'warn', VITEST: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    stderr: () => stderr,
    exited,
    stop: () => child.kill('SIGTERM'),
    cleanup: () => {
      child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

describe('npm start with Discord credentials', () => {
  it('connects the bot, answers a command, and stops cleanly on SIGTERM', async () => {
    const s = (standin = await startDiscordStandin({ heartbeatIntervalMs: 1000 }));
    const run = await runBriefbot(s, ['start']);
    try {
      await expect.poll(run.stderr, { timeout: 30_000, interval: 100 }).toMatch(/running on discord/);
      expect(s.identifies).toBe(1);
      const { id } = s.chatInput('who', [{ name: 'name', type: STRING, value: 'Hifter' }]);
      const cb = body(await s.waitForRequest(callbackOf(id), 10_000));
      expect(cb.data.embeds[0]?.title).toBe('Khalifa Haftar \\(person\\)');
      run.stop();
      expect(await run.exited).toBe(0);
      expect(run.stderr()).not.toMatch(new RegExp(s.token));
    } finally {
      run.cleanup();
    }
  }, 60_000);
});

describe('briefbot serve --shards', () => {
  it('runs one process per shard; each identifies with its shard and answers', async () => {
    const s = (standin = await startDiscordStandin({ heartbeatIntervalMs: 1000 }));
    const run = await runBriefbot(s, ['serve', '--shards', '2', '--spawn-delay', '200']);
    try {
      await expect.poll(() => s.identifies, { timeout: 45_000, interval: 100 }).toBe(2);
      expect(s.identifyPayloads.map((p) => p.shard).sort()).toEqual([
        [0, 2],
        [1, 2],
      ]);
      await expect.poll(run.stderr, { timeout: 30_000, interval: 100 }).toMatch(/2 Discord shard\(s\) running/);
      const { id } = s.chatInput('who', [{ name: 'name', type: STRING, value: 'Almasri' }]);
      expect(body(await s.waitForRequest(callbackOf(id), 10_000)).data.embeds[0]?.title).toBe('Najeem Almasri \\(person\\)');
      run.stop();
      expect(await run.exited).toBe(0);
    } finally {
      run.cleanup();
    }
  }, 90_000);
});
