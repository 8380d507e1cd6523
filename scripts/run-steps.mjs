// Runs named steps in order, stops at the first failure, prints a summary.
import { spawnSync } from 'node:child_process';

export function runSteps(title, steps) {
  const results = [];
  const started = Date.now();
  for (const [name, command] of steps) {
    console.log(`\n━━ ${title}: ${name} ━━  $ ${command}`);
    const t0 = Date.now();
    const { status } = spawnSync(command, { stdio: 'inherit', shell: true, env: process.env });
    const seconds = ((Date.now() - t0) / 1000).toFixed(1);
    results.push({ name, ok: status === 0, seconds });
    if (status !== 0) break;
  }
  console.log(`\n━━ ${title} summary (${((Date.now() - started) / 1000).toFixed(0)} s) ━━`);
  for (const r of results) console.log(`  ${r.ok ? 'ok  ' : 'FAIL'} ${r.name} (${r.seconds} s)`);
  const failed = results.filter((r) => !r.ok).length;
  const skipped = steps.length - results.length;
  console.log(`steps: ${results.length - failed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  process.exit(failed ? 1 : 0);
}
