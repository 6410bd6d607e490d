// Discord's registration JSON, derived from the command definitions: what `discord deploy`
// sends with PUT /applications/{app}/commands, and what its --print shows.
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  InteractionContextType,
  PermissionFlagsBits,
  type APIApplicationCommandBasicOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { AnyCommand, OptionDef } from '../command.ts';


/** Channel managers: who may run commands marked `access: 'managers'`. */
export const MANAGER_PERMISSION = PermissionFlagsBits.ManageChannels;

/** Longest string Discord takes in a string option; our own limit on a typed line is lower. */
const MAX_STRING = 2000;

export function discordCommands(commands: readonly AnyCommand[]): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return commands.map((c) => ({
    type: ApplicationCommandType.ChatInput,
    name: c.name,
    description: c.description,
    // servers only: manager checks need a member with permissions, and digests post to channels
    contexts: [InteractionContextType.Guild],
    // null = everyone; a permission string hides the command from members who lack it
    default_member_permissions: c.access === 'managers' ? MANAGER_PERMISSION.toString() : null,
    options: c.options.map(optionJson),
  }));
}

function optionJson(o: OptionDef): APIApplicationCommandBasicOption {
  const base = { name: o.name, description: o.description, required: Boolean(o.required) };
  if (o.type === 'integer') return { ...base, type: ApplicationCommandOptionType.Integer };
  if (o.type === 'boolean') return { ...base, type: ApplicationCommandOptionType.Boolean };
  if (o.choices) return { ...base, type: ApplicationCommandOptionType.String, choices: o.choices.map((c) => ({ name: c, value: c })) };
  return o.autocomplete
    ? { ...base, type: ApplicationCommandOptionType.String, max_length: MAX_STRING, autocomplete: true }
    : { ...base, type: ApplicationCommandOptionType.String, max_length: MAX_STRING };
}
