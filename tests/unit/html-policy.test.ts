/**
 * The HTML policy as the build applies it: content goes through the real Markdown and MDX
 * processors (astro.config.mjs's `markdown`), and the HTML that comes out is read back as
 * a browser reads it. Then: the checker tells the editor about exactly what the build removes.
 */
import { satteri } from '@astrojs/markdown-satteri';
import type { Element, Root, RootContent } from 'hast';
import { raw } from 'hast-util-raw';
import { find, html } from 'property-information';
import { htmlToHast, type HastPluginDefinition } from 'satteri';
import { describe, expect, test } from 'vitest';
import { checkHtml } from '../../src/lib/check/rules/html.ts';
import { LINK_SCHEMES } from '../../src/lib/markdown/html-policy.ts';
import { markdownFeatures } from '../../src/lib/markdown/features.ts';
import { footnoteLabels } from '../../src/lib/markdown/footnote-labels.ts';
import { markdownConfig } from '../../src/lib/markdown/processor.ts';
import { URL_ATTRIBUTES } from '../helpers/url-attributes.ts';

const config = markdownConfig();
const markdownRenderer = await config.processor.createRenderer(config);
const mdxRenderer = await config.processor.createMdxRenderer!(config, { optimize: false });

const renderMd = async (source: string) => (await markdownRenderer.render(source)).code;
/** MDX compiles to JavaScript; the tests read the props it passes to each element. */
const renderMdx = async (source: string) =>
  (await mdxRenderer.process(source, '/content/practices/gn/TEST.mdx', {})).code;

/** Every element of some HTML, parsed as a browser parses it. */
function elementsOf(markup: string): Element[] {
  const found: Element[] = [];
  const visit = (node: Root | RootContent) => {
    if (node.type === 'element') found.push(node);
    if ('children' in node) node.children.forEach(visit);
  };
  visit(htmlToHast(markup, { fragment: true }));
  return found;
}

/** Every URL in some HTML with the scheme a browser gives it (WHATWG URL parsing). */
function urlSchemes(markup: string): string[] {
  const base = 'https://catalogue.example/practicas/bp1_ah/';
  return elementsOf(markup).flatMap((element) =>
    URL_ATTRIBUTES.flatMap((attribute) => {
      const value = element.properties[find(html, attribute).property];
      if (value === undefined || value === null) return [];
      try {
        return [new URL(String(value), base).protocol];
      } catch {
        return ['unparsable:'];
      }
    }),
  );
}

const ALLOWED_PROTOCOLS = LINK_SCHEMES.map((scheme) => `${scheme}:`);

/** Ways of writing a dangerous URL so that a naive check misses it. */
const hostileUrls: [string, string][] = [
  ['a tab as a character reference', 'java&#9;script:alert(1)'],
  ['a newline as a character reference', 'java&#10;script:alert(1)'],
  ['a carriage return', 'java&#13;script:alert(1)'],
  ['a literal tab', 'java\tscript:alert(1)'],
  ['a hexadecimal reference', '&#x6A;avascript:alert(1)'],
  ['a decimal reference', '&#106;avascript:alert(1)'],
  ['a reference without its semicolon', '&#106avascript:alert(1)'],
  ['a named colon', 'javascript&colon;alert(1)'],
  ['leading spaces', '   javascript:alert(1)'],
  ['a leading control character', '&#1;javascript:alert(1)'],
  ['a leading NUL', '&#0;javascript:alert(1)'],
  ['a control character inside', 'java&#1;script:alert(1)'],
  ['upper case', 'JAVASCRIPT:alert(1)'],
  ['mixed case', 'JaVaScRiPt:alert(1)'],
  ['vbscript', 'vbscript:msgbox(1)'],
  ['an HTML data URL', 'data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;'],
  ['a base64 data URL', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
  ['a local file', 'file:///etc/passwd'],
  ['an upper-case file URL', 'FILE:///C:/Windows/win.ini'],
];

describe('URLs in .md', () => {
  test.each(hostileUrls)('a link written with %s loses its href', async (_, url) => {
    const page = await renderMd(`See <a href="${url}">this</a>.`);
    expect(page).toBe('<p>See <a>this</a>.</p>\n');
  });

  test.each(hostileUrls)('an image written with %s loses its src', async (_, url) => {
    const page = await renderMd(`<img src="${url}" alt="x">`);
    expect(urlSchemes(page)).toEqual([]);
    expect(page).toContain('alt="x"');
  });

  test.each(hostileUrls.filter(([, url]) => !/\s/.test(url)))(
    'a Markdown link written with %s leads nowhere but to an allowed scheme',
    async (_, url) => {
      // Markdown decodes only complete character references: `&#106avascript:` stays
      // text, a relative address with a fragment, and is kept.
      const page = await renderMd(`See [this](${url}).`);
      expect(urlSchemes(page).filter((scheme) => !ALLOWED_PROTOCOLS.includes(scheme))).toEqual([]);
    },
  );

  test.each([
    ['srcset', '<img src="ok.png" srcset="javascript:alert(1) 1x, data:image/png;base64,AA 2x">'],
    ['xlink:href in SVG', '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>'],
    [
      'an SVG animation of href',
      '<svg><a><animate attributeName="href" values="javascript:alert(1)"/></a></svg>',
    ],
    ['formaction', '<form><button formaction="javascript:alert(1)">x</button></form>'],
    ['a form action', '<form action="javascript:alert(1)"><input type="submit"></form>'],
    ['an action on any element', '<div action="javascript:alert(1)">x</div>'],
    ['object data', '<object data="javascript:alert(1)"></object>'],
    ['embed src', '<embed src="javascript:alert(1)">'],
    ['iframe src', '<iframe src="javascript:alert(1)"></iframe>'],
    ['video poster', '<video poster="javascript:alert(1)"></video>'],
    ['table background', '<table background="javascript:alert(1)"><tr><td>x</td></tr></table>'],
    ['blockquote cite', '<blockquote cite="javascript:alert(1)">x</blockquote>'],
    ['a ping', '<a href="https://example.org/" ping="file:///x">x</a>'],
    ['base href', '<base href="javascript:alert(1)//">'],
    ['math href', '<math href="javascript:alert(1)"><mi>x</mi></math>'],
  ])('%s leaves no URL but http, https, mailto, tel and relative ones', async (_, markup) => {
    const page = await renderMd(markup);
    expect(urlSchemes(page).filter((scheme) => !ALLOWED_PROTOCOLS.includes(scheme))).toEqual([]);
  });

  test.each([
    ['https://example.org/page?q=1#top'],
    ['http://example.org/'],
    ['mailto:someone@example.org'],
    ['tel:+593000000'],
    ['/areas/ah/'],
    ['../bp1_ah/'],
    ['#hallazgo'],
    ['?q=1'],
    ['HTTPS://EXAMPLE.ORG/'],
    ['  https://example.org/'],
  ])('the link %s is kept as written', async (url) => {
    expect(await renderMd(`<a href="${url}">x</a>`)).toBe(`<p><a href="${url}">x</a></p>\n`);
  });
});

describe('images on other sites', () => {
  test.each([
    ['a Markdown image', '![Mapa de Quito](https://intranet.example/mapa.png)'],
    ['a raw img', '<img src="http://127.0.0.1:9/mapa.png" alt="Mapa de Quito">'],
    ['a protocol-relative img', '<img src="//intranet.example/mapa.png" alt="Mapa de Quito">'],
  ])('%s becomes a link to it, never an embedded image', async (_, source) => {
    const page = await renderMd(source);
    expect(page).not.toContain('<img');
    expect(page).toMatch(/<a href="[^"]+mapa\.png">Mapa de Quito<\/a>/);
  });

  test('an image next to the practice stays an image', async () => {
    expect(await renderMd('![Figura](./figura.png)')).toContain('<img');
  });
});

describe('attributes in .md', () => {
  test.each([
    ['data-pagefind-meta="url[href]"'],
    ['data-pagefind-meta="title:Hijacked"'],
    ['data-pagefind-body'],
    ['data-pagefind-filter="area:AH"'],
    ['data-pagefind-ignore'],
    ['data-anything="x"'],
    ['id="main"'],
    ['name="main"'],
    ['class="ficha__title"'],
    ['class="diagram"'],
    ['style="color:red"'],
    ['style="text-align: left"'],
    ['onclick="alert(1)"'],
    ['onmouseover="alert(1)"'],
    ['aria-labelledby="main"'],
    ['aria-describedby="main"'],
  ])('%s is removed from a link', async (attribute) => {
    expect(await renderMd(`<a href="/x/" ${attribute}>x</a>`)).toBe('<p><a href="/x/">x</a></p>\n');
  });

  test('event handlers are removed from images', async () => {
    expect(await renderMd('<img src="x.png" onerror="alert(1)" alt="x">')).not.toContain('onerror');
  });

  test('a heading keeps the id generated from its text, not the one written', async () => {
    expect(await renderMd('<h2 id="main">Contexto</h2>')).toBe('<h2 id="contexto">Contexto</h2>\n');
  });

  test('the diagrams keep their classes, and only those', async () => {
    const page = await renderMd(
      '<figure class="diagram diagram-process"><figcaption class="diagram-caption">C</figcaption>' +
        '<ol class="diagram-flow evil"><li class="diagram-node diagram-node-root">x</li></ol></figure>',
    );
    expect(page).toBe(
      '<figure class="diagram diagram-process"><figcaption class="diagram-caption">C</figcaption>' +
        '<ol class="diagram-flow"><li class="diagram-node diagram-node-root">x</li></ol></figure>\n',
    );
  });

  test('GFM footnotes keep the ids their links point to', async () => {
    const page = await renderMd('Text[^1].\n\n[^1]: The note.\n');
    const ids = new Set(elementsOf(page).map((element) => element.properties['id']));
    const targets = elementsOf(page)
      .map((element) => element.properties['href'])
      .filter((href): href is string => typeof href === 'string' && href.startsWith('#'));
    expect(targets).toHaveLength(2);
    for (const target of targets) expect(ids).toContain(target.slice(1));
    expect(page).toMatch(/<section data-footnotes(="")? class="footnotes">/);
  });

  test('GFM table alignment keeps its style, and no other style', async () => {
    const page = await renderMd(
      '| a | b |\n| :-- | --: |\n| 1 | 2 |\n\n<table><tr><td style="color:red">x</td></tr></table>',
    );
    expect(page).toContain('<th style="text-align: left">a</th>');
    expect(page).toContain('<td style="text-align: right">2</td>');
    expect(page).not.toContain('color:red');
  });

  test('a GFM task list keeps its disabled checkbox', async () => {
    expect(await renderMd('- [x] done')).toContain('<input type="checkbox" checked disabled>');
  });

  test('code is highlighted after the policy, keeping its colours', async () => {
    const page = await renderMd('```js\nconst a = 1;\n```');
    expect(page).toMatch(/^<pre class="astro-code github-dark" style="background-color:#/);
    expect(page).toContain('<span style="color:#');
  });
});

describe('elements in .md', () => {
  test.each([
    ['plaintext', '<plaintext>'],
    ['xmp', '<xmp>'],
    ['listing', '<listing>'],
    ['noembed', '<noembed>'],
    ['noframes', '<noframes>'],
    ['title', '<title>'],
    ['iframe', '<iframe>'],
    ['noscript', '<noscript>'],
    ['textarea', '<textarea>x</textarea>'],
    ['style', '<style>body { display: none }</style>'],
    ['script', '<script>alert(1)</script>'],
    ['base', '<base href="https://evil.example/">'],
    ['meta', '<meta http-equiv="refresh" content="0;url=https://evil.example/">'],
    ['link', '<link rel="stylesheet" href="https://evil.example/x.css">'],
    ['object', '<object data="https://evil.example/x.swf"></object>'],
    ['embed', '<embed src="https://evil.example/x.swf">'],
    ['svg', '<svg><script>alert(1)</script><foreignObject><p>x</p></foreignObject></svg>'],
    ['math', '<math><mtext><script>alert(1)</script></mtext></math>'],
    ['form', '<form><input type="text" name="q"><button>Go</button></form>'],
    ['frameset', '<frameset><frame src="https://evil.example/"></frameset>'],
    ['dialog', '<dialog open>x</dialog>'],
  ])('<%s> does not reach the page, and the next section renders', async (tag, markup) => {
    const page = await renderMd(`Before.\n\n${markup}\n\n## Next section\n\nText *after*.\n`);
    const tags = elementsOf(page).map((element) => element.tagName);
    expect(tags).not.toContain(tag);
    for (const active of ['script', 'style', 'iframe', 'object', 'embed', 'base', 'meta', 'link']) {
      expect(tags).not.toContain(active);
    }
    expect(page).toContain('<h2 id="next-section">Next section</h2>\n<p>Text <em>after</em>.</p>');
  });

  test('the tag filter shows a raw-text element as text rather than letting it swallow the page', async () => {
    expect(await renderMd('<plaintext>\n\n## Next\n')).toBe(
      '&lt;plaintext&gt;\n<h2 id="next">Next</h2>\n',
    );
  });

  test('comments are editors’ notes and are left out', async () => {
    expect(await renderMd('Text <!-- a note --> here.')).toBe('<p>Text  here.</p>\n');
  });
});

describe('.mdx: JSX tags go through the same policy', () => {
  test.each(hostileUrls.filter(([, url]) => !url.includes('&')))(
    'a JSX link written with %s loses its href',
    async (_, url) => {
      const code = await renderMdx(`See <a href="${url}">this</a>.`);
      expect(code).toContain('_jsx(_components.a, { children: "this" })');
    },
  );

  test('hostile attributes are removed from lowercase JSX tags', async () => {
    const code = await renderMdx(
      '<span data-pagefind-meta="url[href]" id="main" class="site-header" style="color:red" onclick="alert(1)" title="kept">x</span>',
    );
    expect(code).toContain('title: "kept"');
    expect(code).not.toMatch(/pagefind|main|site-header|color:red|onclick/);
  });

  test('script, iframe and SVG tags are removed', async () => {
    const code = await renderMdx(
      '<script>{"alert(1)"}</script>\n\n<iframe src="https://evil.example/" />\n\n<svg><a href="javascript:alert(1)">x</a></svg>',
    );
    expect(code).not.toMatch(/script|iframe|svg|evil|javascript/);
  });

  test('Callout survives with its title, and loses any other prop', async () => {
    const code = await renderMdx(
      '<Callout title="Why it matters" onclick="alert(1)" class="x">Partners <a href="javascript:alert(1)">plan</a>.</Callout>',
    );
    expect(code).toMatch(/_jsxs\(Callout, \{\s+title: "Why it matters",\s+children:/);
    expect(code).not.toMatch(/onclick|class|javascript/);
  });

  test('an unknown component is left out, keeping its text', async () => {
    const code = await renderMdx('<Evil>inside</Evil>');
    expect(code).not.toContain('Evil');
    expect(code).toContain('"inside"');
  });

  test('expressions and imports are left out', async () => {
    const code = await renderMdx(
      "import evil from '../../evil.js';\n\nText {process.exit(1)} and <span title={evil}>x</span>.",
    );
    expect(code).not.toMatch(/evil|process/);
  });
});

/**
 * The same content rendered as written: raw HTML parsed as a browser would, without the
 * policy. Comments are dropped here too: leaving them out is the one silent change.
 */
const asWritten: HastPluginDefinition = {
  name: 'as-written',
  after(root, ctx) {
    if (ctx.sourceFormat === 'mdx') {
      // Sätteri compiles JSX handed back by a plugin as overridable elements; the build's
      // policy hands back the whole tree too, so the baseline must as well.
      ctx.replaceNode(
        root,
        JSON.parse(
          JSON.stringify(root, (key, value: unknown) => (key.startsWith('_') ? undefined : value)),
        ) as Root,
      );
      return;
    }
    // Without raw HTML there is nothing for a browser to parse: the page is as Sätteri wrote it.
    const hasRaw = (node: Root | RootContent): boolean =>
      (node.type as string) === 'raw' || ('children' in node && node.children.some(hasRaw));
    if (!hasRaw(root)) return;
    const parsed = raw(root, { tagfilter: false }) as Root;
    const withoutComments = (node: Root | RootContent): void => {
      if (!('children' in node)) return;
      const children: RootContent[] = node.children.filter((child) => child.type !== 'comment');
      children.forEach(withoutComments);
      node.children = children;
    };
    withoutComments(parsed);
    ctx.replaceNode(root, parsed);
  },
};
// The footnotes' labels in the page's language are the build's decoration, not a change to
// what the author wrote: the baseline has them too.
const baseline = satteri({ features: markdownFeatures, hastPlugins: [asWritten, footnoteLabels] });
const baselineMd = await baseline.createRenderer(config);
const baselineMdx = await baseline.createMdxRenderer!(config, { optimize: false });

describe('the checker reports exactly what the build changes', () => {
  const inputs: [string, boolean, string][] = [
    [
      'clean Markdown',
      false,
      'Text with **bold**, [a link](https://example.org/) and a note[^1].\n\n[^1]: Note.\n',
    ],
    [
      'clean raw HTML',
      false,
      '<div>\n\n<b>x</b> <a href="mailto:a@example.org">mail</a>\n\n</div>',
    ],
    [
      'a diagram',
      false,
      '<figure class="diagram"><figcaption class="diagram-caption">C</figcaption></figure>',
    ],
    ['an upper-case allowed scheme', false, '<a href="HTTPS://example.org/">x</a>'],
    ['a link with leading spaces', false, '<a href="  https://example.org/">x</a>'],
    ['a comment', false, 'Text <!-- note -->'],
    ...hostileUrls.map(([label, url]): [string, boolean, string] => [
      label,
      false,
      `<a href="${url}">x</a>`,
    ]),
    ['a Markdown javascript: link', false, '[x](javascript:alert(1))'],
    ['an image data: URL', false, '<img src="data:image/png;base64,AAAA" alt="x">'],
    ['srcset', false, '<img src="x.png" srcset="x.png 1x">'],
    ['data-pagefind-meta', false, '<a href="/x/" data-pagefind-meta="url[href]">x</a>'],
    ['an id', false, '<p id="main">x</p>'],
    ['a class', false, '<p class="site-header">x</p>'],
    ['a partly allowed class', false, '<p class="diagram-text evil">x</p>'],
    ['a style', false, '<p style="color:red">x</p>'],
    ['a handler', false, '<p onclick="alert(1)">x</p>'],
    ['a raw input', false, '<input type="text">'],
    ['a table cell outside a table', false, '<td>x</td>'],
    ...[
      'plaintext',
      'xmp',
      'listing',
      'noembed',
      'noframes',
      'title',
      'textarea',
      'style',
      'script',
      'iframe',
      'noscript',
      'template',
      'select',
      'base',
      'meta',
      'link',
      'object',
      'embed',
      'svg',
      'math',
      'form',
      'frameset',
      'marquee',
    ].map((tag): [string, boolean, string] => [
      `<${tag}>`,
      false,
      `<${tag}>\n\n## Next\n\nText.\n`,
    ]),
    ['clean MDX', true, 'Text <span title="t">x</span>.\n\n<Callout title="T">Body.</Callout>\n'],
    [
      'an MDX diagram',
      true,
      '<figure class="diagram"><figcaption class="diagram-caption">C</figcaption></figure>',
    ],
    ['an MDX link with a tab', true, '<a href="java\tscript:alert(1)">x</a>'],
    ['an MDX link in upper case', true, '<a href="JAVASCRIPT:alert(1)">x</a>'],
    ['an MDX handler', true, '<span onclick="alert(1)">x</span>'],
    ['an MDX id', true, '<span id="main">x</span>'],
    ['an MDX pagefind attribute', true, '<span data-pagefind-meta="url[href]">x</span>'],
    ['an MDX script', true, '<script>{"alert(1)"}</script>'],
    ['an unknown component', true, '<Evil>x</Evil>'],
    ['a Callout prop', true, '<Callout title="T" onclick="x">Body.</Callout>'],
    ['an expression', true, 'Text {1 + 1}.'],
    ['an expression attribute', true, '<span title={x}>x</span>'],
    ['an import', true, "import x from './x.js';\n\nText."],
  ];

  test.each(inputs)('%s', async (_, isMdx, body) => {
    const built = isMdx
      ? (await mdxRenderer.process(body, '/x.mdx', {})).code
      : (await markdownRenderer.render(body)).code;
    const written = isMdx
      ? (await baselineMdx.process(body, '/x.mdx', {})).code
      : (await baselineMd.render(body)).code;
    const reported: string[] = [];
    checkHtml(body, isMdx, (_line, problem) => reported.push(problem.message.en));
    expect(reported.length > 0, `the checker said: ${reported.join('; ') || 'nothing'}`).toBe(
      built !== written,
    );
  });
});
