/**
 * Rule `html-policy`: tells the editor what the HTML policy (src/lib/markdown/html-policy.ts)
 * removes from a body, with its line. The build removes the same things silently, so in
 * `.md` this is a warning; in `.mdx` it is an error, as a page with an unknown component,
 * an expression or an import cannot be cleaned without changing what it means.
 *
 * The body is parsed by the build's own parser with the build's features, and judged by
 * the build's own `policyChanges`: the checker reports exactly what the build removes.
 */
import type { Root } from 'hast';
import { markdownToHast, mdxToHast } from 'satteri';
import { VFile } from 'vfile';
import { allowedMdxComponents } from '../../../components/mdx/allowed.ts';
import { markdownFeatures } from '../../markdown/features.ts';
import { policyChanges, type PolicyChange } from '../../markdown/sanitize.ts';
import { messages } from '../messages.ts';
import type { Problem } from '../problem.ts';
import { nearest } from '../suggest.ts';

type Report = (line: number | undefined, problem: Omit<Problem, 'file' | 'line'>) => void;

const componentNames = Object.keys(allowedMdxComponents);

/** Reports everything in `body` (a Markdown or MDX body, without its header) the policy removes. */
export function checkHtml(body: string, isMdx: boolean, report: Report): void {
  let tree: Root;
  try {
    const options = { features: markdownFeatures };
    tree = (isMdx ? mdxToHast(body, options) : markdownToHast(body, options)) as Root;
  } catch (error) {
    // The checker's own MDX parse reports syntax errors first; this is for the rare input
    // only the build's parser rejects.
    report(undefined, { message: messages.mdxSyntax((error as Error).message) });
    return;
  }
  const severity = isMdx ? 'error' : 'warning';
  for (const change of policyChanges(tree, isMdx ? 'mdx' : 'markdown', new VFile(body))) {
    report(change.line, { ...describe(change, isMdx), severity });
  }
}

function describe(change: PolicyChange, isMdx: boolean): Omit<Problem, 'file' | 'line'> {
  const removed = isMdx ? messages.htmlRemove() : messages.htmlPublishedWithout();
  switch (change.kind) {
    case 'element':
      return { message: messages.htmlElement(change.tag), hint: removed };
    case 'escaped':
      return { message: messages.htmlElementAsText(change.tag), hint: messages.htmlRemove() };
    case 'attribute': {
      const written =
        change.value === undefined
          ? change.attribute
          : `${change.attribute}=${quote(change.value)}`;
      return {
        message: messages.htmlAttribute(written, change.tag),
        ...(change.attribute === 'class' ? { expected: messages.htmlDiagramClasses() } : {}),
        hint: removed,
      };
    }
    case 'url':
      return {
        message: messages.htmlUrl(quote(change.value), change.attribute, change.tag, change.scheme),
        hint: messages.htmlUrlSchemes(change.allowed),
      };
    case 'component': {
      const suggestion = nearest(change.name, componentNames);
      return {
        message: messages.mdxUnknownComponent(change.name),
        hint: suggestion
          ? messages.didYouMean(suggestion)
          : messages.mdxComponentsAvailable(componentNames),
      };
    }
    case 'expression':
      return { message: messages.mdxExpression() };
    case 'esm':
      return {
        message: messages.mdxImportExport(),
        hint: messages.mdxComponentsAvailable(componentNames),
      };
  }
}

const MAX_SHOWN = 60;

/** A value as the editor can read it: quoted, control characters spelt out, long ones cut. */
function quote(value: string): string {
  const shown = value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
  // JSON spells out tabs, newlines and other control characters (\t, \n, \u0000).
  return JSON.stringify(shown);
}
