import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SERVE = fileURLToPath(new URL('../serve.mjs', import.meta.url));

/** `pnpm web` on a free port: the server and the address it printed. `env` adds to this process's. */
export async function startServe(env: NodeJS.ProcessEnv = {}): Promise<{ server: ChildProcess; base: string }> {
  const server = spawn(process.execPath, [SERVE, '--port', '0'], { stdio: ['ignore', 'pipe', 'ignore'], env: { ...process.env, ...env } });
  const base = await new Promise<string>((resolve, reject) => {
    let out = '';
    server.stdout!.on('data', (d) => {
      out += d;
      const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
      if (m) resolve(m[0]);
    });
    server.on('exit', (code) => reject(new Error(`serve.mjs exited with ${code}`)));
  });
  return { server, base };
}
