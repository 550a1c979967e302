// A corpus of real-looking text that holds no personal data: every string of examples/lanping, and generated
// dates, date ranges, times, document numbers, hashes, amounts, landlines, ids and counts, in the forms a
// county office writes them. A seeded generator: the same corpus every run.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Every string value of every YAML file of a folder, and the other texts whole. */
export function stringsOf(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const abs = join(d, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else if (name.endsWith('.yaml')) collect(parseDocument(readFileSync(abs, 'utf8')).toJS(), out);
      else out.push(readFileSync(abs, 'utf8'));
    }
  };
  walk(dir);
  return out;
}

function collect(value: unknown, out: string[]): void {
  if (typeof value === 'string' || typeof value === 'number') out.push(String(value));
  else if (Array.isArray(value)) value.forEach((v) => collect(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => collect(v, out));
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** `count` generated items of each kind. */
export function generatedItems(count: number, seed = 13): string[] {
  const r = seeded(seed);
  const int = (lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)]!;
  const date = (): [number, number, number] => [int(2019, 2030), int(1, 12), int(1, 28)];
  const iso = ([y, m, d]: [number, number, number], sep = '-'): string => `${y}${sep}${pad(m)}${sep}${pad(d)}`;
  const hex = (n: number): string => Array.from({ length: n }, () => '0123456789abcdef'[int(0, 15)]).join('');
  const makers: Array<() => string> = [
    () => iso(date(), pick(['-', '/', '.', ''])),
    () => `${iso(date())}${pick(['至', '—', '–', '－', ' - ', '~', '/', ' 至 ', '-'])}${iso(date())}`,
    () => `${iso(date(), '.')}-${iso(date(), '.')}`,
    () => `${iso(date(), '')}-${iso(date(), '')}`,
    () => {
      const [y, m, d] = date();
      return `${y}年${m}月${d}日${pick(['', ' '])}${pad(int(8, 17))}:${pick(['00', '30'])}`;
    },
    () => `${pad(int(8, 17))}:${pick(['00', '30'])}-${pad(int(8, 17))}:${pick(['00', '30'])}`,
    () => `${pick(['兰困保纪', '兰民发', '兰政办发', '兰困保督'])}〔${int(2019, 2030)}〕${int(1, 120)}号`,
    () => hex(64),
    () => `sha256:${hex(64)}`,
    () => hex(40),
    () => `${int(1, 999)},${pad(int(0, 999), 3)},${pad(int(0, 999), 3)}.${pad(int(0, 99))}元`,
    () => `${int(1, 99999)}.${pad(int(0, 99))}万元`,
    () => `${int(1, 9999999)}元`,
    () => `${(r() * 100).toFixed(int(1, 4))}亿元`,
    () => `${int(1000000, 9999999999)}.${pad(int(0, 99))}`,
    () => `${pick(['0886', '0871', '0883'])}-${int(2000000, 8999999)}`,
    () => `${iso(date())}-${pick(['plenary', 'thematic', 'written', 'liaison'])}${pick(['', `-${int(1, 9)}`])}`,
    () => `JJN-${int(2019, 2030)}-${pad(int(1, 999), 3)}`,
    () => `materials/${int(2019, 2030)}/${iso(date())}-plenary/${pick(['sign-in', 'agenda'])}.md`,
    () => `${int(1, 30000)}户${int(1, 90000)}人`,
    () => `第${int(1, 12)}期`,
    () => `${int(100000, 999999)}`,
  ];
  const out: string[] = [];
  for (let i = 0; i < count; i++) for (const make of makers) out.push(make());
  return out;
}
