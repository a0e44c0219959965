export * from "./region";
export * from "./outliers";
export {
  STEDENDRIEHOEK_2024,
  STEDENDRIEHOEK_2024_PUBLISHED,
  STEDENDRIEHOEK_2024_LETTINGS,
  STEDENDRIEHOEK_2024_GROUPS,
} from "./stedendriehoek2024";
export * from "./matchNames";
