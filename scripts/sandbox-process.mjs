// Starts the sandbox exactly as `npm start` does (its bin, configured by the
// environment) on a port the OS picks, and reads the URLs it prints.
import { spawn } from 'node:child_process';
import { once } from 'node:events';

const BIN = new URL('../packages/sandbox/bin/plskit-sandbox.js', import.meta.url);

export async function startSandboxProcess(env) {
  const child = spawn(process.execPath, [BIN.pathname], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', PLSKIT_LOG: 'off', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let printed = '';
  const url = await new Promise((resolve, reject) => {
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => {
      printed += chunk;
      const match = /API\s+(http:\/\/\S+)\/v1\/health/.exec(printed);
      if (match) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`the sandbox exited (${code}) before listening:\n${printed}`)));
  });
  return {
    url,
    /** The process id (e.g. for its CPU time in /proc). */
    pid: child.pid,
    printed: () => printed,
    async stop() {
      if (child.exitCode !== null) return child.exitCode;
      child.kill('SIGTERM');
      const [code] = await once(child, 'exit');
      return code;
    },
    /** kill -9: no shutdown at all, as a crash or a power cut. */
    async kill() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGKILL');
      await once(child, 'exit');
    },
  };
}
