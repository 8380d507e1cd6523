// Where the docs load the CDN build from, checked at release: every absolute
// URL of a file of packages/elements/dist/cdn/ must name the version about to
// be released, on a CDN that really serves it, or on the one example host
// that reads as an example. A partner copies these lines as they are.

/** The hosts a doc may load the build from: public npm CDNs serve the package's dist/cdn/ by version. */
export const CDN_HOSTS = [
  { name: 'jsDelivr', pattern: /^https:\/\/cdn\.jsdelivr\.net\/npm\/@plskit\/elements@([^/]+)\/dist\/cdn\/\S*$/ },
  { name: 'unpkg', pattern: /^https:\/\/unpkg\.com\/@plskit\/elements@([^/]+)\/dist\/cdn\/\S*$/ },
  // a partner's own copy (RFC 2606's reserved .example domain, never a real host)
  { name: 'the example of a self-hosted copy', pattern: /^https:\/\/static\.partner\.example\/plskit\/([^/]+)\/\S*$/ },
];

const URL_IN_TEXT = /https?:\/\/[^\s"'`<>()[\]]+/g;
/** A URL of the CDN build: the loader, a tag's chunk, a shared chunk, integrity.json, under any host. */
const CDN_FILE = /\/(plskit\.js|pls-[a-z-]+\.js|chunks\/[^/]+\.js|integrity\.json)$|\/dist\/cdn\//;

/** What is wrong with the CDN URLs in a document's text, one line each (none when all is well). */
export function cdnUrlProblems(text, release) {
  const problems = [];
  for (const [match] of text.matchAll(URL_IN_TEXT)) {
    // a sentence's full stop or comma is not part of the URL
    const url = match.replace(/[.,;:]+$/, '');
    if (!URL.canParse(url) || !CDN_FILE.test(new URL(url).pathname)) continue;
    const host = CDN_HOSTS.find(({ pattern }) => pattern.test(url));
    if (!host) {
      problems.push(`loads ${url}: not a versioned URL of ${CDN_HOSTS.map(({ name }) => name).join(', ')}`);
      continue;
    }
    const [, version] = url.match(host.pattern);
    if (version !== release) problems.push(`loads ${url}, but the next release is ${release} (update the URL with the changeset)`);
  }
  return problems;
}
