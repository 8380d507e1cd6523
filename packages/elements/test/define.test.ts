import { expect } from '@open-wc/testing';
import { PlsLawyerFinder, PlsProvider, define } from '../src/index.js';

describe('define()', () => {
  it('should not register anything when only the classes are imported', () => {
    expect(PlsLawyerFinder).to.be.a('function');
    expect(customElements.get('pls-lawyer-finder')).to.equal(undefined);
    expect(customElements.get('pls-provider')).to.equal(undefined);
  });

  it('should register through the defining entry, and do nothing when the same version defines it again', async () => {
    const warnings: unknown[][] = [];
    const realWarn = console.warn;
    console.warn = (...args: unknown[]) => { warnings.push(args); };
    try {
      await import('../src/define/lawyer-finder.js');
      expect(customElements.get('pls-lawyer-finder')).to.equal(PlsLawyerFinder);
      // a second copy of the same version (another bundle on the page): a different class object
      class SecondCopy extends PlsLawyerFinder {}
      expect(() => define('pls-lawyer-finder', SecondCopy)).to.not.throw();
      expect(() => define('pls-lawyer-finder', PlsLawyerFinder)).to.not.throw();
      expect(warnings).to.deep.equal([]);
      expect(customElements.get('pls-lawyer-finder')).to.equal(PlsLawyerFinder);
    } finally {
      console.warn = realWarn;
    }
  });

  it('should keep the first definition and warn once when another version defines the tag', () => {
    const warnings: unknown[][] = [];
    const realWarn = console.warn;
    console.warn = (...args: unknown[]) => { warnings.push(args); };
    try {
      define('pls-provider', PlsProvider);
      class OtherVersion extends HTMLElement { static readonly plskitVersion = '9.9.9'; }
      expect(() => define('pls-provider', OtherVersion)).to.not.throw();
      expect(customElements.get('pls-provider')).to.equal(PlsProvider);
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]![0])).to.contain('<pls-provider> is already defined by plskit 0.1.0; this copy (plskit 9.9.9) leaves it in place.');
    } finally {
      console.warn = realWarn;
    }
  });

  it('should keep working with two copies of the library on one page', async () => {
    const host = document.createElement('div');
    host.innerHTML = '<pls-lawyer-finder api-base="/" page-size="2"></pls-lawyer-finder>';
    document.body.append(host);
    try {
      const finder = host.firstElementChild as PlsLawyerFinder;
      await finder.updateComplete;
      expect(finder.shadowRoot).to.be.instanceOf(ShadowRoot);
    } finally {
      host.remove();
    }
  });
});
