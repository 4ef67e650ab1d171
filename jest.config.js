/** Unit and integration tests (jest + ts-jest). Type checking is `tsc --noEmit`, run before jest by `npm test`. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.test.json" }],
  },
  moduleFileExtensions: ["ts", "js", "json"],
  // office-addin-mock needs only the OfficeApp enum of office-addin-manifest, whose full module pulls an
  // ESM-only dependency that jest (CommonJS) cannot load: give it the enum's own file.
  moduleNameMapper: { "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js" },
  setupFilesAfterEnv: ["<rootDir>/test/setup.ts"],
  // Two cores: one worker for jest, one left for the browser and the machine.
  maxWorkers: 1,
};
