// yishi schema [kind]: print a JSON Schema for editors and other tools.
import type { Command } from 'commander';
import { RECORD_KIND_IDS as KINDS, type RecordKind } from '../core/record-kinds.js';
import { UsageError, finish } from './context.js';
import { say } from '../core/messages.js';
import { USAGE } from '../i18n/cli.js';
import { listNames } from '../i18n/vocabulary.js';

export function register(program: Command): void {
  program
    .command('schema')
    .description(`print the JSON Schema of a record kind (${KINDS.join(', ')}), or list them / 输出记录的 JSON Schema`)
    .argument('[kind]', KINDS.join(' | '))
    .action(async (kind: string | undefined) => {
      const { readSchemaText, schemaPath } = await import('../schema/schemas.js');
      if (kind === undefined) {
        finish(KINDS.map((k) => `${k}\t${schemaPath(k)}\n`).join(''), 0);
        return;
      }
      if (!(KINDS as readonly string[]).includes(kind))
        throw new UsageError(say(USAGE, 'unknownKind', { kind, kinds: listNames(KINDS.map((k) => ({ zh: k, en: k }))) }));
      finish(readSchemaText(kind as RecordKind), 0);
    });
}
