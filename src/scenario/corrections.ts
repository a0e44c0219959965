import { Message, readAmount, readDate, sameName } from "../data/readers";

/**
 * Local corrections agreed by councils ("Apeldoorn neemt er dit jaar 20 minder"), kept as an
 * append-only audit trail in the workbook's `Correcties` table. A line is never deleted: a
 * withdrawn correction is a new line that undoes it. Per municipality the scenario sheet's
 * column K holds the net correction — the rule below, which the sheet's formula mirrors:
 *   - no line for the municipality → blank (it shares in what others give up or take on);
 *   - a line with 0 ("vastzetten") → the sum of its lines (0 = kept exactly as it is);
 *   - otherwise the sum, and blank when the lines cancel out (a withdrawn correction).
 * Names match as the sheet's formula compares them (data/readers sameName: spaces at either end,
 * non-breaking spaces and case do not count). A line whose amount is not a whole number takes
 * no part (the formula skips it the same way) and is named in the pane.
 *
 * @example
 *   netCorrections(["Epe", "Hattem"], [line("epe", -20), line("Epe", 5)]); // [-15, null]
 *   netCorrections(["Epe"], [line("Epe", -20), line("Epe", 20)]);         // [null] (withdrawn)
 */
import { MAX_COUNT } from "../engine/cells";
import { Language, SCENARIO_TEXTS, formatNumber, inBoth, inLanguages, message } from "../i18n";
import { CORRECTION_PROBLEM_TEXTS } from "../i18n/scenario";
export interface CorrectionLine {
  name: string;
  /** Null when the cell holds no whole number (blank, text, a fraction): the line takes no part, here and on the sheet. */
  amount: number | null;
  /** Why the line takes no part, as the pane names it (see readAmount). */
  problem?: Message;
  reason: string;
  decidedBy: string;
  /** As the user reads it, e.g. "26-11-2026". */
  date: string;
}

export function netCorrections(names: readonly string[], lines: readonly CorrectionLine[]): (number | null)[] {
  return names.map((name) => {
    const own = validLines(lines).filter((l) => sameName(l.name, name));
    if (own.length === 0) return null;
    const sum = own.reduce((s, l) => s + l.amount, 0);
    return sum === 0 && !own.some((l) => l.amount === 0) ? null : sum;
  });
}

/** The lines that take part: a whole-number amount. */
export function validLines(lines: readonly CorrectionLine[]): (CorrectionLine & { amount: number })[] {
  return lines.filter((l): l is CorrectionLine & { amount: number } => l.amount !== null);
}

/** A line read back from the Correcties table: name, reason, who and when as text, the amount by the one amount reader. */
export function correctionLineOf(row: readonly unknown[]): CorrectionLine {
  const amount = readAmount(row[1]);
  const text = (v: unknown) => (v === null || v === undefined ? "" : String(v));
  return {
    name: text(row[0]),
    amount: amount.ok ? amount.value : null,
    ...(amount.ok ? {} : { problem: amount.problem }),
    reason: text(row[2]),
    decidedBy: text(row[3]),
    date: text(row[4]),
  };
}

export interface CorrectionDraft {
  name: string;
  amount: string;
  reason: string;
  decidedBy: string;
  date: string;
}

export type CorrectionField = keyof CorrectionDraft;

/** What is wrong with a correction the user is about to record, per field (nl/en); empty when it can be recorded. */
export function correctionProblems(
  draft: CorrectionDraft,
  names: readonly string[],
): Partial<Record<CorrectionField, { nl: string; en: string }>> {
  const problems: Partial<Record<CorrectionField, { nl: string; en: string }>> = {};
  if (!names.some((n) => sameName(n, draft.name))) problems.name = inBoth(CORRECTION_PROBLEM_TEXTS, "name", { name: draft.name });
  const amount = draft.amount.trim();
  if (!/^[+-]?\d+$/.test(amount)) problems.amount = inBoth(CORRECTION_PROBLEM_TEXTS, "amount");
  else if (Math.abs(Number(amount)) > MAX_COUNT)
    problems.amount = inLanguages((language) =>
      message(CORRECTION_PROBLEM_TEXTS, language, "amountTooLarge", { max: formatNumber(MAX_COUNT, language) }),
    );
  if (draft.reason.trim() === "") problems.reason = inBoth(CORRECTION_PROBLEM_TEXTS, "reason");
  if (draft.decidedBy.trim() === "") problems.decidedBy = inBoth(CORRECTION_PROBLEM_TEXTS, "decidedBy");
  const date = readDate(draft.date);
  if (!date.ok) problems.date = sentence(date.problem);
  return problems;
}

/** The line to record for a checked draft (name spelled as in the region). */
export function lineOf(draft: CorrectionDraft, names: readonly string[]): CorrectionLine {
  const date = readDate(draft.date);
  const name = names.find((n) => sameName(n, draft.name)) ?? draft.name.trim();
  return {
    name,
    amount: Number(draft.amount.trim()),
    reason: draft.reason.trim(),
    decidedBy: draft.decidedBy.trim(),
    date: date.ok ? date.value : draft.date.trim(),
  };
}

/** "vul de datum in" → "Vul de datum in." */
function sentence(m: Message): Message {
  const up = (t: string) => `${t.charAt(0).toUpperCase()}${t.slice(1)}.`;
  return inLanguages((language) => up(m[language]));
}

const LANGUAGES = Object.keys(SCENARIO_TEXTS) as Language[];

/** The reason of the line that withdraws `line`, from the catalogue: "Intrekking van: <its reason> (<its date>)". */
function withdrawalReason(line: CorrectionLine, language: Language): string {
  return message(SCENARIO_TEXTS, language, "withdrawal", { reason: line.reason, date: line.date });
}

/** A new line that undoes `line`: the same municipality, the opposite amount, the reason saying so. */
export function withdrawalOf(line: CorrectionLine, decidedBy: string, date: string, language: Language): CorrectionLine {
  // the pane offers no withdrawal for such a line: it takes no part, so there is nothing to undo
  if (line.amount === null) throw new RangeError("withdrawalOf: a line without a whole amount cannot be withdrawn");
  return { name: line.name, amount: -line.amount, reason: withdrawalReason(line, language), decidedBy, date };
}

/** Whether a line is itself a withdrawal (its reason starts as the catalogue's, in either language): it is not withdrawn in turn. */
export function isWithdrawal(line: CorrectionLine): boolean {
  return LANGUAGES.some((language) => line.reason.startsWith(SCENARIO_TEXTS[language].withdrawal.split("{reason}")[0]));
}

/**
 * Per line, the position of the later line that withdraws it, or null. A withdrawal undoes the
 * earliest line not yet withdrawn of the same municipality (compared as the sheet compares names)
 * with the opposite amount whose reason and date it names (in either language); so two equal
 * corrections withdrawn once leave one standing, and a second withdrawal of the same line finds
 * nothing to undo.
 *
 * @example
 *   const a = line("Epe", -20, "opvang", "1-3-2026");
 *   withdrawnBy([a, withdrawalOf(a, "PHO", "2-3-2026", "nl")]); // [1, null]
 *   withdrawnBy([a, a, withdrawalOf(a, "PHO", "2-3-2026", "nl")]); // [2, null, null]
 */
export function withdrawnBy(lines: readonly CorrectionLine[]): (number | null)[] {
  const by: (number | null)[] = lines.map(() => null);
  lines.forEach((w, k) => {
    if (!isWithdrawal(w) || w.amount === null) return;
    const names = (l: CorrectionLine) => LANGUAGES.some((language) => w.reason === withdrawalReason(l, language));
    const undone = lines.findIndex(
      (l, i) => i < k && by[i] === null && !isWithdrawal(l) && sameName(l.name, w.name) && l.amount === -(w.amount as number) && names(l),
    );
    if (undone >= 0) by[undone] = k;
  });
  return by;
}

/**
 * A withdrawal is a decision too: recorded with who decides it and when (the form's fields); null while either is missing or the date
 * does not exist.
 */
export function withdrawalFromDraft(
  line: CorrectionLine & { amount: number },
  draft: Pick<CorrectionDraft, "decidedBy" | "date">,
  language: Language,
): CorrectionLine | null {
  const decidedBy = draft.decidedBy.trim();
  const date = draft.date.trim();
  return decidedBy === "" || !readDate(date).ok ? null : withdrawalOf(line, decidedBy, date, language);
}
