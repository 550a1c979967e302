// A chalk instance that honours NO_COLOR (chalk itself ignores it) and --no-color. On a terminal the colour level is
// what Node's own tty.WriteStream says the terminal supports (getColorDepth: TERM, COLORTERM, CI, Windows' version):
// chalk's own detection is left out of the bundle (scripts/bundle.js), which spares every command node:tty at start.
import { Chalk, type ChalkInstance } from 'chalk';

/** A stream as a command writes to it: a terminal's tells its colour depth in bits (1, 4, 8 or 24). */
export interface ColorStream {
  isTTY?: boolean;
  getColorDepth?: () => number;
}

/** chalk's levels: none, 16 colours, 256 colours, true colour. */
function levelOf(depth: number): 0 | 1 | 2 | 3 {
  return depth >= 24 ? 3 : depth >= 8 ? 2 : depth >= 4 ? 1 : 0;
}

export function makeChalk(stream: ColorStream = process.stdout, env: NodeJS.ProcessEnv = process.env, force?: boolean): ChalkInstance {
  if (force === false || (env.NO_COLOR !== undefined && env.NO_COLOR !== '')) return new Chalk({ level: 0 });
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return new Chalk({ level: 1 });
  if (!stream.isTTY) return new Chalk({ level: 0 });
  return new Chalk({ level: levelOf(stream.getColorDepth?.() ?? 1) });
}
