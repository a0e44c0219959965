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
