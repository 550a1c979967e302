// Check the folder as it would be after a write, before writing anything: a write may not add an error.
// Errors the folder already has do not block it (they are counted, so the clerk can be told).
import type { Diagnostic } from '../core/diagnostic.js';
import { validateFolder, type ValidateResult } from '../check/check-folder.js';
import { loadFolder, type LoadedFolder } from '../load/load-folder.js';
import type { Change } from './change.js';

export interface ChangeCheck {
  /** Errors the change would add. A non-empty list refuses the write. */
  addedErrors: Diagnostic[];
  /** Warnings the change would add: shown, never blocking. */
  addedWarnings: Diagnostic[];
  /** Errors the folder has before the change and still has after it. */
  existingErrors: number;
  /** Files the check read. */
  fileCount: number;
}

/**
 * The findings of `after` that `before` does not have. A finding is old when `before` has one of the same
 * file, rule and severity at the same place or with the same message: lines move when a file is edited,
 * and messages change when a hint does ("did you mean …" once a new id exists).
 */
export function addedFindings(before: readonly Diagnostic[], after: readonly Diagnostic[]): Diagnostic[] {
  const unmatched = [...before];
  const same = (a: Diagnostic, b: Diagnostic): boolean => a.file === b.file && a.rule === b.rule && a.severity === b.severity;
  const tests: Array<(a: Diagnostic, b: Diagnostic) => boolean> = [
    (a, b) => a.line === b.line && a.column === b.column && a.message.en === b.message.en,
    (a, b) => a.message.en === b.message.en,
    (a, b) => a.line === b.line && a.column === b.column,
  ];
  let remaining = [...after];
  for (const test of tests) {
    remaining = remaining.filter((d) => {
      const i = unmatched.findIndex((b) => same(d, b) && test(d, b));
      if (i < 0) return true;
      unmatched.splice(i, 1);
      return false;
    });
  }
  return after.filter((d) => remaining.includes(d));
}

/** The folder before the change: where it is, and its findings, computed only when they are needed. */
export interface FolderBefore {
  root: string;
  findings: () => readonly Diagnostic[];
}

/**
 * `loaded`: the load of the folder before the change, so that files the change leaves alone are not read, parsed
 * or checked again. A folder with no error or warning after the change has none added and none old: then the
 * findings before it are never computed (a write on a clean archive costs one validate, not two).
 */
export function checkAfterChange(before: FolderBefore, changes: readonly Change[], asOf: string, loaded?: LoadedFolder): ChangeCheck {
  const overlay = new Map(changes.map((c) => [c.path, c.text]));
  const after = validateFolder(loadFolder(before.root, { overlay, reuse: loaded, keepText: loaded?.keptText }), { asOf });
  // Notes (a document whose contents yishi cannot read, issued minutes without a seal) neither block a write nor are
  // shown by one: a folder with nothing else after the change needs no findings from before it.
  const shown = after.diagnostics.filter((d) => d.severity !== 'note');
  const added = shown.length === 0 ? [] : addedFindings(before.findings(), shown);
  return {
    addedErrors: added.filter((d) => d.severity === 'error'),
    addedWarnings: added.filter((d) => d.severity === 'warning'),
    existingErrors: after.diagnostics.filter((d) => d.severity === 'error').length - added.filter((d) => d.severity === 'error').length,
    fileCount: after.fileCount,
  };
}

/** checkAfterChange with the folder before the change already validated. */
export function checkChange(current: ValidateResult, changes: readonly Change[], asOf: string, loaded?: LoadedFolder): ChangeCheck {
  return checkAfterChange({ root: current.records.root, findings: () => current.diagnostics }, changes, asOf, loaded);
}
