// The colours of a command's output, set up in one place: none with --no-color or NO_COLOR, none when the
// stream is not a terminal (unless FORCE_COLOR), else what the terminal supports (report/color.ts decides).
import type { ChalkInstance } from 'chalk';
import type { ColorStream } from '../report/color.js';

/** The option every command with coloured output takes. */
export const NO_COLOR_OPTION = ['--no-color', 'no colour / 不使用颜色'] as const;

export async function chalkFor(opts: { color?: boolean }, stream: ColorStream = process.stdout): Promise<ChalkInstance> {
  const { makeChalk } = await import('../report/color.js');
  return makeChalk(stream, process.env, opts.color === false ? false : undefined);
}
