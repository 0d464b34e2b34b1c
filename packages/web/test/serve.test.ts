import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
// @ts-expect-error build.mjs is plain JavaScript run by Node
import { buildWeb } from '../build.mjs';
import { startServe } from './serve.ts';

const INDEX = fileURLToPath(new URL('../dist/index.html', import.meta.url));

/** `pnpm web`: the built page on 127.0.0.1, nothing else. */
describe('pnpm web', () => {
  let server: ChildProcess;
  let base: string;

  beforeAll(async () => {
    if (!existsSync(INDEX)) await buildWeb();
    ({ server, base } = await startServe());
  });
  afterAll(() => {
    server?.kill();
  });

  it('serves the page on the loopback address', async () => {
    const res = await fetch(base);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toContain('预决算公开说明一致性检查');
  });

  it('serves nothing outside dist/', async () => {
    for (const path of ['/../package.json', '/%2e%2e/serve.mjs', '/..%2fbuild.mjs', '/missing.html']) {
      expect((await fetch(base + path.slice(1))).status).toBe(404);
    }
  });
});
