/** Jest 30 with @swc/jest: fast TypeScript/TSX transpilation; type checking is `npm run typecheck`. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.(t|j)sx?$": [
      "@swc/jest",
      {
        jsc: {
          parser: { syntax: "typescript", tsx: true },
          transform: { react: { runtime: "automatic" } },
          target: "es2020",
        },
        module: { type: "commonjs" },
      },
    ],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  // Fluent's index requires all 58 of its packages; each test file then compiles them all anew (test/fluentOnDemand.js)
  moduleNameMapper: {
    "^@fluentui/react-components$": "<rootDir>/test/fluentOnDemand.js",
    // the icons Fluent renders, each from its own module instead of all 30 chunks (test/iconsOnDemand.js)
    "^@fluentui/react-icons$": "<rootDir>/test/iconsOnDemand.js",
  },
  testTimeout: 30000,
  // Jest's default leaves one core to its parent process, which only waits: on a 2-core machine
  // that halves the suite's speed. Both cores run test files.
  maxWorkers: 2,
};
