/**
 * Reads the field documentation out of the zod schema modules: each property of a
 * `z.object`/`z.strictObject` literal, with its JSDoc comment and whether it is required.
 * The JSDoc on the schema is the one place a field is described.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';

export interface FieldDoc {
  /** Dotted name, e.g. `criteria.util`. */
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
      return [own, ...(nested ? fieldsOf(nested.properties, `${name}.`, seen) : [])];
    });

  const docs = new Map<string, FieldDoc[]>();
  for (const [name, literal] of objects)
    docs.set(name, fieldsOf(literal.properties, '', new Set([name])));
  return docs;
}

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
    if (ts.isPropertyAccessExpression(callee)) return objectLiteralOf(callee.expression);
    // z.array(z.strictObject({...})) and z.union([...]): document the object inside.
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

/** `criteria: criteriaSchema.optional()` → the object behind `criteriaSchema`. */
function referencedObject(
  expression: ts.Expression,
  objects: Map<string, ts.ObjectLiteralExpression>,
  seen: Set<string>,
) {
  let current: ts.Expression = expression;
  while (ts.isCallExpression(current) && ts.isPropertyAccessExpression(current.expression))
    current = current.expression.expression;
  if (ts.isIdentifier(current) && !seen.has(current.text)) return objects.get(current.text);
  return undefined;
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
