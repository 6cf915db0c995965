// @vitest-environment node
/**
 * The repository carries every input its build and tests read: nothing under src/, scripts/ or e2e/
 * reaches for ../shared (where new research arrives), and the test server is never one it did not start.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import config from '../playwright.config.ts';

const ROOT = new URL('..', import.meta.url);
const tracked = (paths: string[]) =>
  execFileSync('git', ['ls-files', '--', ...paths], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);

describe('a fresh clone', () => {
  it('reads no file outside the repository: no code or test names ../shared', () => {
    const offenders = tracked(['src', 'scripts', 'e2e', 'vite.config.ts', 'playwright.config.ts'])
      .filter((f) => !f.endsWith('fresh-clone.test.ts'))
      .filter((f) => /\.\.\/(\.\.\/)*shared\//.test(readFileSync(new URL(f, ROOT), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('carries the two source documents the data checks read', () => {
    expect(tracked(['data/sources'])).toEqual(['data/sources/000_a7a296919ef405b9.txt', 'data/sources/002_c5410fde3e8b01ed.txt']);
  });
});

describe('the browser tests and `npm start`, in the README order', () => {
  const server = Array.isArray(config.webServer) ? config.webServer[0] : config.webServer;
  const startPort = Number(/--port (\d+)/.exec(readFileSync(new URL('scripts/start.sh', ROOT), 'utf8'))?.[1]);

  it('never reuse a server they did not start (it would have no test bridge)', () => {
    expect(server?.reuseExistingServer).toBe(false);
  });

  it('serve on a port of their own, not the one `npm start` keeps serving', () => {
    const testPort = Number(new URL(server?.url ?? '').port);
    expect(startPort).toBe(4173);
    expect(testPort).not.toBe(startPort);
  });
});
