// Made-up articles for the curation page's tests: two stories about one man that the extractor
// keeps apart as two actors (Najeem Almasri, Osama Almasri), and one whose text is hostile HTML.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const NAJEEM_STORY = `---
title: "Harbour police chief detained in Turin"
published: 2025-01-19
---

Italian police arrested Najeem Almasri in Turin on January 19, 2025. Almasri, the commander of the Harbour Guard in Misrata, had travelled to Italy for a football match. Interior Minister Carla Ventresca said the arrest followed a warrant from the International Criminal Court. "We acted on the warrant within hours," Ventresca said.

Najeem Almasri met prosecutors in Rome in March 2024. The Court of Appeal released Najeem Almasri on January 21, 2025. Years earlier, the Misrata council had dismissed Almasri from the port police.
`;

export const OSAMA_STORY = `---
title: "Misrata commander flown home"
published: 2025-02-03
---

Osama Almasri, the commander of the Harbour Guard in Misrata, was flown home on a government jet. Carla Ventresca defended the decision in parliament on February 3, 2025. "There was no choice," Ventresca told reporters.

Osama Almasri was sanctioned by the European Union in 2023.
`;

/** Markup and quotes in a title and in sentences: the page must show them as text. */
export const HOSTILE_STORY = `Title: Mayor <script>alert("pwned")</script> & "friends" </textarea>
Published: 2024-06-02

The mayor of Portvale, Edda <b>Kranz</b>, said "<script>alert(1)</script>" was written on the town hall door on June 1, 2024. Police arrested Tomas Vell in Portvale on June 2, 2024 after a chase. "We will find who wrote <img src=x onerror=alert(2)>," Kranz said.
`;

/** Writes the stories into `dir`; `hostile` adds the hostile one. */
export function writeWebStories(dir: string, o: { hostile?: boolean } = {}): { najeem: string; osama: string; hostile: string | null } {
  const najeem = join(dir, 'najeem.md');
  const osama = join(dir, 'osama.md');
  writeFileSync(najeem, NAJEEM_STORY);
  writeFileSync(osama, OSAMA_STORY);
  let hostile: string | null = null;
  if (o.hostile) {
    hostile = join(dir, 'portvale.txt');
    writeFileSync(hostile, HOSTILE_STORY);
  }
  return { najeem, osama, hostile };
}
