/** Raw HTML in Markdown reaches the site only without scripts, handlers or javascript: URLs. */
import { markdownToHtml } from 'satteri';
import { expect, test } from 'vitest';
import { sanitizeHtml } from '../../src/lib/markdown/sanitize.ts';

const render = (markdown: string): string =>
  (
    markdownToHtml(markdown, { features: { rawHtml: true }, hastPlugins: [sanitizeHtml] }) as {
      html: string;
    }
  ).html;

test('script elements are removed with their content', () => {
  const html = render('Text\n\n<script>alert(1)</script>\n\nMore');
  expect(html).not.toContain('<script');
  expect(html).not.toContain('alert(1)');
  expect(html).toContain('More');
});

test('event handlers and inline styles are stripped from allowed elements', () => {
  const html = render(
    '<div class="diagram" onclick="alert(1)" style="color:red">\n\n**kept**\n\n</div>\n\n<img src="a.png" onerror="alert(2)">',
  );
  expect(html).toContain('<div class="diagram">');
  expect(html).toContain('<strong>kept</strong>');
  expect(html).not.toMatch(/onclick|onerror|style=/);
});

test('javascript: URLs are removed from raw and Markdown links', () => {
  const html = render(
    '<a href="javascript:alert(1)">raw</a> and [md](javascript:alert(2)) and [ok](https://example.org)',
  );
  expect(html).not.toContain('javascript:');
  expect(html).toContain('href="https://example.org"');
});

test('iframes and forms are dropped', () => {
  const html = render(
    '<iframe src="https://evil.example"></iframe>\n\n<form action="x"><input name="a"></form>',
  );
  expect(html).not.toMatch(/<iframe|<form|<input/);
});
