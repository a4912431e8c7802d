import { render } from 'lit/html.js';

/** Each element class's CSS, and each chunk's, parsed once into one sheet that every instance adopts. */
const sheets = new Map<unknown, CSSStyleSheet>();
const sheetOf = (key: unknown, css: string) => {
  let sheet = sheets.get(key);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    sheets.set(key, sheet);
  }
  return sheet;
};

/**
 * The part of Lit's element lifecycle this element needs, over Lit's templates (`lit/html.js`): an open shadow
 * root with adopted styles, updates batched to one per microtask, `willUpdate` → `render`, and `updateComplete`.
 * LitElement adds a property system (declared properties, attribute conversion, reflection) that this element
 * cannot use, since every attribute and property goes through one parser with its own precedence; it is 2.7 KB
 * min+gzip of the bundle. Same method names as LitElement, so it reads the same.
 */
export abstract class Base extends HTMLElement {
  static styles: string;

  readonly renderRoot = this.attachShadow({ mode: 'open' });
  #update?: Promise<boolean>;

  constructor() {
    super();
    const c = this.constructor as typeof Base;
    this.renderRoot.adoptedStyleSheets = [sheetOf(c, c.styles)];
  }

  /** Adopts `css` beside the element's own styles (a chunk's, for what it draws), once. */
  adopt(css: string) {
    const sheet = sheetOf(css, css);
    const root = this.renderRoot;
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }

  /** Resolves when the pending update (if any) has rendered. */
  get updateComplete(): Promise<boolean> {
    return this.#update ?? Promise.resolve(true);
  }

  /** Schedules one render for everything changed in this task; nothing renders until the element is connected. */
  requestUpdate() {
    this.#update ??= Promise.resolve().then(() => {
      this.#update = undefined;
      if (!this.isConnected) return true;
      try {
        this.willUpdate();
        render(this.render(), this.renderRoot, { host: this });
      } catch (e) {
        // A bug must not break the page around it: log it, keep the last render.
        console.error(e);
      }
      return true;
    });
  }

  connectedCallback() {
    this.requestUpdate();
  }

  disconnectedCallback() {}

  /** Before each render: what the element derives from what changed. */
  protected abstract willUpdate(): void;
  protected abstract render(): unknown;
}
