// A widget that only searches lawyers builds its client from createTransport and
// createLawyersResource; bundled as a partner's bundler would (esbuild, minified,
// browser), the other resources must be absent from the output. The webhook
// verifier, a server's helper, is in no widget's bundle.
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const sdkEntry = fileURLToPath(new URL('../src/index.ts', import.meta.url));
const staffEntry = fileURLToPath(new URL('../src/staff.ts', import.meta.url));

async function bundle(source: string): Promise<string> {
  const result = await build({
    stdin: { contents: source, resolveDir: fileURLToPath(new URL('.', import.meta.url)), loader: 'ts' },
    bundle: true, write: false, minify: true, format: 'esm', platform: 'browser',
    alias: { '@plskit/sdk/staff': staffEntry, '@plskit/sdk': sdkEntry }, logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

// path fragments each resource alone sends to, and property names only its reply shapes hold
const onlyIn = {
  appointments: 'v1/appointments', notary: 'v1/notary', legalAid: 'v1/legal-aid', lawFirms: 'v1/law-firms', serviceCenters: 'v1/service-centers',
  appointmentShape: 'manageToken', notaryShape: 'workingDays', rulesetShape: 'economicHardship', eligibilityShape: 'meansTest',
};

describe('tree-shaking', () => {
  it('a lawyers-only client carries no appointment, notary or legal-aid code', async () => {
    const code = await bundle(`
      import { createTransport, createLawyersResource } from '@plskit/sdk';
      const lawyers = createLawyersResource(createTransport({ baseUrl: '/' }));
      export const search = () => lawyers.search({ region: '370811' }, { locale: 'en' });
    `);
    expect(code).toContain('v1/lawyers');
    expect(code).toContain('licenceNumber'); // its own reply shape stays
    for (const path of Object.values(onlyIn)) expect(code).not.toContain(path);
  });

  it('a widget\'s single-attempt transport carries no ky; createTransport does (the control)', async () => {
    const lawyersOver = async (transport: string) => bundle(`
      import { ${transport}, createLawyersResource } from '@plskit/sdk';
      export const lawyers = createLawyersResource(${transport}({ baseUrl: '/' }));
    `);
    // ky's own error message, in its HTTPError
    expect(await lawyersOver('createTransport')).toContain('Request failed with');
    expect(await lawyersOver('createSingleAttemptTransport')).not.toContain('Request failed with');
  });

  it('carries verifyWebhook only into a bundle that imports it', async () => {
    // the WebCrypto algorithm name only the verifier uses
    expect(await bundle(`export { verifyWebhook } from '@plskit/sdk';`)).toContain('HMAC');
    const client = await bundle(`import { createClient } from '@plskit/sdk'; export const client = createClient({ baseUrl: '/' });`);
    expect(client).not.toContain('HMAC');
    expect(client).not.toContain('Plskit-Signature');
  });

  const cdn = fileURLToPath(new URL('../../elements/dist/cdn/', import.meta.url));
  const browserBuild = fileURLToPath(new URL('../dist/browser/plskit-sdk.min.js', import.meta.url));
  it.skipIf(!existsSync(cdn) || !existsSync(browserBuild))('leaves the verifier out of every widget chunk the CDN serves and of the browser build (needs npm run build)', () => {
    const chunks = (readdirSync(cdn, { recursive: true }) as string[]).filter((file) => file.endsWith('.js')).map((file) => join(cdn, file));
    expect(chunks.length).toBeGreaterThan(5);
    for (const file of [...chunks, browserBuild]) {
      const code = readFileSync(file, 'utf8');
      expect(code.includes('HMAC') || code.includes('Plskit-Signature'), file).toBe(false);
    }
  });

  it('createClient keeps every resource (the control: the check above can fail)', async () => {
    const code = await bundle(`
      import { createClient } from '@plskit/sdk';
      export const client = createClient({ baseUrl: '/' });
    `);
    for (const path of Object.values(onlyIn)) expect(code).toContain(path);
  });

  it('keeps the staff API out of everything a resident\'s page loads: createClient, the browser build, every resident widget\'s chunks', async () => {
    expect(await bundle(`export { createStaffClient } from '@plskit/sdk/staff';`)).toContain('v1/staff');
    const client = await bundle(`import { createClient } from '@plskit/sdk'; export const client = createClient({ baseUrl: '/' });`);
    expect(client).not.toContain('v1/staff');
    expect(client).not.toContain('Bearer');
    if (!existsSync(cdn) || !existsSync(browserBuild)) return;
    expect(readFileSync(browserBuild, 'utf8')).not.toContain('v1/staff');
    // every file a page with only resident tags loads, static and lazy imports followed
    const loaded = new Set<string>();
    const load = (file: string) => {
      if (loaded.has(file)) return;
      loaded.add(file);
      for (const [, relative] of readFileSync(join(cdn, file), 'utf8').matchAll(/["'](\.\.?\/[^"']+\.js)["']/g)) {
        load(join(file, '..', relative as string));
      }
    };
    for (const entry of readdirSync(cdn).filter((file) => /^pls-.*\.js$/.test(file) && file !== 'pls-staff-desk.js')) load(entry);
    expect(loaded.size).toBeGreaterThan(5);
    for (const file of loaded) expect(readFileSync(join(cdn, file), 'utf8').includes('v1/staff'), file).toBe(false);
    // the control: the staff desk's own chunks do carry it
    const desk = join(cdn, 'pls-staff-desk.js');
    if (existsSync(desk)) expect(readFileSync(desk, 'utf8')).toContain('v1/staff');
  });
});
