// A directory served over loopback on a free port, for a test to open a built
// site (Storybook's static build) in Chromium as a browser would load it.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.map': 'application/json',
};

/** Serves `directory` (a file URL ending in "/"); resolves with its URL and a close(). */
export async function serveDirectory(directory) {
  const root = fileURLToPath(directory);
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://site').pathname));
    const file = `${root}${path.endsWith(sep) ? `${path}index.html` : path}`.replace(`${sep}${sep}`, sep);
    // nothing outside the directory, whatever the request says
    const data = file.startsWith(root) ? await readFile(file).catch(() => undefined) : undefined;
    if (!data) response.writeHead(404).end();
    else response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(data);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}
