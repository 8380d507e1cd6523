// `plskit-sandbox staff-token`: for development only, a staff token signed
// with the sandbox's own development key (the one in the data folder of
// PLSKIT_DB), which a sandbox without PLSKIT_STAFF_JWKS accepts. Printed on
// stdout, to paste into the staff demo page or an Authorization header. With
// a provider configured it refuses: tokens then come from the provider.
//   plskit-sandbox staff-token --role center-staff --center sc-370811 [--center …] [--name 李主任] [--sub …] [--ttl 8h]
import { randomUUID } from 'node:crypto';
import type { CommandIo } from '../command-io.js';
import { DEFAULT_DB } from '../options.js';
import { STAFF_ROLES, type StaffRole } from './staff-access.js';
import { dataFolder, DEV_ISSUER, devSigningKey, signDevToken } from './dev-signing-key.js';
import { DEFAULT_STAFF_AUDIENCE } from './staff-tokens.js';

const USAGE = `usage: plskit-sandbox staff-token --role center-staff|hotline-operator|supervisor [--role …]
       [--center <id>] … [--name <display name>] [--sub <subject>] [--ttl 8h]`;

const TTL = /^(\d+)(s|m|h|d)$/;
const UNIT_SECONDS = { s: 1, m: 60, h: 3600, d: 86_400 } as const;
/** A development token lasts a working day by default, a week at most. */
const DEFAULT_TTL_SECONDS = 8 * 3600;
const MAX_TTL_SECONDS = 7 * 86_400;

interface TokenFlags { roles: StaffRole[]; centers: string[]; name?: string; sub?: string; ttlSeconds: number }

function flagsOf(args: readonly string[]): TokenFlags | string {
  const flags: TokenFlags = { roles: [], centers: [], ttlSeconds: DEFAULT_TTL_SECONDS };
  for (let i = 0; i < args.length; i += 2) {
    const [flag, value] = [args[i] as string, args[i + 1]];
    if (value === undefined) return `${flag} needs a value`;
    if (flag === '--role') {
      if (!(STAFF_ROLES as readonly string[]).includes(value)) return `--role must be one of ${STAFF_ROLES.join(', ')}, not "${value}"`;
      flags.roles.push(value as StaffRole);
    } else if (flag === '--center') {
      if (!/^[A-Za-z0-9-]{1,64}$/.test(value)) return `--center must be a center id such as sc-370811, not "${value}"`;
      flags.centers.push(value);
    } else if (flag === '--name') flags.name = value;
    else if (flag === '--sub') flags.sub = value;
    else if (flag === '--ttl') {
      const match = TTL.exec(value);
      const seconds = match ? Number(match[1]) * UNIT_SECONDS[match[2] as keyof typeof UNIT_SECONDS] : 0;
      if (seconds < 1 || seconds > MAX_TTL_SECONDS) return `--ttl must be a duration such as 30m, 8h or 2d (at most 7d), not "${value}"`;
      flags.ttlSeconds = seconds;
    } else return `unknown option ${flag}`;
  }
  if (flags.roles.length === 0) return 'name a role with --role';
  if (flags.roles.includes('center-staff') && flags.centers.length === 0) return 'center staff work at a center: name it with --center sc-370811';
  return flags;
}

export async function runStaffTokenCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const flags = flagsOf(args);
  if (typeof flags === 'string') {
    io.err(`plskit-sandbox staff-token: ${flags}`);
    io.err(USAGE);
    return 2;
  }
  if (io.env.PLSKIT_STAFF_JWKS) {
    io.err('plskit-sandbox staff-token: PLSKIT_STAFF_JWKS is set, so the sandbox trusts your identity provider: sign in there for a token.');
    return 1;
  }
  const folder = dataFolder(io.env.PLSKIT_DB ?? DEFAULT_DB);
  if (!folder) {
    io.err('plskit-sandbox staff-token: a sandbox on PLSKIT_DB=:memory: keeps its development key in memory; use a database file.');
    return 1;
  }
  const key = await devSigningKey(folder);
  const token = await signDevToken(key, {
    sub: flags.sub ?? `dev-${randomUUID()}`, ...(flags.name ? { name: flags.name } : {}), roles: flags.roles, centers: flags.centers,
    issuer: io.env.PLSKIT_STAFF_ISSUER ?? DEV_ISSUER, audience: io.env.PLSKIT_STAFF_AUDIENCE ?? DEFAULT_STAFF_AUDIENCE, ttlSeconds: flags.ttlSeconds,
  }, io.now);
  io.out(token);
  io.err(`plskit-sandbox staff-token: signed with the development key ${key.path}; valid for ${flags.ttlSeconds / 3600} h. Development only.`);
  return 0;
}
