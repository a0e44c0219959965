import { address } from "./a1";
import { CHART, Ctx, FIRST_YEAR_COLUMN, KEY, ORDER, P, S, abs } from "./monitorGeometry";
import type { ConditionalFormatSpec, MonitorSectionKey } from "./monitorTypes";
import type { CellFormat } from "./plan";
import { PALETTE } from "./style";

/** The Monitor's formats: bold headers on the header fill, yellow input cells, percent formats, status colours. */
export function formatsOf(ctx: Ctx): CellFormat[] {
  const { n, sections: s } = ctx;
  const width = ctx.lastYc + 1;
  const block = (key: MonitorSectionKey) => address(s[key].firstRow, KEY, n + 1, width - KEY);
  const formats: CellFormat[] = [
    { address: "A1", bold: true },
    { address: "A2", italic: true, fontColor: PALETTE.muted },
    { address: address(P.startYear, KEY, 5, 1), fill: PALETTE.inputFill },
    { address: address(P.onTrack, KEY, 2, 1), numberFormat: "0%" },
    { address: address(S.status, 0, 4, 2), bold: true },
    { address: abs(S.percent).replace(/\$/g, ""), numberFormat: "0%" },
    { address: address(CHART.title, 0), bold: true },
    { address: address(CHART.header, KEY, 1, width - KEY), bold: true, fill: PALETTE.headerFill },
    { address: address(CHART.target, FIRST_YEAR_COLUMN, 2, ctx.years.length), numberFormat: "0" },
  ];
  for (const key of ORDER) {
    formats.push({ address: address(s[key].titleRow, 0), bold: true });
    formats.push({ address: address(s[key].headerRow, 0, 1, width), bold: true, fill: PALETTE.headerFill });
    formats.push({ address: address(s[key].totalsRow, 0, 1, width), bold: true });
    if (key !== "status") formats.push({ address: block(key), numberFormat: key === "percent" ? "0%" : "0" });
  }
  formats.push({ address: s.realised.address, fill: PALETTE.inputFill });
  if (ctx.req.target.kind === "fixed" && n > 0) formats.push({ address: address(s.target.firstRow, KEY, n, 1), fill: PALETTE.inputFill });
  return formats;
}

export function conditionalFormatsOf(ctx: Ctx): ConditionalFormatSpec[] {
  const s = ctx.sections.status;
  const targets = [address(s.firstRow, KEY, ctx.n + 1, ctx.lastYc), abs(S.status).replace(/\$/g, "")];
  return targets.flatMap((a) =>
    (["onTrack", "behind", "farBehind"] as const).map((k) => ({
      address: a,
      textEquals: ctx.words[k],
      fill: PALETTE.status[k].fill,
      fontColor: PALETTE.status[k].font,
    })),
  );
}
