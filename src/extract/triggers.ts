// The words news is made of: verbs and nouns that tell something happened, by the kind of event.
// A word is found by its form ("arrested", "acquisition") or, for verbs, by its lemma from
// compromise ("bought" -> buy), so every inflection of a listed verb is covered. Verbs outside the
// list may still tell an event (see `genericVerb`): the extractor keeps those only when the text
// dates them and names who did it, which is what separates "Crew-8 lifted off on Sunday" from
// "the plan involves cuts".
import type { EventType } from '../domain.ts';

export interface TriggerRule {
  type: EventType;
  /** Lower-case word forms (verbs and nouns) that signal the event. */
  forms: string[];
  /** Word to use in a summary, past tense. */
  verb: string;
  /** Verb lemmas of the event ("buy", "acquire"): any inflection counts. */
  lemmas?: string[];
  /** A verb outside the lists: kept only when dated and done by a named actor. */
  generic?: boolean;
  /** Two words that tell it together ("found guilty"): `verb` is how a summary says it. */
  phrase?: boolean;
}

/** Event triggers. Matching is by word form, then by verb lemma. */
export const TRIGGERS: TriggerRule[] = [
  { type: 'arrest', verb: 'arrested', lemmas: ['arrest', 'detain', 'apprehend', 'capture'], forms: ['arrest', 'arrested', 'arrests', 'arresting', 'detained', 'detain', 'detains', 'apprehended', 'captured', 'detention'] },
  { type: 'release', verb: 'released', lemmas: ['release', 'free', 'pardon'], forms: ['release', 'released', 'releases', 'releasing', 'freed', 'frees', 'freeing', 'pardoned'] },
  { type: 'acquit', verb: 'acquitted', lemmas: ['acquit'], forms: ['acquitted', 'acquittal'] },
  { type: 'meet', verb: 'met', lemmas: ['meet', 'host'], forms: ['met', 'meet', 'meets', 'meeting', 'meetings', 'hosted', 'summit'] },
  { type: 'talks', verb: 'held talks with', lemmas: ['negotiate', 'discuss'], forms: ['talks', 'negotiations', 'negotiated', 'negotiate', 'discussed', 'discussions'] },
  { type: 'visit', verb: 'visited', lemmas: ['visit', 'tour', 'arrive'], forms: ['visit', 'visited', 'visits', 'visiting', 'trip'] },
  { type: 'expel', verb: 'expelled', lemmas: ['expel', 'deport', 'extradite'], forms: ['expelled', 'expel', 'expels', 'expulsion', 'deported', 'deport', 'deportation', 'deports', 'removal', 'extradited', 'extradition'] },
  { type: 'investigate', verb: 'investigated', lemmas: ['investigate', 'probe'], forms: ['investigation', 'investigations', 'investigate', 'investigated', 'investigating', 'probe', 'probed', 'inquiry'] },
  { type: 'complaint', verb: 'filed a complaint against', lemmas: ['sue'], forms: ['complaint', 'complaints', 'lawsuit', 'sued', 'sues'] },
  { type: 'accuse', verb: 'accused', lemmas: ['accuse', 'blame'], forms: ['accused', 'accuse', 'accuses', 'accusing', 'accusation', 'accusations', 'alleged', 'blamed'] },
  { type: 'charge', verb: 'charged', lemmas: ['charge', 'indict'], forms: ['charged', 'charges', 'indicted', 'indictment'] },
  { type: 'kidnap', verb: 'kidnapped', lemmas: ['kidnap', 'abduct'], forms: ['kidnapped', 'kidnap', 'kidnapping', 'kidnappers', 'abducted', 'abduction', 'hostage', 'hostages'] },
  { type: 'announce', verb: 'announced', lemmas: ['announce', 'unveil'], forms: ['announced', 'announces', 'unveiled', 'announcement'] },
  { type: 'sign', verb: 'signed', lemmas: ['sign'], forms: ['signed', 'sign', 'signs', 'signing', 'agreement', 'agreements', 'accord', 'deal', 'treaty', 'ceasefire', 'truce', 'memorandum'] },
  { type: 'attack', verb: 'attacked', lemmas: ['attack', 'bomb', 'shell', 'raid', 'storm'], forms: ['attack', 'attacked', 'attacks', 'bombed', 'bombing', 'shelled', 'shelling', 'airstrike', 'airstrikes', 'assault', 'raid', 'raided'] },
  { type: 'kill', verb: 'killed', lemmas: ['kill', 'murder', 'assassinate', 'stab'], forms: ['killed', 'kill', 'kills', 'killing', 'assassinated', 'assassination', 'murdered', 'murder', 'murders', 'shot', 'stabbed'] },
  { type: 'die', verb: 'died', lemmas: ['die'], forms: ['died', 'dies', 'death'] },
  { type: 'injure', verb: 'injured', lemmas: ['injure', 'wound'], forms: ['injured', 'wounded'] },
  { type: 'deny', verb: 'was denied', forms: ['denied', 'denies', 'deny', 'refused'] },
  { type: 'reject', verb: 'rejected', lemmas: ['reject', 'veto'], forms: ['rejected', 'rejects', 'vetoed', 'rejection'] },
  { type: 'resign', verb: 'resigned', lemmas: ['resign', 'quit'], forms: ['resigned', 'resign', 'resigns', 'resignation', 'resignations', 'quit', 'stepped'] },
  // leaving a post by retiring is told in its own word ("retired", not "resigned")
  { type: 'resign', verb: 'retired', lemmas: ['retire'], forms: ['retired', 'retires', 'retiring', 'retirement'] },
  { type: 'appoint', verb: 'appointed', lemmas: ['appoint', 'nominate', 'hire', 'name'], forms: ['appointed', 'appoint', 'appointment', 'appointments', 'nominated', 'nomination', 'sworn', 'hired'] },
  { type: 'dismiss', verb: 'dismissed', lemmas: ['sack', 'oust', 'dismiss', 'depose'], forms: ['sacked', 'ousted', 'dismissed', 'dismissal', 'ouster'] },
  { type: 'elect', verb: 'won an election', lemmas: ['elect', 're-elect'], forms: ['elected', 'election', 'elections', 're-elected', 'reelected'] },
  { type: 'win', verb: 'beat', lemmas: ['win', 'beat', 'defeat', 'clinch', 'edge', 'overcome', 'thrash', 'rout', 'trounce', 'hammer', 'crush', 'thump'], forms: ['won', 'win', 'beat', 'beaten', 'victory', 'victories', 'triumph', 'thrashed', 'routed', 'trounced', 'hammered', 'crushed', 'thumped'] },
  { type: 'lose', verb: 'lost', lemmas: ['lose', 'concede'], forms: ['lost', 'loses', 'lose', 'conceded', 'concedes', 'conceding', 'concession'] },
  { type: 'sentence', verb: 'sentenced', lemmas: ['sentence', 'jail', 'imprison'], forms: ['sentenced', 'jailed', 'imprisoned', 'sentencing'] },
  { type: 'convict', verb: 'convicted', lemmas: ['convict'], forms: ['convicted', 'conviction', 'verdict'] },
  { type: 'plead', verb: 'pleaded', lemmas: ['plead'], forms: ['pleaded', 'pled', 'pleads', 'plea'] },
  { type: 'appear', verb: 'appeared in court', forms: ['appeared', 'appears', 'appear', 'appearance'] },
  { type: 'remand', verb: 'was remanded', lemmas: ['remand'], forms: ['remanded'] },
  { type: 'rule', verb: 'ruled', lemmas: ['rule', 'uphold', 'overturn'], forms: ['ruled', 'ruling', 'upheld', 'overturned'] },
  { type: 'acquire', verb: 'agreed to buy', lemmas: ['acquire', 'buy', 'purchase'], forms: ['acquisition', 'acquisitions', 'takeover', 'buyout', 'purchase'] },
  { type: 'merge', verb: 'merged with', lemmas: ['merge'], forms: ['merger', 'merged'] },
  { type: 'sell', verb: 'sold', lemmas: ['sell', 'divest'], forms: ['sold', 'sells'] },
  { type: 'invest', verb: 'invested in', lemmas: ['invest'], forms: ['invested'] },
  { type: 'launch', verb: 'launched', lemmas: ['launch'], forms: ['launch', 'launched', 'liftoff', 'blastoff'] },
  { type: 'ground', verb: 'grounded', lemmas: ['ground'], forms: ['grounded', 'grounding'] },
  { type: 'ban', verb: 'banned', lemmas: ['ban', 'prohibit', 'suspend', 'bar'], forms: ['banned', 'ban', 'bans', 'suspended', 'suspension', 'barred'] },
  { type: 'sanction', verb: 'sanctioned', lemmas: ['sanction'], forms: ['sanctioned', 'sanctions'] },
  { type: 'crash', verb: 'crashed', lemmas: ['crash', 'collide'], forms: ['crash', 'crashed', 'collision'] },
  { type: 'vote', verb: 'voted', lemmas: ['vote'], forms: ['voted', 'vote', 'votes', 'referendum'] },
  { type: 'approve', verb: 'approved', lemmas: ['approve', 'ratify', 'pass', 'adopt', 'endorse'], forms: ['approved', 'approval', 'ratified', 'passed'] },
  { type: 'publish', verb: 'published', lemmas: ['publish'], forms: ['published', 'publication'] },
  { type: 'discover', verb: 'discovered', lemmas: ['discover', 'unearth'], forms: ['discovered', 'discovery', 'unearthed'] },
  { type: 'protest', verb: 'protested', lemmas: ['protest', 'demonstrate'], forms: ['protest', 'protests', 'protested', 'demonstration', 'demonstrations', 'rally'] },
  { type: 'payment', verb: 'paid', lemmas: ['pay'], forms: ['paid', 'ransom'] },
];

const BY_FORM = new Map<string, TriggerRule>();
const BY_LEMMA = new Map<string, TriggerRule>();
for (const rule of TRIGGERS) {
  for (const form of rule.forms) if (!BY_FORM.has(form)) BY_FORM.set(form, rule);
  for (const lemma of rule.lemmas ?? []) if (!BY_LEMMA.has(lemma)) BY_LEMMA.set(lemma, rule);
}

/** The event a word form signals ("arrested", "acquisition"). */
export function triggerFor(word: string): TriggerRule | undefined {
  return BY_FORM.get(word.toLowerCase());
}

/** The event a verb signals by its lemma ("bought" -> buy -> acquire). */
export function triggerForLemma(lemma: string): TriggerRule | undefined {
  return BY_LEMMA.get(lemma.toLowerCase());
}

/**
 * Verbs that never tell a happening on their own: being and having, saying and thinking (what
 * someone says is a quote, not an event), wanting and planning, seeming, and the light verbs
 * whose meaning comes from their object.
 */
const NOT_EVENTS = new Set(
  (
    'be have do get make take give put set let keep go come seem appear look feel become remain stay ' +
    'say tell add note state claim explain think believe know expect hope want need wish like love hate fear worry doubt ' +
    'mean include involve represent cost contain continue consider describe call name show suggest ' +
    'indicate argue insist warn urge declare comment reply write read speak talk ask answer confirm ' +
    'estimate plan intend aim seek try allow help follow use see hear watch find learn understand ' +
    'agree disagree deny admit acknowledge recall remember refer mention cite quote believe ' +
    'tweet share list rank total turn order number average amount exceed reach face lead live work run ' +
    'serve mark bring provide offer receive hold tend happen occur seem sound play stand sit lie ' +
    'begin start end stop fail manage decide choose prefer require depend rely base focus own ' +
    // participles that name or place rather than tell: "known as", "based in", "aged 30"
    'seen saw known call dub nickname title entitle locate headquarter headquartered age prepare brand affiliate compare cause ' +
    // states told with a verb: "has struggled with performance", "what was being billed as his return"
    'struggle bill'
  ).split(' '),
);

/** A verb outside the lists that may still tell a dated happening ("evacuated", "scrubbed"). */
export function genericVerb(lemma: string, pastForm: string): TriggerRule | undefined {
  const l = lemma.toLowerCase();
  if (!/^[a-z][a-z-]+$/.test(l) || NOT_EVENTS.has(l) || NOT_EVENTS.has(pastForm.toLowerCase())) return undefined;
  // "long-mentioned", "much-anticipated", "well-known": an adverb joined to a participle describes
  if (/^(?:long|much|well|widely|often|oft|ill|best|least|most|highly|newly|little|so)-/.test(l)) return undefined;
  return { type: 'other', verb: pastForm, forms: [], generic: true };
}

/** Event types, by any of their word forms or lemmas, for queries like "/when Almasri released". */
export function eventTypeForWord(word: string, lemma?: string): EventType | undefined {
  const w = word.toLowerCase();
  const rule = BY_FORM.get(w) ?? (lemma ? BY_LEMMA.get(lemma.toLowerCase()) : undefined) ?? BY_LEMMA.get(w) ?? TRIGGERS.find((r) => r.type === w);
  return rule?.type;
}
