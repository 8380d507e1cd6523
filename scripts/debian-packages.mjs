// Installs the Debian packages a test needs where that can be done without
// asking anyone: as root on Debian, as on a fresh CI machine. Anywhere else
// the caller says exactly what to install and stops.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const canInstall = () =>
  process.getuid?.() === 0 && existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');

let listsUpdated = false;

/**
 * apt-get installs `packages` (after one `apt-get update` per process), saying
 * `why` first; returns false where it may not.
 */
export function installDebianPackages(packages, why) {
  if (!canInstall()) return false;
  console.log(`${why}: installing Debian's ${packages.join(', ')}…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!listsUpdated) execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  listsUpdated = true;
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
  return true;
}
