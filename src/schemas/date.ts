/**
 * Dates are written `YYYY-MM-DD` and kept as text: every reader (the checker, the site, the
 * open data) then reads the same day, with no time zone or day/month guesswork.
 */
import { z } from 'astro/zod';

/** The key the checker's messages use for a date that is not `YYYY-MM-DD`. */
export const ISO_DATE_ERROR = 'iso-date';

/** A calendar date written `YYYY-MM-DD`, e.g. `2023-09-19`. */
export const isoDateSchema = z.iso.date({ error: ISO_DATE_ERROR });

const pad = (n: number) => String(n).padStart(2, '0');
const valid = (year: number, month: number, day: number) => {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};
const iso = (year: number, month: number, day: number) =>
  valid(year, month, day) ? `${year}-${pad(month)}-${pad(day)}` : undefined;

/**
 * How an editor's date reads as `YYYY-MM-DD`: one form when it is unambiguous (`2023/9/19`,
 * `19/09/2023`), both readings when day and month could be swapped (`10/09/2023`).
 */
export function isoReadings(value: unknown): string[] {
  const text = String(value).trim();
  const yearFirst = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  if (yearFirst) {
    const form = iso(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]));
    return form ? [form] : [];
  }
  const yearLast = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  if (!yearLast) return [];
  const [a, b, year] = [Number(yearLast[1]), Number(yearLast[2]), Number(yearLast[3])];
  const readings = [iso(year, b, a), iso(year, a, b)].filter((form) => form !== undefined);
  return [...new Set(readings)];
}
