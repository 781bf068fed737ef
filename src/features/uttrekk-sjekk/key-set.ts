import { createHash } from 'node:crypto';

/**
 * A set of 128-bit keys in one typed array (open addressing), for the
 * millions of systemIDs and file references of a large extraction: about 32
 * bytes a key instead of the ~80 of a Set of strings. A UUID is its own key;
 * any other text is keyed by its MD5 (collisions are out of reach at these
 * sizes). UUIDs compare without regard to case.
 */
export class KeySet {
  private table = new Uint32Array(4 * 1024);
  private used = new Uint8Array(1024);
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Adds the key; false when it was there already. */
  add(text: string): boolean {
    return this.insert(keyOf(text));
  }

  has(text: string): boolean {
    return this.find(keyOf(text)) >= 0;
  }

  private slots(): number {
    return this.used.length;
  }

  private find(k: Uint32Array): number {
    const mask = this.slots() - 1;
    for (let i = hashOf(k) & mask; this.used[i]; i = (i + 1) & mask) {
      if (this.equals(i, k)) return i;
    }
    return -1;
  }

  private insert(k: Uint32Array): boolean {
    if ((this.count + 1) * 2 > this.slots()) this.grow();
    const mask = this.slots() - 1;
    let i = hashOf(k) & mask;
    for (; this.used[i]; i = (i + 1) & mask) {
      if (this.equals(i, k)) return false;
    }
    this.used[i] = 1;
    this.table.set(k, i * 4);
    this.count++;
    return true;
  }

  private equals(slot: number, k: Uint32Array): boolean {
    const o = slot * 4;
    const t = this.table;
    return t[o] === k[0] && t[o + 1] === k[1] && t[o + 2] === k[2] && t[o + 3] === k[3];
  }

  private grow(): void {
    const oldTable = this.table;
    const oldUsed = this.used;
    this.table = new Uint32Array(oldTable.length * 2);
    this.used = new Uint8Array(oldUsed.length * 2);
    this.count = 0;
    for (let i = 0; i < oldUsed.length; i++) {
      if (oldUsed[i]) this.insert(oldTable.subarray(i * 4, i * 4 + 4));
    }
  }
}

const scratch = new Uint32Array(4);

function keyOf(text: string): Uint32Array {
  if (uuidInto(text)) return scratch;
  const digest = createHash('md5').update(text).digest();
  for (let w = 0; w < 4; w++) scratch[w] = digest.readUInt32LE(w * 4);
  return scratch;
}

/** Reads a UUID's 128 bits into `scratch` (by hand: this runs once per systemID); false if `text` is no UUID. */
function uuidInto(text: string): boolean {
  if (text.length !== 36) return false;
  let word = 0;
  let acc = 0;
  let digits = 0;
  for (let i = 0; i < 36; i++) {
    const c = text.charCodeAt(i);
    if (i === 8 || i === 13 || i === 18 || i === 23) {
      if (c !== 45) return false;
      continue;
    }
    const v = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1;
    if (v < 0) return false;
    acc = (acc << 4) | v;
    if (++digits === 8) {
      scratch[word++] = acc >>> 0;
      acc = 0;
      digits = 0;
    }
  }
  return true;
}

function hashOf(k: Uint32Array): number {
  return Math.imul(k[0]! ^ k[1]! ^ k[2]! ^ k[3]!, 0x9e3779b1) >>> 0;
}
