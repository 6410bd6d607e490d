// The Slack app manifest, derived from the command definitions: paste it into "Create an app ->
// From a manifest" and the slash commands, scopes and connection mode are all set.
import type { AnyCommand } from '../command.ts';
import { usageOf } from '../briefing/help.ts';
import { SLACK_PREFIX } from '../config.ts';

export interface ManifestOptions {
  prefix: string;
  /** Socket Mode (no public URL), or the public HTTPS base where Bolt listens. */
  mode: { socket: true } | { socket: false; url: string };
  name?: string;
}

/** Slack's limits: a command of at most 32 characters with its slash, a description up to 2000 and a usage hint up to 1000. */
const COMMAND_MAX = 32;

export function slackCommandName(prefix: string, name: string): string {
  return `/${prefix}${name}`;
}

/** Problems that would make Slack refuse the manifest. */
export function checkManifest(commands: readonly AnyCommand[], o: ManifestOptions): string[] {
  const problems: string[] = [];
  if (!SLACK_PREFIX.test(o.prefix)) problems.push(`the command prefix "${o.prefix}" may hold only lower-case letters, digits, - and _`);
  for (const c of commands) {
    const full = slackCommandName(o.prefix, c.name);
    if (full.length > COMMAND_MAX) problems.push(`${full} is longer than Slack's ${COMMAND_MAX} characters; use a shorter prefix`);
  }
  if (!o.mode.socket && !/^https:\/\//.test(o.mode.url)) problems.push('the request URL must start with https:// (Slack calls it from the internet)');
  return problems;
}

export function slackManifest(commands: readonly AnyCommand[], o: ManifestOptions) {
  const name = o.name ?? 'briefbot';
  const url = o.mode.socket ? null : `${o.mode.url.replace(/\/+$/, '')}/slack/events`;
  return {
    display_information: {
      name,
      description: 'Who is who, what happened when, who said what: answers from your articles, with sources.',
      background_color: '#1d3557',
    },
    features: {
      bot_user: { display_name: name, always_online: true },
      slash_commands: commands.map((c) => ({
        command: slackCommandName(o.prefix, c.name),
        description: c.description,
        // Slack shows this after the command name as the user types
        usage_hint: usageOf(c).replace(/^\/\S+\s*/, ''),
        should_escape: false,
        ...(url ? { url } : {}),
      })),
    },
    oauth_config: {
      scopes: {
        // commands: slash commands; chat:write: digests; users:read: manager checks (admins, owners)
        bot: ['commands', 'chat:write', 'users:read'],
      },
    },
    settings: {
      org_deploy_enabled: false,
      socket_mode_enabled: o.mode.socket,
      token_rotation_enabled: false,
    },
  };
}
