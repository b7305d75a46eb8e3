// Dates as pages write them (ISO 8601 with or without time and zone, RFC 2822, "March 5, 2024",
// "5 March 2024", "5. März 2024" (month names in nine languages), "Mon Aug 03 12:45:00 EDT 2015",
// 2024/03/05, 2024.03.05, 2024-03-05 inside a line, 2024年3月5日, 20240305, 05.03.2024, 5. 3. 2024, 30.10.23, 3/05/2024 and 3/05/24 as US pages
// write them) read to the calendar date YYYY-MM-DD as written:
// a time zone never shifts the day, since the day the page states is the one its readers saw.
// A UTC timestamp gives way to the local day the page states elsewhere (localDay).

/** Month names and abbreviations in English, German, French, Spanish, Italian, Portuguese, Dutch, Russian and Ukrainian, lower case. */
const MONTH_NAMES = new Map<string, number>();
[
  'january jan', 'february feb', 'march mar', 'april apr', 'may', 'june jun', 'july jul', 'august aug', 'september sep sept', 'october oct', 'november nov', 'december dec',
  'januar jänner', 'februar feber', 'märz mär mrz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober okt', 'november', 'dezember dez',
  'janvier janv', 'février févr fév fevrier', 'mars', 'avril avr', 'mai', 'juin', 'juillet juil', 'août aout', 'septembre', 'octobre', 'novembre', 'décembre déc decembre',
  'enero ene', 'febrero', 'marzo', 'abril abr', 'mayo', 'junio', 'julio', 'agosto ago', 'septiembre setiembre', 'octubre', 'noviembre', 'diciembre dic',
  'gennaio gen', 'febbraio', 'marzo', 'aprile', 'maggio mag', 'giugno giu', 'luglio lug', 'agosto', 'settembre set', 'ottobre ott', 'novembre', 'dicembre',
  'janeiro', 'fevereiro fev', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro out', 'novembro', 'dezembro',
  'januari', 'februari', 'maart mrt', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december',
  // Russian and Ukrainian: after a day the genitive (15 августа), alone the nominative
  'января январь янв', 'февраля февраль фев', 'марта март мар', 'апреля апрель апр', 'мая май', 'июня июнь июн', 'июля июль июл', 'августа август авг', 'сентября сентябрь сен сент', 'октября октябрь окт', 'ноября ноябрь ноя', 'декабря декабрь дек',
  'січня січень січ', 'лютого лютий лют', 'березня березень бер', 'квітня квітень квіт', 'травня травень трав', 'червня червень черв', 'липня липень лип', 'серпня серпень серп', 'вересня вересень вер', 'жовтня жовтень жовт', 'листопада листопад лист', 'грудня грудень груд',
].forEach((names, i) => { for (const n of names.split(' ')) MONTH_NAMES.set(n, (i % 12) + 1); });

/**
 * The date in `text` as YYYY-MM-DD, or undefined when it holds no real calendar date. `dayFirst`:
 * the page is written where a date with slashes puts the day first (`02/10/2020` is 2 October in
 * an en-GB page); else the month comes first, as US pages write it, unless it cannot be a month.
 */
export function toIsoDate(text: string | undefined | null, dayFirst = false): string | undefined {
  if (!text) return undefined;
  const s = text.trim();
  // Each form in turn, each place it matches; one that is no real date ("00 EDT 2015") lets the next try.
  for (const [re, read] of FORMS) {
    for (const m of s.matchAll(re)) {
      const date = read(m, dayFirst);
      if (date) return date;
    }
  }
  return undefined;
}

const MONTH = '(\\p{L}{3,}\\.?)';
const FORMS: [RegExp, (m: RegExpMatchArray, dayFirst: boolean) => string | undefined][] = [
  [/^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])/g, (m) => checked(+m[1]!, +m[2]!, +m[3]!)],
  [/^(\d{4})\/(\d{1,2})\/(\d{1,2})\b/g, (m) => checked(+m[1]!, +m[2]!, +m[3]!)],
  // 2019年3月5日, as Japanese and Chinese pages write it
  [/(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g, (m) => checked(+m[1]!, +m[2]!, +m[3]!)],
  // 2019/3/5 or 2019.03.05 inside a line ("公開日：2019/3/5"), year first
  [/(?:^|[^\d./])(\d{4})([/.])(\d{1,2})\2(\d{1,2})(?![\d./])/g, (m) => checked(+m[1]!, +m[3]!, +m[4]!)],
  [/^(\d{4})(\d{2})(\d{2})(?:$|T)/g, (m) => checked(+m[1]!, +m[2]!, +m[3]!)],
  // 2023-11-07 inside a line ("Written: 2023-11-07 15:03:30", "Posted 2021-10-16 | ..."), two-digit month and day, not part of a longer run of numbers and dashes
  [/(?<![\p{L}\d./-])(\d{4})-(\d{2})-(\d{2})(?![\d/-]|\.\d)/gu, (m) => checked(+m[1]!, +m[2]!, +m[3]!)],
  // 5 March 2024, 5. März 2024, 5 mars 2024, 5 de marzo de 2024
  [new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th|er)?\\.?\\s+(?:de\\s+)?${MONTH},?\\s+(?:de\\s+|del\\s+)?(\\d{4})(?!\\d)`, 'gu'), (m) => checked(+m[3]!, monthOf(m[2]!), +m[1]!)],
  // March 5, 2024
  [new RegExp(`(?<![\\p{L}])${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'gu'), (m) => checked(+m[3]!, monthOf(m[1]!), +m[2]!)],
  // Mon Aug 03 12:45:00 EDT 2015, as JavaScript and Java print a date
  [/\b([A-Za-z]{3,})\.? (\d{1,2}),? \d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp]\.?[Mm]\.?)?(?: [A-Z]{2,5})? (\d{4})\b/g, (m) => checked(+m[3]!, monthOf(m[1]!), +m[2]!)],
  // 05.03.2024, as German, Czech and Russian pages write it, also inside a line ("Datum: 05.03.2024")
  // (not `28.09.1912:44`, a two-digit year glued to a time by markup)
  [/(?<![\p{L}\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.]|:\d)/gu, (m) => checked(+m[3]!, +m[2]!, +m[1]!)],
  // 4. 2. 2022, with a space (or a thin or no-break space) after each dot, as Czech, Slovak and some German pages write it
  [/(?<![\p{L}\d.])(\d{1,2})\.\s(\d{1,2})\.\s(\d{4})(?!\.?\d|:\d)/gu, (m) => checked(+m[3]!, +m[2]!, +m[1]!)],
  // 30.10.23: a two-digit year only after a two-digit day and month (never 1.2.23, a version)
  [/(?<![\p{L}\d.])(\d{2})\.(\d{2})\.(\d{2})(?![\d.])/gu, (m) => checked(+m[3]! + (+m[3]! >= 70 ? 1900 : 2000), +m[2]!, +m[1]!)],
  // 3/05/2024 inside a line; 3/05/24 only alone
  [/(?<![\p{L}\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/gu, (m, dayFirst) => slashDate(+m[1]!, +m[2]!, m[3]!, dayFirst)],
  [/^(\d{1,2})\/(\d{1,2})\/(\d{2})(?![\d/])/g, (m, dayFirst) => slashDate(+m[1]!, +m[2]!, m[3]!, dayFirst)],
];

/**
 * A date written with slashes, month first as US pages write it (3/09/15, 3/9/2015), day first
 * when the first number cannot be a month (21/12/2018) or the page writes the day first and the
 * second number can be a month. A two-digit year is 19xx from 70 on, else 20xx.
 */
function slashDate(first: number, second: number, year: string, dayFirst: boolean): string | undefined {
  const y = year.length === 4 ? +year : +year + (+year >= 70 ? 1900 : 2000);
  return first > 12 || (dayFirst && second <= 12) ? checked(y, second, first) : checked(y, first, second);
}

/** The month number of a month name or abbreviation (MONTH_NAMES, a trailing period allowed), or 0. */
function monthOf(name: string): number {
  return MONTH_NAMES.get(name.toLowerCase().replace(/\.$/, '')) ?? 0;
}

/** YYYY-MM-DD when the three make a real date in a plausible range, else undefined. */
function checked(year: number, month: number, day: number): string | undefined {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return undefined;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A timestamp with its zone (`2017-02-24T01:18:13Z`, `2017-02-23 17:18:13 -0800`): its instant, and whether it is written in UTC. */
export function instantOf(text: string | undefined | null): { ms: number; utc: boolean } | undefined {
  // RFC 2822 (`Sat, 19 Oct 2019 00:04:00 +0200`), as meta tags and feeds write it
  const rfc = /^\s*(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{2}:\d{2}(?::\d{2})?\s*([+-]\d{4}|GMT|UTC|Z)\s*$/i.exec(text ?? '');
  if (rfc) {
    const ms = Date.parse(text!.trim());
    return Number.isNaN(ms) ? undefined : { ms, utc: !/^[+-]/.test(rfc[1]!) || /^[+-]0000$/.test(rfc[1]!) };
  }
  const m = /^\s*(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})\s*$/i.exec(text ?? '');
  if (!m) return undefined;
  const zone = m[3]!.toUpperCase() === 'Z' ? 'Z' : `${m[3]!.slice(0, 3)}:${m[3]!.slice(-2)}`;
  const ms = Date.parse(`${m[1]}T${m[2]}${zone}`);
  return Number.isNaN(ms) ? undefined : { ms, utc: zone === 'Z' || /^[+-]00:00$/.test(zone) };
}

/** A timestamp without a zone, to the second (`2023-11-08 17:49:09`), read as if in UTC; else undefined. */
function wallTime(text: string | undefined | null): number | undefined {
  const m = /^\s*(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}:\d{2})(?:\.\d+)?\s*$/.exec(text ?? '');
  if (!m) return undefined;
  const ms = Date.parse(`${m[1]}T${m[2]}Z`);
  return Number.isNaN(ms) ? undefined : ms;
}

const HOUR = 3_600_000;

/**
 * The day of `chosen`, unless it is a UTC timestamp and the page says which local day it was:
 * another of `others` states the same instant in a local zone, or as a wall time without a zone
 * a whole number of quarter hours away (at most 14 hours); or the first day the page shows
 * (`shown`: the URL's date, then its visible date line) is the day before or after, as the hour
 * allows (2023-11-09T03:28Z under /2023/11/08/ is the evening of the 8th west of Greenwich;
 * 2021-11-04T23:00Z with `05.11.2021` shown is midnight east of it). The local day is the one
 * the page's readers saw. `shown` may be a function, called only for a UTC timestamp. A bare day
 * (no time) is read the same way: see bareLocalDay.
 */
export function localDay(chosen: string, others: readonly (string | undefined)[], shown?: string | readonly (string | undefined)[] | (() => readonly (string | undefined)[])): string | undefined {
  const day = toIsoDate(chosen);
  const at = instantOf(chosen);
  if (!at && day && !/\d:\d\d/.test(chosen)) return bareLocalDay(day, others);
  if (!at?.utc || !day) return day;
  for (const other of others) {
    const o = instantOf(other);
    if (o && !o.utc && o.ms === at.ms) return toIsoDate(other);
    const wall = wallTime(other);
    if (!o && wall !== undefined && wall !== at.ms && Math.abs(wall - at.ms) <= 14 * HOUR && (wall - at.ms) % (HOUR / 4) === 0) return toIsoDate(other);
  }
  const days = typeof shown === 'function' ? shown() : typeof shown === 'string' ? [shown] : shown ?? [];
  const first = days.find((d): d is string => !!d);
  if (first) {
    const apart = Date.parse(first) - Date.parse(day);
    const hour = new Date(at.ms).getUTCHours();
    if ((apart === -24 * HOUR && hour < 12) || (apart === 24 * HOUR && hour >= 10)) return first;
  }
  return day;
}

/**
 * A bare day (`sailthru.date` `2014-06-30`, no time) that is the UTC day of a timestamp the page
 * gives in a local zone on another day (`<time datetime="2014-06-29 20:08:00-0400">`) was written
 * in UTC: the local day is taken. Else the bare day.
 */
function bareLocalDay(day: string, others: readonly (string | undefined)[]): string {
  for (const other of others) {
    const o = instantOf(other);
    if (!o || o.utc) continue;
    const local = toIsoDate(other);
    if (local && local !== day && new Date(o.ms).toISOString().slice(0, 10) === day) return local;
  }
  return day;
}
