// A registry fact of one day's event ("People killed in Israel in the Hamas-led attack of 7 October
// 2023") says when it happened more precisely than a text that dates it by its month ("in October
// 2023"): a figure drafted as that fact takes the fact's day when the drafted as-of holds it.
import type { Registry } from '../registry/types';
import { parseAsOf } from '../base/dates';
import { findTimeMentions } from './timex';

/** The day a registry event fact's label names, when the drafted `asof` is a longer stretch that holds it; else undefined. */
export function eventDayOf(registry: Registry, factId: string, asof: string | undefined): string | undefined {
  const def = registry.facts.get(factId);
  if (!def || def.kind !== 'event' || !def.label || asof === undefined) return undefined;
  const days = [...new Set(findTimeMentions(def.label, { start: 0, end: def.label.length }, undefined).map((t) => t.value).filter((v): v is string => v !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(v)))];
  const range = parseAsOf(asof);
  if (days.length !== 1 || !range || range.from === range.to) return undefined;
  return range.from <= days[0]! && days[0]! <= range.to ? days[0] : undefined;
}
