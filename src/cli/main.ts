// The command-line entry: build the program, run it, map errors to exit codes (0 clean, 1 findings, 2 usage).
import { Command, CommanderError } from 'commander';
import { COMMANDS } from './commands.js';
import { UsageError } from './context.js';
import { packageVersion } from './package-version.js';
import { usageMessage } from './usage-messages.js';
import type { Lang } from '../core/diagnostic.js';
import { chooseLang } from '../core/lang.js';
import { text } from '../core/messages.js';
import { CLI } from '../i18n/cli.js';
import { holdYoungGeneration } from '../load/young-generation.js';

export function buildProgram(lang: Lang = 'zh'): Command {
  const program = new Command('yishi')
    .description('议事: records of a coordination body (领导小组) as YAML files in git')
    .version(packageVersion(), '-V, --version')
    // Set before the commands are added, so that every command inherits them.
    .configureOutput({ outputError: (text, write) => write(usageMessage(text, lang)) })
    .showHelpAfterError(text(lang, CLI, 'helpAfterError'))
    .exitOverride()
    // A command's options after its subcommand belong to the subcommand (yishi supervise close … --as-of).
    .enablePositionalOptions();
  for (const register of COMMANDS) register(program);
  for (const cmd of program.commands) cmd.exitOverride();
  return program;
}

export async function main(argv: string[] = process.argv): Promise<void> {
  // Until the command knows how large the record folder is (load/young-generation.ts).
  holdYoungGeneration();
  const program = buildProgram(chooseLang(langFlag(argv), undefined));
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version are not errors; every other commander error is a usage error (exit 2, not 1).
      process.exitCode = e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help' ? 0 : 2;
      return;
    }
    const lang = chooseLang(langFlag(argv), undefined);
    if (e instanceof UsageError) {
      process.stderr.write(`yishi: ${e.text[lang]}\n`);
      process.exitCode = 2;
      return;
    }
    const detail = e instanceof Error ? e.message : String(e);
    process.stderr.write(`yishi: ${text(lang, CLI, 'internalError', { detail })}\n`);
    if (process.env.YISHI_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`);
    process.exitCode = 2;
  }
}

function langFlag(argv: string[]): string | undefined {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i < 0) return undefined;
  return argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
}
