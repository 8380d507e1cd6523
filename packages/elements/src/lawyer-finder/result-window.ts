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
 * ours) says which blocks are near the viewport. Blocks are stable arrays, so
 * an update re-renders only blocks whose cards or visibility changed.
 */
export class ResultWindow<T> implements ReactiveController {
  #observer: IntersectionObserver | undefined;
  #near = new Map<Element, boolean>();
  #heights = new Map<Element, number>();
  /** Blocks known to be far from the viewport; any other block is rendered. */
  #far = new Set<number>();
  /** The last measured height of each block, for its spacer. */
  #blockHeight = new Map<number, number>();
  #blocks: T[][] = [];
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

  /** After each render: watch the list items now in the list. */
  hostUpdated(): void {
    const observer = this.#observer;
    const list = this.list();
    if (!observer) return;
    observer.disconnect();
    this.#near.clear();
    if (!list) return;
    for (const item of list.querySelectorAll(':scope > [data-block]')) observer.observe(item);
  }

  /** The items cut into blocks; a block's array stays the same object while its items do. */
  blocks(items: readonly T[]): readonly T[][] {
    const next: T[][] = [];
    for (let start = 0, index = 0; start < items.length; start += CARDS_PER_BLOCK, index += 1) {
      const end = Math.min(items.length, start + CARDS_PER_BLOCK);
      const had = this.#blocks[index];
      const same = had && had.length === end - start && had.every((item, offset) => item === items[start + offset]);
      next.push(same ? had : items.slice(start, end));
    }
    if (next.length < this.#blocks.length) this.reset();
    this.#blocks = next;
    return next;
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
