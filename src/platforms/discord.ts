// Discord: a discord.js v14 client with the Guilds intent only. Slash commands answer with the
// Discord renderer's embeds; autocomplete answers from the name index; problems reply ephemerally;
// nothing the bot sends can mention anyone. The REST base URL is configurable (DISCORD_API_URL)
// so several processes can share one rate-limit budget through a REST proxy, and so tests can
// point the real client at a local stand-in.
import { setTimeout as delay } from 'node:timers/promises';
import {
  Client,
  DiscordAPIError,
  HTTPError,
  Events,
  GatewayIntentBits,
  MessageFlags,
  REST,
  Routes,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type RESTGetAPIGatewayBotResult,
} from 'discord.js';
import { isPrivate, type Answer } from '../briefing/answers.ts';
import type { AnyCommand, CommandContext } from '../command.ts';
import { logger } from '../log.ts';
import { ChannelGone, type Scheduler } from '../schedule/scheduler.ts';
import { renderDiscord } from '../render/discord.ts';
import { escapeDiscord, sliceSafe } from '../render/escape.ts';
import { completeNames } from '../search/resolve.ts';
import type { Store } from '../store/index.ts';
import { inProcess, type CommandRunner } from '../workers/runner.ts';
import { discordCommands, MANAGER_PERMISSION } from './discord-commands.ts';
import { InFlight, START_TIMEOUT_MS, STOPPING_MESSAGE, StartError, withDeadline } from './lifecycle.ts';

export interface DiscordOptions {
  token: string;
  appId: string;
  store: Store;
  commands: readonly AnyCommand[];
  /** REST base, e.g. http://proxy:8080/api (discord.js adds /v10). Default: Discord's own. */
  apiUrl?: string;
  /** An answer not ready after this long is deferred ("thinking…") and edited in when it is. */
  deferAfterMs?: number;
  /**
   * Servers whose channel managers may run manager-only commands. The index is shared by every
   * server the bot is in, so a bot installed beyond the newsroom's own server should name it.
   * Empty: any server's channel managers.
   */
  managerGuilds?: readonly string[];
  /** Where answers are computed: a worker pool, or this thread (default). */
  runner?: CommandRunner;
  /** Start-up gives up, with a sentence saying so, when the gateway is not ready within this long. */
  startTimeoutMs?: number;
  /** Clock for commands, injectable for tests. */
  now?: () => Date;
  /** The scheduler /digest and /watch talk to, in the process that posts digests. */
  schedule?: Scheduler;
  /** Digests' default time zone: Discord does not tell a server's. */
  timezone?: string;
}

export interface DiscordBot {
  client: Client;
  /** Log in and resolve once the gateway says READY; a StartError says what to fix when it cannot. */
  start(): Promise<void>;
  /** Takes no new commands, finishes those being answered, then disconnects. */
  stop(): Promise<void>;
  /**
   * Post an answer to a channel: the seam digests and alerts use. Resolves with the message id;
   * a channel that is gone or that the bot may no longer see or post in is a ChannelGone.
   */
  post(channelId: string, answer: Answer): Promise<string>;
}

/** Unknown Channel, Missing Access, Missing Permissions: posting there again will not work. */
const GONE = new Set([10003, 50001, 50013]);

/** Discord invalidates an interaction token not answered within 3 s; deferring early leaves room. */
export const DEFER_AFTER_MS = 1500;
/** Discord's limit on autocomplete choices, and on each choice's name and value. */
const CHOICES = 25;
const CHOICE_LENGTH = 100;

export function createDiscordBot(o: DiscordOptions): DiscordBot {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: o.apiUrl ? { api: o.apiUrl } : {},
    // a second guard, beside every message's own allowedMentions
    allowedMentions: { parse: [] },
  });
  const deferAfter = o.deferAfterMs ?? DEFER_AFTER_MS;
  const runner = o.runner ?? inProcess;
  const inFlight = new InFlight();

  client.on(Events.InteractionCreate, (interaction) => {
    const work = inFlight.closed ? turnAway(interaction) : handle(interaction);
    void inFlight.track(work.catch((err: unknown) => logger.error({ err, interaction: interaction.id }, 'discord interaction failed')));
  });
  client.on(Events.ShardResume, (shard) => logger.info({ shard }, 'discord gateway resumed'));
  client.on(Events.Error, (err) => logger.error({ err }, 'discord client error'));

  async function handle(interaction: Interaction): Promise<void> {
    if (interaction.isAutocomplete()) return autocomplete(interaction);
    if (interaction.isChatInputCommand()) return command(interaction);
  }

  /** While stopping: an answer saying so, rather than Discord's "The application did not respond". */
  async function turnAway(interaction: Interaction): Promise<void> {
    if (interaction.isAutocomplete()) await interaction.respond([]);
    else if (interaction.isChatInputCommand()) await interaction.reply(privately(STOPPING_MESSAGE));
  }

  async function autocomplete(i: AutocompleteInteraction): Promise<void> {
    const focused = i.options.getFocused(true);
    const def = o.commands.find((c) => c.name === i.commandName);
    const option = def?.options.find((x) => x.name === focused.name);
    if (option?.autocomplete !== 'actor') return i.respond([]);
    const names = completeNames(o.store, String(focused.value).slice(0, CHOICE_LENGTH), CHOICES);
    // a cut that splits a surrogate pair would make Discord refuse the whole list
    await i.respond(names.map((n) => ({ name: sliceSafe(n.name, CHOICE_LENGTH), value: sliceSafe(n.name, CHOICE_LENGTH) })));
  }

  async function command(i: ChatInputCommandInteraction): Promise<void> {
    const def = o.commands.find((c) => c.name === i.commandName);
    if (!def) return problem(i, `I do not know /${i.commandName}. Type /help for the list.`);
    const args = Object.fromEntries(def.options.map((x) => [x.name, i.options.get(x.name)?.value]));
    const ctx: CommandContext = {
      store: o.store,
      commands: o.commands,
      // In a server, permissions are the member's in this channel; the definition's
      // default_member_permissions hides the command, this check enforces it.
      user: {
        id: i.user.id,
        name: i.user.username,
        manager:
          (i.memberPermissions?.has(MANAGER_PERMISSION) ?? false) && (!o.managerGuilds?.length || (i.guildId !== null && o.managerGuilds.includes(i.guildId))),
      },
      channel: { platform: 'discord', workspace: i.guildId ?? '', channel: i.channelId },
      ...(o.timezone ? { timezone: o.timezone } : {}),
      ...(o.schedule ? { schedule: o.schedule } : {}),
      ...(o.now ? { now: o.now } : {}),
    };
    const work = runner.run(def, ctx, args);
    const timer = new AbortController();
    const early = await Promise.race([work, delay(deferAfter, null, { signal: timer.signal })]);
    timer.abort();
    if (early) {
      if (early.kind === 'problem') return problem(i, early.message);
      return void (await i.reply(isPrivate(early) ? { ...renderDiscord(early), flags: MessageFlags.Ephemeral } : renderDiscord(early)));
    }

    await i.deferReply();
    const answer = await work;
    if (!isPrivate(answer)) {
      await i.editReply(renderDiscord(answer));
      return;
    }
    // the "thinking…" placeholder is public; a problem or a preview goes to the asker alone
    await i.deleteReply();
    await i.followUp(answer.kind === 'problem' ? privately(answer.message) : { ...renderDiscord(answer), flags: MessageFlags.Ephemeral });
  }

  async function problem(i: ChatInputCommandInteraction, message: string): Promise<void> {
    await i.reply(privately(message));
  }

  return {
    client,
    async start() {
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      const where = o.apiUrl ?? 'https://discord.com/api';
      try {
        await withDeadline(
          client.login(o.token).then(() => ready),
          o.startTimeoutMs ?? START_TIMEOUT_MS,
          `could not connect to Discord's gateway (REST at ${where})`,
        );
      } catch (err) {
        if (err instanceof StartError) throw err;
        throw new StartError(discordStartProblem(err, where), { cause: err });
      }
      logger.info({ user: client.user?.tag, guilds: client.guilds.cache.size }, 'discord ready');
    },
    async stop() {
      await inFlight.drain();
      await client.destroy();
    },
    async post(channelId, answer) {
      try {
        const channel = await client.channels.fetch(channelId);
        if (!channel?.isSendable()) throw new ChannelGone(`Discord channel ${channelId} does not take messages`);
        return (await channel.send(renderDiscord(answer))).id;
      } catch (err) {
        if (err instanceof DiscordAPIError && GONE.has(Number(err.code))) throw new ChannelGone(`Discord: ${err.message} (channel ${channelId})`, { cause: err });
        throw err;
      }
    },
  };
}

/** Why Discord could not be started, in one sentence naming what to check. */
export function discordStartProblem(err: unknown, where: string): string {
  const e = err as { code?: unknown; status?: unknown; message?: unknown; cause?: { code?: unknown } } | null;
  const code = e?.code ?? e?.cause?.code;
  if (code === 'TokenInvalid' || e?.status === 401) return 'Discord refused DISCORD_TOKEN; copy the bot token again from the Bot page at discord.com/developers/applications';
  if (code === 'DisallowedIntents') return 'Discord refused the gateway intents this bot asked for';
  if (err instanceof DiscordAPIError || err instanceof HTTPError) return `Discord refused to connect the bot: ${err.status} ${err.message}`;
  if (typeof code === 'string' && /^(?:ECONNREFUSED|ENOTFOUND|ETIMEDOUT|EAI_AGAIN|ECONNRESET|EHOSTUNREACH|ENETUNREACH|UND_ERR_CONNECT_TIMEOUT)$/.test(code))
    return `could not reach Discord at ${where} (${code}); check the network and DISCORD_API_URL`;
  return `could not connect to Discord (${typeof e?.message === 'string' ? e.message.split('\n')[0] : String(err)})`;
}

/** A plain message only the asker sees. */
function privately(message: string) {
  return { content: escapeDiscord(message), flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } } as const;
}

function rest(token: string, apiUrl?: string): REST {
  return new REST(apiUrl ? { api: apiUrl } : {}).setToken(token);
}

/** Register the slash commands: one guild (instant, for trying it out) or every guild (global). */
export async function deployCommands(o: { token: string; appId: string; commands: readonly AnyCommand[]; guildId?: string; apiUrl?: string }): Promise<number> {
  const body = discordCommands(o.commands);
  const route = o.guildId ? Routes.applicationGuildCommands(o.appId, o.guildId) : Routes.applicationCommands(o.appId);
  const saved = (await rest(o.token, o.apiUrl).put(route, { body })) as unknown[];
  return saved.length;
}

/** Discord's recommended shard count, asked through the configured REST base (a proxy or a stand-in). */
export async function recommendedShards(token: string, apiUrl?: string): Promise<number> {
  const r = (await rest(token, apiUrl).get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
  return Math.max(1, r.shards);
}
