// The commands of yishi, one file each. Add a command: its file, and one line here.
import type { Command } from 'commander';
import { register as validate } from './validate.js';
import { register as schema } from './schema.js';
import { register as overdue } from './overdue.js';
import { register as tasks } from './tasks.js';
import { register as rules } from './rules.js';
import { register as render } from './render.js';
import { register as init } from './init.js';
import { register as newRecord } from './new.js';
import { register as progress } from './progress.js';
import { register as extend } from './extend.js';
import { register as issue } from './issue.js';
import { register as log } from './log.js';
import { register as audit } from './audit.js';
import { register as seal } from './seal.js';
import { register as supervise } from './supervise.js';
import { register as calendar } from './calendar.js';

export const COMMANDS: ReadonlyArray<(program: Command) => void> = [
  validate,
  schema,
  overdue,
  tasks,
  rules,
  render,
  init,
  newRecord,
  progress,
  extend,
  issue,
  log,
  audit,
  seal,
  supervise,
  calendar,
];
