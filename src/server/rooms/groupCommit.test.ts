import { describe, expect, it } from 'vitest';
import { GroupCommit } from './groupCommit.ts';

describe('grouped commits', () => {
  it('DUR-1: writes of one moment share a commit; each resolves only after its own commit', async () => {
    const commits: number[][] = [];
    let committed = 0;
    const group = new GroupCommit<number>(async (items) => {
      await new Promise((r) => setTimeout(r, 5));
      commits.push(items);
      committed += items.length;
    });
    const resolvedAfter: number[] = [];
    const first = Array.from({ length: 50 }, (_, i) => group.write(i).then(() => resolvedAfter.push(committed)));
    await Promise.all(first);
    expect(commits).toEqual([Array.from({ length: 50 }, (_, i) => i)]);
    expect(resolvedAfter.every((n) => n === 50)).toBe(true);
  });

  it('writes arriving during a commit go together in the next one', async () => {
    const commits: string[][] = [];
    const group = new GroupCommit<string>(async (items) => {
      commits.push(items);
      await new Promise((r) => setTimeout(r, 10));
    });
    const a = group.write('a');
    await new Promise((r) => setTimeout(r, 2));
    const rest = ['b', 'c', 'd'].map((x) => group.write(x));
    await Promise.all([a, ...rest]);
    expect(commits).toEqual([['a'], ['b', 'c', 'd']]);
  });

  it('a failed commit rejects the writes of its group and the next group still commits', async () => {
    let fail = true;
    const group = new GroupCommit<number>(async () => {
      if (fail) {
        fail = false;
        throw new Error('disk full');
      }
    });
    await expect(group.write(1)).rejects.toThrow('disk full');
    await expect(group.write(2)).resolves.toBeUndefined();
  });
});
