// The table of record kinds is what the loader, the schemas and the commands read: each entry must be whole.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  FOLDER_KINDS,
  RECORD_KIND_IDS,
  globOf,
  kindOfFolder,
  kindSpec,
  recordPathOf,
  schemaIdOf,
  valuesAt,
} from '../../src/core/record-kinds.js';
import { kindOfPath } from '../../src/load/load-folder.js';
import { emptyRecords, recordsOfKind } from '../../src/model/records.js';

const schemaOf = (file: string): { $id: string; description: string } =>
  JSON.parse(readFileSync(new URL(`../../schemas/${file}`, import.meta.url), 'utf8')) as { $id: string; description: string };

describe('the table of record kinds', () => {
  it('gives every kind a schema with its id and a link to docs/records.md', () => {
    for (const kind of RECORD_KIND_IDS) {
      const schema = schemaOf(kindSpec(kind).schema);
      expect(schema.$id).toBe(schemaIdOf(kind));
      expect(schema.description).toContain('docs/records.md');
    }
  });

  it('places each folder kind where the loader finds it', () => {
    expect(kindOfPath('yishi.yaml')).toEqual({ kind: 'body' });
    for (const kind of FOLDER_KINDS) {
      expect(kindOfFolder(kindSpec(kind).folder!)).toBe(kind);
      const path = recordPathOf(kind, kindSpec(kind).example, 2024);
      expect(kindOfPath(path)).toEqual(kindSpec(kind).year ? { kind, yearFolder: '2024' } : { kind });
      expect(globOf(kind)).toBe(kindSpec(kind).year ? `${kindSpec(kind).folder}/*/*.yaml` : `${kindSpec(kind).folder}/*.yaml`);
      expect(recordsOfKind(emptyRecords('/'), kind)).toBeInstanceOf(Map);
    }
  });

  it('finds the values of reference fields, list items included', () => {
    const meeting = { convener: 'zz', attendees: ['mz', { member: 'cz', on_behalf: true }], topics: [{ title: 't', proposed_by: 'mz' }] };
    expect(valuesAt(meeting, ['attendees', '*'])).toEqual([
      { path: ['attendees', 0], value: 'mz' },
      { path: ['attendees', 1], value: { member: 'cz', on_behalf: true } },
    ]);
    expect(valuesAt(meeting, ['attendees', '*', 'member'])).toEqual([{ path: ['attendees', 1, 'member'], value: 'cz' }]);
    expect(valuesAt(meeting, ['topics', '*', 'approved_by'])).toEqual([]);
    expect(valuesAt(meeting, ['minutes', 'signed_by'])).toEqual([]);
  });
});
