// Results of per-file checks kept with the file they are about. A write checks the folder before and after the
// change; the files it leaves alone are the same objects in both loads (load-folder.ts `reuse`), so their schema
// and personal-data findings are computed once.
export interface FileMemo<R> {
  /** The result for `file` and `key` (whatever else the result depends on), computed on the first call. */
  of(file: object, key: string, compute: () => R): R;
}

export function fileMemo<R>(): FileMemo<R> {
  const kept = new WeakMap<object, { key: string; result: R }>();
  return {
    of(file, key, compute) {
      const hit = kept.get(file);
      if (hit && hit.key === key) return hit.result;
      const result = compute();
      kept.set(file, { key, result });
      return result;
    },
  };
}
