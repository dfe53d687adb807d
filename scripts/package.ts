// `npm run package`: builds Chrome and Firefox and zips each build for its store
// (mirror-reader-chrome-VERSION.zip, mirror-reader-firefox-VERSION.zip in the project root).
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { zipDirectory } from './zip';

const ROOT = resolve(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { version: string };

for (const [browser, script, dir] of [['chrome', 'build', 'dist'], ['firefox', 'build:firefox', 'dist-firefox']] as const) {
  execSync(`npm run ${script} --silent`, { cwd: ROOT, stdio: 'inherit' });
  const zip = `mirror-reader-${browser}-${version}.zip`;
  zipDirectory(resolve(ROOT, dir), resolve(ROOT, zip));
  console.log(`${zip} written`);
}
