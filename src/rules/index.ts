// Every rule, in the order `yishi rules` lists them. Add a rule: one file named by its id, one line here.
import type { Rule } from './rule.js';
import { rule as plenaryPerYear } from './plenary-per-year.js';
import { rule as convenerAuthority } from './convener-authority.js';
import { rule as topicApproval } from './topic-approval.js';
import { rule as meetingRecord } from './meeting-record.js';
import { rule as attendance } from './attendance.js';
import { rule as seatHolders } from './seat-holders.js';
import { rule as taskAssignment } from './task-assignment.js';
import { rule as minutesIssued } from './minutes-issued.js';
import { rule as progressLog } from './progress-log.js';
import { rule as extensions } from './extensions.js';
import { rule as writtenReview } from './written-review.js';
import { rule as dutyCoverage } from './duty-coverage.js';
import { rule as succession } from './succession.js';
import { rule as materials } from './materials.js';
import { rule as approval } from './approval.js';
import { rule as supervision } from './supervision.js';

export const RULES: readonly Rule[] = [
  plenaryPerYear,
  convenerAuthority,
  topicApproval,
  meetingRecord,
  attendance,
  seatHolders,
  taskAssignment,
  progressLog,
  extensions,
  minutesIssued,
  writtenReview,
  dutyCoverage,
  succession,
  materials,
  approval,
  supervision,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
