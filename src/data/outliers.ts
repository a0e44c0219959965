import { Municipality, NUMERIC_COLUMNS, NumericColumn } from "./region";

/**
 * Values far outside their peers, worth a second look before they drive a scenario: a 0
 * where the other municipalities have hundreds is more likely *missing data* than no lettings
 * (Epe, Hattem and Heerde in column D of the seed). Warnings, not errors.
 *
 * A value is flagged when the median of the *other* municipalities' values in the column is
 * at least {@link MIN_PEER_MEDIAN} and the value is below 1/{@link FACTOR} of it or above
 * {@link FACTOR} times it.
 *
 * @example
 *   findOutliers(stedendriehoek.municipalities);
 *   // [{ row: 7, column: "lettingsCheap", value: 0, peerMedian: 47 }, … Hattem, Heerde]
 */
export const FACTOR = 20;
export const MIN_PEER_MEDIAN = 20;

export interface Outlier {
  /** 1-based municipality row. */
  row: number;
  column: NumericColumn;
  value: number;
  peerMedian: number;
}

export function findOutliers(municipalities: readonly Municipality[]): Outlier[] {
  const found: Outlier[] = [];
  for (const column of NUMERIC_COLUMNS) {
    const values = municipalities.map((m) => m[column]);
    values.forEach((value, i) => {
      if (value === null) return;
      const peers = values.filter((v, j): v is number => j !== i && v !== null);
      if (peers.length < 2) return;
      const peerMedian = median(peers);
      if (peerMedian < MIN_PEER_MEDIAN) return;
      if (value * FACTOR < peerMedian || value > peerMedian * FACTOR) found.push({ row: i + 1, column, value, peerMedian });
    });
  }
  return found;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
