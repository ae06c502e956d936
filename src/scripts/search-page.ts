/**
 * `<search-page>`: the /search/ page. The URL is the state (?q=, ?year=, ?topic=, ?kind=), so a search
 * is a link to share, and the back button returns to the previous search.
 * The result list carries `data-search-state`: `idle`, `loading`, `done` (the results are drawn) or
 * `error`, and `data-excerpts`: `loading` or `done` (the first results have their excerpts).
 */
import { PARAMS } from '../consts.ts';
import { filterValues, search, type SearchOutcome } from './search/engine.ts';
import { guardComposition } from './search/keys.ts';
import { foundMessage } from './search/message.ts';
import { fillExcerpts, resultItems } from './search/render.ts';
import type { Filters, RankedResult } from '../lib/search/rank.ts';
import { MAX_QUERY_LENGTH } from '../lib/search/query.ts';
import { closeTerms } from '../lib/search/suggest.ts';

/** Results drawn at once, and per click on “显示更多结果”: titles come from the index, no fetch. */
const BATCH = 100;

/** Results whose excerpts load at once; the others load as they scroll into view. */
const FIRST_EXCERPTS = 10;

class SearchPage extends HTMLElement {
  #form!: HTMLFormElement;
  #input!: HTMLInputElement;
  #status!: HTMLElement;
  #list!: HTMLOListElement;
  #more!: HTMLButtonElement;
  #empty!: HTMLElement;
  #tail: RankedResult[] = [];
  /** Whether no page holds the whole query: the suggestions then show even beside partial matches. */
  #noMatch = false;
  #excerpts!: IntersectionObserver;
  /** Counts searches, so that a slower earlier one never draws over a later one. */
  #runs = 0;
  #query = '';
  /** Whether the current history entry is a search still being typed. */
  #typing = false;

  connectedCallback() {
    this.#form = this.querySelector('form')!;
    this.#input = this.querySelector<HTMLInputElement>(`input[name="${PARAMS.query}"]`)!;
    this.#status = this.querySelector('[data-search-status]')!;
    this.#list = this.querySelector('[data-search-results]')!;
    this.#more = this.querySelector('.search-more')!;
    this.#empty = this.querySelector('.search-empty')!;
    const composing = guardComposition(this.#form, this.#input);

    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (!composing()) this.#go('commit');
    });
    this.#input.addEventListener('input', (event) => {
      if (!composing() && !(event as InputEvent).isComposing) this.#go('type');
    });
    this.#input.addEventListener('compositionend', () => this.#go('type'));
    this.#form.addEventListener('change', (event) => {
      if (event.target instanceof HTMLSelectElement) this.#go('commit');
    });
    this.#more.addEventListener('click', () => this.#showMore());
    window.addEventListener('popstate', () => this.#fromUrl());
    this.#excerpts = new IntersectionObserver((entries) => {
      const shown = entries.filter((entry) => entry.isIntersecting).map((entry) => entry.target);
      for (const item of shown) this.#excerpts.unobserve(item);
      void fillExcerpts(shown as HTMLLIElement[]);
    });
    this.#fromUrl();
    void this.#offerFilterValues();
    if (!this.#input.value) this.#input.focus();
  }

  /** The form's fields as URL parameters, empty ones left out. */
  #params(): URLSearchParams {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(this.#form)) {
      if (typeof value === 'string' && value.trim()) params.set(name, value);
    }
    return params;
  }

  /**
   * Puts the form in the URL and searches. The first keystroke after a finished search adds a history
   * entry and later ones replace it, so Back returns to the previous search, not to each keystroke.
   */
  #go(mode: 'type' | 'commit') {
    const query = this.#params().toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    if (url !== location.pathname + location.search) {
      if (mode === 'type' && this.#typing) history.replaceState(null, '', url);
      else history.pushState(null, '', url);
    }
    this.#typing = mode === 'type';
    void this.#run();
  }

  #fromUrl() {
    this.#typing = false;
    const params = new URLSearchParams(location.search);
    this.#input.value = params.get(PARAMS.query) ?? '';
    for (const select of this.#form.querySelectorAll('select')) {
      const value = params.get(select.name) ?? '';
      // A value the page does not list yet (a kind the index adds) is offered so that the URL still applies.
      if (value && ![...select.options].some((option) => option.value === value))
        select.add(new Option(value));
      select.value = value;
    }
    void this.#run();
  }

  /** Adds the index's values of each filter (kinds of page, years, topics) that the form lacks. */
  async #offerFilterValues() {
    let values: Record<string, string[]>;
    try {
      values = await filterValues();
    } catch {
      return;
    }
    for (const select of this.#form.querySelectorAll('select')) {
      const listed = new Set([...select.options].map((option) => option.value));
      for (const value of values[select.name] ?? []) if (!listed.has(value)) select.add(new Option(value));
    }
  }

  #filters(): Filters | undefined {
    const filters: Filters = {};
    for (const select of this.#form.querySelectorAll('select')) {
      if (select.value) filters[select.name] = [select.value];
    }
    return Object.keys(filters).length ? filters : undefined;
  }

  async #run() {
    const run = ++this.#runs;
    this.#list.dataset.searchState = 'loading';
    this.#tail = [];
    this.#list.setAttribute('aria-busy', 'true');
    this.#suggest('');
    let outcome: SearchOutcome;
    try {
      outcome = await search(this.#input.value, this.#filters());
    } catch (error) {
      console.error(error);
      const why = navigator.onLine
        ? `搜索索引未能加载（${error instanceof Error ? error.message : String(error)}）。请刷新页面，或浏览全部报道。`
        : '现在没有网络，而搜索索引尚未保存到本机。联网后打开一次本站，之后离线也能搜索。';
      this.#show('error', why, []);
      return;
    }
    if (outcome.state === 'stale' || run !== this.#runs) return;
    this.#query = outcome.query;
    document.title = outcome.query ? `“${outcome.query}”的搜索结果 · 江津工业经济` : '搜索 · 江津工业经济';
    if (outcome.state === 'empty') return this.#show('idle', '', []);
    if (outcome.state === 'unsearchable') {
      return this.#show('done', '请输入文字或数字：标点符号和表情符号不能单独搜索。', []);
    }
    const { results, query, truncated } = outcome;
    const exact = results.filter((result) => result.exact).length;
    const cut = truncated ? `查询过长，只搜索了前${MAX_QUERY_LENGTH}个字。` : '';
    const filtered = this.#filters() ? '（已按所选年度、主题或类型筛选）' : '';
    const found = foundMessage(results, query, filtered);
    const message = cut + found;
    this.#tail = results.slice(BATCH);
    this.#suggest(exact === 0 ? query : '');
    const items = resultItems(results.slice(0, BATCH), query);
    this.#show('done', message, items);
    // Excerpts stream in after the results, in rank order: the first ones at once, later ones as they
    // scroll into view. `data-excerpts` says when the first ones are in.
    this.#list.dataset.excerpts = 'loading';
    await fillExcerpts(items.slice(0, FIRST_EXCERPTS));
    for (const item of items.slice(FIRST_EXCERPTS)) this.#excerpts.observe(item);
    if (run === this.#runs) this.#list.dataset.excerpts = 'done';
  }

  #show(state: string, message: string, items: HTMLLIElement[]) {
    this.#status.textContent = message;
    if (this.#list.firstElementChild !== (items[0] ?? null) || !items.length)
      this.#list.replaceChildren(...items);
    this.#more.hidden = this.#tail.length === 0 || state !== 'done';
    this.#empty.hidden = state === 'idle' || (items.length > 0 && !this.#noMatch);
    this.#list.dataset.searchState = state;
    this.#list.removeAttribute('aria-busy');
  }

  /** For a query no page holds: terms the site knows that are close to it, and how it was searched. */
  #suggest(query: string) {
    this.#noMatch = query !== '';
    const line = this.#empty.querySelector<HTMLElement>('.search-suggest');
    const list = this.#empty.querySelector<HTMLElement>('[data-suggest-list]');
    const note = this.#empty.querySelector<HTMLElement>('.search-simplified');
    if (!line || !list || !note) return;
    const known = JSON.parse(this.#empty.dataset.terms ?? '[]') as string[];
    const terms = query ? closeTerms(query, known) : [];
    list.replaceChildren(
      ...terms.flatMap((term, index) => {
        const link = document.createElement('a');
        link.href = `?${PARAMS.query}=${encodeURIComponent(term)}`;
        link.textContent = term;
        return index > 0 ? ['、', link] : [link];
      }),
    );
    line.hidden = terms.length === 0;
    // Traditional characters are searched as simplified (專精特新 → 专精特新): say so.
    const typed = this.#input.value.normalize('NFKC').trim();
    note.hidden = !query || typed === query || !/\p{Script=Han}/u.test(typed);
    note.textContent = `已按简体字“${query}”搜索。`;
  }

  #showMore() {
    const items = resultItems(this.#tail.splice(0, BATCH), this.#query);
    this.#list.append(...items);
    for (const item of items) this.#excerpts.observe(item);
    this.#more.hidden = this.#tail.length === 0;
  }
}

customElements.define('search-page', SearchPage);
