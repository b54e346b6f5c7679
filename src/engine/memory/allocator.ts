// A first model of where objects live, so id() values behave like CPython's: blocks of one 16-byte
// size class are handed out in ascending order and reused last-freed-first, like pymalloc's pools;
// requests above 512 bytes come from a separate "system" region. Issue 5 replaces this with the
// full arena/pool model. Absolute addresses are modelled, never CPython's real ones.

const ALIGNMENT = 16;
const SMALL_REQUEST_THRESHOLD = 512;
const HEAP_BASE = 0x7f3a_2c00_0000;
const POOL_SPACING = 0x4000; // 16 KiB pools
const LARGE_BASE = 0x7f3a_4000_0000;
/** Statically allocated objects (small ints, None, types) sit in the interpreter binary's data segment. */
const STATIC_BASE = 0x55d4_1b40_0000;

export class AddressModel {
  private readonly nextBlock = new Map<number, number>();
  private readonly freeBlocks = new Map<number, number[]>();
  private readonly largeFree = new Map<number, number[]>();
  private nextPoolBase = HEAP_BASE;
  private nextLarge = LARGE_BASE;
  private nextStatic = STATIC_BASE + 0x10_0000;

  /** Returns the address of a block able to hold `size` bytes. */
  allocate(size: number): number {
    if (size > SMALL_REQUEST_THRESHOLD || size === 0) return this.allocateLarge(size);
    const sizeClass = (size - 1) >> 4;
    const reused = this.freeBlocks.get(sizeClass)?.pop();
    if (reused !== undefined) return reused;
    const blockSize = (sizeClass + 1) * ALIGNMENT;
    let next = this.nextBlock.get(sizeClass);
    if (next === undefined || ((next - 48) % POOL_SPACING) + blockSize > POOL_SPACING) {
      next = this.nextPoolBase + 48; // pool header
      this.nextPoolBase += POOL_SPACING;
    }
    this.nextBlock.set(sizeClass, next + blockSize);
    return next;
  }

  free(address: number, size: number): void {
    if (size > SMALL_REQUEST_THRESHOLD || size === 0) {
      const list = this.largeFree.get(size) ?? [];
      list.push(address);
      this.largeFree.set(size, list);
      return;
    }
    const sizeClass = (size - 1) >> 4;
    const list = this.freeBlocks.get(sizeClass) ?? [];
    list.push(address);
    this.freeBlocks.set(sizeClass, list);
  }

  /** A statically allocated object: small ints are 32 bytes apart in one array. */
  staticAddress(size: number): number {
    const address = this.nextStatic;
    this.nextStatic += Math.ceil(size / ALIGNMENT) * ALIGNMENT;
    return address;
  }

  smallIntAddress(value: number): number {
    return STATIC_BASE + (value + 5) * 32;
  }

  private allocateLarge(size: number): number {
    const reused = this.largeFree.get(size)?.pop();
    if (reused !== undefined) return reused;
    const address = this.nextLarge + 16; // malloc chunk header
    this.nextLarge += Math.ceil((size + 16) / ALIGNMENT) * ALIGNMENT;
    return address;
  }
}
