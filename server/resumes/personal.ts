import { contactIcons, contactLabels, droppedLabels, droppedValues } from "./data/personal.js";
import type { DroppedCategory } from "./profile-draft.js";
import { bareKey, labelKey } from "./keys.js";
import { withCells, type ResumeLine } from "./lines.js";

type ContactField = keyof typeof contactLabels;
type LabelKind = { contact: ContactField } | { dropped: DroppedCategory };

const labelIndex = new Map<string, LabelKind>();
for (const [field, names] of Object.entries(contactLabels)) for (const n of names) labelIndex.set(labelKey(n), { contact: field as ContactField });
for (const [category, names] of Object.entries(droppedLabels)) for (const n of names) labelIndex.set(labelKey(n), { dropped: category as DroppedCategory });

/** A folded label, possibly bilingual ("mobile 手提电话", "e-mail"), → what it labels. */
function labelKind(folded: string): LabelKind | null {
  if (folded.length > 30) return null;
  const whole = labelIndex.get(bareKey(folded));
  if (whole) return whole;
  for (const word of folded.split(/\s+|\//)) {
    const kind = labelIndex.get(bareKey(word));
    if (kind) return kind;
  }
  return null;
}

const colon = /^([^:：]{1,20}?)\s*[:：]\s*(.*)$/;

const fieldByIcon = new Map<string, ContactField>();
for (const [field, icons] of Object.entries(contactIcons)) for (const icon of icons) fieldByIcon.set(icon, field as ContactField);
const iconed = new RegExp(`^(${[...fieldByIcon.keys()].sort((a, b) => b.length - a.length).join("|")})\\s*(.+)$`, "u");

/** "现居住 天津-南开区": a contact label, a space, and its value in one cell (a label word first, never a forbidden one's). */
function spacedPair(cell: string, key: string): { kind: LabelKind; value: string } | null {
  const space = /^(\S{2,8})\s+(\S.*)$/.exec(key);
  if (!space || !/^[\u3400-\u9fff]+$/.test(space[1]!)) return null;
  const kind = labelIndex.get(space[1]!);
  return kind && "contact" in kind ? { kind, value: cell.slice(cell.length - space[2]!.length).trim() } : null;
}

export type PersonalBlock = {
  contacts: Partial<Record<ContactField, string>>;
  dropped: Set<DroppedCategory>;
  /** The lines with every personal pair (and every forbidden value) taken out. */
  lines: ResumeLine[];
};

/**
 * Reads the labelled personal data out of every line: "姓名：张三", table rows of label and value
 * cells, bare forbidden values ("男", "28岁", "已婚"). Forbidden data is dropped here, before any
 * other reader sees the line, so a birth date can never become a graduation year.
 */
export function readPersonal(lines: readonly ResumeLine[]): PersonalBlock {
  const contacts: PersonalBlock["contacts"] = {};
  const dropped = new Set<DroppedCategory>();
  const kept: ResumeLine[] = [];
  const take = (kind: LabelKind, value: string) => {
    if ("dropped" in kind) dropped.add(kind.dropped);
    else if (value !== "" && contacts[kind.contact] === undefined) contacts[kind.contact] = value;
  };
  for (const line of lines) {
    const cells: string[] = [];
    // The line's key is folded once and lines up with its text, cell by cell.
    const keys = line.key.split("\t");
    for (let i = 0; i < line.cells.length; i++) {
      const cell = line.cells[i]!;
      const key = keys[i]!;
      // "• 📍 台北市中山區": a résumé builder lists its contact cells, each behind a bullet and its icon.
      const icon = iconed.exec(cell.trim().replace(/^[•·▪‣◦\-–*]\s*/u, ""));
      if (icon) {
        take({ contact: fieldByIcon.get(icon[1]!)! }, icon[2]!.trim());
        cells.push(icon[2]!.trim());
        continue;
      }
      const labelled = colon.exec(cell);
      const kind = labelled && !/^https?$/i.test(labelled[1]!) ? labelKind(key.slice(0, labelled[1]!.length)) : null;
      if (labelled && kind) {
        take(kind, labelled[2]!.trim());
        continue;
      }
      const spaced = spacedPair(cell, key);
      if (spaced) {
        take(spaced.kind, spaced.value);
        continue;
      }
      const bare = labelKind(key);
      if (bare && bareKey(key).length <= 12) {
        // A table label whose value is the next cell, unless that cell is itself a label (an empty value).
        const next = line.cells[i + 1];
        if (next !== undefined && !labelKind(keys[i + 1]!) && !("dropped" in bare && bare.dropped === "photo")) {
          take(bare, next.trim());
          i++;
        } else if ("dropped" in bare) take(bare, "");
        else cells.push(cell);
        continue;
      }
      const value = droppedValues.find((v) => v.pattern.test(cell.trim()));
      if (value) {
        dropped.add(value.category);
        if (value.also) dropped.add(value.also);
        continue;
      }
      cells.push(cell);
    }
    if (cells.length > 0) kept.push(cells.length === line.cells.length ? line : withCells(line, cells));
  }
  return { contacts, dropped, lines: kept };
}
