// Lets `npm start` and `npm test` work on a fresh clone: install from the lockfile once if nothing is installed yet.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
if (!existsSync(join(root, 'node_modules', '.package-lock.json'))) {
  console.log('storylint: installing dependencies from package-lock.json (first run)');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
