/**
 * Reads the field documentation out of the zod schema modules: each property of a
 * `z.object`/`z.strictObject` literal, with its JSDoc comment and whether it is required.
 * The JSDoc on the schema is the one place a field is described.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';

export interface FieldDoc {
  /** Dotted name, e.g. `criteria.util`; `[]` marks each item of a list, e.g. `resources[].type`. */
  readonly name: string;
  readonly required: boolean;
  readonly description: string;
}

type Properties = readonly ts.ObjectLiteralElementLike[];

/** Field docs of each exported or local schema/field-group constant in `file`, spreads and nested schemas resolved. */
export function readSchemaDocs(file: string): Map<string, FieldDoc[]> {
  const source = ts.createSourceFile(
    file,
    readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
  );
  const objects = new Map<string, ts.ObjectLiteralExpression>();
  source.forEachChild(function collect(node) {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
      const literal = objectLiteralOf(node.initializer);
      if (literal) objects.set(node.name.text, literal);
    }
    node.forEachChild(collect);
  });

  const fieldsOf = (properties: Properties, prefix: string, seen: Set<string>): FieldDoc[] =>
    properties.flatMap((property): FieldDoc[] => {
      if (ts.isSpreadAssignment(property) && ts.isIdentifier(property.expression)) {
        const spread = objects.get(property.expression.text);
        return spread ? fieldsOf(spread.properties, prefix, seen) : [];
      }
      if (!ts.isPropertyAssignment(property) || !ts.isIdentifier(property.name)) return [];
      const name = `${prefix}${property.name.text}`;
      const text = property.initializer.getText(source);
      const required = !/\.optional\(\)|\.default\(/.test(text);
      const own: FieldDoc = { name, required, description: jsDocOf(property) };
      const nested =
        objectLiteralOf(property.initializer) ??
        referencedObject(property.initializer, objects, seen);
      const inner = isList(property.initializer) ? `${name}[].` : `${name}.`;
      return [own, ...(nested ? fieldsOf(nested.properties, inner, seen) : [])];
    });

  const docs = new Map<string, FieldDoc[]>();
  for (const [name, literal] of objects)
    docs.set(name, fieldsOf(literal.properties, '', new Set([name])));
  return docs;
}

/** zod calls whose arguments are schemas, so an object schema among them documents the field. */
const SCHEMA_CONTAINERS = new Set(['array', 'union', 'discriminatedUnion']);

/** The object literal of `z.object({...})`, `z.strictObject({...})`, a bare `{...}`, or a chain on them. */
function objectLiteralOf(expression: ts.Expression): ts.ObjectLiteralExpression | undefined {
  if (ts.isObjectLiteralExpression(expression)) return expression;
  if (ts.isCallExpression(expression)) {
    const callee = expression.expression;
    if (
      ts.isPropertyAccessExpression(callee) &&
      ['object', 'strictObject'].includes(callee.name.text) &&
      ts.isIdentifier(callee.expression) &&
      callee.expression.text === 'z'
    ) {
      const [argument] = expression.arguments;
      return argument && ts.isObjectLiteralExpression(argument) ? argument : undefined;
    }
    // `.optional()`, `.default(…)` on an object: the object itself.
    const chained = ts.isPropertyAccessExpression(callee)
      ? objectLiteralOf(callee.expression)
      : undefined;
    if (chained) return chained;
    // z.array(z.strictObject({...})) and z.union([...]): document the object inside (but not
    // the options of z.url({ protocol }) and the like).
    if (!ts.isPropertyAccessExpression(callee) || !SCHEMA_CONTAINERS.has(callee.name.text))
      return undefined;
    for (const argument of expression.arguments) {
      const found = objectLiteralOf(argument);
      if (found) return found;
    }
  }
  if (ts.isArrayLiteralExpression(expression)) {
    for (const element of expression.elements) {
      const found = objectLiteralOf(element);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * `criteria: criteriaSchema.optional()` or `z.array(organisationSchema).default([])` → the object
 * behind the named schema.
 */
function referencedObject(
  expression: ts.Expression,
  objects: Map<string, ts.ObjectLiteralExpression>,
  seen: Set<string>,
): ts.ObjectLiteralExpression | undefined {
  if (ts.isIdentifier(expression))
    return seen.has(expression.text) ? undefined : objects.get(expression.text);
  if (!ts.isCallExpression(expression)) return undefined;
  const callee = expression.expression;
  const chained = ts.isPropertyAccessExpression(callee)
    ? referencedObject(callee.expression, objects, seen)
    : undefined;
  if (chained) return chained;
  for (const argument of expression.arguments) {
    const found = referencedObject(argument, objects, seen);
    if (found) return found;
  }
  return undefined;
}

/** Whether a field holds a list: `z.array(…)`, whatever is chained after it. */
function isList(expression: ts.Expression): boolean {
  let current: ts.Expression = expression;
  while (ts.isCallExpression(current) && ts.isPropertyAccessExpression(current.expression)) {
    const { name, expression: target } = current.expression;
    if (name.text === 'array' && ts.isIdentifier(target) && target.text === 'z') return true;
    current = target;
  }
  return false;
}

function jsDocOf(node: ts.Node): string {
  return ts
    .getJSDocCommentsAndTags(node)
    .filter(ts.isJSDoc)
    .map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}
