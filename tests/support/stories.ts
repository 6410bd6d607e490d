// A short made-up wire story for digest and watch tests: an appointment (a dated event), a quote
// whose speaker has a role, and a strike. Written as a Markdown file with front matter.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface StoryOptions {
  name?: string;
  role?: string;
  day?: string;
  topic?: string;
}

let stories = 0;

/** Writes story number n into `dir`; returns its file and title. */
export function writeStory(dir: string, defaultDay: string, o: StoryOptions = {}): { file: string; title: string } {
  const n = ++stories;
  const name = o.name ?? 'Marieke Janssen';
  const role = o.role ?? 'chief executive';
  const day = o.day ?? defaultDay;
  const topic = o.topic ?? 'harbour';
  const title = `Port story ${n}: ${topic} news`;
  const file = join(dir, `story-${n}.md`);
  writeFileSync(
    file,
    `---\ntitle: "${title}"\npublished: ${day}\n---\n\n` +
      `The Rotterdam port authority appointed ${name} on ${day}. ` +
      `"We will reopen the northern ${topic} terminal by spring," said ${name}, the ${role} of the port authority.\n\n` +
      `Dockworkers in Rotterdam went on strike on ${day}, the union said.\n`,
  );
  return { file, title };
}
