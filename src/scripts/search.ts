/**
 * The search page: Pagefind over the practices, each result with its code, area, kind and an
 * excerpt of its own text. The query lives in the URL (`?q=`), so the header's search form
 * works without this script and a search can be shared.
 */
import { loadPagefind, type PagefindResult } from './pagefind.ts';

interface SearchConfig {
  readonly pagefindUrl: string;
  readonly base: string;
  /** Prefix of this interface language's pages after the base (`en/`), empty for the default. */
  readonly langPrefix: string;
  readonly result: string;
  readonly results: string;
  readonly none: string;
  readonly more: string;
}
const PAGE_SIZE = 10;

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) start(root);

function start(root: HTMLElement) {
  const config = JSON.parse(root.dataset['search'] ?? '{}') as SearchConfig;
  const form = root.querySelector('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-more]')!;
  let pending: PagefindResult[] = [];
  let run = 0;

  const localUrl = (url: string) =>
    config.langPrefix && url.startsWith(config.base)
      ? `${config.base}${config.langPrefix}${url.slice(config.base.length)}`
      : url;

  const showMore = async () => {
    const batch = pending.slice(0, PAGE_SIZE);
    pending = pending.slice(PAGE_SIZE);
    const data = await Promise.all(batch.map((result) => result.data()));
    for (const item of data) list.append(resultItem(item, localUrl(item.url)));
    more.hidden = pending.length === 0;
  };

  const search = async (query: string) => {
    const current = ++run;
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    list.replaceChildren();
    more.hidden = true;
    if (!query) {
      status.textContent = '';
      return;
    }
    const pagefind = await loadPagefind(config.pagefindUrl, config.base);
    const response = await pagefind.search(query);
    if (current !== run || !response) return;
    pending = response.results;
    const template =
      pending.length === 0 ? config.none : pending.length === 1 ? config.result : config.results;
    status.textContent = template
      .replace('{count}', String(pending.length))
      .replace('{query}', query);
    await showMore();
  };

  input.value = new URLSearchParams(location.search).get('q') ?? '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(input.value.trim()), 200);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void search(input.value.trim());
  });
  more.addEventListener('click', () => void showMore());
  if (input.value) void search(input.value.trim());
}

function resultItem(
  item: { excerpt: string; meta: Record<string, string | undefined> },
  url: string,
): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-result';
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = url;
  link.textContent = item.meta['title'] ?? url;
  heading.append(link);
  const meta = document.createElement('p');
  meta.className = 'search-result__meta';
  for (const key of ['code', 'area', 'kind']) {
    if (!item.meta[key]) continue;
    const span = document.createElement('span');
    span.className = `search-result__${key}`;
    span.textContent = item.meta[key];
    meta.append(span);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'search-result__excerpt';
  // Pagefind's excerpt is the page's own text, escaped, with <mark> around the matched words.
  excerpt.innerHTML = item.excerpt;
  li.append(meta, heading, excerpt);
  return li;
}
