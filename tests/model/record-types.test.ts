// The record types are generated from the JSON Schemas: the committed file must be what the schemas give now.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OUTPUT, recordTypesText } from '../../scripts/build-types.mjs';

describe('src/model/record-types.generated.ts', () => {
  it('is what scripts/build-types.mjs makes of schemas/ (run npm run build:types after changing a schema)', async () => {
    expect(readFileSync(OUTPUT, 'utf8')).toBe(await recordTypesText());
  });

  it('names one type per kind', async () => {
    const text = await recordTypesText();
    expect([...text.matchAll(/^export interface (\w+Record) /gm)].map((m) => m[1])).toEqual([
      'BodyRecord',
      'MemberRecord',
      'DutyRecord',
      'MeetingRecord',
      'ResolutionRecord',
      'SupervisionRecord',
    ]);
  });
});
