// The synthetic archive of `npm run bench`: the example body's members, duties and settings, and its 2025 meetings
// and resolutions copied into every year from 2016 to 2025, until the folder holds exactly `files` record files.
// At 11,297 files that is 10,000 resolutions and 1,246 meetings; the records are the example's, so the folder
// validates nearly clean (a county's real archive has few findings, and positions are needed only for those).
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsyaml from 'js-yaml';

const FIRST_YEAR = 2016;
const YEARS = 10;
const TEMPLATE_YEAR = 2025;
/** Resolutions made per copy of each 2025 meeting: 40 per copy of the year's five meetings. */
const PER_MEETING = { plenary: 24, thematic: 12, written: 2, liaison: 0 };

/** The members', duties' and body's dates moved ten years back (2024 → 2014), so that every seat exists from 2016. */
function tenYearsBack(text) {
  return text.replace(/\b(202[3-7])-(\d\d-\d\d)\b/g, (_, y, md) => `${Number(y) - 10}-${md}`);
}

/** A 2025 record moved to `year` (2024 → year-1, 2026 → year+1). */
function toYear(text, year) {
  return text.replace(/\b(202[4-7])-(\d\d-\d\d)\b/g, (_, y, md) => `${Number(y) - TEMPLATE_YEAR + year}-${md}`);
}

function readTemplates(example, folder) {
  const dir = join(example, folder, String(TEMPLATE_YEAR));
  return readdirSync(dir)
    .sort()
    .map((f) => ({ id: f.replace(/\.yaml$/, ''), text: readFileSync(join(dir, f), 'utf8') }));
}

/** Copy `meeting` into `year` as copy number `copy`: a unique id and minutes number, no materials. */
function meetingText(meeting, year, copy, minutesNo) {
  return toYear(meeting.text, year)
    .replace(/^materials:[\s\S]*?(?=^\S)/m, '')
    .replace(/(number: \S+?〔)\d{4}〕\d+号/, `$1${year}〕${minutesNo}号`);
}

/** A resolution of `meetingId` numbered `no`, from a 2025 resolution: no extensions, no superseding. */
function resolutionText(resolution, year, meetingId, no) {
  return toYear(resolution.text, year)
    .replace(/^meeting: \S+/m, `meeting: ${meetingId}`)
    .replace(/^no: \d+/m, `no: ${no}`)
    .replace(/^superseded_by: .*\n/m, '')
    .replace(/^extensions:[\s\S]*?(?=^\S)/m, '');
}

/** JSON with sorted keys and no whitespace (src/check/seal/canonical.ts). */
function canonicalJson(value) {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const DECISION_FIELDS = ['meeting', 'no', 'text', 'lead', 'responsible', 'cooperating', 'due'];

/** The meeting's text with its minutes sealed over what it and its resolutions say (docs/records.md "Seal"). */
function sealed(meetingId, text, resolutionTexts) {
  if (!/^ {2}seal: /m.test(text)) return text;
  const read = (t) => jsyaml.load(t, { schema: jsyaml.CORE_SCHEMA });
  const meeting = read(text);
  delete meeting.minutes.seal;
  const resolutions = resolutionTexts.map(([id, t], i) => {
    const data = read(t);
    const d = { id };
    for (const f of DECISION_FIELDS) if (data[f] !== undefined) d[f] = data[f];
    return [i + 1, d];
  });
  const decisions = resolutions.sort((a, b) => a[0] - b[0]).map(([, d]) => d);
  const hash = createHash('sha256')
    .update(canonicalJson({ id: meetingId, meeting, resolutions: decisions }), 'utf8')
    .digest('hex');
  return text.replace(/^( {2}seal: ).*$/m, `$1sha256:${hash}`);
}

/**
 * Make the archive in a new temporary folder and return its path. Liaison meetings (which decide nothing)
 * are left out at the end of the last years until the count is exact.
 */
export function makeArchive(example, files) {
  const dir = mkdtempSync(join(tmpdir(), 'yishi-bench-'));
  cpSync(example, dir, { recursive: true });
  // The example's supervision records name its 2026 resolutions, which the archive does not have.
  for (const folder of ['meetings', 'resolutions', 'materials', 'supervision']) rmSync(join(dir, folder), { recursive: true, force: true });
  let fixed = 0;
  for (const folder of ['members', 'duties']) {
    for (const f of readdirSync(join(dir, folder))) {
      writeFileSync(join(dir, folder, f), tenYearsBack(readFileSync(join(dir, folder, f), 'utf8')));
      fixed++;
    }
  }
  // The body is established in the first year of meetings, so that every year has its plenary meeting.
  const body = tenYearsBack(readFileSync(join(dir, 'yishi.yaml'), 'utf8')).replace(/^(established:\n\s+date: )\d{4}/m, `$1${FIRST_YEAR}`);
  writeFileSync(join(dir, 'yishi.yaml'), body);
  fixed++;
  const meetings = readTemplates(example, 'meetings');
  const resolutions = readTemplates(example, 'resolutions');
  const kindOf = (m) => /^kind: (\S+)/m.exec(m.text)[1];
  const perCopy = meetings.length + meetings.reduce((n, m) => n + PER_MEETING[kindOf(m)], 0);
  const copies = Math.ceil((files - fixed) / (YEARS * perCopy));
  let skipLiaisons = fixed + copies * YEARS * perCopy - files;
  for (let year = FIRST_YEAR + YEARS - 1; year >= FIRST_YEAR; year--) {
    mkdirSync(join(dir, 'meetings', String(year)), { recursive: true });
    mkdirSync(join(dir, 'resolutions', String(year)), { recursive: true });
    let minutesNo = 0;
    for (let copy = 1; copy <= copies; copy++) {
      for (const meeting of meetings) {
        const kind = kindOf(meeting);
        if (kind === 'liaison' && skipLiaisons > 0) {
          skipLiaisons--;
          continue;
        }
        const meetingId = `${toYear(meeting.id, year)}-c${copy}`;
        const own = resolutions.filter((r) => /^meeting: (\S+)/m.exec(r.text)[1] === meeting.id);
        const decided = [];
        for (let no = 1; no <= PER_MEETING[kind]; no++) {
          const text = resolutionText(own[(no - 1) % own.length], year, meetingId, no);
          writeFileSync(join(dir, 'resolutions', String(year), `${meetingId}-${no}.yaml`), text);
          decided.push([`${meetingId}-${no}`, text]);
        }
        const text = sealed(meetingId, meetingText(meeting, year, copy, ++minutesNo), decided);
        writeFileSync(join(dir, 'meetings', String(year), `${meetingId}.yaml`), text);
      }
    }
  }
  return dir;
}
