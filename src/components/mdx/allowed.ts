/**
 * The components MDX content may use, each with the props it may be given. The site
 * passes them to every MDX page, so content never imports anything; the HTML policy
 * (src/lib/markdown/html-policy.ts) removes any other component or prop.
 */
export const allowedMdxComponents = {
  Callout: ['title'],
} as const satisfies Record<string, readonly string[]>;

export type AllowedMdxComponent = keyof typeof allowedMdxComponents;
