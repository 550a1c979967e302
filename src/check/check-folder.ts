// The whole of `yishi validate` over a loaded folder: schema, layout, references, personal data, body
// settings and the rules. typeRecords is the part that commands which only read (overdue, tasks, render) share.
import { compareDiagnostics, type Diagnostic } from '../core/diagnostic.js';
import { say } from '../core/messages.js';
import { CHECK } from '../i18n/check.js';
import { fileMemo } from './file-memo.js';
import { checkDuplicateIds, checkYearFolders } from './layout.js';
import { checkPersonalDataInFolder, mayHoldPersonalData } from './personal-data.js';
import { checkReferences } from './references.js';
import { checkSeals } from './seal.js';
import { resolveRuleConfig, runRules } from './run-rules.js';
import { checkSchema, type SchemaCheck } from '../schema/check-schema.js';
import type { FolderKind } from '../core/record-kinds.js';
import type { SourceIndex } from '../load/source-index.js';
import type { LoadOptions, LoadedFolder } from '../load/load-folder.js';
import { emptyRecords, recordsOfKind, timezoneOf, type Records } from '../model/records.js';
import { isTimeZone, todayIn } from '../model/today.js';

/**
 * How to load a folder that is only validated: keep in memory only the texts the checks will read again (those the
 * personal-data guard looks into); the others are read from the file again if a finding needs a position in them.
 */
export const VALIDATE_LOAD: LoadOptions = { keepText: mayHoldPersonalData };

export interface TypedFolder {
  records: Records;
  /** Findings of loading, schema, layout and references: what makes records unreadable or dangling. */
  diagnostics: Diagnostic[];
  fileCount: number;
  /** Where each field of the records sits in its file. */
  source: SourceIndex;
}

const schemaChecks = fileMemo<SchemaCheck<FolderKind>>();

/** Schema-check every record and index the valid ones by id. */
export function typeRecords(loaded: LoadedFolder): TypedFolder {
  const records = emptyRecords(loaded.root);
  for (const folder of loaded.unreadable ?? []) records.unreadable.add(folder);
  const diagnostics: Diagnostic[] = [...loaded.diagnostics, ...checkDuplicateIds(loaded.records)];
  const broken = new Set(loaded.diagnostics.map((d) => d.file));
  const units = loaded.records.flatMap((r) => {
    const unit = r.kind === 'member' ? (r.data as { unit?: unknown } | undefined)?.unit : undefined;
    return typeof unit === 'string' ? [{ id: r.id, unit }] : [];
  });
  // The members' units name a unit in some schema findings: a check kept from an earlier load needs the same.
  const unitsKey = JSON.stringify(units);
  // One key per kind, not a new string per record.
  const memoKeys = new Map<FolderKind, string>();
  const memoKey = (kind: FolderKind): string => {
    let key = memoKeys.get(kind);
    if (key === undefined) memoKeys.set(kind, (key = `${kind}:${unitsKey}`));
    return key;
  };
  for (const raw of loaded.records) {
    if (raw.kind !== 'body') records.ids[raw.kind].add(raw.id);
    if (raw.data === undefined || broken.has(raw.file.path)) {
      records.unreadable.add(raw.file.path);
      continue;
    }
    const unreadable = (found: Diagnostic[]): void => {
      diagnostics.push(...found);
      records.unreadable.add(raw.file.path);
    };
    if (raw.kind === 'body') {
      const checked = checkSchema('body', raw.file.path, raw.data, loaded.source);
      if (checked.ok) records.body = { kind: 'body', id: raw.id, file: raw.file, data: checked.data };
      else unreadable(checked.diagnostics);
      continue;
    }
    const { kind, data } = raw;
    const check = (): SchemaCheck<typeof kind> => checkSchema(kind, raw.file.path, data, loaded.source, units);
    // Kept per file: the same check for the same file, kind and units (a write's second look at the folder).
    const checked = schemaChecks.of(raw.file, memoKey(kind), check) as SchemaCheck<typeof kind>;
    if (!checked.ok) {
      unreadable(checked.diagnostics);
      continue;
    }
    // The first file of an id wins; a second one is a duplicate-id finding of the layout check.
    const byId = recordsOfKind(records, raw.kind);
    if (!byId.has(raw.id)) byId.set(raw.id, { kind: raw.kind, id: raw.id, file: raw.file, data: checked.data });
  }
  diagnostics.push(...checkYearFolders(loaded.records, records, loaded.source), ...checkReferences(records, loaded.source));
  if (records.body?.data.timezone !== undefined && !isTimeZone(records.body.data.timezone)) {
    diagnostics.push({
      file: records.body.file.path,
      ...loaded.source.positionOf(records.body.file.path, ['timezone']),
      severity: 'error',
      rule: 'schema',
      message: say(CHECK, 'badTimezone', { timezone: records.body.data.timezone }),
    });
  }
  return { records, diagnostics, fileCount: loaded.fileCount, source: loaded.source };
}

/** Today for the records: --as-of when given, else the date in the body's timezone at `now`. */
export function todayFor(records: Records, asOf?: string, now: Date = new Date()): string {
  return asOf ?? todayIn(timezoneOf(records), now);
}

export interface ValidateResult {
  records: Records;
  diagnostics: Diagnostic[];
  fileCount: number;
  today: string;
  source: SourceIndex;
}

/** The personal-data guard over every file and name of the folder; only validate needs it. */
function personalData(loaded: LoadedFolder): Diagnostic[] {
  return checkPersonalDataInFolder(loaded);
}

export function validateFolder(loaded: LoadedFolder, options: { asOf?: string; now?: Date } = {}): ValidateResult {
  const typed = typeRecords(loaded);
  const today = todayFor(typed.records, options.asOf, options.now);
  const { config, diagnostics: configFindings } = resolveRuleConfig(typed.records, loaded.source);
  const diagnostics = [
    ...typed.diagnostics,
    ...personalData(loaded),
    ...checkSeals(typed.records, loaded.source),
    ...configFindings,
    ...runRules(typed.records, loaded.source, today, config),
  ];
  diagnostics.sort(compareDiagnostics);
  return { records: typed.records, diagnostics, fileCount: typed.fileCount, today, source: loaded.source };
}
