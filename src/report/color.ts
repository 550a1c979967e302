// A chalk instance that honours NO_COLOR (chalk itself ignores it) and --no-color.
import { Chalk, supportsColor, type ChalkInstance } from 'chalk';

export function makeChalk(
  stream: { isTTY?: boolean } = process.stdout,
  env: NodeJS.ProcessEnv = process.env,
  force?: boolean,
): ChalkInstance {
  if (force === false || (env.NO_COLOR !== undefined && env.NO_COLOR !== '')) return new Chalk({ level: 0 });
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return new Chalk({ level: 1 });
  if (!stream.isTTY) return new Chalk({ level: 0 });
  return new Chalk({ level: supportsColor ? supportsColor.level : 0 });
}
