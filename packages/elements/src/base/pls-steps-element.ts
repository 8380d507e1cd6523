import { adoptStyles, html, nothing, supportsAdoptingStyleSheets, type CSSResult, type TemplateResult } from 'lit';
import type { Connection } from '../api/connection.js';
import type { ReportProblem } from '../async-state/request-controller.js';
import { errorSummaryText } from '../error-summary/error-summary.strings.js';
import type { DisplayLocale, Locale } from '../locale/locale.js';
import type { LocaleStrings } from '../locale/locale-strings.js';
import { STEP_HEADING } from './focus-targets.js';
import { PlsElement } from './pls-element.js';

/** A later screen's module: its views, its own words, and the styles only it needs. */
export interface LaterScreen {
  strings: LocaleStrings<unknown>;
  styles?: CSSResult;
}

/** Imports a later screen's module with its words ready and its styles in place (PlsStepsElement.loadView); controllers are handed it. */
export type LoadView = <V extends LaterScreen>(load: () => Promise<V>) => Promise<V>;

/**
 * What a later step's controller needs of its element, in one piece: these
 * are the element's protected ways, which a controller cannot reach by itself.
 */
export interface ElementWays {
  connection(): Connection;
  /** Accept-Language of the calls. */
  locale(): Locale;
  /** The locale shown. */
  displayLocale(): DisplayLocale;
  /** pls-error only (operation and code); a controller whose failures the live region says takes `reportAndAnnounce` instead. */
  report: ReportProblem;
  /** The element's one way to move focus (PlsElement.moveFocus). */
  moveFocus(selector: string): void;
  /** The element's polite live region. */
  announce(message: string): void;
}

/** What a step's frame shows above it: "back" (where a step has one) and "step n of m" (where it counts). */
export interface StepFrame {
  back?: { label: string; go: () => void };
  progress?: string;
}

/**
 * A widget of several steps (the checker, the checklist, the booker): the tag
 * carries its first screen; a later screen's views, words and look come when
 * it is needed (loadView). Its forms show the kit's error summary, whose words
 * it waits for too. Here, not in PlsElement, so a widget of one screen (the
 * finder) carries none of it.
 */
export abstract class PlsStepsElement extends PlsElement {
  /** The string tables of screens loaded later: ready in the locale shown, and waited for as `strings` are. */
  #viewStrings: LocaleStrings<unknown>[] = [];
  #viewStyles = new Set<CSSResult>();

  protected override stringTables(): readonly LocaleStrings<unknown>[] {
    return [...super.stringTables(), errorSummaryText, ...this.#viewStrings];
  }

  /**
   * A later screen's module, imported when that screen is needed (beside the
   * data it shows, so the first screen's chunk carries none of it), with its
   * own words (`strings`) ready in the locale shown and its own styles added
   * after the element's. From then on a switch of language waits for its words too.
   */
  protected readonly loadView: LoadView = async (load) => {
    const view = await load();
    // the locale shown may change while its table loads: checked again after each load
    for (let locale = this.displayLocale; !view.strings.ready(locale); locale = this.displayLocale) await view.strings.load(locale);
    if (!this.#viewStrings.includes(view.strings)) this.#viewStrings.push(view.strings);
    if (view.styles && !this.#viewStyles.has(view.styles)) {
      this.#viewStyles.add(view.styles);
      const root = this.renderRoot as ShadowRoot;
      // without constructable style sheets Lit appends a <style> (with the page's nonce) instead
      if (supportsAdoptingStyleSheets) root.adoptedStyleSheets = [...root.adoptedStyleSheets, view.styles.styleSheet!];
      else adoptStyles(root, [view.styles]);
    }
    // the placeholder's heading has focus: the screen's own heading, which replaces it, takes it over (or focus would fall to the page)
    if ((this.renderRoot as ShadowRoot).activeElement?.matches(STEP_HEADING)) this.moveFocus(STEP_HEADING);
    return view;
  };

  /** The element's ways, for the controller of a later step (ElementWays). */
  protected readonly ways: ElementWays = {
    connection: () => this.requireConnection(), locale: () => this.dataLocale, displayLocale: () => this.displayLocale,
    report: (operation, problem) => this.reportProblem(operation, problem), moveFocus: (selector) => this.moveFocus(selector),
    announce: (message) => { this.announcement = message; },
  };

  /** The frame around a step: the live region, then "back" and the progress where the step has them. */
  protected renderStepFrame(step: TemplateResult, frame: StepFrame): TemplateResult {
    return html`<div class=${this.rootClass} part="base" lang=${this.languageTag}>
      ${this.renderLiveRegion()}
      ${this.renderStepTop(frame)}
      ${step}
    </div>`;
  }

  /** "Back" and the progress above a step; for an element whose own frame (and live region) stays while its steps come and go. */
  protected renderStepTop({ back, progress }: StepFrame): TemplateResult {
    return html`${back ? html`<button type="button" class="back link" part="back-button" @click=${back.go}>
        <span aria-hidden="true">‹ </span>${back.label}</button>` : nothing}
      ${progress ? html`<p class="progress" part="progress">${progress}</p>` : nothing}`;
  }
}
