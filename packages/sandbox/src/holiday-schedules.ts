// The yearly holiday schedules an operator adds as data: one JSON file per year
// (the State Council's notice typed in), read at start-up. A file that does not
// check stops the sandbox with every problem named: a wrong holiday calendar
// would book residents on days the centers are closed.
import { validateHolidayYear, type HolidayYear } from '@plskit/core';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every `*.json` file of the given files and directories, checked. */
export function loadHolidaySchedules(paths: readonly string[]): HolidayYear[] {
  const files = paths.flatMap((path) => statSync(path).isDirectory()
    ? readdirSync(path).filter((name) => name.endsWith('.json')).sort().map((name) => join(path, name))
    : [path]);
  const years = files.map((file) => {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new Error(`Holiday schedule ${file} is not JSON: ${(error as Error).message}`);
    }
    const checked = validateHolidayYear(json);
    if (!checked.valid) throw new Error(`Holiday schedule ${file} is not valid:\n  ${checked.errors.join('\n  ')}`);
    return checked.year;
  });
  const seen = new Set<number>();
  for (const { year } of years) {
    if (seen.has(year)) throw new Error(`Two holiday schedules for ${year}`);
    seen.add(year);
  }
  return years;
}
