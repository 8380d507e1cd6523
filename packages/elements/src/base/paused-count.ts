// A text field's count of characters left, read out by the element's live
// region once the person typing pauses near the limit (or over it), never at
// every key: the legal question's field, the answer to a work order.

/** How long one pauses before a screen reader hears the count. */
const COUNT_PAUSE_MS = 1200;

/** Near enough the limit for the count to be worth hearing: four fifths of it, or over. */
export const nearLimit = (length: number, max: number): boolean => length >= max * 0.8;

export class PausedCount {
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly announce: (words: string) => void) {}

  /** A change typed: if `worthHearing`, the count (`line`, asked after the pause, in the locale shown then) is said once the typing pauses. */
  typed(worthHearing: boolean, line: () => string): void {
    this.stop();
    if (worthHearing) this.#timer = setTimeout(() => this.announce(line()), COUNT_PAUSE_MS);
  }

  /** Nothing more to say: the field is gone. */
  stop(): void {
    clearTimeout(this.#timer);
  }
}
