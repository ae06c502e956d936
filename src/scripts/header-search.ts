/**
 * `<site-search>`: the header search box. Focused by `/` or Ctrl+K (⌘K); results as you type; Enter
 * opens /search/?q=. While an input method is composing (pinyin → 汉字), Enter only confirms the
 * characters: it must not submit the form or open a result. This file stays tiny: the engine and the
 * result drawing are imported on first focus.
 */
import { href, PARAMS } from '../consts.ts';
import { formatCount, formatKindCounts } from '../lib/format/number.ts';
import { guardComposition, isTypingTarget } from './search/keys.ts';

/** How many results the header panel shows; the search page lists them all. */
const PANEL_RESULTS = 6;

type Engine = typeof import('./search/engine.ts');
type Render = typeof import('./search/render.ts');
type SearchOutcome = import('./search/engine.ts').SearchOutcome;

class SiteSearch extends HTMLElement {
  #input!: HTMLInputElement;
  #panel!: HTMLElement;
  #status!: HTMLElement;
  #list!: HTMLOListElement;
  #all!: HTMLAnchorElement;
  #modules?: Promise<[Engine, Render]>;

  connectedCallback() {
    this.#input = this.querySelector('input')!;
    this.#panel = this.querySelector('.site-search__panel')!;
    this.#status = this.querySelector('.site-search__status')!;
    this.#list = this.querySelector('ol')!;
    this.#all = this.querySelector('.site-search__all')!;
    const form = this.querySelector('form')!;
    const input = this.#input;

    const composing = guardComposition(form, input);
    input.addEventListener('focus', () => void this.#load());
    input.addEventListener('compositionend', () => void this.#update());
    input.addEventListener('input', (event) => {
      // Mid-composition the box holds pinyin letters: wait for the characters.
      if (composing() || (event as InputEvent).isComposing) return;
      void this.#update();
    });
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.#close();
      if (event.key === 'ArrowDown' && !this.#panel.hidden) {
        event.preventDefault();
        this.#list.querySelector('a')?.focus();
      }
    });
    form.addEventListener('submit', (event) => {
      if (!input.value.trim()) event.preventDefault();
    });
    this.#list.addEventListener('keydown', (event) => this.#moveInList(event));
    this.addEventListener('focusout', (event) => {
      if (!this.contains(event.relatedTarget as Node | null)) this.#close();
    });
    document.addEventListener('keydown', (event) => this.#shortcut(event));
  }

  #shortcut(event: KeyboardEvent) {
    const ctrlK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey;
    if (ctrlK || (slash && !isTypingTarget(event.target))) {
      event.preventDefault();
      this.#input.focus();
      this.#input.select();
    }
  }

  #moveInList(event: KeyboardEvent) {
    const links = [...this.#list.querySelectorAll('a')];
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = index + (event.key === 'ArrowDown' ? 1 : -1);
      (next < 0 ? this.#input : links[Math.min(next, links.length - 1)])?.focus();
    } else if (event.key === 'Escape') {
      this.#input.focus();
      this.#close();
    }
  }

  #load(): Promise<[Engine, Render]> {
    this.#modules ??= Promise.all([import('./search/engine.ts'), import('./search/render.ts')]).then(
      (modules) => {
        // Start fetching the index while the reader types the first characters.
        void modules[0].loadIndex().catch(() => undefined);
        return modules;
      },
    );
    return this.#modules;
  }

  #close() {
    this.#panel.hidden = true;
  }

  async #update() {
    const raw = this.#input.value;
    let outcome: SearchOutcome;
    let render: Render;
    try {
      const [engine, drawing] = await this.#load();
      render = drawing;
      outcome = await engine.search(raw);
    } catch (error) {
      console.error(error);
      this.#modules = undefined;
      this.#panel.hidden = false;
      this.#status.textContent = '搜索暂时无法使用，请检查网络后重试。';
      this.#list.replaceChildren();
      return;
    }
    if (outcome.state === 'stale') return;
    this.#all.href = `${href('/search/')}?${new URLSearchParams({ [PARAMS.query]: outcome.query })}`;
    if (outcome.state === 'empty') return this.#close();
    this.#panel.hidden = false;
    if (outcome.state === 'unsearchable') {
      this.#status.textContent = '请输入文字或数字；标点和表情符号不能单独搜索。';
      this.#list.replaceChildren();
      return;
    }
    const items = render.resultItems(outcome.results.slice(0, PANEL_RESULTS), outcome.query, true);
    this.#list.replaceChildren(...items);
    void render.fillExcerpts(items);
    const count = outcome.results.length;
    // The count names what it counts (5篇报道、4个指标), in the site's number style.
    const kinds = outcome.results.map((result) => result.page.filters.kind?.[0] ?? result.page.label);
    const exact = outcome.results.some((result) => result.exact);
    this.#status.textContent = !count
      ? `没有找到含“${outcome.query}”的页面`
      : exact
        ? `找到${formatKindCounts(kinds)}`
        : `没有页面含完整的“${outcome.query}”；找到${formatCount(count, '个页面')}含其中部分字词`;
    // With no real match the search page offers close terms: always lead there.
    this.#all.hidden = count <= items.length && exact;
  }
}

customElements.define('site-search', SiteSearch);

// A page opened from a search result: highlight the phrase (the code loads only when there is one).
const highlight = new URLSearchParams(location.search).get(PARAMS.highlight);
const article = document.querySelector('[data-pagefind-body]');
if (highlight && article) {
  void import('./search/highlight.ts').then(({ highlightPhrase }) => highlightPhrase(article, highlight));
}
