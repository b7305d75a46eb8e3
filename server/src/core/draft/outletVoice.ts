// The voice of an institution that publishes its own release: a government department, an agency
// or a statistics office whose page the article was imported from (front matter `outlet`). Its
// figures that no one else is named for are its own; a news outlet's are the article's own voice.
import type { Article } from '../model/article';
import type { DraftActor } from './actors';
import type { DraftContext } from './context';
import { expansionIn, shortFormIn } from './abbreviation';

/** Words that name a public institution ("Department for Work and Pensions", "Stats NZ", "Environment Agency", "NOAA Fisheries Service"), the initials agencies publish under ("NOAA", "USGS") and statistics offices' own names ("Eurostat", "Destatis"). */
const INSTITUTION = /\b(?:Department|Ministry|Agency|Bureau|Government|Statistics|Stats|Office|Administration|Commission|Council|Authority|Executive|Treasury|Census|Board|Institutes?|Service|Survey|Customs|Coast Guard|Bank|Reserve|Fund|Police|Parliament|Court|United Nations|World Health Organization|IMF|OECD|NOAA|NASA|USGS|FEMA|EPA|CDC|NIH|FDA|USDA|ONS|ABS|HMRC|Eurostat|Destatis|INSEE|Istat|StatCan)\b/;
/**
 * Words that name a news outlet or a news service, even a government's own ("Army News Service", "Voice of
 * America"); and defence departments, which publish their news services' reporting (American Forces Press
 * Service, DOD News) under the department's name.
 */
const NEWS = /\b(?:News|Press|Voice of America|Wikinews|Global Voices|Times|Post|Herald|Journal|Radio|Television|TV|Broadcasting|Media|Magazine|Gazette|Tribune|Daily|Observatory|Defense|Defence)\b/i;

/**
 * The institution whose own release the article is, by its front matter's outlet, if the outlet is one:
 * named as the text names it (its initials "USDA", "HHS", "DWP"; "the Government"), so that its
 * figures and its mentions are one source.
 */
export function outletVoiceOf(article: Article, ctx: DraftContext): DraftActor | undefined {
  // (once per article and run: drafting asks for it per article, and again for "the department" and the like)
  const known = voices.get(article);
  if (known && known.ctx === ctx) return known.voice;
  const voice = findOutletVoice(article, ctx);
  voices.set(article, { ctx, voice });
  return voice;
}

/**
 * True when the article is an institution's own release by its front matter's outlet, whether or not its
 * text names the institution (its data paragraphs go on in the voice of the source they open with).
 */
export function isInstitutionRelease(article: Article): boolean {
  const outlet = article.meta.outlet?.trim();
  return !!outlet && INSTITUTION.test(outlet) && !NEWS.test(outlet);
}

/** Each article's outlet voice, with the run it was found in. */
const voices = new WeakMap<Article, { ctx: DraftContext; voice: DraftActor | undefined }>();

function findOutletVoice(article: Article, ctx: DraftContext): DraftActor | undefined {
  // (a note in brackets after the name says where the copy was read: "U.S. Department of Transportation (read in WisBusiness.com's copy)")
  // ("UK Government, Department for Transport": the department under its government speaks, as the text names it)
  // ("Statistics New Zealand media release": what kind of page it is, no part of the name)
  const outlet = article.meta.outlet?.replace(/\s*\([^()]*\)\s*$/, '').replace(GOVERNMENT_OVER, '').replace(/\s+(?:media|news|press)\s+releases?$/i, '').trim();
  if (!outlet) return revealingVoice(article, ctx);
  if (NEWS.test(outlet)) return undefined;
  // (the body only: the front matter's own `outlet:` line names it for every release)
  const text = article.syntax.text.slice(article.syntax.lines[0]?.span.start ?? 0);
  // ("New Zealand Government, Minister of Education": a minister's release is the minister's, as the text names her)
  const minister = MINISTERS_RELEASE.test(outlet) ? MINISTER_NAMED.exec(text) : null;
  if (minister) return ctx.actors.resolve(minister[0]);
  const allInitials = initialsOf(outlet);
  // ("Department for Environment, Food & Rural Affairs" printed as "Defra": a name's opening initials written as a word)
  const initials = allInitials.find((a) => new RegExp(`\\b${a}\\b`).test(text)) ?? openingInitialsAsWord(outlet, text);
  // (a body whose name has no institution's word is one when its release prints its initials: "UK Research and Innovation" as "UKRI")
  if (!INSTITUTION.test(outlet) && !(initials && initials === allInitials[0])) return undefined;
  // (and known by its whole name too: "HM Revenue and Customs (HMRC) has revealed" is the same voice)
  if (initials) {
    const actor = ctx.actors.resolve(initials);
    ctx.actors.learn(actor, outlet);
    return actor;
  }
  // ("New Zealand Government": "this Government", "the Government" in its own statements)
  const government = /\bGovernment$/.test(outlet) ? /\b(?:[Tt]his|[Tt]he) Government\b/.exec(text) : null;
  if (government) return ctx.actors.resolve(government[0]);
  // ("U.S. Environmental Protection Agency, Region 5": an institution's office the body names, "Region 5's enforcement efforts", is the voice)
  const office = OFFICE_AFTER.exec(outlet);
  if (office && !namedIn(outlet, text) && new RegExp(`\\b${office[1]}\\b`).test(text)) return ctx.actors.resolve(office[1]!);
  // ("Stats NZ" over a release that says "Statistics New Zealand said today": the whole name printed is its voice, the short one a form of it)
  // (and "Statistics New Zealand" over "Statistics NZ said today": the short form printed)
  const whole = namedIn(outlet, text) ? undefined : expansionIn(outlet, text) ?? shortFormIn(outlet, text);
  if (whole) {
    const actor = ctx.actors.resolve(whole);
    ctx.actors.learn(actor, outlet);
    return actor;
  }
  // (a release whose kept text never names its institution is said in no one's name: an actor is keyed to a name printed)
  if (!namedIn(outlet, text)) return undefined;
  const actor = ctx.actors.resolve(outlet);
  // ("U.S. Dept. of Transportation": the short form printed is a form of the same source)
  const short = SHORT_FORM.test(text) ? new RegExp(outlet.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/Department/g, 'Dept\\.?'), 'i').exec(text) : null;
  if (short) ctx.actors.learn(actor, short[0]);
  return actor;
}

/** An office an institution's outlet names after a comma: "U.S. Environmental Protection Agency, Region 5" (a region or a named office, capitalised; letters and digits only, safe in a pattern). */
const OFFICE_AFTER = /,\s*((?:Region|District|Division|Office)\s+[\p{Lu}\d][\p{L}\d]*)\s*$/u;

/** An outlet that is a minister's office under a government: "New Zealand Government, Minister of Health", "Australian Government, Treasurer". */
const MINISTERS_RELEASE = /^[\p{L} ]*Government,\s+(?:the\s+)?(?:(?:Associate|Acting|Deputy)\s+)?(?:Minister\b|Treasurer$)/u;
/** A minister named by office and name: "Education Minister Erica Stanford", "Associate Tourism Minister Dr Jonathan Coleman", "Treasurer Wayne Swan". */
const MINISTER_NAMED = /\b(?:(?:Associate|Acting|Deputy)\s+)?(?:(?:\p{Lu}\p{Ll}+\s+){1,2}Minister|Treasurer)\s+(?:(?:Hon|Dr|Mr|Ms|Mrs)\.?\s+)*\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,2}/u;

/** "Dept." or "Dept" before "of" / "for": the short form of "Department" in an institution's name. */
const SHORT_FORM = /\bDept\.?(?=\s+(?:of|for)\b)/;

/** True when the body prints the outlet's name ("Statistics Canada"), or its kind as "the department" / "the Commission". */
function namedIn(outlet: string, body: string): boolean {
  const name = outlet.replace(/^(?:the\s+)?(?:U\.S\.|US|UK)\s+/i, '');
  // ("U.S. Dept. of Transportation": the short form of the same name)
  const body2 = body.replace(new RegExp(SHORT_FORM.source, 'g'), 'Department');
  if (body2.toLowerCase().includes(name.toLowerCase())) return true;
  // ("Department for Communities and Local Government": "the government" names it as well as "the department")
  const kinds = name.match(new RegExp(INSTITUTION.source, 'g')) ?? [];
  return kinds.some((kind) => new RegExp(`\\b[Tt]he\\s+(?:[\\p{Lu}][\\p{L}.’'-]*\\s+){0,3}${kind}\\b`, 'iu').test(body2));
}

/** An institution revealing numbers in the present or perfect: "HMRC has revealed that ...", "HMRC reveals ... figures". */
const REVEALS = /(?:^|[.!?]\s+)((?:The\s+)?\p{Lu}[\p{L}&.’'-]*(?:\s+(?:of|for|and|\(\p{Lu}+\)|\p{Lu}[\p{L}&.’'-]*))*)\s+(?:has\s+revealed|have\s+revealed|reveals)\s+(?:that\b|(?:[\p{L}’'-]+\s+){0,4}?(?:figures|statistics|data|numbers)\b)/u;

/**
 * With no outlet given, an institution whose lead reveals its own numbers ("HM Revenue and Customs (HMRC) has
 * revealed that 2,828 customers filed ...", "HMRC reveals Self Assessment filing figures"): its release, in its voice.
 */
function revealingVoice(article: Article, ctx: DraftContext): DraftActor | undefined {
  const text = article.syntax.text;
  for (const line of article.syntax.lines.slice(0, 3)) {
    const revealed = REVEALS.exec(text.slice(line.span.start, line.span.end));
    if (!revealed || !INSTITUTION.test(revealed[1]!)) continue;
    const actor = ctx.actors.resolve(revealed[1]!);
    if (actor.kind !== 'person') return actor;
  }
  return undefined;
}

/**
 * True when a body line ends in a colon that introduces a list in its outlet's voice ("This includes:"), not
 * conditions ("customers can set up a plan online if they:" / "- owe less than £30,000": a rule, no one's count).
 */
export function introducesList(line: string): boolean {
  return /:\s*$/.test(line) && !/\b(?:if|unless|provided|where)\s+(?:they|you|it|he|she|we|the\s+[\p{L}-]+)\s*:\s*$/iu.test(line);
}

/** A release's heading for its background, after a speaker's statement: "Further information:", "Notes to editors" (what follows is no longer the speaker's). */
export const NOTES_HEADING = /^\s*(?:Further information|Notes? (?:to|for) editors|Editors?[’']? notes?|Background(?: information)?)\s*:?\s*$/i;

/** A national government named before the body under it that published the release: "UK Government, " in "UK Government, Department for Transport". */
const GOVERNMENT_OVER = /^(?:UK|British|Australian|New Zealand|Scottish|Welsh|Canadian|Irish)\s+Government,\s+(?=(?:the\s+)?(?:Department|Ministry|Office)\b)/;

/** The initials of the name's first four or more capitalised words as the text prints them as a word ("Defra", "Dcms"), if it does. */
function openingInitialsAsWord(name: string, text: string): string | undefined {
  const words = name.replace(/\./g, '').split(/[\s,]+/).filter((w) => /^\p{Lu}/u.test(w));
  for (let n = words.length; n >= 4; n--) {
    const word = words[0]![0]! + words.slice(1, n).map((w) => w[0]!.toLowerCase()).join('');
    if (new RegExp(`\\b${word}\\b`).test(text)) return word;
  }
  return undefined;
}

/** A name's initials, longest first, from each of its capitalised words on ("U.S. Department of Health and Human Services": USDHHS ... HHS), then its opening words' ("CDC" of "Centers for Disease Control and Prevention"); three letters or more. */
function initialsOf(name: string): string[] {
  const words = name.replace(/\./g, '').split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  const initial = (w: string) => (/^\p{Lu}{2,}$/u.test(w) ? w : w[0]!);
  // (and its opening words': "Centers for Disease Control and Prevention" as "CDC", after the whole name's "CDCP")
  const opening = words.slice(0, -1).map((_, k) => words.slice(0, words.length - 1 - k).map(initial).join(''));
  return [...words.map((_, k) => words.slice(k).map(initial).join('')), ...opening].filter((a) => a.length >= 3);
}

/**
 * A list item printed without its bullet under a line that introduces it: "sales were $184 billion, up $2.3 billion (1.3 percent)"
 * (lower case, no full stop), or a short name with its figure in brackets, "Australia (up 95,300)" (the list's last one
 * with its full stop too, "Korea (up 5,200).").
 */
export const UNMARKED_ITEM = /^\p{Ll}[^\n]{0,200}[^.!?:\s]\s*$|^\p{Lu}[\p{L}.’' -]{0,40}\s\([^()]{1,60}\)[,;.]?\s*$/u;

/** A single day as an as-of value ("2009-02-17"): a list under it tells what was done that day, not a period's counts. */
export const DAY = /^\d{4}-\d{2}-\d{2}$/;
