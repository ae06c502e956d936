/**
 * `npm run lockfile:complete`: add to package-lock.json the other platforms' optional binaries (rollup,
 * pagefind, the Astro compiler…) that npm left out, so that `npm ci` accepts the lockfile.
 *
 * Why: the registry mirror these machines use lacks current builds of other platforms' binaries, so npm
 * cannot resolve them, drops them from the lockfile, and `npm ci` then refuses the lockfile as out of
 * sync ("Missing: @rollup/rollup-darwin-arm64@ from lock file"). The entries added here carry the
 * platform (os, cpu, libc) so that npm skips them on every other machine, as it would anyway.
 * Run it after `npm install <package>` whenever `npm ci --dry-run` reports "Missing: … from lock file".
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface LockEntry {
  version?: string;
  dev?: boolean;
  optional?: boolean;
  os?: string[];
  cpu?: string[];
  libc?: string[];
  optionalDependencies?: Record<string, string>;
}

const OS = [
  'darwin',
  'linux',
  'win32',
  'windows',
  'android',
  'freebsd',
  'openbsd',
  'netbsd',
  'sunos',
  'aix',
  'openharmony',
];
const CPU = ['arm64', 'x64', 'arm', 'ia32', 'ppc64', 's390x', 'riscv64', 'loong64', 'mips64el', 'wasm32'];

/** The platform fields of a binary package, read from its name (`rollup-linux-x64-musl`). */
export function platformOf(name: string): Pick<LockEntry, 'os' | 'cpu' | 'libc'> {
  const words = (name.split('/').pop() ?? name).split('-');
  const os = OS.find((candidate) => words.includes(candidate));
  const cpu = CPU.find((candidate) => words.includes(candidate));
  const libc = words.some((w) => w.startsWith('musl'))
    ? 'musl'
    : os === 'linux' && words.some((w) => w.startsWith('gnu'))
      ? 'glibc'
      : undefined;
  return {
    ...(cpu ? { cpu: [cpu] } : {}),
    ...(libc ? { libc: [libc] } : {}),
    ...(os ? { os: [os === 'windows' ? 'win32' : os] } : {}),
  };
}

/** The packages `npm ci` reports missing from the lockfile of the project in `dir`. */
function missingPackages(dir: string): string[] {
  let output = '';
  try {
    execFileSync('npm', ['ci', '--dry-run'], { cwd: dir, stdio: 'pipe', encoding: 'utf8' });
  } catch (error) {
    output = String((error as { stderr?: string }).stderr ?? '');
  }
  return [...output.matchAll(/Missing: (\S+?)@\S* from lock file/g)].map((match) => match[1] ?? '');
}

const dir = process.cwd();
const path = join(dir, 'package-lock.json');
const lock = JSON.parse(readFileSync(path, 'utf8')) as { packages: Record<string, LockEntry> };
const missing = missingPackages(dir);
for (const name of missing) {
  const parent = Object.values(lock.packages).find((entry) => entry.optionalDependencies?.[name]);
  if (!parent) throw new Error(`${name}: no package in the lockfile lists it as an optional dependency`);
  lock.packages[`node_modules/${name}`] = {
    version: parent.optionalDependencies?.[name],
    ...(parent.dev ? { dev: true } : {}),
    optional: true,
    ...platformOf(name),
  };
}
const sorted = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
);
writeFileSync(`${path}.tmp`, `${JSON.stringify({ ...lock, packages: sorted }, null, 2)}\n`);
renameSync(`${path}.tmp`, path);
console.log(
  missing.length ? `added ${missing.length} entries to package-lock.json` : 'package-lock.json is complete',
);
