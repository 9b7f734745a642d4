/** Which field names a zod schema knows at a path, to suggest the right one for a misspelt key. */
import type { z } from 'astro/zod';

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
};
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if (
      def.innerType &&
      ['optional', 'default', 'nullable', 'prefault', 'pipe'].includes(def.type)
    ) {
      current = def.innerType;
    } else if (def.type === 'union' && def.options) {
      current = def.options.find((option) => defOf(unwrap(option)).type === 'object') ?? current;
      if (defOf(current).type === 'union') return current;
    } else {
      return current;
    }
  }
}

export function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current = unwrap(schema);
  for (const key of path) {
    const def = defOf(current);
    if (def.type === 'object' && def.shape && typeof key === 'string' && def.shape[key]) {
      current = unwrap(def.shape[key]);
    } else if (def.type === 'array' && def.element) {
      current = unwrap(def.element);
    } else {
      return [];
    }
  }
  const def = defOf(current);
  return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}
