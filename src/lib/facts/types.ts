/** One item of a fact that lists things with an address, e.g. related practices outside the catalogue. */
export interface FactLink {
  readonly text: string;
  /** Its address, when the source gives one; the item shows as plain text without it. */
  readonly href?: string | undefined;
}

/** A labelled fact of a practice, as its ficha shows it: label and value, both ready to print. */
export interface Fact {
  readonly label: string;
  readonly value: string;
  /** The value's items, linked where they have an address (the ficha shows these instead of `value`). */
  readonly links?: readonly FactLink[];
}

/** Collects facts, skipping empty values, so that each kind's module reads as a list. */
export class FactList {
  readonly facts: Fact[] = [];
  add(label: string, value: string | undefined): this {
    if (value !== undefined && value.trim() !== '') this.facts.push({ label, value });
    return this;
  }

  /** A list of items, each linked when it has an address; `value` is the same as text. */
  addLinks(label: string, links: readonly FactLink[]): this {
    if (links.length === 0) return this;
    const value = links
      .map((link) => (link.href ? `${link.text} (${link.href})` : link.text))
      .join('; ');
    this.facts.push({ label, value, links });
    return this;
  }
}
