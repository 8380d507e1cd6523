import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Cards per block: the unit that is rendered or stood in for by one spacer. */
export const CARDS_PER_BLOCK = 10;

/** How far beyond the viewport a block stays rendered (so scrolling never shows a gap). */
const MARGIN = '150% 0px';

/**
 * Keeps the finder's cost independent of how many results are loaded: results
 * are cut into blocks of CARDS_PER_BLOCK, and a block far from the viewport is
 * one empty spacer of its last measured height instead of its cards. Every
 * list item carries `data-block`; an IntersectionObserver (no layout reads of
 * ours) says which blocks are near the viewport. Only the blocks near it are
 * cards, so an update's cost stays that of a screenful.
 */
export class ResultWindow<T> implements ReactiveController {
  #observer: IntersectionObserver | undefined;
  #near = new Map<Element, boolean>();
  #heights = new Map<Element, number>();
  /** Blocks known to be far from the viewport; any other block is rendered. */
  #far = new Set<number>();
  /** The last measured height of each block, for its spacer. */
  #blockHeight = new Map<number, number>();
  #gap: number | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement, private readonly list: () => HTMLElement | null | undefined) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer = new IntersectionObserver((entries) => this.#seen(entries), { rootMargin: MARGIN });
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  /** After each render: size the spacers and watch the list items now in the list. */
  hostUpdated(): void {
    const observer = this.#observer;
    const list = this.list();
    if (!observer) return;
    observer.disconnect();
    this.#near.clear();
    if (!list) return;
    for (const item of list.querySelectorAll<HTMLElement>(':scope > [data-block]')) {
      // through the CSSOM: a style attribute would break a strict CSP
      if (item.classList.contains('spacer')) item.style.height = `${this.spacerHeight(Number(item.dataset.block))}px`;
      observer.observe(item);
    }
  }

  /** The items cut into blocks of CARDS_PER_BLOCK. */
  blocks(items: readonly T[]): T[][] {
    const blocks: T[][] = [];
    for (let start = 0; start < items.length; start += CARDS_PER_BLOCK) blocks.push(items.slice(start, start + CARDS_PER_BLOCK));
    return blocks;
  }

  /** Whether block `index` is rendered as cards (else as a spacer of `spacerHeight(index)`). */
  shown(index: number): boolean {
    return !this.#far.has(index);
  }

  spacerHeight(index: number): number {
    return this.#blockHeight.get(index) ?? 0;
  }

  /** A new search: every block is new. */
  reset(): void {
    this.#far.clear();
    this.#blockHeight.clear();
  }

  #seen(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      this.#near.set(entry.target, entry.isIntersecting);
      this.#heights.set(entry.target, entry.boundingClientRect.height);
    }
    const list = this.list();
    if (!list) return;
    const byBlock = new Map<number, Element[]>();
    for (const item of this.#near.keys()) {
      const index = Number((item as HTMLElement).dataset.block);
      byBlock.set(index, [...(byBlock.get(index) ?? []), item]);
    }
    let changed = false;
    for (const [index, items] of byBlock) {
      const near = items.some((item) => this.#near.get(item));
      if (near && this.#far.delete(index)) changed = true;
      if (!near && !this.#far.has(index)) {
        // rendered as cards until now: their heights (from the observer, not a layout read) size the spacer
        this.#gap ??= parseFloat(getComputedStyle(list).rowGap) || 0;
        const height = items.reduce((sum, item) => sum + (this.#heights.get(item) ?? 0), 0) + this.#gap * (items.length - 1);
        this.#blockHeight.set(index, height);
        this.#far.add(index);
        changed = true;
      }
    }
    if (changed) this.host.requestUpdate();
  }
}
