// Plain dates: as-of values (day, month, year, ranges), real-date checks and day arithmetic.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { daysBetween, isIsoDate, parseAsOf } from '../../../server/src/core/base/dates';

test('parseAsOf reads days, months, years and ranges, widening to whole days', () => {
  const table: [string, string, string][] = [
    ['2024-12-23', '2024-12-23', '2024-12-23'],
    ['2024-12', '2024-12-01', '2024-12-31'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2023-02', '2023-02-01', '2023-02-28'],
    ['1900-02', '1900-02-01', '1900-02-28'],
    ['2000-02', '2000-02-01', '2000-02-29'],
    ['2024-04', '2024-04-01', '2024-04-30'],
    ['2024', '2024-01-01', '2024-12-31'],
    ['2024-12-01..2024-12-15', '2024-12-01', '2024-12-15'],
    ['2024-11..2024-12', '2024-11-01', '2024-12-31'],
    ['2023..2024-03', '2023-01-01', '2024-03-31'],
    ['2024-12..2024-12-15', '2024-12-01', '2024-12-15'],
    ['2024-12-05..2024-12', '2024-12-05', '2024-12-31'],
    ['2024-12-05..2024-12-05', '2024-12-05', '2024-12-05'],
  ];
  for (const [text, from, to] of table) assert.deepEqual(parseAsOf(text), { from, to }, text);
});

test('parseAsOf rejects anything that is not a real date, month, year or ordered range', () => {
  const bad = ['', '2024-02-30', '2023-02-29', '1900-02-29', '2024-13', '2024-00', '2024-12-00', '2024-12-32', '24-12-01', '2024-1-5',
    '2024/12/01', '20241201', '12024', ' 2024', '2024 ', 'yesterday', '2024-12-15..2024-12-01', '2025..2024', '2024-12..2024-11-30',
    '2024-12-01..', '..2024', '2024..2025..2026', '2024...2025', '2024-12-01T10:00', '２０２４'];
  for (const text of bad) assert.equal(parseAsOf(text), undefined, JSON.stringify(text));
});

test('isIsoDate accepts only real YYYY-MM-DD dates', () => {
  for (const s of ['2024-02-29', '2000-02-29', '1970-01-01', '9999-12-31', '2025-01-24']) assert.equal(isIsoDate(s), true, s);
  for (const s of ['2023-02-29', '2100-02-29', '2024-04-31', '2024-12', '2024', '2024-12-1', '2024-12-01 ', '2024-12-01..2024-12-02']) assert.equal(isIsoDate(s), false, s);
});

test('daysBetween counts calendar days from a to b with no time zones', () => {
  const table: [string, string, number][] = [
    ['2024-12-23', '2024-12-23', 0],
    ['2024-12-23', '2024-12-30', 7],
    ['2024-12-30', '2024-12-23', -7],
    ['2024-02-28', '2024-03-01', 2],
    ['2023-02-28', '2023-03-01', 1],
    ['2024-03-30', '2024-03-31', 1], // DST change in Europe: still one day
    ['2024-11-02', '2024-11-04', 2], // DST change in the US
    ['2024-01-01', '2025-01-01', 366],
    ['2023-01-01', '2024-01-01', 365],
    ['1970-01-01', '2000-01-01', 10957],
    ['1900-01-01', '2100-01-01', 73049],
    ['0001-01-01', '9999-12-31', 3652058],
  ];
  const saved = process.env.TZ;
  try {
    for (const tz of ['Europe/Kyiv', 'America/New_York', 'UTC']) {
      process.env.TZ = tz;
      for (const [a, b, days] of table) assert.equal(daysBetween(a, b), days, `${a} -> ${b} in ${tz}`);
    }
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
});

test('daysBetween agrees with UTC calendar arithmetic on many dates', () => {
  let seed = 11;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  for (let i = 0; i < 2000; i++) {
    const a = Date.UTC(1900, 0, 1) + Math.floor(random() * 80000) * 86400000;
    const b = Date.UTC(1900, 0, 1) + Math.floor(random() * 80000) * 86400000;
    assert.equal(daysBetween(iso(a), iso(b)), (b - a) / 86400000);
  }
});

test('daysBetween is NaN for what is not a date', () => {
  assert.ok(Number.isNaN(daysBetween('2024-02-30', '2024-03-01')));
  assert.ok(Number.isNaN(daysBetween('2024-03-01', '2024-12')));
});
