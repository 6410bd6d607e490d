// The Discord stand-in, proven against the REAL discord.js v14 client: login to READY with the guild
// cached, slash-command replies, deferred replies, a 429 honoured, autocomplete, a dropped gateway
// connection resumed, and bare REST command registration. No internet: everything is on 127.0.0.1.
import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ApplicationCommandOptionType,
  Client,
  DiscordAPIError,
  EmbedBuilder,
  Events,
  GatewayIntentBits,
  InteractionResponseType,
  MessageFlags,
  PermissionFlagsBits,
  REST,
  RESTEvents,
  Routes,
  SlashCommandBuilder,
  type Interaction,
} from 'discord.js';
import {
  startDiscordStandin,
  type DiscordStandin,
  type DiscordStandinOptions,
  type RecordedRequest,
} from './support/discord-standin.ts';

let standin: DiscordStandin | undefined;
let client: Client | undefined;

afterEach(async () => {
  // The client first: a live client would keep reconnecting to the closed port.
  await client?.destroy();
  await standin?.close();
  client = undefined;
  standin = undefined;
});

async function start(opts: DiscordStandinOptions = {}): Promise<DiscordStandin> {
  // 1 s heartbeats: several per resume test, yet far from the zombie check even on a loaded machine.
  standin = await startDiscordStandin({ heartbeatIntervalMs: 1000, ...opts });
  return standin;
}

/** A stand-in plus a real discord.js client logged in to it and fully ready. */
async function login(opts: DiscordStandinOptions = {}): Promise<{ s: DiscordStandin; c: Client }> {
  const s = await start(opts);
  const c = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: s.restBase } });
  client = c;
  // login() resolves on READY; clientReady waits for GUILD_CREATE of every guild READY listed.
  const ready = once(c, Events.ClientReady);
  await c.login(s.token);
  await ready;
  return { s, c };
}

/** Runs `handler` on the next interaction and settles with its result, so a throw fails the test. */
function handleNext<T>(c: Client, handler: (i: Interaction) => Promise<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    c.once(Events.InteractionCreate, (i) => void handler(i).then(resolve, reject));
  });
}

/** The successful (not rate-limited) callback for one interaction. */
const callbackOf =
  (id: string) =>
  (r: RecordedRequest): boolean =>
    r.method === 'POST' && r.path.startsWith(`/interactions/${id}/`) && r.path.endsWith('/callback') && r.status === 204;

const TOPIC = { name: 'topic', type: ApplicationCommandOptionType.String, value: 'elections' };

describe('discord stand-in with the real discord.js client', () => {
  it('logs in to READY with the guild, its channel and the bot member cached, and ACKs heartbeats', async () => {
    // A very low interval so the test sees heartbeats and their ACKs quickly.
    const { s: standin, c } = await login({ heartbeatIntervalMs: 100 });

    expect(c.user?.id).toBe(standin.botUserId);
    expect(c.application?.id).toBe(standin.appId);
    const guild = c.guilds.cache.get(standin.guildId);
    expect(guild?.available).toBe(true);
    expect(guild?.name).toBe('Newsroom');
    expect(guild?.channels.cache.get(standin.channelId)?.isTextBased()).toBe(true);
    expect(guild?.members.me?.id).toBe(standin.botUserId);
    expect(guild?.roles.everyone.id).toBe(standin.guildId);

    const gateway = await standin.waitForRequest((r) => r.path === '/gateway/bot');
    expect(gateway.headers.authorization).toBe(`Bot ${standin.token}`);
    // What discord.js 14.28 asks for without the optional zlib-sync package: JSON, no compression.
    expect(standin.gatewayConnections).toEqual([{ path: '/', query: { v: '10', encoding: 'json' } }]);

    // Unacknowledged heartbeats would make discord.js drop the "zombie" connection and resume.
    await expect.poll(() => standin.heartbeats, { timeout: 3000 }).toBeGreaterThanOrEqual(2);
    expect(c.ws.ping).toBeGreaterThanOrEqual(0);
    expect(standin.identifies).toBe(1);
    expect(standin.resumes).toBe(0);
    expect(standin.problems).toEqual([]);
  });

  it('delivers a chat-input interaction and records the embed reply as callback type 4', async () => {
    const { s: standin, c } = await login();
    const handled = handleNext(c, async (i) => {
      if (!i.isChatInputCommand()) throw new Error(`unexpected interaction type ${i.type}`);
      expect(i.commandName).toBe('brief');
      expect(i.options.getString('topic', true)).toBe('elections');
      expect(i.guild?.id).toBe(standin.guildId);
      expect(i.channel?.id).toBe(standin.channelId);
      expect(i.memberPermissions?.has(PermissionFlagsBits.ManageGuild)).toBe(false);
      const embed = new EmbedBuilder().setTitle('Elections').setDescription('Three facts, cited.');
      await i.reply({ embeds: [embed], allowedMentions: { parse: [] } });
      return i.id;
    });

    const { id, token } = standin.chatInput('brief', [TOPIC]);
    expect(await handled).toBe(id);

    const cb = await standin.waitForRequest(callbackOf(id));
    expect(cb.path).toBe(`/interactions/${id}/${token}/callback`);
    expect(cb.query).toEqual({ with_response: 'false' }); // discord.js always sends it
    expect(cb.headers.authorization).toBeUndefined(); // interaction callbacks are token-authenticated
    expect(cb.body).toMatchObject({
      type: InteractionResponseType.ChannelMessageWithSource,
      data: {
        embeds: [{ title: 'Elections', description: 'Three facts, cited.' }],
        allowed_mentions: { parse: [] },
      },
    });
    expect(standin.problems).toEqual([]);
  });

  it('records deferReply as callback type 5 and editReply as a PATCH of @original', async () => {
    const { s: standin, c } = await login();
    const handled = handleNext(c, async (i) => {
      if (!i.isChatInputCommand()) throw new Error('expected a chat-input command');
      await i.deferReply({ flags: MessageFlags.Ephemeral });
      const edited = await i.editReply({ content: 'Nothing found for that name.' });
      const fetched = await i.fetchReply();
      return { edited: edited.content, fetched: fetched.content, ephemeral: fetched.flags.has(MessageFlags.Ephemeral) };
    });

    const { id, token } = standin.chatInput('who', [{ name: 'name', type: ApplicationCommandOptionType.String, value: 'Nobody' }], {
      permissions: (PermissionFlagsBits.ManageGuild | PermissionFlagsBits.ViewChannel).toString(),
    });
    expect(await handled).toEqual({ edited: 'Nothing found for that name.', fetched: 'Nothing found for that name.', ephemeral: true });

    const cb = await standin.waitForRequest(callbackOf(id));
    expect(cb.body).toEqual({
      type: InteractionResponseType.DeferredChannelMessageWithSource,
      data: { flags: MessageFlags.Ephemeral },
    });
    const patch = await standin.waitForRequest((r) => r.method === 'PATCH');
    expect(patch.path).toBe(`/webhooks/${standin.appId}/${token}/messages/@original`);
    expect(patch.body).toMatchObject({ content: 'Nothing found for that name.' });
    // The PATCH came after the callback, as Discord requires.
    expect(standin.requests.indexOf(patch)).toBeGreaterThan(standin.requests.indexOf(cb));
  });

  it('honours a 429 on the callback: discord.js waits retry_after and the retry is recorded', async () => {
    const { s: standin, c } = await login();
    // @discordjs/rest reports an unexpected 429 only on its debug channel (rateLimited is for pre-emptive waits).
    const debug: string[] = [];
    c.rest.on(RESTEvents.Debug, (message) => debug.push(message));
    standin.rateLimitNext((r) => r.path.endsWith('/callback'), 0.3);

    const handled = handleNext(c, async (i) => {
      if (!i.isChatInputCommand()) throw new Error('expected a chat-input command');
      await i.reply({ content: 'after the wait', flags: MessageFlags.Ephemeral });
    });
    const { id } = standin.chatInput('brief', [TOPIC]);
    await handled;

    const limited = await standin.waitForRequest((r) => r.status === 429);
    const retried = await standin.waitForRequest(callbackOf(id));
    expect(limited.path).toBe(retried.path);
    expect(retried.at - limited.at).toBeGreaterThanOrEqual(300);
    expect(retried.body).toMatchObject({ type: 4, data: { content: 'after the wait', flags: MessageFlags.Ephemeral } });
    expect(standin.requests.filter((r) => r.path.endsWith('/callback')).map((r) => r.status)).toEqual([429, 204]);
    const report = debug.find((m) => m.includes('Encountered unexpected 429 rate limit'));
    expect(report).toMatch(/Global\s+: false/);
    expect(report).toMatch(/Retry After\s+: 350ms/); // retry-after 0.3 s plus the client's default 50 ms offset
    expect(report).toMatch(/Scope\s+: user/);
  });

  it('records an autocomplete respond() as callback type 8', async () => {
    const { s: standin, c } = await login();
    const handled = handleNext(c, async (i) => {
      if (!i.isAutocomplete()) throw new Error('expected autocomplete');
      const focused = i.options.getFocused(true);
      await i.respond([
        { name: 'Elections 2024', value: 'elections-2024' },
        { name: 'Electoral commission', value: 'electoral-commission' },
      ]);
      return focused;
    });

    const { id } = standin.autocomplete('brief', [{ name: 'topic', type: ApplicationCommandOptionType.String, value: 'elec' }]);
    expect(await handled).toMatchObject({ name: 'topic', value: 'elec' });

    const cb = await standin.waitForRequest(callbackOf(id));
    expect(cb.body).toEqual({
      type: InteractionResponseType.ApplicationCommandAutocompleteResult,
      data: {
        choices: [
          { name: 'Elections 2024', value: 'elections-2024' },
          { name: 'Electoral commission', value: 'electoral-commission' },
        ],
      },
    });
  });

  it('resumes after dropConnection(), replays what was missed, and keeps answering', async () => {
    const { s: standin, c } = await login();
    const resumed = once(c, Events.ShardResume);
    const answers: string[] = [];
    c.on(Events.InteractionCreate, (i) => {
      if (!i.isChatInputCommand()) return;
      void i.reply({ content: `ok ${i.options.getString('topic')}` }).then(() => answers.push(i.id));
    });

    expect(await standin.dropConnection()).toBe(1);
    // Dispatched while the socket is down: only a RESUME with the right sequence brings it back.
    const missed = standin.chatInput('brief', [{ ...TOPIC, value: 'missed' }]);
    await resumed;

    expect(standin.resumes).toBe(1);
    expect(standin.identifies).toBe(1);
    // discord.js went back via the READY's resume_gateway_url, not the /gateway/bot URL.
    expect(standin.gatewayConnections.map((g) => g.path)).toEqual(['/', '/resume']);
    await standin.waitForRequest(callbackOf(missed.id));

    const after = standin.chatInput('brief', [{ ...TOPIC, value: 'after' }]);
    const cb = await standin.waitForRequest(callbackOf(after.id));
    expect(cb.body).toMatchObject({ type: 4, data: { content: 'ok after' } });
    await expect.poll(() => answers).toEqual([missed.id, after.id]);
    expect(c.guilds.cache.has(standin.guildId)).toBe(true);
    expect(standin.problems).toEqual([]);
  });

  it('resumes after an abrupt terminate (no close frame) too', async () => {
    const { s: standin, c } = await login();
    const resumed = once(c, Events.ShardResume);
    expect(await standin.dropConnection('terminate')).toBe(1);
    await resumed;
    expect([standin.identifies, standin.resumes]).toEqual([1, 1]);

    const handled = handleNext(c, async (i) => {
      if (i.isChatInputCommand()) await i.reply({ content: 'still here' });
    });
    const { id } = standin.chatInput('brief', [TOPIC]);
    await handled;
    await standin.waitForRequest(callbackOf(id));
  });

  it('records a bare REST command registration and echoes the commands with ids', async () => {
    const standin = await start();
    const rest = new REST({ api: standin.restBase }).setToken(standin.token);
    const body = [
      new SlashCommandBuilder()
        .setName('brief')
        .setDescription('Cited facts on a topic')
        .addStringOption((o) => o.setName('topic').setDescription('What about').setRequired(true).setAutocomplete(true))
        .toJSON(),
    ];

    const result = (await rest.put(Routes.applicationCommands(standin.appId), { body })) as { id: string; name: string }[];
    const guildResult = (await rest.put(Routes.applicationGuildCommands(standin.appId, standin.guildId), { body })) as {
      guild_id: string;
    }[];

    const put = await standin.waitForRequest((r) => r.method === 'PUT' && r.path === `/applications/${standin.appId}/commands`);
    expect(put.headers.authorization).toBe(`Bot ${standin.token}`);
    expect(put.body).toEqual(body);
    expect(result).toMatchObject([{ name: 'brief', application_id: standin.appId, type: 1 }]);
    expect(result[0]?.id).toMatch(/^\d{17,20}$/);
    expect(guildResult[0]?.guild_id).toBe(standin.guildId);
    // Re-registering (every deploy does) keeps a command's id, as Discord does.
    const again = (await rest.put(Routes.applicationCommands(standin.appId), { body })) as { id: string }[];
    expect(again[0]?.id).toBe(result[0]?.id);
    expect(standin.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      `PUT /applications/${standin.appId}/commands`,
      `PUT /applications/${standin.appId}/guilds/${standin.guildId}/commands`,
      `PUT /applications/${standin.appId}/commands`,
    ]);
  });

  it('answers unknown routes with a recorded 404', async () => {
    const standin = await start();
    const rest = new REST({ api: standin.restBase }).setToken(standin.token);
    await expect(rest.get('/no/such/route')).rejects.toMatchObject({ status: 404, code: 0, message: '404: Not Found' });
    expect(standin.requests.at(-1)).toMatchObject({ method: 'GET', path: '/no/such/route', status: 404 });
  });

  it('refuses a second acknowledgement of one interaction, as Discord does (40060)', async () => {
    const { s: standin } = await login();
    const rest = new REST({ api: standin.restBase });
    const { id, token } = standin.chatInput('brief', [TOPIC]);
    const ack = { body: { type: InteractionResponseType.DeferredChannelMessageWithSource }, auth: false };
    await rest.post(Routes.interactionCallback(id, token), ack);
    const second = rest.post(Routes.interactionCallback(id, token), ack);
    await expect(second).rejects.toBeInstanceOf(DiscordAPIError);
    await expect(second).rejects.toMatchObject({ status: 400, code: 40060 });
  });

  it('answers with_response=true with the documented callback response, and records files, follow-ups and channel posts', async () => {
    const { s: standin, c } = await login();
    const csv = Buffer.from('date,fact\n2024-03-01,arrested\n');
    const handled = handleNext(c, async (i) => {
      if (!i.isChatInputCommand()) throw new Error('expected a chat-input command');
      const response = await i.reply({
        content: 'The facts, attached.',
        files: [{ attachment: csv, name: 'facts.csv' }],
        withResponse: true,
      });
      const followUp = await i.followUp({ content: 'One more thing.' });
      const channel = i.channel;
      if (!channel?.isSendable()) throw new Error('expected a sendable channel');
      const posted = await channel.send({ content: 'Morning briefing' });
      return {
        sameMessage: response.interaction.responseMessageId === response.resource?.message?.id,
        attachment: response.resource?.message?.attachments.first()?.name,
        followUp: followUp.content,
        posted: posted.channelId,
      };
    });
    const { id, token } = standin.chatInput('brief', [TOPIC]);
    expect(await handled).toEqual({ sameMessage: true, attachment: 'facts.csv', followUp: 'One more thing.', posted: standin.channelId });

    // A reply with files goes as multipart/form-data: the JSON rides in payload_json.
    const cb = await standin.waitForRequest((r) => r.path.endsWith('/callback'));
    expect(cb.headers['content-type']).toMatch(/^multipart\/form-data/);
    expect(cb.query).toEqual({ with_response: 'true' });
    expect(cb.status).toBe(200);
    expect(cb.body).toMatchObject({ type: 4, data: { content: 'The facts, attached.', attachments: [{ id: '0' }] } });
    // discord.js sniffs the type from magic bytes; plain CSV has none.
    expect(cb.files).toEqual([{ field: 'files[0]', filename: 'facts.csv', contentType: 'application/octet-stream', size: csv.length }]);

    const followUp = await standin.waitForRequest((r) => r.method === 'POST' && r.path === `/webhooks/${standin.appId}/${token}`);
    expect(followUp.body).toMatchObject({ content: 'One more thing.' });
    const post = await standin.waitForRequest((r) => r.path === `/channels/${standin.channelId}/messages`);
    expect(post.headers.authorization).toBe(`Bot ${standin.token}`);
    expect(post.body).toMatchObject({ content: 'Morning briefing' });
    expect(id).toMatch(/^\d{17,20}$/);
  });
});
