/**
 * Dense ids 0, 1, 2, … for pairs of non-negative integer ids, so that an n-gram gets an id by
 * folding its words' ids pair by pair, with no key string built per window. Open addressing on
 * typed arrays: a lookup allocates nothing.
 */
export class PairInterner {
  private firsts: Int32Array;
  private seconds: Int32Array;
  /** Id stored in each slot, −1 when empty. */
  private ids: Int32Array;
  private size = 0;

  /**
   * `expected`: about how many distinct pairs will come (at most one per n-gram window); the table
   * starts at twice that, so a short document allocates a short table and a long one rarely grows.
   */
  constructor(expected = 512) {
    let slots = MIN_SLOTS;
    while (slots < expected * 2 && slots < MAX_START_SLOTS) slots *= 2;
    this.firsts = new Int32Array(slots);
    this.seconds = new Int32Array(slots);
    this.ids = new Int32Array(slots).fill(-1);
  }

  idOf(first: number, second: number): number {
    const mask = this.ids.length - 1;
    for (let slot = slotHash(first, second) & mask; ; slot = (slot + 1) & mask) {
      const id = this.ids[slot]!;
      if (id === -1) return this.insert(slot, first, second);
      if (this.firsts[slot] === first && this.seconds[slot] === second) return id;
    }
  }

  private insert(slot: number, first: number, second: number): number {
    const id = this.size++;
    this.firsts[slot] = first;
    this.seconds[slot] = second;
    this.ids[slot] = id;
    if (this.size * 2 > this.ids.length) this.grow();
    return id;
  }

  /** Doubles the table, keeping it at most half full so probe runs stay short. */
  private grow(): void {
    const { firsts, seconds, ids } = this;
    this.firsts = new Int32Array(ids.length * 2);
    this.seconds = new Int32Array(ids.length * 2);
    this.ids = new Int32Array(ids.length * 2).fill(-1);
    const mask = this.ids.length - 1;
    for (let old = 0; old < ids.length; old++) {
      if (ids[old] === -1) continue;
      let slot = slotHash(firsts[old]!, seconds[old]!) & mask;
      while (this.ids[slot] !== -1) slot = (slot + 1) & mask;
      this.firsts[slot] = firsts[old]!;
      this.seconds[slot] = seconds[old]!;
      this.ids[slot] = ids[old]!;
    }
  }
}

/** The table's least and largest starting sizes (powers of two): it doubles past the largest when needed. */
const MIN_SLOTS = 16;
const MAX_START_SLOTS = 1 << 16;

function slotHash(first: number, second: number): number {
  const h = Math.imul(first, 0x9e3779b1) ^ Math.imul(second + 0x7f4a7c15, 0x85ebca6b);
  return (h ^ (h >>> 15)) >>> 0;
}
