// A seeded source of random choices for generated test inputs: the same seed, the same inputs, so a failure can be
// replayed. (fast-check drives the folder-level fuzz; these are plain generators that need only a few numbers.)
export class Seeded {
  constructor(private seed: number) {}

  /** A number from 0 up to, not including, 1. */
  next(): number {
    this.seed = (Math.imul(this.seed, 1103515245) + 12345) & 0x7fffffff;
    return this.seed / 0x7fffffff;
  }

  /** A whole number from 0 to n - 1. */
  below(n: number): number {
    return Math.floor(this.next() * n);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.below(items.length)]!;
  }
}
