import { knownPlaces } from "./data/places.js";
import { contactIcons, contactLabels, droppedIcons, droppedLabels, droppedValueShapes, droppedValues, mobileLabels, refereeHeadings } from "./data/personal.js";
import type { DroppedCategory } from "./profile-draft.js";
import { bareKey, foldLine, labelKey } from "./keys.js";
import { withCells, type ResumeLine } from "./lines.js";
import { bestHeading, HEADING_THRESHOLD } from "./sections.js";

const refereeKeys = new Set(refereeHeadings.map(labelKey));

type ContactField = keyof typeof contactLabels;
type LabelKind = { contact: ContactField } | { dropped: DroppedCategory };

const labelIndex = new Map<string, LabelKind>();
for (const [field, names] of Object.entries(contactLabels)) for (const n of names) labelIndex.set(labelKey(n), { contact: field as ContactField });
for (const [category, names] of Object.entries(droppedLabels)) for (const n of names) labelIndex.set(labelKey(n), { dropped: category as DroppedCategory });

/** A folded label, possibly bilingual ("mobile 手提电话", "e-mail"), → what it labels. */
function labelKind(folded: string): LabelKind | null {
  if (folded.length > 30) return null;
  // "Father's Name", "Mother's name": another person's, never the candidate's.
  if (otherPerson.test(folded)) return null;
  const whole = labelIndex.get(bareKey(folded));
  if (whole) return whole;
  for (const word of folded.split(/\s+|\//)) {
    const kind = labelIndex.get(bareKey(word));
    if (kind) return kind;
  }
  return null;
}

const otherPerson = /\b(?:father|mother|guardian|spouse|husband|wife|parent|parents)(?:'s|’s|s)?\s+(?:name|occupation)|^父亲|^母亲|^配偶/;

const colon = /^([^:：]{1,20}?)\s*[:：]\s*(.*)$/;

/**
 * A cell of several labelled pairs, "居住地：桃園市中壢區 電話：0922-318-456 E-mail：…" or, glued, "手机：137 6428 1905邮箱：…":
 * split where a later contact or forbidden label stands before its colon, so each pair is read as its own cell. A label
 * in Latin letters starts a word ("Smartphone:" is no phone label); a Chinese one may follow the value with no space.
 * Only a cell that opens with a known label is split, and only at labels known as a whole, never by a word of them.
 */
function splitPairs(cell: string, key: string): { cell: string; key: string }[] {
  const first = colon.exec(cell);
  if (!first || !labelIndex.has(bareKey(key.slice(0, first[1]!.length)))) return [{ cell, key }];
  const starts: number[] = [];
  for (const m of key.matchAll(/\s*[:：]/g)) {
    if (m.index <= first[1]!.length) continue;
    const before = key.slice(0, m.index);
    const floor = Math.max(starts.at(-1) ?? 0, first[0]!.length - first[2]!.length, m.index - 20);
    for (let at = floor; at < m.index; at++) {
      const label = before.slice(at);
      const latin = /^[a-z]/.test(label);
      if (latin && at > 0 && /[a-z0-9]/.test(before[at - 1]!)) continue;
      if (!latin && !/^[\u3400-\u9fff]/.test(label)) continue;
      if (labelIndex.has(bareKey(label))) {
        starts.push(at);
        break;
      }
    }
  }
  if (starts.length === 0) return [{ cell, key }];
  const cuts = [0, ...starts, cell.length];
  return cuts.slice(0, -1).map((from, i) => ({ cell: cell.slice(from, cuts[i + 1]).trim(), key: key.slice(from, cuts[i + 1]).trim() })).filter((p) => p.cell !== "");
}

const fieldByIcon = new Map<string, ContactField>();
for (const [field, icons] of Object.entries(contactIcons)) for (const icon of icons) fieldByIcon.set(icon, field as ContactField);
const iconed = new RegExp(`^(${[...fieldByIcon.keys()].sort((a, b) => b.length - a.length).join("|")})\\s*(.+)$`, "u");

// Forbidden labels by their folded words, longest first: "date of birth" is tried before "birth".
const droppedPrefixes = Object.entries(droppedLabels)
  .flatMap(([category, names]) => names.map((n) => ({ label: foldLine(n), category: category as DroppedCategory })))
  .filter(({ category }) => droppedValueShapes[category] !== undefined)
  .sort((a, b) => b.label.length - a.label.length);

/**
 * "现居住 天津-南开区", "Date of birth 14/03/1992", "Sex Female": a label, a space, and its value in one cell. A contact
 * label must be a Chinese word (its value can be anything); a forbidden label needs a value of its category's shape, so
 * "Health and Safety Officer" stays a title.
 */
function spacedPair(cell: string, key: string): { kind: LabelKind; value: string } | null {
  const folded = key.replace(/\s+/g, " ").trim();
  for (const { label, category } of droppedPrefixes) {
    if (folded.startsWith(`${label} `) && droppedValueShapes[category]!.test(folded.slice(label.length + 1).trim())) return { kind: { dropped: category }, value: "" };
  }
  const space = /^(\S{2,8})\s+(\S.*)$/.exec(key);
  if (!space || !/^[\u3400-\u9fff]+$/.test(space[1]!)) return null;
  const kind = labelIndex.get(space[1]!);
  return kind && "contact" in kind ? { kind, value: cell.slice(cell.length - space[2]!.length).trim() } : null;
}

// Where-one-lives labels written straight before the place ("现居深圳市南山区", "居住地台北市"), longest first.
const gluedPlaceLabels = contactLabels.location.map(labelKey).filter((l) => /^[\u3400-\u9fff]+$/.test(l)).sort((a, b) => b.length - a.length);
const placeEnd = /[省市区县州镇乡]$/;

/** "现居深圳市南山区": a location label glued to a place (a known city, or a name ending 市, 区, 县…), → the place. */
function gluedPlace(part: string, key: string): string | null {
  const label = gluedPlaceLabels.find((l) => key.startsWith(l));
  if (!label) return null;
  const place = key.slice(label.length);
  if (!/^[\u3400-\u9fff]{2,16}$/.test(place) || !(placeEnd.test(place) || knownPlaces.some((p) => place.startsWith(p)))) return null;
  return part.slice(label.length).trim();
}

// The separators a header line of short facts is written with ("男 · 30岁 · 本科 · 现居深圳", "女 / 28岁 / 已婚").
const factBreak = /\s*[·•｜|，、／]\s*|\s+\/\s+/g;

/**
 * A cell of facts in a row, "男 · 30岁 · 本科 · 8年工作经验 · 现居深圳市南山区": each fact that is a forbidden value is
 * dropped, a glued place is where the candidate lives; the other facts stay, in order. Null when none of them is personal.
 */
function personalFacts(cell: string, key: string, dropped: Set<DroppedCategory>): { kept: string; place: string | null } | null {
  const parts: { text: string; key: string }[] = [];
  let at = 0;
  for (const m of key.matchAll(factBreak)) {
    parts.push({ text: cell.slice(at, m.index), key: key.slice(at, m.index) });
    at = m.index + m[0].length;
  }
  parts.push({ text: cell.slice(at), key: key.slice(at) });
  if (parts.length < 2) return null;
  let place: string | null = null;
  let personal = 0;
  const kept = parts.filter(({ text, key }) => {
    const value = droppedValues.find((v) => v.pattern.test(text.trim()));
    const spaced = value ? null : spacedPair(text.trim(), key.trim());
    const glued = value || spaced ? null : gluedPlace(text.trim(), key.trim());
    if (value) (dropped.add(value.category), value.also && dropped.add(value.also));
    else if (spaced && "dropped" in spaced.kind) dropped.add(spaced.kind.dropped);
    else if (glued && place === null) place = glued;
    else return text.trim() !== "";
    personal++;
    return false;
  });
  return personal > 0 ? { kept: kept.map((p) => p.text.trim()).join(" · "), place } : null;
}

const mobileLabelKeys = new Set(mobileLabels.map(labelKey));
// A number with a domestic trunk prefix and area code (07-3801234, 021-6234 5678, (02) 2712-3456) is a landline; 09… is a Taiwan mobile.
const landline = (value: string) => /^\(?0(?!9)\d/.test(value.trim());

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
  // Every labelled phone, with whether its label names a mobile: the mobile is kept, else the first that is not a landline.
  const phones: { value: string; mobile: boolean }[] = [];
  // Under a heading of referees, a labelled phone or email ("Phone: 312-555-0199") is a referee's; the next section ends it.
  let referees = false;
  const take = (kind: LabelKind, value: string, label = "") => {
    if ("dropped" in kind) {
      // A photo is a picture (below); a 照片 slot's label, or what is written in it, shows no one.
      if (kind.dropped !== "photo") dropped.add(kind.dropped);
      return;
    }
    if (referees || value === "") return;
    if (kind.contact === "phone") phones.push({ value, mobile: mobileLabelKeys.has(bareKey(label)) || label.split(/\s+|\//).some((w) => mobileLabelKeys.has(bareKey(w))) });
    else if (contacts[kind.contact] === undefined) contacts[kind.contact] = value;
  };
  for (const line of lines) {
    if (line.cells.length === 1 && refereeKeys.has(labelKey(line.text))) referees = true;
    else if (referees && (bestHeading(line.key)?.score ?? 0) >= HEADING_THRESHOLD) referees = false;
    const cells: string[] = [];
    let rewritten = false;
    // The line's key is folded once and lines up with its text, cell by cell.
    const lineKeys = line.key.split("\t");
    const parts = line.cells.flatMap((cell, i) => splitPairs(cell, lineKeys[i]!));
    const split = parts.length > line.cells.length;
    const source = split ? parts.map((p) => p.cell) : line.cells;
    const keys = split ? parts.map((p) => p.key) : lineKeys;
    for (let i = 0; i < source.length; i++) {
      const cell = source[i]!;
      const key = keys[i]!;
      // "• 📍 台北市中山區": a résumé builder lists its contact cells, each behind a bullet and its icon.
      const unbulleted = cell.trim().replace(/^[•·▪‣◦\-–*]\s*/u, "");
      const forbidden = Object.entries(droppedIcons).find(([, icons]) => icons.some((i) => unbulleted.startsWith(i)));
      if (forbidden) {
        dropped.add(forbidden[0] as DroppedCategory);
        continue;
      }
      const icon = iconed.exec(unbulleted);
      if (icon) {
        take({ contact: fieldByIcon.get(icon[1]!)! }, icon[2]!.trim());
        cells.push(icon[2]!.trim());
        continue;
      }
      const labelled = colon.exec(cell);
      const kind = labelled && !/^https?$/i.test(labelled[1]!) ? labelKind(key.slice(0, labelled[1]!.length)) : null;
      if (labelled && kind) {
        // "NRIC No.:          S8834567D": a label whose value stands in the next cell takes it, so no value is left behind.
        const next = source[i + 1];
        const empty = labelled[2]!.trim() === "" && next !== undefined && !colon.test(next) && !labelKind(keys[i + 1]!);
        const value = empty ? next.trim() : labelled[2]!.trim();
        // "性别： | 出生年月：1995.03": a form's label left blank, another label beside it, states nothing, so nothing is
        // dropped (as an empty 照片 cell shows no face). A label ending its line may have its value on the next line.
        if (value !== "" || next === undefined) take(kind, value, key.slice(0, labelled[1]!.length));
        if (empty) i++;
        continue;
      }
      const spaced = spacedPair(cell, key);
      if (spaced) {
        take(spaced.kind, spaced.value);
        continue;
      }
      const bare = labelKind(key);
      // A short cell, or a label known whole however long ("Familienstand", "Staatsangehörigkeit").
      if (bare && (bareKey(key).length <= 12 || labelIndex.has(bareKey(key)))) {
        // A table label whose value is the next cell, unless that cell is itself a label (an empty value).
        // "Date of Birth | : | 12-08-2003": tab-aligned pairs put the colon in a cell of its own.
        const gap = source[i + 1]?.trim() === ":" || source[i + 1]?.trim() === "：" ? 1 : 0;
        const next = source[i + 1 + gap];
        if (next !== undefined && !labelKind(keys[i + 1 + gap]!) && !("dropped" in bare && bare.dropped === "photo")) {
          take(bare, next.trim(), key);
          i += 1 + gap;
        } else if ("dropped" in bare) {
          if (next === undefined) take(bare, "");
        } else cells.push(cell);
        continue;
      }
      const value = droppedValues.find((v) => v.pattern.test(cell.trim()));
      if (value) {
        dropped.add(value.category);
        if (value.also) dropped.add(value.also);
        continue;
      }
      const facts = personalFacts(cell, key, dropped);
      if (facts) {
        if (facts.place !== null && contacts.location === undefined) contacts.location = facts.place;
        if (facts.kept !== "") cells.push(facts.kept);
        rewritten = true;
        continue;
      }
      cells.push(cell);
    }
    // A picture in the personal block (a photo cell of the form's table, a picture by the name at the top) is the
    // candidate's photo. An empty 照片 cell, or "（照片）" where a form's text marks the slot, is only its label: the
    // recruiter opening the file sees no face, so nothing was seen to leave out.
    if (line.layout.pictures && (line.index < 8 || rewritten || cells.length < source.length)) dropped.add("photo");
    if (cells.length > 0) kept.push(cells.length === line.cells.length && !rewritten && !split ? line : withCells(line, cells));
  }
  const phone = phones.find((p) => p.mobile) ?? phones.find((p) => !landline(p.value)) ?? phones[0];
  if (phone) contacts.phone = phone.value;
  return { contacts, dropped, lines: kept };
}
