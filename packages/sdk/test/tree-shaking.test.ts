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

async function bundle(source: string): Promise<string> {
  const result = await build({
    stdin: { contents: source, resolveDir: fileURLToPath(new URL('.', import.meta.url)), loader: 'ts' },
    bundle: true, write: false, minify: true, format: 'esm', platform: 'browser',
    alias: { '@plskit/sdk': sdkEntry }, logLevel: 'silent',
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
});
