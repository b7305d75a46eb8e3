// Which actor a source phrase names: a registry actor (by id, name or alias, ignoring case,
// "the", possessives and titles), an actor already drafted or mentioned in the workspace
// ("Zelenskyy", "Volodymyr Zelenskyy" and "President Zelensky" are one), an earlier source the
// phrase refers back to ("he", "it", "the ministry"), or a new actor with a proposed id.
import type { Registry } from '../registry/types';
import { kebab } from '../untagged/naming';
import { isCountryName } from '../base/countries';
import { CONTRACTED } from './cueTokens';

/** What kind of source a phrase names, for resolving pronouns. */
export type SourceKind = 'person' | 'org' | 'group';

/** One actor a draft attributes figures to. */
export interface DraftActor {
  id: string;
  /** The name to write in the registry for a new actor. */
  name: string;
  /** Every way the text names it (aliases for a new registry entry). */
  forms: string[];
  kind: SourceKind;
  /** True when the registry defines it (nothing to add). */
  registered: boolean;
}

/** How a phrase refers: by name, by pronoun, or by a description ("the agency"). */
export type Reference = { by: 'pronoun'; kind: SourceKind | 'any' } | { by: 'description'; head: string } | { by: 'name' };

const TITLES = new Set(['president', 'administrator', 'prime', 'minister', 'foreign', 'defence', 'defense', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'chancellor', 'governor',
  'mayor', 'general', 'gen', 'commander', 'chief', 'director', 'senator', 'sen', 'rep', 'representative', 'dr', 'mr', 'mrs', 'ms', 'professor', 'prof', 'king', 'queen',
  'pope', 'judge', 'justice', 'ceo', 'chairman', 'chairwoman', 'chair', 'head', 'economist', 'statistician', 'statisticians', 'analyst', 'official', 'officer', 'researcher', 'scientist', 'coach', 'manager',
  'leader', 'deputy', 'vice', 'state', 'interior', 'health', 'finance', 'lt', 'col', 'colonel', 'sgt', 'captain', 'capt', 'adm', 'admiral', 'ambassador', 'envoy', 'founder',
  'executive', 'chief-executive', 'press', 'senior', 'former', 'acting', 'top', 'lawmaker', 'mp', 'police', 'fire', 'sheriff', 'attorney', 'commissioner', 'inspector', 'doctor',
  // ("Lead author Amanda Paluch", "epidemiologist Priya Shah")
  'author', 'co-author', 'lead', 'epidemiologist', 'correspondent', 'reporter', 'editor', 'lawyer', 'nurse', 'teacher', 'councilman', 'councilwoman', 'congressman',
  'congresswoman', 'candidate', 'prosecutor', 'defendant', 'owner', 'member', 'councilmember',
  // ("House speaker John Boehner", "senior adviser David Plouffe", "pollster Paul Schumaker", "relief coordinator Jan Egeland",
  // "Special Agent in Charge Aaron T. Ford", "Secretary-General Ban Ki-moon")
  'speaker', 'adviser', 'advisor', 'pollster', 'coordinator', 'strategist', 'agent', 'charge', 'secretary-general', 'undersecretary-general', 'under-secretary-general']);
const ORG_WORDS = new Set(['ministry', 'agency', 'corporation', 'institution', 'alliance', 'coalition', 'force', 'forces', 'army', 'military', 'government', 'bureau', 'department', 'office', 'service', 'services', 'council',
  'committee', 'company', 'bank', 'fund', 'organisation', 'organization', 'union', 'institute', 'center', 'centre', 'commission', 'authority', 'authorities', 'police',
  'court', 'party', 'group', 'staff', 'association', 'board', 'corps', 'command', 'administration', 'survey', 'poll', 'data', 'report', 'study', 'university', 'hospital',
  'inc', 'inc.', 'corp', 'corp.', 'ltd', 'ltd.', 'plc', 'co', 'co.', 'llc', 'gmbh', 'federation', 'league', 'club', 'network', 'guard', 'navy', 'parliament', 'congress', 'senate', 'cabinet', 'kremlin', 'pentagon', 'un',
  'who', 'nato', 'statistics', 'figures', 'census', 'exchange', 'market', 'index', 'society', 'foundation', 'red', 'crescent', 'cross', 'observatory', 'monitor',
  // ("The United Nations", "United Airlines", "the Associated Press" are no people)
  'nations', 'airlines', 'airways', 'press', 'times', 'post', 'news', 'industries', 'holdings', 'motors', 'systems', 'partners', 'advisers', 'advisors', 'associates', 'consulting', 'consultants', 'capital', 'labs', 'technologies', 'media', 'research', 'analytics', 'insights', 'program', 'programme', 'project', 'alliance', 'coalition', 'front', 'movement']);
const GROUP_WORDS = new Set(['officials', 'authorities', 'analysts', 'experts', 'economists', 'researchers', 'residents', 'witnesses', 'sources', 'observers', 'investigators', 'scientists', 'doctors', 'medics', 'police', 'rescuers']);
/** Counts that open a source's phrase ("two polls of voters"): no part of its id. */
const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'many', 'some', 'few', 'both', 'multiple', 'numerous']);
const PRONOUNS: Record<string, SourceKind | 'any'> = { he: 'person', she: 'person', him: 'person', her: 'person', it: 'org', they: 'any', them: 'any' };
const DETERMINERS = /^(?:the|a|an|this|that|these|those|its|their|his|her)\s+/i;

/** Lower-case words of a phrase with "the", possessives and punctuation gone. */
export function nameWords(phrase: string): string[] {
  return phrase.replace(/\.(?=\w)/g, '').toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[’']s\b/g, '').replace(/[^a-z0-9-\s]+/g, ' ')
    .split(/\s+/).filter((w) => w !== '' && w !== 'the' && w !== 'a' && w !== 'an');
}

/**
 * True when a name's word at `k` is a title, which its key leaves out ("the Prime Minister" keys as its title alone
 * elsewhere); a portfolio after "of" or "for" that ends the name is none: "Department of the Interior".
 */
function isTitleWord(words: readonly string[], k: number): boolean {
  return TITLES.has(words[k]!) && !(k === words.length - 1 && (words[k - 1] === 'of' || words[k - 1] === 'for'));
}

/** An office named "department of X" (a country's short name before it or not) keyed as "X department", as news names it. */
export function flippedOffice(key: string): string | undefined {
  const m = /^(?:(?:us|uk|u s)\s+)?(department|ministry)\s+of\s+(?:the\s+)?(.+)$/.exec(key);
  return m ? `${m[2]} ${m[1]}` : undefined;
}

/** A form's name words joined, read once per form (a title is looked up among every registry person's forms). */
const NAME_KEYS = new Map<string, string>();
function nameKey(form: string): string {
  let key = NAME_KEYS.get(form);
  if (key === undefined) {
    if (NAME_KEYS.size > 50_000) NAME_KEYS.clear(); // bounded all the same
    NAME_KEYS.set(form, (key = nameWords(form).join(' ')));
  }
  return key;
}

/** How a source phrase refers to its actor. */
export function referenceOf(phrase: string): Reference {
  const lower = phrase.trim().toLowerCase().replace(CONTRACTED, '$1');
  const pronoun = PRONOUNS[lower];
  if (pronoun) return { by: 'pronoun', kind: pronoun };
  // ("those data", "these companies": a demonstrative points back as "the" does)
  const m = /^(?:the|this|that|these|those)\s+([a-z\s-]+)$/.exec(lower);
  if (m && !/[A-Z]/.test(phrase.replace(/^(the|this|that|these|those)\s+/i, '')) && m[1]!.split(/\s+/).length <= 3) return { by: 'description', head: m[1]!.split(/\s+/).pop()! };
  return { by: 'name' };
}

/** The person's name inside a phrase ("Ukrainian President Volodymyr Zelenskyy" → "Volodymyr Zelenskyy"), or undefined. */
export function personName(phrase: string): string | undefined {
  // ("Dr. Mark Lee of the charity Health First": the name ends where "of" begins)
  // (not after a title: "Secretary of State for Wales Jo Stevens")
  const first = phrase.split(/,\s*/)[0]!;
  // (nor an institution's "of" before a title and a name: "U.S. Department of Transportation Secretary Rodney E. Slater")
  const of = [...first.matchAll(/\s+(?:of|from|at|with)\s+/g)].find((m) => !TITLES.has(/(\S+)$/.exec(first.slice(0, m.index))?.[1]?.toLowerCase() ?? '') && !titleThenName(first.slice(m.index! + m[0].length)));
  const cut = first.slice(0, of?.index).replace(DETERMINERS, '');
  const words = cut.split(/\s+/).filter(Boolean);
  // ("International Trade Secretary Dr Liam Fox MP": letters after a name are no part of it)
  while (words.length > 1 && /^(?:MP|MEP|MSP|MLA|QC|KC|OBE|CBE|MBE|KBE|DBE|Jr\.?|Sr\.?|II|III|IV|PhD|MD)$/.test(words[words.length - 1]!)) words.pop();
  // the trailing run of capitalised words that are not titles
  let i = words.length;
  // (a nickname in quotation marks is part of it: Addison D. “Tad” Davis IV)
  while (i > 0 && /^(?:[“"]?\p{Lu}|al-|el-|de$|van$|von$|bin$|da$)/u.test(words[i - 1]!) && !TITLES.has(words[i - 1]!.toLowerCase().replace(/\.$/, ''))) i--;
  const run = words.slice(i).map((w) => w.replace(/[’']s$/, ''));
  // ("Sierra Leone reported", "New Zealand's": a country speaks through its government)
  // ("ISD Scotland", "NHS Scotland", "ONS Wales": an institution's initials open no person's name; "NORMAN Y. MINETA" is one in capitals)
  if (run.length === 0 || isCountryName(run.join(' ')) || (/^\p{Lu}{3,}$/u.test(run[0]!) && run.slice(1).some((w) => /\p{Ll}/u.test(w)) && !TITLES.has(words[i - 1]?.toLowerCase().replace(/\.$/, '') ?? ''))) return undefined;
  const titled = i > 0 && TITLES.has(words[i - 1]!.toLowerCase().replace(/\.$/, ''));
  // ("Cabinet Secretary for Health and Social Care Jeremy Miles": a title's portfolio runs into the name, its last two words)
  // (a middle initial is no first name: "Secretary of Labor Hilda L. Solis")
  if (run.length >= 3 && words.slice(1, i).some((w, k) => (w === 'for' || w === 'of') && TITLES.has(words[k]!.toLowerCase()))) return run.slice(/^\p{Lu}\.$/u.test(run[run.length - 2]!) ? -3 : -2).join(' ');
  // an institution's words name no person, unless a title then a name end the phrase ("Electoral commission President Youssouf Bakayoko")
  if (!(titled && run.length >= 2) && words.some((w) => ORG_WORDS.has(w.toLowerCase().replace(/[’']s$/, '')) && !TITLES.has(w.toLowerCase()))) return undefined;
  // ("The Las Vegas Review-Journal": "the" before a name with no title is an institution's; "The Rev. Al Green" is a person)
  if (run.length >= 2 && run.length <= 4 && (titled || (i === 0 && !(/^the\s/i.test(first.trim()) && !run[0]!.endsWith('.'))))) return run.join(' ');
  if (run.length === 1 && titled) return run[0];
  return undefined;
}

/** True when a phrase ends on a title and then a name of two to four capitalised words ("Transportation Secretary Rodney E. Slater"). */
function titleThenName(rest: string): boolean {
  const words = rest.trim().split(/\s+/);
  let title = words.length - 1;
  while (title >= 0 && !TITLES.has(words[title]!.toLowerCase().replace(/\.$/, ''))) title--;
  const name = words.slice(title + 1);
  return title >= 0 && name.length >= 2 && name.length <= 4 && name.every((w) => /^\p{Lu}/u.test(w) && !TITLES.has(w.toLowerCase().replace(/\.$/, '')));
}

function kindOf(phrase: string): SourceKind {
  if (personName(phrase)) return 'person';
  const words = nameWords(phrase.split(/\s+(?:from|of|in|at|with)\s+/i)[0]!);
  const last = words[words.length - 1] ?? '';
  if (GROUP_WORDS.has(last)) return 'group';
  // "Ukraine's armed forces chief", "a senior military source", "a U.S. intelligence official": one person
  if (PERSON_ROLES.has(last)) return 'person';
  return 'org';
}

const PERSON_ROLES = new Set(['chief', 'source', 'official', 'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'commander', 'president', 'director', 'secretary',
  'governor', 'mayor', 'economist', 'analyst', 'expert', 'researcher', 'scientist', 'doctor', 'officer', 'diplomat', 'envoy', 'ambassador', 'adviser', 'advisor', 'aide', 'head', 'leader', 'witness', 'resident', 'lawmaker', 'senator', 'judge', 'prosecutor', 'coach', 'manager', 'ceo', 'founder', 'chairman', 'chairwoman', 'professor', 'author']);

/** Surname key of a person's name, loose enough for transliterations (Zelenskyy, Zelensky, Zelenskiy). */
function surnameKey(name: string): string {
  const last = nameWords(name).pop() ?? '';
  return last.replace(/(ii|iy|yy|y|i)$/, '');
}

/**
 * The actors of a workspace as drafting sees them: the registry's, those mentioned in
 * articles, and those proposed by drafts so far (shared across the articles of one run).
 */
export class ActorBook {
  private readonly actors: DraftActor[] = [];
  /** Normalised names and aliases → actor. */
  private readonly byName = new Map<string, DraftActor>();
  private readonly bySurname = new Map<string, DraftActor>();
  private readonly ids = new Map<string, DraftActor>();

  constructor(registry: Registry, mentioned: Iterable<{ id: string; text: string }> = []) {
    for (const [id, def] of registry.actors) {
      const forms = [def.name ?? '', ...def.aliases, id.replace(/-/g, ' ')].filter(Boolean);
      // (a registry actor without a kind is a person when its name is a person's: "Filipe Nyusi" is "he")
      const kind: SourceKind = def.kind === 'person' || (def.kind === undefined && def.name !== undefined && kindOf(def.name) === 'person') ? 'person' : 'org';
      this.add({ id, name: def.name ?? id, forms, kind, registered: true });
    }
    for (const m of mentioned) {
      const known = this.ids.get(m.id);
      if (known) this.learn(known, m.text);
      else this.add({ id: m.id, name: m.text, forms: [m.text], kind: kindOf(m.text), registered: false });
    }
  }

  /** Every actor proposed (not in the registry) so far. */
  proposed(): DraftActor[] {
    return this.actors.filter((a) => !a.registered);
  }

  get(id: string): DraftActor | undefined {
    return this.ids.get(id);
  }

  private add(actor: DraftActor): void {
    this.actors.push(actor);
    this.ids.set(actor.id, actor);
    for (const f of actor.forms) this.index(actor, f);
  }

  private index(actor: DraftActor, form: string): void {
    // ("The Prime Minister", "the Chancellor": a title alone is the name, its words the key)
    const words = nameWords(form);
    const key = words.filter((_, k) => !isTitleWord(words, k)).join(' ') || words.join(' ');
    if (key && !this.byName.has(key)) this.byName.set(key, actor);
    // ("U.S. Department of Commerce" is "the Commerce Department")
    const flipped = flippedOffice(key);
    if (flipped && !this.byName.has(flipped)) this.byName.set(flipped, actor);
    // "the Office for National Statistics" is "the ONS" later on
    const own = ownInitials(form);
    if (own && !this.byName.has(own)) this.byName.set(own, actor);
    const initials = initialsOf(form);
    if (actor.kind !== 'person' && initials && !this.byName.has(initials)) this.byName.set(initials, actor);
    const person = actor.kind === 'person' ? personName(form) ?? (form.split(/\s+/).length <= 4 ? form : undefined) : undefined;
    if (person) { const s = surnameKey(person); if (s.length >= 3 && !this.bySurname.has(s)) this.bySurname.set(s, actor); }
  }

  /** Records another form of an actor's name. */
  learn(actor: DraftActor, form: string): void {
    if (actor.forms.includes(form)) return;
    actor.forms.push(form);
    this.index(actor, form);
  }

  /** The known actor a name phrase names, or undefined. */
  find(phrase: string): DraftActor | undefined {
    const person = personName(phrase);
    if (person) {
      const hit = this.byName.get(nameWords(person).join(' ')) ?? this.bySurname.get(surnameKey(person));
      if (hit) return hit;
    }
    const all = nameWords(phrase.split(/,(?!\d{3}\b)\s*/)[0]!);
    const named = all.filter((w, k) => ORG_WORDS.has(w) || !isTitleWord(all, k));
    const words = named.length > 0 ? named : all;
    // ("HM Revenue and Customs (HMRC)" after "HMRC": a name with its initials in brackets is the one those initials name)
    const plain = words.join(' ');
    const exact = this.byName.get(plain) ?? this.byName.get(ownInitials(phrase) ?? '') ?? this.byName.get(flippedOffice(plain) ?? '') ?? (named.length < all.length ? this.byName.get(all.join(' ')) : undefined);
    if (exact) return exact;
    // ("Bank officials said": an institution's officials speak for it, when the text names it so)
    const of = words.length >= 2 && /^(?:officials|sources|spokesmen|spokespeople)$/.test(words[words.length - 1]!) ? this.byName.get(words.slice(0, -1).join(' ')) : undefined;
    if (of && of.kind !== 'person') return of;
    if (!person && words.length === 1) {
      const s = this.bySurname.get(surnameKey(words[0]!));
      if (s) return s;
    }
    // the longest known name the phrase contains as whole words ("Ukraine's air force said" ⊃ "ukraine air force"),
    // else one that starts with the whole phrase ("local officials" → "local officials in Nikopol")
    let best: { actor: DraftActor; size: number } | undefined;
    const joined = ` ${plain} `;
    for (const [key, actor] of this.byName) {
      if (!joined.includes(key)) continue; // (most names are not in the phrase at all: the cheap test first)
      const size = key.split(' ').length;
      if (size >= 2 && joined.includes(` ${key} `) && (!best || size > best.size)) best = { actor, size };
    }
    // ("the Bloomberg data show" read as "Bloomberg": the one registry organisation whose name or alias opens with the word)
    if (!best && words.length === 1 && !isCountryName(words[0]!)) {
      const opens = new Set([...this.byName].filter(([key, a]) => a.registered && a.kind !== 'person' && key.startsWith(`${words[0]} `)).map(([, a]) => a));
      if (opens.size === 1) return [...opens][0];
    }
    // ("Transport Secretary, Philip Hammond, said": a title read alone is the one registry person the registry
    // gives that title before a name, "Transport Secretary Philip Hammond")
    if (!best && !person && all.length >= 2 && all.length <= 4 && TITLES.has(all[all.length - 1]!)) {
      const titled = this.titled(all);
      if (titled) return titled;
    }
    if (best || words.length < 2) return best?.actor;
    for (const [key, actor] of this.byName) if (key.startsWith(plain) && ` ${key} `.startsWith(joined)) return actor;
    // ("the nonpartisan OpenSecrets": lower-case words that describe a one-word name before it)
    const printed = cleanForm(phrase).split(/\s+/);
    const name = printed[printed.length - 1]!;
    // (not a name after a preposition: "a senior military source from Kyiv" is a source, not Kyiv)
    if (/^\p{Lu}/u.test(name) && printed.slice(0, -1).every((w) => /^\p{Ll}/u.test(w) && !/^(?:from|of|in|at|with|for|near|inside|outside)$/.test(w))) return this.byName.get(nameWords(name).join(' '));
    return undefined;
  }

  /** The one registry person one of whose forms is the title `words` followed by a name, or undefined. */
  private titled(words: readonly string[]): DraftActor | undefined {
    const lead = `${words.join(' ')} `;
    const hits = new Set(this.actors.filter((a) => a.registered && a.kind === 'person' && a.forms.some((f) => nameKey(f).startsWith(lead) && !!personName(f))));
    return hits.size === 1 ? [...hits][0] : undefined;
  }

  /** The actor a name phrase names: a known one, else a new one with a proposed id. */
  resolve(phrase: string): DraftActor {
    // "NASA's count", "the ministry's latest figures": the data are their owner's
    // ("Today’s report", "This week's survey": the day it came out names no one)
    phrase = phrase.trim().replace(/^(?:today|yesterday|tonight|this\s+(?:week|month|year))[’']s\s+(?=\p{L})/iu, '');
    phrase = DATA_OF.exec(phrase)?.[1] ?? phrase;
    // ("New figures released", "New figures out": how they came out is no part of their name)
    phrase = phrase.replace(/^((?:new|latest|official|further|final|provisional|revised|updated)\s+(?:figures|data|statistics|numbers|results))\s+(?:released|published|out|issued)$/i, '$1');
    // ("government scientists released the results of a study ... indicating": those who released it)
    phrase = phrase.replace(/^(.+?)\s+(?:released|published|issued|presented|unveiled)\s.*$/is, '$1');
    // ("Moore and his team": the team speaks through the one who leads it)
    phrase = phrase.replace(/^(\p{Lu}.*?)\s+and\s+(?:his|her|their)\s+(?:team|colleagues|co-?authors|co-?workers)$/iu, '$1');
    const known = this.find(phrase);
    if (known) { this.learn(known, cleanForm(phrase)); return known; }
    const person = personName(phrase);
    const form = cleanForm(phrase);
    // "the real estate site Zillow", "the news agency Reuters": a descriptor before a name; the name is the id
    const described = DESCRIBED_NAME.exec(form)?.[1];
    // ("the Bureau of Transportation Statistics (BTS)": the initials it gives itself are its short name)
    const own = person ? undefined : ownInitials(form);
    // ("A poll of 1,500 voters conducted by Redfield and Wilton for Newsweek": who ran it names it, "redfield-wilton-poll")
    const ranBy = RAN_BY.exec(form);
    const words = ranBy ? [...nameWords(ranBy[2]!), ...(ranBy[1] ? [ranBy[1].toLowerCase()] : [])] : nameWords(described ?? form);
    const base = person ? kebab([surnameKeyWord(person)], 1) : own ? own : kebab(words.filter((w) => !/^\d/.test(w) && !NUMBER_WORDS.has(w) && !/^(and|of|for|in|on|at|to|by|from|with)$/.test(w)), 4);
    const actor: DraftActor = { id: this.freeId(base || 'source'), name: person ?? form, forms: [form], kind: kindOf(phrase), registered: false };
    this.add(actor);
    return actor;
  }

  private freeId(base: string): string {
    const id = /^[a-z0-9]/.test(base) ? base : `source-${base}`;
    if (!this.ids.has(id)) return id;
    for (let n = 2; ; n++) if (!this.ids.has(`${id}-${n}`)) return `${id}-${n}`;
  }
}

/** An owner and its data: "NASA’s count", "the ministry's latest figures", "Reuters' tally". */
const DATA_OF = /^(.+?)(?:[’']s|(?<=s)[’'])\s+(?:(?:latest|own|new|official|preliminary|final|updated)\s+)?(?:count|tally|figures|data|estimates?|statistics|numbers|calculations?|records|analysis)$/i;

/** A poll or survey (or those it asked) and who ran it: "A poll of 1,500 voters conducted by Redfield and Wilton", "a study commissioned by the council". */
export const RAN_BY = /^(?:(?:an?\s+|the\s+)?(?:[\p{L}\d,-]+\s+){0,2}(poll|survey|study)\b)?.*?\b(?:conducted|carried\s+out|commissioned)\s+by\s+(\p{Lu}[\p{L}&.’'-]*(?:\s+(?:and\s+|&\s+)?\p{Lu}[\p{L}&.’'-]*){0,3})/u;

/** A lower-case descriptor ending in a word for an institution, then a capitalised name. */
const DESCRIBED_NAME = /^(?:[a-z-]+\s+){0,3}(?:site|website|agency|company|firm|group|charity|maker|manufacturer|network|newspaper|broadcaster|bank|union|organi[sz]ation|carrier|airline|retailer|utility|service|outlet|platform|app|startup|lender|insurer|developer|operator)\s+((?:\p{Lu}[\p{L}\d&.’'-]*\s*){1,4})$/u;

/** The initials a name gives itself in brackets at its end ("the Bureau of Transportation Statistics (BTS)" → "bts"), or undefined. */
function ownInitials(form: string): string | undefined {
  return /\((\p{Lu}[\p{Lu}&.]{1,9})\)\s*$/u.exec(form)?.[1]!.replace(/[&.]/g, '').toLowerCase();
}

/** The initials of a name of two or more capitalised words ("Office for National Statistics" → "ons", "United Nations" → "un"), or undefined. */
function initialsOf(form: string): string | undefined {
  const words = cleanForm(form).split(/\s+/).filter((w) => !/^(?:of|for|and|the|on|in|&)$/i.test(w));
  // (two words only when they are the whole name: "the U.N." later is the United Nations; a country is no institution)
  if (words.length < 2 || words.length > 6 || !words.every((w) => /^\p{Lu}\p{Ll}/u.test(w) || (words.length > 2 && /^\p{Lu}/u.test(w))) || (words.length === 2 && isCountryName(words.join(' ')))) return undefined;
  return words.map((w) => w[0]!.toLowerCase()).join('');
}

function surnameKeyWord(name: string): string {
  return nameWords(name).pop() ?? name;
}

/** A phrase as a name form: no leading "the", no apposition after a comma. */
function cleanForm(phrase: string): string {
  // ("a new Pew Research Center survey": "new" describes the survey, no part of a name)
  return phrase.split(/,(?!\d{3}\b)\s*/)[0]!.replace(/^(?:[Tt]he|[Aa]n?)\s+(?:(?:new|latest|recent)\s+(?=\p{Lu}))?/u, '').trim();
}
