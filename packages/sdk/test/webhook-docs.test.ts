// The Python and Java receivers docs/webhooks.md shows, run as written against
// a real signature: they accept it, and refuse a changed body, another secret
// and an old timestamp. Skipped where python3 or java is not installed.
import { spawnSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const docs = readFileSync(new URL('../../../docs/webhooks.md', import.meta.url), 'utf8');
const snippet = (language: string) => new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``).exec(docs)?.[1] ?? '';
const installed = (command: string) => spawnSync(command, ['--version'], { encoding: 'utf8' }).status === 0;

const SECRET = 'whsec_docs_secret_0123456789abcd';
const body = JSON.stringify({ id: 'evt_3Fq9ZkP2mW7xR4tY8bN1cV6d', type: 'appointment.booked', note: '预约' });
const signed = (text: string, secret = SECRET, t = Math.floor(Date.now() / 1000)) =>
  `t=${t},v1=${createHmac('sha256', secret).update(`${t}.${text}`).digest('hex')}`;
/** [body, header, expected] for a genuine request, a changed body, another secret, an old timestamp. */
const cases: [string, string, boolean][] = [
  [body, signed(body), true],
  [body.replace('booked', 'cancelled'), signed(body), false],
  [body, signed(body, 'whsec_another_secret_0123456789'), false],
  [body, signed(body, SECRET, Math.floor(Date.now() / 1000) - 301), false],
];

const dir = mkdtempSync(join(tmpdir(), 'plskit-webhook-docs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
cases.forEach(([text], i) => writeFileSync(join(dir, `body-${i}`), text));

describe('the receivers in docs/webhooks.md', () => {
  it.skipIf(!installed('python3'))('Python: accepts the genuine request and refuses the others', () => {
    writeFileSync(join(dir, 'check.py'), `${snippet('python')}
import sys
for i, header in enumerate(sys.argv[1:]):
    with open(f"${dir}/body-{i}", "rb") as f:
        print(verify(f.read(), header, ["whsec_new_secret_not_used_yet_01", "${SECRET}"]))
`);
    const run = spawnSync('python3', [join(dir, 'check.py'), ...cases.map(([, header]) => header)], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim().split('\n')).toEqual(cases.map(([, , ok]) => (ok ? 'True' : 'False')));
  });

  it.skipIf(!installed('java'))('Java: accepts the genuine request and refuses the others', () => {
    const java = snippet('java');
    const imports = java.split('\n').filter((line) => line.startsWith('import ')).join('\n');
    const rest = java.split('\n').filter((line) => !line.startsWith('import ')).join('\n');
    // a single-file program: the class launched comes first
    writeFileSync(join(dir, 'Check.java'), `${imports}
class Check {
  public static void main(String[] args) throws Exception {
    for (int i = 0; i < args.length; i++) {
      byte[] body = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("${dir}", "body-" + i));
      System.out.println(PlskitSignature.verify(body, args[i], "${SECRET}", 300));
    }
  }
}
${rest}`);
    const run = spawnSync('java', [join(dir, 'Check.java'), ...cases.map(([, header]) => header)], { encoding: 'utf8', timeout: 60_000 });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim().split('\n')).toEqual(cases.map(([, , ok]) => String(ok)));
  });
});
