import { PLSKIT_ELEMENTS_VERSION } from './version.js';

/** A class this library defines: it carries the version that defined it. */
interface VersionedElement extends CustomElementConstructor {
  readonly plskitVersion?: string;
}

/**
 * Registers `tag` unless it is already registered. Never throws, so two copies
 * (or two versions) of the library on one CMS page keep working: the same
 * version does nothing; another version keeps the first and warns once.
 */
export function define(tag: string, element: VersionedElement, registry: CustomElementRegistry = customElements): void {
  const existing = registry.get(tag) as VersionedElement | undefined;
  if (!existing) {
    registry.define(tag, element);
    return;
  }
  const version = element.plskitVersion ?? PLSKIT_ELEMENTS_VERSION;
  if (existing === element || existing.plskitVersion === version) return;
  console.warn(
    `plskit: <${tag}> is already defined by ${existing.plskitVersion ? `plskit ${existing.plskitVersion}` : 'another script'}; ` +
      `this copy (plskit ${version}) leaves it in place.`,
  );
}
