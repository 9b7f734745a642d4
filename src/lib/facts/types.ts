/** A labelled fact of a practice, as its ficha shows it: label and value, both ready to print. */
export interface Fact {
  readonly label: string;
  readonly value: string;
}

/** Collects facts, skipping empty values, so that each kind's module reads as a list. */
export class FactList {
  readonly facts: Fact[] = [];
  add(label: string, value: string | undefined): this {
    if (value !== undefined && value.trim() !== '') this.facts.push({ label, value });
    return this;
  }
}
