// Facts the journeys read from policy/, so that adding next year's data breaks no test.
import { readFileSync } from 'node:fs';

const read = (name) => readFileSync(new URL(`../../policy/${name}.toml`, import.meta.url), 'utf8');

/** The last year whose State Council holiday notice the data holds, and the next, which it lacks. */
export function lastNoticeAndNext() {
  const years = [...read('holidays').matchAll(/^year = (\d{4})$/gm)].map((m) => Number(m[1]));
  const last = Math.max(...years);
  return { last, next: last + 1 };
}

/** The last value of a parameter published for a period: its figure and its period. */
export function lastPeriodValue(file, id) {
  const text = read(file);
  const start = text.indexOf(`id = "${id}"`);
  if (start < 0) throw new Error(`no ${id} in policy/${file}.toml`);
  const end = text.indexOf('[[param]]', start);
  const block = text.slice(start, end < 0 ? undefined : end);
  const values = [...block.matchAll(/from = (\S+)\s+to = (\S+)\s+value = "([^"]+)"/g)];
  const [, from, to, value] = values[values.length - 1];
  return { from, to, value: Number(value) };
}

/** The first value of a parameter held as provisional (待核实) for its period, or undefined. */
export function provisionalPeriodValue(file, id) {
  const text = read(file);
  const start = text.indexOf(`id = "${id}"`);
  if (start < 0) throw new Error(`no ${id} in policy/${file}.toml`);
  const end = text.indexOf('[[param]]', start);
  const block = text.slice(start, end < 0 ? undefined : end);
  const m = block.match(/from = (\S+)\s+to = (\S+)\s+value = "([^"]+)"\s+provisional = true/);
  return m && { from: m[1], to: m[2], value: Number(m[3]) };
}

/** An amount as the page shows it: `1,130,040.00 元`. */
export function yuan(n) {
  return `${n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} 元`;
}
