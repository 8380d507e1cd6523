import { describe, expect, it } from 'vitest';
import { cdnUrlProblems } from './cdn-urls.mjs';

describe('the docs\' CDN URLs at release', () => {
  it('accepts the npm CDNs and the example host at the version released', () => {
    const text = `<script type="module" src="https://cdn.jsdelivr.net/npm/@plskit/elements@0.2.0/dist/cdn/plskit.js"></script>
      "https://unpkg.com/@plskit/elements@0.2.0/dist/cdn/chunks/lit-1a2b3c4d.js": "sha384-…"
      https://static.partner.example/plskit/0.2.0/integrity.json and the API at https://api.example.gov.cn/v1/lawyers`;
    expect(cdnUrlProblems(text, '0.2.0')).toEqual([]);
  });

  it('refuses an unversioned URL, a placeholder host and an old version', () => {
    const text = `src="https://cdn.example.gov.cn/plskit/plskit.js"
      src="https://cdn.example.gov.cn/plskit/0.2.0/plskit.js"
      src="https://cdn.jsdelivr.net/npm/@plskit/elements/dist/cdn/plskit.js"
      src="https://unpkg.com/@plskit/elements@0.1.0/dist/cdn/pls-dialog.js"
      and at the end of a sentence, https://cdn.example.gov.cn/plskit.js.`;
    expect(cdnUrlProblems(text, '0.2.0')).toEqual([
      'loads https://cdn.example.gov.cn/plskit/plskit.js: not a versioned URL of jsDelivr, unpkg, the example of a self-hosted copy',
      'loads https://cdn.example.gov.cn/plskit/0.2.0/plskit.js: not a versioned URL of jsDelivr, unpkg, the example of a self-hosted copy',
      'loads https://cdn.jsdelivr.net/npm/@plskit/elements/dist/cdn/plskit.js: not a versioned URL of jsDelivr, unpkg, the example of a self-hosted copy',
      'loads https://unpkg.com/@plskit/elements@0.1.0/dist/cdn/pls-dialog.js, but the next release is 0.2.0 (update the URL with the changeset)',
      'loads https://cdn.example.gov.cn/plskit.js: not a versioned URL of jsDelivr, unpkg, the example of a self-hosted copy',
    ]);
  });
});
