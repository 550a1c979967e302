// Records are plain data; the source index finds where a field sits in its file.
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/load/parse-yaml.js';
import { sourceIndexOf } from '../../src/load/source-index.js';

const TEXT = 'meeting: 2024-03-15-plenary\nlead: mz\nresponsible:\n  - cz\n  - gaj\n';

describe('sourceIndexOf', () => {
  const source = sourceIndexOf([parseYaml('resolutions/2024/x.yaml', TEXT).file]);

  it('finds a value, a list item and a key by path', () => {
    expect(source.positionOf('resolutions/2024/x.yaml', ['lead'])).toEqual({ line: 2, column: 7 });
    expect(source.positionOf('resolutions/2024/x.yaml', ['responsible', 1])).toEqual({ line: 5, column: 5 });
    expect(source.positionOf('resolutions/2024/x.yaml', ['lead'], 'key')).toEqual({ line: 2, column: 1 });
  });

  it('falls back to the nearest ancestor, and to 1:1 for a file it does not hold', () => {
    expect(source.positionOf('resolutions/2024/x.yaml', ['responsible', 7])).toEqual({ line: 4, column: 3 });
    expect(source.positionOf('elsewhere.yaml', ['lead'])).toEqual({ line: 1, column: 1 });
    expect(source.sourceFile('elsewhere.yaml')).toBeUndefined();
  });
});
