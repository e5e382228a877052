import { $ } from "./dom.js";

export type RowKind = "education" | "experience";
export type RowValues = Record<string, string>;

/** Repeatable fieldsets (education, experience) cloned from <template>s, numbered to match the API's paths. */
export class FormRows {
  private readonly container: HTMLElement;
  private readonly template: HTMLTemplateElement;

  constructor(readonly kind: RowKind) {
    this.container = $(`#${kind}-rows`);
    this.template = $<HTMLTemplateElement>(`#${kind}-row`);
  }

  rows(): HTMLFieldSetElement[] {
    return [...this.container.querySelectorAll<HTMLFieldSetElement>("fieldset.row")];
  }

  values(): RowValues[] {
    return this.rows().map((row) => {
      const values: RowValues = {};
      for (const input of row.querySelectorAll<HTMLInputElement | HTMLSelectElement>("[data-field]")) values[input.dataset.field!] = input.value;
      return values;
    });
  }

  add(values: RowValues = {}): HTMLFieldSetElement {
    const i = this.rows().length;
    const fragment = this.template.content.cloneNode(true) as DocumentFragment;
    const row = fragment.querySelector<HTMLFieldSetElement>("fieldset")!;
    for (const node of row.querySelectorAll<HTMLElement>("*")) {
      for (const attr of ["id", "for", "data-path", "aria-describedby"]) {
        const v = node.getAttribute(attr);
        if (v?.includes("{i}")) node.setAttribute(attr, v.replaceAll("{i}", String(i)));
      }
    }
    const legend = row.querySelector("legend")!;
    legend.textContent = legend.textContent!.replace("{n}", String(i + 1));
    for (const input of row.querySelectorAll<HTMLInputElement | HTMLSelectElement>("[data-field]")) {
      const v = values[input.dataset.field!];
      if (v !== undefined) input.value = v;
    }
    row.querySelector(".remove-row")!.addEventListener("click", () => this.remove(row));
    this.container.append(row);
    return row;
  }

  /** Removes a row and renumbers the rest (ids and API paths follow the order), keeping what was typed. */
  remove(row: HTMLFieldSetElement): void {
    const index = this.rows().indexOf(row);
    const kept = this.values().filter((_, i) => i !== index);
    this.set(kept);
    const next = this.rows()[Math.min(index, kept.length - 1)];
    (next?.querySelector<HTMLElement>("[data-field]") ?? $(`#add-${this.kind}`)).focus();
  }

  set(all: RowValues[]): void {
    this.container.replaceChildren();
    for (const values of all) this.add(values);
  }
}
