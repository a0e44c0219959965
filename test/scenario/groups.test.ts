/**
 * The per-group model (issue 19): the Aandachtsgroepen reader, the embedded default's groups and
 * groupModel — the one definition the pane, the scenario sheet's block and the Verantwoording use.
 */
import fc from "fast-check";
import { STEDENDRIEHOEK_2024, TargetGroup } from "../../src/data";
import { readGroupKey, readGroupNeed, readGroupTable } from "../../src/data/readers";
import { groupShare } from "../../src/engine/groupShare";
import { BlendedKey, groupModel, groupWeights, inputOf } from "../../src/scenario";
import type { Municipality } from "../../src/data";
import { cases } from "../cases";

const municipality = (
  name: string,
  population: number | null,
  origin: number | null = null,
  stock: number | null = null,
): Municipality => ({
  name,
  population,
  lettingsSocial: null,
  lettingsCheap: null,
  realised: null,
  origin,
  stock,
});

const THREE = inputOf([municipality("Apeldoorn", 60, 5), municipality("Epe", 30, 1), municipality("Hattem", 10, 0)]);

test("19 data: the Aandachtsgroepen table is read like Gemeenten — blank need is unknown, never 0; refused values are named", () => {
  const read = readGroupTable([
    { name: " Beschermd wonen ", need: "", key: "herkomst" },
    { name: "Mantelzorg", need: 12, key: "Inwoners" },
    { name: "Jeugdhulp", need: "1.234", key: "stock" },
    { name: "mantelzorg", need: 3, key: "" },
    { name: "", need: 2.5, key: "postcode" },
    { name: "Opvang", need: -1, key: "Gemengde sleutel" },
    { name: "Detentie", need: null, key: "mutaties" },
    { name: "Sekswerkers", need: "7", key: "Blended key" },
  ]);
  expect(read.groups).toEqual([
    { name: "Beschermd wonen", need: null, key: "origin" },
    { name: "Mantelzorg", need: 12, key: "population" },
    { name: "Detentie", need: null, key: "lettingsSocial" },
    { name: "Sekswerkers", need: 7, key: "blend" },
  ]);
  expect(read.problems.map((p) => [p.row, p.column, p.problem.nl])).toEqual([
    [3, "need", "rij 3 (Jeugdhulp): '1.234' is dubbelzinnig: bedoelt u 1234 of 1,234? Typ het getal zonder punt of komma."],
    [4, "name", "rij 4 (mantelzorg): de groep 'mantelzorg' komt meer dan één keer voor"],
    [5, "name", "rij 5 (): de naam van de groep is leeg"],
    [5, "need", "rij 5 (): 2.5 is geen heel aantal huishoudens"],
    [5, "key", "rij 5 (): 'postcode' is geen sleutel; kies uit inwonertal, herkomst, mutaties, woningvoorraad, gemengde sleutel"],
    [6, "need", "rij 6 (Opvang): -1 is negatief"],
  ]);
  expect(read.problems[5].problem.en).toBe("row 6 (Opvang): -1 is negative");
  expect(readGroupNeed(0)).toEqual({ ok: true, value: 0 });
  expect(readGroupNeed(undefined)).toEqual({ ok: true, value: null });
  expect(readGroupNeed(true)).toMatchObject({ ok: false, problem: { en: "'TRUE' is not a number of households" } });
  expect(readGroupNeed(1e12)).toMatchObject({ ok: false });
  expect(readGroupKey("  Woning-voorraad ")).toEqual({ ok: true, value: "stock" });
});

test("19 data: the default lists the seed's nine statutory groups and the regional one, needs blank: unpublished", () => {
  const table = STEDENDRIEHOEK_2024.groups!;
  expect(table.groups).toHaveLength(10);
  expect(table.groups.every((g) => g.need === null)).toBe(true);
  expect(table.groups.map((g) => g.name)).toContain("Uitstroom maatschappelijke opvang");
  expect(table.source.nl).toMatch(/niet gepubliceerd/);
  expect(table.source.en).toMatch(/not published/);
  // with every need unknown there is no block, and nothing is read as 0
  const m = groupModel(inputOf(STEDENDRIEHOEK_2024.municipalities), [422, 53, 259, 87, 63, 122, 84, 32, 48], table.groups);
  expect(m.groups).toEqual([]);
  expect(m.unknown).toHaveLength(10);
  expect(m.result).toBeNull();
  expect(m.error).toBeNull();
});

test("19 model: the worked example — margins exact, each group on its own drifts, a blank need stays out", () => {
  const m = groupModel(
    THREE,
    [6, 3, 1],
    [
      { name: "Mantelzorg", need: 5, key: "population" },
      { name: "Uitstroom opvang", need: 5, key: "origin" },
      { name: "Jeugdhulp", need: null, key: "stock" },
    ],
  );
  expect(m.weights).toEqual([
    [60, 5],
    [30, 1],
    [10, 0],
  ]);
  expect(m.result).toEqual({
    seats: [
      [2, 4],
      [2, 1],
      [1, 0],
    ],
    rowSums: [6, 3, 1],
    columnSums: [5, 5],
    ties: [],
  });
  expect(m.separate).toEqual([
    [3, 4],
    [2, 1],
    [0, 0],
  ]);
  expect(m.drift).toEqual([1, 0, -1]);
  expect(m.unknown.map((g) => g.name)).toEqual(["Jeugdhulp"]);
  expect(m.method).toBe("webster");
});

test("19 model: refusals come back as the engine's message, never thrown: margins that differ, a blank total, no key figures", () => {
  const groups: TargetGroup[] = [
    { name: "G1", need: 4, key: "population" },
    { name: "G2", need: 5, key: "origin" },
  ];
  const sum = groupModel(THREE, [6, 3, 1], groups);
  expect(sum.result).toBeNull();
  expect(sum.error!.kind).toBe("marginSum");
  expect(sum.error!.messages.nl).toMatch(/10/);
  expect(sum.separate.map((row) => row[0])).toEqual([3, 1, 0]); // each group on its own is still shown
  // a blank total (the municipality takes no part in A) is 0: it takes none of the groups
  const blank = groupModel(THREE, [8, null, 1], groups);
  expect(blank.totals).toEqual([8, 0, 1]);
  expect(blank.error).toBeNull();
  expect(blank.result!.rowSums).toEqual([8, 0, 1]);
  const noOrigin = inputOf([municipality("A", 1), municipality("B", 1)]);
  const none = groupModel(noOrigin, [1, 1], [{ name: "Opvang", need: 2, key: "origin" }]);
  expect(none.error!.kind).toBe("noPositiveWeight");
  expect(none.separate).toEqual([[null], [null]]);
});

test("19 model: the weights are the key figures; multiplying a group column by its need (need × key share) gives the same matrix", () => {
  const count = fc.option(fc.integer({ min: 0, max: 5000 }), { nil: null, freq: 6 });
  let runs = 0;
  let solved = 0;
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 7 }).chain((m) =>
        fc.record({
          rows: fc.array(fc.tuple(count, count, count), { minLength: m, maxLength: m }),
          needs: fc.array(fc.option(fc.integer({ min: 0, max: 40 }), { nil: null, freq: 5 }), { minLength: 1, maxLength: 4 }),
          keys: fc.array(fc.constantFrom("population" as const, "origin" as const, "stock" as const), { minLength: 4, maxLength: 4 }),
          split: fc.array(fc.nat(), { minLength: m, maxLength: m }),
        }),
      ),
      ({ rows, needs, keys, split }) => {
        runs += 1;
        const input = inputOf(rows.map(([p, o, s], i) => municipality(`M${i}`, p, o, s)));
        const groups: TargetGroup[] = needs.map((need, j) => ({ name: `G${j}`, need, key: keys[j] }));
        const total = needs.reduce<number>((a, b) => a + (b ?? 0), 0);
        const weightSum = split.reduce((a, b) => a + b, 0) || 1;
        const totals = split.map((x) => Math.floor((x * total) / weightSum));
        totals[0] += total - totals.reduce((a, b) => a + b, 0);
        const m = groupModel(input, totals, groups);
        const known = groups.filter((g) => g.need !== null);
        expect(m.groups).toEqual(known);
        m.weights.forEach((row, i) => row.forEach((w, j) => expect(w).toBe(input[known[j].key as "population"][i])));
        if (m.result === null) return;
        solved += 1;
        m.result.rowSums.forEach((s, i) => expect(s).toBe(totals[i]));
        m.result.columnSums.forEach((s, j) => expect(s).toBe(known[j].need));
        const scaled = m.weights.map((row) => row.map((w, j) => (w ?? 0) * Math.max(1, known[j].need!)));
        expect(
          groupShare(
            scaled,
            totals,
            known.map((g) => g.need),
          ).seats,
        ).toEqual(m.result.seats);
      },
    ),
    cases(300, 20261209),
  );
  expect(solved).toBeGreaterThan(runs / 4); // most runs reach a matrix, so the comparison is exercised
});

test("19 model: a blended group's weights are Σ f·K/S over the municipalities with every key figure, in exact proportion", () => {
  const input = inputOf([
    municipality("A", 600, null, 100),
    municipality("B", 300, null, 300),
    municipality("C", 100, null, 100),
    municipality("D", 50, null, null),
  ]);
  const key: BlendedKey = { columns: ["population", "stock"], factors: [0.3, 0.7] };
  const w = groupWeights(input, "blend", key);
  expect(w[3]).toBeNull();
  // exact shares: 0.3·K/1000 + 0.7·S/500 → ×10000: 3K/1 + 14S → A 1800+1400, B 900+4200, C 300+1400
  const expected = [3200, 5100, 1700];
  const g = w.slice(0, 3).map((x) => BigInt(x!));
  expected.forEach((e, i) => expect(g[i] * BigInt(expected[0])).toBe(BigInt(e) * g[0]));
  expect(groupWeights(input, "blend", null)).toEqual([600, 300, 100, 50]); // no blended key set: population, as column A
  const zero = inputOf([municipality("A", 1, null, 0), municipality("B", 1, null, 0)]);
  expect(() => groupWeights(zero, "blend", key)).toThrow(expect.objectContaining({ kind: "keyColumnZero" }));
  const m = groupModel(zero, [1, 1], [{ name: "G", need: 2, key: "blend" }], { key });
  expect(m.error!.kind).toBe("keyColumnZero");
});
