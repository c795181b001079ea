import { describe, expect, it } from 'vitest';
import { zeroedTable } from '../../shared/zeroed-table.js';

/** Minor page faults taken by reading, then writing, one element per 4 KB page of `table`. */
function probeThenStoreFaults(table: Uint32Array): number {
  const before = process.resourceUsage().minorPageFault;
  let sum = 0;
  for (let i = 0; i < table.length; i += 1024) sum += table[i]!;
  for (let i = 0; i < table.length; i += 1024) table[i] = sum + 1;
  return process.resourceUsage().minorPageFault - before;
}

describe('zeroedTable', () => {
  it('is a zero-filled array of the type and length asked for', () => {
    const table = zeroedTable(Uint16Array, 1000);
    expect(table).toBeInstanceOf(Uint16Array);
    expect(table.length).toBe(1000);
    expect(table.every((v) => v === 0)).toBe(true);
  });

  it('has every page written before the table is probed, so probing then storing faults once per page, not twice', () => {
    // 32 MB: far above malloc's mmap threshold, so the memory is fresh from the kernel. Reading a
    // fresh page first maps the shared zero page and the first store faults again (copy-on-write);
    // that second fault is what zeroedTable saves (see shared/zeroed-table.ts).
    const pages = 8192;
    const faults = probeThenStoreFaults(zeroedTable(Uint32Array, pages * 1024));
    expect(faults).toBeLessThan(pages * 0.25);
  });
});
