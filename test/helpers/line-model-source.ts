import type { TaggerModel } from "../../server/documents/index.js";

/**
 * Training tooling shared by the positions and resume line taggers: a trained model in a stable order
 * (classes in the class list's order, feature names alphabetically) so the committed file diffs line by
 * line, written as the TypeScript module the reader imports.
 */
export function sortedModel<C extends string>(model: TaggerModel<C>): TaggerModel<C> {
  const byName = (o: Readonly<Record<string, number>> = {}) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const perClass = <T>(o: Readonly<Partial<Record<C, T>>> | undefined, f: (v: T) => unknown) =>
    Object.fromEntries(model.classes.flatMap((c) => (o?.[c] === undefined ? [] : [[c, f(o[c]!)]])));
  return {
    classes: model.classes,
    weights: perClass(model.weights, (w) => byName(w)),
    transitions: perClass(model.transitions, (t) => perClass(t as Partial<Record<C, number>>, (v) => v)),
    start: perClass(model.start, (v) => v),
  } as TaggerModel<C>;
}

export type ModelModule = {
  /** The header's first lines: who writes the file and from what. */
  header: readonly string[];
  /** Import lines the module needs (the TaggerModel type, the class list). */
  imports: readonly string[];
  /** `export const <name>: TaggerModel<<type>> = { classes: <classes>, … }`. */
  name: string;
  type: string;
  classes: string;
};

/** The model as a TypeScript module. */
export function modelModuleSource<C extends string>(model: TaggerModel<C>, module: ModelModule): string {
  const { classes: _classes, ...data } = model;
  return [
    ...module.header,
    ...module.imports,
    "",
    `export const ${module.name}: TaggerModel<${module.type}> = { classes: ${module.classes}, ...${JSON.stringify(data, null, 1)} };`,
    "",
  ].join("\n");
}
