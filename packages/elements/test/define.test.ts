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
      await import('../src/lawyer-finder/define.js');
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

  // Two real copies of the bundle (same version, another version) on one page are
  // tested in test-csp/strict-csp.test.mjs (/two-copies, /two-versions): separate
  // module instances can only come from separate scripts.
  it('should leave a tag another script took in place, say so, and not throw', () => {
    const warnings: unknown[][] = [];
    const realWarn = console.warn;
    console.warn = (...args: unknown[]) => { warnings.push(args); };
    try {
      class SomeoneElses extends HTMLElement {}
      customElements.define('pls-taken-by-the-page', SomeoneElses);
      class Ours extends HTMLElement { static readonly plskitVersion = '0.1.0'; }
      expect(() => define('pls-taken-by-the-page', Ours)).to.not.throw();
      expect(customElements.get('pls-taken-by-the-page')).to.equal(SomeoneElses);
      expect(warnings.map((args) => String(args[0]))).to.deep.equal([
        'plskit: <pls-taken-by-the-page> is already defined by another script; this copy (plskit 0.1.0) leaves it in place.',
      ]);
    } finally {
      console.warn = realWarn;
    }
  });
});
