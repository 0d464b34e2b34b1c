import { describe, expect, it } from 'vitest';
import { lazyBuiltin } from './builtin.ts';

describe('lazyBuiltin', () => {
  it('requires the module on the first call only, with or without process.getBuiltinModule (Node before 20.16)', () => {
    const os = lazyBuiltin<typeof import('node:os')>('node:os');
    expect(typeof os().availableParallelism).toBe('function');
    expect(os()).toBe(os());
    const own = Object.getOwnPropertyDescriptor(process, 'getBuiltinModule');
    try {
      if (own) delete (process as { getBuiltinModule?: unknown }).getBuiltinModule;
      const path = lazyBuiltin<typeof import('node:path')>('node:path');
      expect(path().join('a', 'b')).toBe(`a${path().sep}b`);
    } finally {
      if (own) Object.defineProperty(process, 'getBuiltinModule', own);
    }
  });
});
