/**
 * A binary heap of small integers (indices) ordered by a comparator; `pop` returns the item
 * that `before` puts first. Used by the divisor methods to hand out or take back seats one
 * at a time in O(log n).
 *
 * @example
 *   const h = new IndexHeap((a, b) => values[a] > values[b]); // max-heap on values
 *   h.push(0); h.push(1); h.pop(); // index of the larger value
 */
export class IndexHeap {
  private readonly items: number[] = [];

  constructor(private readonly before: (a: number, b: number) => boolean) {}

  get size(): number {
    return this.items.length;
  }

  push(index: number): void {
    const items = this.items;
    let child = items.length;
    items.push(index);
    while (child > 0) {
      const parent = (child - 1) >> 1;
      if (!this.before(items[child], items[parent])) break;
      [items[child], items[parent]] = [items[parent], items[child]];
      child = parent;
    }
  }

  pop(): number {
    const items = this.items;
    const top = items[0];
    const last = items.pop() as number;
    if (items.length > 0) {
      items[0] = last;
      let parent = 0;
      for (;;) {
        const left = 2 * parent + 1;
        const right = left + 1;
        let first = parent;
        if (left < items.length && this.before(items[left], items[first])) first = left;
        if (right < items.length && this.before(items[right], items[first])) first = right;
        if (first === parent) break;
        [items[first], items[parent]] = [items[parent], items[first]];
        parent = first;
      }
    }
    return top;
  }
}

/**
 * A binary heap of weight indices keyed by the average `w[i] / divisor[i]`, on typed arrays and
 * with the comparison inlined (no closure per comparison): the divisor methods' hot loop.
 * Direction +1 puts the largest average first (ties: larger weight, then smaller index);
 * direction −1 the smallest (ties: smaller weight, then larger index). Averages are compared
 * as `w[i]·divisor[j]` vs `w[j]·divisor[i]`, exact while those products stay below 2^53.
 *
 * Reused between calls (`reset`) so that a call allocates nothing.
 */
export class SeatHeap {
  readonly capacity: number;
  private readonly items: Int32Array;
  private readonly divisor: Float64Array;
  private w: readonly number[] = [];
  private direction = 1;
  private size = 0;

  constructor(capacity: number) {
    this.capacity = capacity;
    this.items = new Int32Array(capacity);
    this.divisor = new Float64Array(capacity);
  }

  reset(w: readonly number[], direction: 1 | -1): void {
    this.w = w;
    this.direction = direction;
    this.size = 0;
  }

  /** Appends without ordering; call {@link build} once after the last `add`. */
  add(index: number, divisor: number): void {
    this.items[this.size++] = index;
    this.divisor[index] = divisor;
  }

  /** Orders the added items in O(n). */
  build(): void {
    for (let k = (this.size >> 1) - 1; k >= 0; k--) this.siftDown(k);
  }

  top(): number {
    return this.items[0];
  }

  /** The top item's divisor changed (its next or last seat): restore the order. */
  changeTopDivisor(divisor: number): void {
    this.divisor[this.items[0]] = divisor;
    this.siftDown(0);
  }

  removeTop(): void {
    this.size -= 1;
    if (this.size > 0) {
      this.items[0] = this.items[this.size];
      this.siftDown(0);
    }
  }

  /**
   * Moves the item at `start` down to its place. Item i goes before item j when
   * direction·(w[i]·divisor[j] − w[j]·divisor[i]) > 0, ties by weight, then by index; the
   * comparison is written out here (fields in locals) as this is the hot loop.
   */
  private siftDown(start: number): void {
    const items = this.items;
    const dv = this.divisor;
    const w = this.w;
    const dir = this.direction;
    const size = this.size;
    const item = items[start];
    const wItem = w[item];
    const dItem = dv[item];
    let parent = start;
    for (;;) {
      const left = 2 * parent + 1;
      if (left >= size) break;
      let child = left;
      let wc = w[items[left]];
      let dc = dv[items[left]];
      const right = left + 1;
      if (right < size) {
        const r = items[right];
        const wr = w[r];
        const dr = dv[r];
        let c = wr * dc - wc * dr;
        if (c === 0) c = wr !== wc ? wr - wc : items[left] - r;
        if (dir * c > 0) {
          child = right;
          wc = wr;
          dc = dr;
        }
      }
      const ci = items[child];
      let c = wc * dItem - wItem * dc;
      if (c === 0) c = wc !== wItem ? wc - wItem : item - ci;
      if (dir * c <= 0) break;
      items[parent] = ci;
      parent = child;
    }
    items[parent] = item;
  }
}
