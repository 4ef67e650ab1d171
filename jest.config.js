/** Unit and integration tests (jest + ts-jest). Type checking is `tsc --noEmit`, run before jest by `npm test`. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.test.json" }],
  },
  moduleFileExtensions: ["ts", "js", "json"],
  setupFilesAfterEnv: ["<rootDir>/test/setup.ts"],
  // Two cores: one worker for jest, one left for the browser and the machine.
  maxWorkers: 1,
};
