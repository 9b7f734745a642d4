/** Area colours carry white text (headers, openers, badges), so each must be dark enough to read. */
import { z } from 'astro/zod';

/** The key the checker's messages use for a colour too light for white text. */
export const LOW_CONTRAST_ERROR = 'low-contrast';
const HEX = /^#[0-9a-fA-F]{6}$/;
/** WCAG 2.2 AA for normal text. */
const MIN_CONTRAST = 4.5;

/** WCAG contrast ratio of white against a `#rrggbb` colour. */
export function contrastWithWhite(hex: string): number {
  const channel = (offset: number) => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return 1.05 / (luminance + 0.05);
}

/** A colour as `#rrggbb` on which white text reaches a contrast of 4.5:1. */
export const textBackgroundColourSchema = z
  .string()
  .regex(HEX, 'a colour as #rrggbb')
  // A malformed colour is the pattern's problem alone, not also a contrast problem.
  .refine((hex) => !HEX.test(hex) || contrastWithWhite(hex) >= MIN_CONTRAST, {
    error: LOW_CONTRAST_ERROR,
  });
