// Neovim as a real LSP client: headless, no user config, the 0.7 vim.lsp API.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureServerBuilt, serverBin } from './support/build.ts';
import { DRAFT } from './support/draft.ts';

const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const hasNvim = nvim.status === 0;
const script = fileURLToPath(new URL('./nvim/lsp-client.lua', import.meta.url));

interface NvimDiagnostic {
  lnum: number;
  col: number;
  end_lnum: number;
  end_col: number;
  severity: number;
  message: string;
  source: string;
  code: string;
  href: string | null;
  related: string[];
}
interface NvimResult {
  ok: boolean;
  error: string | null;
  steps: string[];
  filetype: string;
  published: boolean;
  diagnostics: NvimDiagnostic[];
  hover: string | null;
  actions: string[];
  reloaded: boolean;
  after_reload: NvimDiagnostic[];
  cleared: boolean;
  rebroken: boolean;
  after_edit: NvimDiagnostic[];
  text: string;
}

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

describe.skipIf(!hasNvim)(`Neovim ${hasNvim ? nvim.stdout.split('\n')[0] : '(not installed: apt-get install neovim)'}`, () => {
  let dir: string;
  let r: NvimResult;

  beforeAll(async () => {
    await ensureServerBuilt();
    dir = mkdtempSync(join(tmpdir(), 'budgetlint-nvim-'));
    const home = join(dir, 'home');
    mkdirSync(home);
    const draft = join(dir, 'draft.md');
    writeFileSync(draft, DRAFT);
    const out = join(dir, 'out.json');
    const child = spawn('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${script}`], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        BL_SERVER: serverBin,
        BL_DRAFT: draft,
        BL_OUT: out,
        HOME: home,
        XDG_CONFIG_HOME: join(home, 'config'),
        XDG_DATA_HOME: join(home, 'data'),
        XDG_CACHE_HOME: join(home, 'cache'),
        XDG_STATE_HOME: join(home, 'state'),
      },
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
    await new Promise((res) => child.on('exit', res));
    clearTimeout(timer);
    try {
      r = JSON.parse(readFileSync(out, 'utf8'));
    } catch {
      throw new Error(`nvim wrote no result (exit ${child.exitCode}); stderr: ${stderr}`);
    }
  }, 120_000);

  afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('ran the script to the end', () => {
    expect(r.error).toBeNull();
    expect(r.ok).toBe(true);
    expect(r.filetype).toBe('markdown');
  });

  it('shows the diagnostic over the statement, at the right byte columns', () => {
    expect(r.published).toBe(true);
    expect(r.diagnostics).toHaveLength(1);
    const d = r.diagnostics[0];
    // The diagnostic covers the statement: from the total's line to the last item, three lines down.
    const last = DRAFT.split('\n')[5];
    // Neovim turns the server's UTF-16 columns into byte columns: both must land on the statement's ends.
    expect({ lnum: d.lnum, col: d.col, end_lnum: d.end_lnum, end_col: d.end_col }).toEqual({
      lnum: 2,
      col: 0,
      end_lnum: 5,
      end_col: bytes(last.slice(0, last.indexOf('6.17亿元') + '6.17亿元'.length)),
    });
    expect(d.end_col).toBe(bytes('（3）专项转移支付6.17亿元'));
    expect(d.severity).toBe(1);
    expect(d.source).toBe('budgetlint');
    expect(d.code).toBe('sum-mismatch');
    expect(d.href).toMatch(/rules\/sum-mismatch\/README\.md$/);
    expect(d.message).toContain('分项之和为26.62亿元');
    expect(d.related).toEqual(['所指“31.62亿元”', '分项（1）返还性收入 2.4亿元', '分项（2）一般性转移支付 18.05亿元', '分项（3）专项转移支付 6.17亿元']);
  });

  it('answers hover and code actions', () => {
    expect(r.hover).toContain('合计（税收返还和转移支付），其中3项，分项之和26.62亿元');
    expect(r.actions).toEqual(['将合计改为26.62亿元', '在此处忽略 sum-mismatch', '忽略此问题（记入 budgetlint-suppressions.json）', '查看规则说明：sum-mismatch']);
  });

  it('reloads budgetlint.config.json written while it runs', () => {
    expect(r.reloaded).toBe(true);
    expect(r.after_reload.map((d) => [d.code, d.severity])).toEqual([['sum-mismatch', 2]]);
  });

  it('follows edits typed into the buffer', () => {
    expect(r.cleared).toBe(true);
    expect(r.rebroken).toBe(true);
    expect(r.after_edit).toHaveLength(1);
    expect(r.after_edit[0].message).toContain('合计26.62亿元，但分项之和为26.72亿元');
    expect(r.after_edit[0].related[3]).toBe('分项（3）专项转移支付 6.27亿元');
    expect(r.text.split('\n')[2]).toBe('税收返还和转移支付26.62亿元，其中：');
  });
});
