/**
 * MDX writes HTML as JSX: `<span class="x">` is an `mdxJsxTextElement`, not a hast
 * element, so the HTML sanitiser would not see it. `jsxToHast` turns JSX tags into the
 * hast elements they render as (components into stand-in elements named after them);
 * after sanitising, `restoreJsx` turns the survivors back into the JSX that was written,
 * minus what the sanitiser removed, so that clean MDX compiles exactly as before.
 */
import type { ElementContent, Properties } from 'hast';
import { h } from 'hastscript';
import { find, html } from 'property-information';
import type { Point } from 'unist';
import type { PolicyChange } from './policy-change.ts';

/** A hast or MDX node as the trees hold them; the policy reads only these fields. */
export interface AnyNode {
  type: string;
  tagName?: string;
  name?: string | null;
  value?: string;
  properties?: Properties;
  attributes?: readonly JsxAttribute[];
  children?: readonly AnyNode[];
  /** Parsers give some nodes a position without a start (elements they inserted). */
  position?: { start?: Point | undefined; end?: Point | undefined } | undefined;
  data?: Record<string, unknown>;
}

interface JsxAttribute {
  type: string;
  name?: string;
  value?: string | null | { type: string; value: string };
}

/** What an element made from JSX remembers of it. */
export interface JsxOrigin {
  readonly type: string;
  readonly name: string | null;
  /** The attributes the element was made from (expressions and unknown props left out). */
  readonly attributes: readonly JsxAttribute[];
  readonly component: boolean;
}

const ORIGIN = 'mdxJsxOrigin';

/**
 * JSX renders a name as an HTML element when it starts with a lowercase letter or is
 * not an identifier (`my-tag`), and as a component otherwise (`Callout`, `a.b`, `_x`).
 */
export function isComponentName(name: string | null | undefined): boolean {
  if (!name) return true; // `<>…</>`, a fragment
  if (name.includes('.')) return true;
  return !/^[a-z]/.test(name) && /^[\p{ID_Start}$_][\p{ID_Continue}$\u200C\u200D]*$/u.test(name);
}

/** Where the JSX origin of an element is kept; the sanitiser copies `data` along. */
export function jsxOriginOf(node: AnyNode): JsxOrigin | undefined {
  return node.data?.[ORIGIN] as JsxOrigin | undefined;
}

/** An attribute's value as hast holds it (`class="a b"` → `className: ['a', 'b']`). */
function asProperty(attribute: JsxAttribute): [string, Properties[string]] {
  const value = typeof attribute.value === 'string' ? attribute.value : true;
  const [entry] = Object.entries(h('x', { [attribute.name ?? '']: value }).properties);
  return entry ?? [attribute.name ?? '', value];
}

/**
 * A copy of an MDX hast tree with JSX tags as hast elements. Attributes whose value is
 * a JavaScript expression cannot be judged, so they are left out (and recorded); a
 * component keeps only the props `componentProps` allows it.
 */
export function jsxToHast(
  node: AnyNode,
  componentProps: Readonly<Record<string, readonly string[]>>,
  changes: PolicyChange[],
): AnyNode {
  const children = node.children?.map((child) => jsxToHast(child, componentProps, changes));
  const shared = {
    ...(node.position ? { position: node.position } : {}),
    ...(children ? { children } : {}),
  };
  if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') {
    const { type, tagName, value, properties, data } = node;
    return {
      type,
      ...(tagName === undefined ? {} : { tagName }),
      ...(value === undefined ? {} : { value }),
      ...(properties ? { properties: { ...properties } } : {}),
      ...(data ? { data: { ...data } } : {}),
      ...shared,
    };
  }

  const name = node.name ?? null;
  const component = isComponentName(name);
  const allowedProps = name === null ? undefined : componentProps[name];
  const line = node.position?.start?.line;
  const kept: JsxAttribute[] = [];
  for (const attribute of node.attributes ?? []) {
    const expression =
      attribute.type !== 'mdxJsxAttribute' ||
      (typeof attribute.value === 'object' && attribute.value !== null);
    if (expression) {
      changes.push({ kind: 'expression', line });
    } else if (component && allowedProps && !allowedProps.includes(attribute.name ?? '')) {
      const value = typeof attribute.value === 'string' ? attribute.value : undefined;
      const tag = name ?? '';
      const attributeName = attribute.name ?? '';
      changes.push({ kind: 'attribute', tag, attribute: attributeName, value, line });
    } else {
      kept.push(attribute);
    }
  }

  const origin: JsxOrigin = { type: node.type, name, attributes: kept, component };
  // A component's props are judged above; the sanitiser only decides whether it may be used.
  const properties = component ? {} : Object.fromEntries(kept.map(asProperty));
  return {
    type: 'element',
    tagName: name ?? '',
    properties,
    data: { [ORIGIN]: origin },
    ...shared,
  };
}

/**
 * The sanitised tree with every element made from JSX turned back into the JSX written:
 * its attributes as written, less those the sanitiser removed, and with the value it
 * kept where it changed one (a `class` that lost a value).
 */
export function restoreJsx<N extends AnyNode>(node: N): N {
  const children = node.children?.map((child) => restoreJsx(child));
  const origin = node.type === 'element' ? jsxOriginOf(node) : undefined;
  if (!origin) return children ? { ...node, children } : node;
  const kept = node.properties ?? {};
  const attributes = origin.component
    ? origin.attributes
    : origin.attributes.flatMap((attribute) => {
        const [property, written] = asProperty(attribute);
        const survivor = kept[property];
        if (survivor === undefined || survivor === null) return [];
        if (sameValue(written, survivor)) return [attribute];
        return [{ ...attribute, value: attributeValue(property, survivor) }];
      });
  return {
    type: origin.type,
    name: origin.name,
    attributes,
    children: (children ?? []) as ElementContent[],
    ...(node.position ? { position: node.position } : {}),
  } as unknown as N;
}

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function attributeValue(property: string, value: NonNullable<Properties[string]>): string | null {
  if (value === true) return null;
  if (!Array.isArray(value)) return String(value);
  return value.join(find(html, property).commaSeparated ? ', ' : ' ');
}
